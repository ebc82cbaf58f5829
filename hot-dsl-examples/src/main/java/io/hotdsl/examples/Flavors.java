package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Flavor;
import io.hotdsl.resources.nova.Server;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flavors: a private flavor with extra specs, used by a server of the stack. */
public final class Flavors implements Example {

  @Override
  public String name() {
    return "flavors";
  }

  @Override
  public String description() {
    return "A private OS::Nova::Flavor (disk 0, extra_specs) used by a server";
  }

  static Template root() {
    Template.Builder t = Template.builder()
        .description("A private flavor for pinned, huge-page servers, and a server using it");
    Parameter<String> project = t.parameter(
        Parameter.string("project").description("Project (ID) allowed to use the private flavor"));
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    Map<String, Object> extraSpecs = new LinkedHashMap<>();
    extraSpecs.put("hw:cpu_policy", "dedicated");
    extraSpecs.put("hw:mem_page_size", "large");
    extraSpecs.put("quota:disk_read_iops_sec", "5000");
    Flavor flavor = t.resource(Flavor.builder("pinned")
        .nameProperty("pinned.medium")
        .vcpus(2)
        .ram(4096)
        // disk 0: the root disk is as large as the image it boots (the image's virtual size),
        // not a fixed size; a disk of N GiB would fail images larger than N GiB.
        .disk(0)
        .ephemeral(0)
        .swap(0)
        .isPublic(false)
        .addTenant(project.get())
        .extraSpecs(extraSpecs)
        .build());
    Server server =
        t.resource(Server.builder("server").flavor(flavor).image(image.get()).build());
    t.output("flavor_id", flavor, "The private flavor's ID");
    t.output("server_name", server.nameAttr());
    return t.build();
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }

  @Override
  public Map<String, Object> parameterValues() {
    return Map.of("project", "5f9d4b4fb3c14a8f9ad1e0a6f1b7c001");
  }
}
