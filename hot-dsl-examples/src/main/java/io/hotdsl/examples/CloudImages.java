package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.cloudinit.User;
import io.hotdsl.cloudinit.WriteFile;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Server;
import java.util.Map;

/**
 * Cloud images: a stock image, chosen by parameter (checked by Heat against Glance with the
 * {@code glance.image} custom constraint) and customised at boot by cloud-init rather than baked.
 *
 * <p>Cirros runs a small cloud-init work-alike; on images with the real cloud-init (Ubuntu,
 * Debian, Fedora, Rocky…) every module of the config below applies.
 */
public final class CloudImages implements Example {

  @Override
  public String name() {
    return "cloud-images";
  }

  @Override
  public String description() {
    return "A server from an image parameter (glance.image constraint) customised by cloud-init";
  }

  static CloudConfig bootConfig(Parameter<String> sshKey, Parameter<String> greeting) {
    return CloudConfig.builder()
        .packageUpdate(true)
        .packages("htop", "curl")
        .user(User.builder("ops")
            .groups("adm")
            .sudo(User.SUDO_ALL_NOPASSWD)
            .shell("/bin/sh")
            .lockPasswd(true)
            .sshAuthorizedKeys(sshKey.get())
            .build())
        .writeFile(WriteFile.builder("/etc/motd")
            .content(greeting.get())
            .permissions("0644")
            .build())
        .runcmd("echo booted at $(date) >> /var/log/first-boot.log")
        .timezone("UTC")
        .finalMessage("cloud-init finished after $UPTIME seconds")
        .build();
  }

  static Template root() {
    Template.Builder t =
        Template.builder().description("A Cirros server customised at boot by cloud-init");
    Parameter<String> image = t.parameter(Parameter.string("image")
        .defaultValue("cirros-0.6.2-x86_64-disk")
        .description("A Glance image name or ID")
        .constraint(Constraint.customConstraint("glance.image")
            .withDescription("Must be an image of this cloud")));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor")
        .defaultValue("m1.tiny")
        .constraint(Constraint.customConstraint("nova.flavor")));
    Parameter<String> sshKey =
        t.parameter(Parameter.string("ssh_public_key").description("Public key for the ops user"));
    Parameter<String> greeting = t.parameter(
        Parameter.string("greeting").defaultValue("Welcome to a cloud-init customised server"));
    Server server = t.resource(Server.builder("server")
        .image(image.get())
        .flavor(flavor.get())
        .userDataFormat(Server.UserDataFormat.RAW)
        .userData(bootConfig(sshKey, greeting).userData(t, "boot_config"))
        .build());
    t.output("console", server.consoleUrls("novnc"));
    return t.build();
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }

  @Override
  public Map<String, Object> parameterValues() {
    return Map.of("ssh_public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample ops@example");
  }
}
