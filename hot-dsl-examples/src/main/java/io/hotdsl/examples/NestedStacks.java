package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.ChildTemplate;
import io.hotdsl.bundle.ChildTemplate.ChildResource;
import io.hotdsl.environment.Environment;
import io.hotdsl.model.Output;
import io.hotdsl.model.OutputKey;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.heat.ResourceGroup;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.Subnet;
import io.hotdsl.resources.nova.Server;
import java.util.List;

/**
 * Nested stacks, environments and a provider type.
 *
 * <ul>
 *   <li>{@code network.yaml} is a nested stack used by file ({@code type: network.yaml});
 *   <li>{@code My::App::Server} is a provider type: environments map it to {@code
 *       app_server.yaml}, so another environment could map it to another template;
 *   <li>{@code dev.yaml} and {@code prod.yaml} deploy the same template with different
 *       {@code parameter_defaults}: {@code openstack stack create -t template.yaml -e dev.yaml}.
 * </ul>
 */
public final class NestedStacks implements Example {
  static final String NETWORK = "network.yaml";
  static final String APP_SERVER = "app_server.yaml";

  @Override
  public String name() {
    return "nested-stacks";
  }

  @Override
  public String description() {
    return "A nested stack by file, a provider type My::App::Server and dev/prod environments";
  }

  /** {@code network.yaml}'s parameter and outputs: the keys its parent sets and reads. */
  static final class NetTemplate {
    static final Parameter<String> CIDR =
        Parameter.string("cidr").defaultValue("10.0.0.0/24").build();
    static final OutputKey<String> NETWORK_ID = OutputKey.of("network_id");
    static final OutputKey<String> SUBNET_ID = OutputKey.of("subnet_id");

    private NetTemplate() {}
  }

  /** {@code app_server.yaml}'s parameters and output. */
  static final class AppServerTemplate {
    static final Parameter<String> IMAGE =
        Parameter.string("image").defaultValue("cirros").build();
    static final Parameter<String> FLAVOR = Parameter.string("flavor").build();
    static final Parameter<String> NETWORK = Parameter.string("network")
        // a default: Heat's template-validate resolves the get_attr path below with it when the
        // file is validated alone (without one: "The Referenced Attribute ... is incorrect")
        .defaultValue("private")
        .build();
    static final OutputKey<String> ADDRESS = OutputKey.of("address");

    private AppServerTemplate() {}
  }

  static Template network() {
    Template.Builder t = Template.builder().description("A private network and subnet");
    Parameter<String> cidr = t.parameter(NetTemplate.CIDR);
    Net net = t.resource(Net.builder("net").build());
    Subnet subnet =
        t.resource(Subnet.builder("subnet").network(net).cidr(cidr.get()).build());
    t.output(Output.of(NetTemplate.NETWORK_ID, net));
    t.output(Output.of(NetTemplate.SUBNET_ID, subnet));
    return t.build();
  }

  static Template appServer() {
    Template.Builder t = Template.builder().description("The application's server type");
    Parameter<String> image = t.parameter(AppServerTemplate.IMAGE);
    Parameter<String> flavor = t.parameter(AppServerTemplate.FLAVOR);
    Parameter<String> network = t.parameter(AppServerTemplate.NETWORK);
    Server server = t.resource(Server.builder("server")
        .image(image.get())
        .flavor(flavor.get())
        .addNetwork(Server.Network.builder().network(network.get()).build())
        .build());
    t.output(Output.of(AppServerTemplate.ADDRESS, server.networks(network.get(), 0)));
    return t.build();
  }

  static Template root(ChildTemplate net, ChildTemplate app) {
    Template.Builder t = Template.builder()
        .description("An application of nested stacks, configured per environment");
    Parameter<String> flavor = t.parameter(
        Parameter.string("flavor").description("Set by the environment's parameter_defaults"));
    Parameter<Number> count = t.parameter(
        Parameter.number("app_count").description("Set by the environment's parameter_defaults"));
    Parameter<String> cidr = t.parameter(Parameter.string("cidr").defaultValue("10.0.0.0/24"));
    ChildResource network =
        t.resource(net.resource("network").set(NetTemplate.CIDR, cidr).build());
    ChildResource member = app.resource("app_%index%")
        .set(AppServerTemplate.FLAVOR, flavor)
        .set(AppServerTemplate.NETWORK, network.attr(NetTemplate.NETWORK_ID))
        .build();
    ResourceGroup servers = t.resource(
        ResourceGroup.builder("app").count(count.get()).resourceDef(member).build());
    // get_attr of a group: the attribute of every member, as a list
    t.output("addresses", servers.attr(AppServerTemplate.ADDRESS.name()));
    t.output("subnet", network.attr(NetTemplate.SUBNET_ID));
    return t.build();
  }

  @Override
  public Bundle bundle() {
    ChildTemplate net = ChildTemplate.nested(NETWORK, network());
    ChildTemplate app = ChildTemplate.provider("My::App::Server", APP_SERVER, appServer());
    Environment dev = app.register(Environment.builder())
        .parameterDefault("flavor", "m1.small")
        .parameterDefault("app_count", 1)
        .build();
    Environment prod = app.register(Environment.builder())
        .parameterDefault("flavor", "m1.large")
        .parameterDefault("app_count", 3)
        .parameterDefault("cidr", "10.20.0.0/22")
        .build();
    return Bundle.builder(Examples.ROOT, root(net, app))
        .child(net)
        .child(app)
        .environment("dev.yaml", dev)
        .environment("prod.yaml", prod)
        .build();
  }

  @Override
  public List<List<String>> deployments() {
    return List.of(List.of("dev.yaml"), List.of("prod.yaml"));
  }
}
