package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.cinder.Volume;
import io.hotdsl.resources.cinder.VolumeAttachment;
import io.hotdsl.resources.nova.Server;

/**
 * The cloud-config of Heat's own documentation, verbatim: a server whose user data is
 *
 * <pre>
 * #cloud-config
 * mounts:
 *   - [ xvdc, /var/www ]
 * packages:
 *   - apache2
 *   - htop
 * </pre>
 *
 * <p>built with {@link CloudConfig}, plus the volume that becomes {@code xvdc}: an {@code
 * OS::Cinder::Volume} attached at {@code /dev/xvdc}. The config holds no function, so the user
 * data is its text ({@code user_data_format: RAW}).
 */
public final class SeedCloudConfig implements Example {

  /** The seed's user data, as written there. */
  static final String SEED = """
      #cloud-config
      mounts:
        - [ xvdc, /var/www ]
      packages:
        - apache2
        - htop
      """;

  @Override
  public String name() {
    return "cloud-config";
  }

  @Override
  public String description() {
    return "The seed's cloud-config: a volume mounted on /var/www, apache2 and htop installed";
  }

  static CloudConfig config() {
    return CloudConfig.builder()
        .mount("xvdc", "/var/www")
        .packages("apache2", "htop")
        .build();
  }

  static Template root() {
    Template.Builder t = Template.builder()
        .description("A web server whose data volume cloud-init mounts on /var/www");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("ubuntu-22.04"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Server server = t.resource(Server.builder("server")
        .image(image.get())
        .flavor(flavor.get())
        .userDataFormat(Server.UserDataFormat.RAW)
        .userData(config().userData(t, "boot_config"))
        .build());
    Volume data = t.resource(Volume.builder("www_data").size(10).build());
    t.resource(VolumeAttachment.builder("www_data_attachment")
        .instanceUuid(server)
        .volumeId(data)
        .mountpoint("/dev/xvdc")
        .build());
    return t.build();
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }
}
