package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.resources.heat.Stack;
import io.hotdsl.resources.nova.Server;
import java.util.Map;

/**
 * A large cloud: the same application in two regions, each spread over two availability zones.
 *
 * <p>{@code app.yaml} puts one server in each of two availability zones of its region; the root
 * template creates it twice with {@code OS::Heat::Stack}, whose {@code context.region_name} sends
 * each child stack to another region's Heat.
 */
public final class LargeCloud implements Example {
  static final String APP = "app.yaml";

  @Override
  public String name() {
    return "large-cloud";
  }

  @Override
  public String description() {
    return "The same app in two regions (OS::Heat::Stack context.region_name) and two AZs per region";
  }

  /** One region's application: a server per availability zone. */
  static Template app() {
    Template.Builder t = Template.builder().description("The web app of one region");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Parameter<String> network = t.parameter(Parameter.string("network").defaultValue("private"));
    Parameter<String> zoneA = t.parameter(Parameter.string("zone_a")
        .defaultValue("az-1")
        .description("First availability zone of the region"));
    Parameter<String> zoneB = t.parameter(Parameter.string("zone_b")
        .defaultValue("az-2")
        .description("Second availability zone of the region"));
    Server webA = t.resource(Server.builder("web_a")
        .image(image.get())
        .flavor(flavor.get())
        .availabilityZone(zoneA.get())
        .addNetwork(Server.Network.builder().network(network.get()).build())
        .build());
    Server webB = t.resource(Server.builder("web_b")
        .image(image.get())
        .flavor(flavor.get())
        .availabilityZone(zoneB.get())
        .addNetwork(Server.Network.builder().network(network.get()).build())
        .build());
    t.output(
        "addresses",
        java.util.List.of(webA.networks(network.get(), 0), webB.networks(network.get(), 0)),
        "One address per availability zone");
    return t.build();
  }

  static Template root() {
    Template.Builder t = Template.builder()
        .description("The same application in two regions, each over two availability zones");
    Parameter<String> regionOne =
        t.parameter(Parameter.string("region_one").defaultValue("RegionOne"));
    Parameter<String> regionTwo =
        t.parameter(Parameter.string("region_two").defaultValue("RegionTwo"));
    Stack one = t.resource(Stack.builder("app_region_one")
        .template(Fn.getFile(APP))
        .context(Stack.Context.builder().regionName(regionOne.get()).build())
        .parameters(Map.of("zone_a", "az-1", "zone_b", "az-2"))
        .timeout(30)
        .build());
    Stack two = t.resource(Stack.builder("app_region_two")
        .template(Fn.getFile(APP))
        .context(Stack.Context.builder().regionName(regionTwo.get()).build())
        .parameters(Map.of("zone_a", "az-a", "zone_b", "az-b"))
        .timeout(30)
        .build());
    t.output("region_one_addresses", one.outputs("addresses"));
    t.output("region_two_addresses", two.outputs("addresses"));
    return t.build();
  }

  @Override
  public Bundle bundle() {
    // OS::Heat::Stack takes its template as a string: get_file inlines app.yaml's text
    return Bundle.builder(Examples.ROOT, root())
        .file(APP, HotRenderer.yaml(app()))
        .build();
  }
}
