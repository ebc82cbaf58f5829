package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.nova.ServerGroup;
import java.util.Map;

/**
 * Placement: server groups tell Nova's scheduler where members go.
 *
 * <ul>
 *   <li>{@code affinity}: all on one host (a cache next to its app, low latency);
 *   <li>{@code anti-affinity}: each on another host, or the boot fails (replicas);
 *   <li>{@code soft-anti-affinity}: other hosts when possible (best effort);
 *   <li>{@code anti-affinity} with the rule {@code max_server_per_host}: at most N per host.
 * </ul>
 *
 * <p>A server joins a group through {@code scheduler_hints: {group: <group ID>}}.
 */
public final class Placement implements Example {

  @Override
  public String name() {
    return "placement";
  }

  @Override
  public String description() {
    return "Server groups: affinity, anti-affinity, soft-anti-affinity, max_server_per_host";
  }

  static Template root() {
    Template.Builder t = Template.builder()
        .description("Servers placed by affinity and anti-affinity server groups");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.tiny"));
    ServerGroup together = t.resource(ServerGroup.builder("together")
        .nameProperty("cache-with-app")
        .addPolicy("affinity")
        .build());
    ServerGroup apart = t.resource(ServerGroup.builder("apart")
        .nameProperty("db-replicas")
        .addPolicy("anti-affinity")
        .build());
    ServerGroup preferApart = t.resource(ServerGroup.builder("prefer_apart")
        .nameProperty("workers")
        .addPolicy("soft-anti-affinity")
        .build());
    ServerGroup twoPerHost = t.resource(ServerGroup.builder("two_per_host")
        .nameProperty("web")
        .addPolicy("anti-affinity")
        .rules(ServerGroup.Rules.builder().maxServerPerHost(2).build())
        .build());
    member(t, "app", together, image, flavor);
    member(t, "cache", together, image, flavor);
    member(t, "db_1", apart, image, flavor);
    member(t, "db_2", apart, image, flavor);
    member(t, "worker_1", preferApart, image, flavor);
    member(t, "worker_2", preferApart, image, flavor);
    for (int i = 1; i <= 4; i++) {
      member(t, "web_" + i, twoPerHost, image, flavor);
    }
    t.output("db_group", apart, "The anti-affinity group of the database replicas");
    return t.build();
  }

  static Server member(
      Template.Builder t,
      String name,
      ServerGroup group,
      Parameter<String> image,
      Parameter<String> flavor) {
    return t.resource(Server.builder(name)
        .image(image.get())
        .flavor(flavor.get())
        .schedulerHints(Map.of("group", group))
        .build());
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }
}
