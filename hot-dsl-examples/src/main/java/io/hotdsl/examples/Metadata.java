package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.cloudinit.WriteFile;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Server;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metadata: what a server can learn about itself at boot.
 *
 * <ul>
 *   <li>server metadata: key/value pairs in the metadata service and on the config drive;
 *   <li>{@code config_drive: true}: the same data on a read-only disk, for guests without a
 *       metadata service route;
 *   <li>user data: a script or cloud-config the guest runs at first boot;
 *   <li>files: Nova's {@code personality} (files injected into the guest) is gone since compute
 *       API 2.57 and Heat 19 rejects it ("Cannot use the personality parameter as nova no longer
 *       supports it"), so the files travel in the user data, written by cloud-init's
 *       {@code write_files}.
 * </ul>
 *
 * <p>Vendor data is not set by the template: the cloud operator configures it in Nova
 * ({@code [api] vendordata_providers}) and the guest reads it next to the user data.
 */
public final class Metadata implements Example {

  @Override
  public String name() {
    return "metadata";
  }

  @Override
  public String description() {
    return "Server metadata, config_drive and user data carrying files";
  }

  static Template root() {
    Template.Builder t = Template.builder()
        .description("A server that gets metadata, a config drive, user data and files");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.tiny"));
    Parameter<String> environment =
        t.parameter(Parameter.string("environment").defaultValue("staging"));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("role", "web");
    metadata.put("environment", environment.get());
    metadata.put("stack", Fn.stackName());
    CloudConfig userData = CloudConfig.builder()
        .writeFile(WriteFile.builder("/etc/motd")
            .content("This server is managed by Heat; changes may be lost.\n")
            .build())
        .writeFile(WriteFile.builder("/etc/app/role")
            .content("web\n")
            .permissions("0644")
            .build())
        // the metadata above is in /openstack/latest/meta_data.json on the config drive
        .runcmd("mkdir -p /mnt/config && mount -o ro /dev/disk/by-label/config-2 /mnt/config")
        .runcmd("cp /mnt/config/openstack/latest/meta_data.json /var/log/meta_data.json")
        .build();
    Server server = t.resource(Server.builder("server")
        .image(image.get())
        .flavor(flavor.get())
        .metadataProperty(metadata)
        .configDrive(true)
        .userDataFormat(Server.UserDataFormat.RAW)
        .userData(userData.userData())
        .build());
    t.output("server_id", server);
    t.output("metadata", server.show("metadata"), "What Nova stored");
    return t.build();
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }
}
