package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.glance.WebImage;
import io.hotdsl.resources.nova.Server;
import java.util.List;
import java.util.Map;

/**
 * Golden images: an image built elsewhere (by a pipeline) and published at a URL is imported into
 * Glance by the stack, shared with other projects through {@code members}, and booted by servers.
 */
public final class GoldenImages implements Example {

  @Override
  public String name() {
    return "golden-images";
  }

  @Override
  public String description() {
    return "OS::Glance::WebImage from a URL, shared with other projects, booted by servers";
  }

  static Template root() {
    Template.Builder t =
        Template.builder().description("Import a golden image, share it and boot servers from it");
    Parameter<String> url = t.parameter(Parameter.string("image_url")
        .defaultValue("https://images.example.com/golden/web-2026.11.qcow2")
        .description("Where the image pipeline published the image"));
    Parameter<List<String>> members = t.parameter(Parameter.commaDelimitedList("share_with")
        .description("Projects (IDs) that may boot the image"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    WebImage golden = t.resource(WebImage.builder("golden")
        .nameProperty("web-golden-2026.11")
        .location(url.get())
        .containerFormat(WebImage.ContainerFormat.BARE)
        .diskFormat(WebImage.DiskFormat.QCOW2)
        .minDisk(10)
        .minRam(1024)
        .osDistro("ubuntu")
        .osVersion("24.04")
        .visibility(WebImage.Visibility.SHARED)
        .members(members.get())
        .build());
    for (String name : List.of("web_1", "web_2")) {
      t.resource(Server.builder(name).image(golden).flavor(flavor.get()).build());
    }
    t.output("image_id", golden, "The golden image's ID, bootable by the member projects");
    return t.build();
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }

  @Override
  public Map<String, Object> parameterValues() {
    return Map.of(
        "share_with", "8d1f0c9e2b7a4c3e9f5a6b7c8d9e0f11,2a3b4c5d6e7f48a9b0c1d2e3f4a5b6c7");
  }
}
