package io.hotdsl.bundle;

import io.hotdsl.environment.Environment;
import io.hotdsl.environment.Hook;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.Map;

/** Bundles built with the DSL for the tests. */
final class SampleBundles {
  private SampleBundles() {}

  /** The provider template behind My::App::Server. */
  static Template serverTemplate() {
    Template.Builder t = Template.builder(HotVersion.V2018_08_31).description("one app server");
    Parameter<String> flavor = t.parameter(Parameter.string("flavor"));
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    Parameter<String> network = t.parameter(Parameter.string("network"));
    Resource server = t.resource(Resource.builder("server", "OS::Nova::Server")
        .property("flavor", flavor.get())
        .property("image", image.get())
        .property("networks", java.util.List.of(Map.of("network", network.get())))
        .property("user_data", Fn.getFile("scripts/boot.sh"))
        .property("user_data_format", "RAW"));
    t.output(Output.of("ip", server.attr("first_address")));
    return t.build();
  }

  /** A nested template used by file. */
  static Template networkTemplate() {
    Template.Builder t = Template.builder(HotVersion.V2018_08_31);
    Parameter<String> cidr = t.parameter(Parameter.string("cidr").defaultValue("10.0.0.0/24"));
    Resource net = t.resource(Resource.builder("net", "OS::Neutron::Net"));
    t.resource(Resource.builder("subnet", "OS::Neutron::Subnet")
        .property("network", net.ref())
        .property("cidr", cidr.get()));
    t.output(Output.of("network_id", net.ref()));
    return t.build();
  }

  static Template regionTemplate() {
    Template.Builder t = Template.builder(HotVersion.V2018_08_31);
    Parameter<Number> length = t.parameter(Parameter.number("length").defaultValue(8));
    Resource r = t.resource(
        Resource.builder("secret", "OS::Heat::RandomString").property("length", length.get()));
    t.output(Output.of("value", r.attr("value")));
    return t.build();
  }

  static final ChildTemplate SERVER =
      ChildTemplate.provider("My::App::Server", "server.yaml", serverTemplate());
  static final ChildTemplate NETWORK = ChildTemplate.nested("lib/network.yaml", networkTemplate());

  /** Root + provider + nested-by-file + OS::Heat::Stack + get_file + environment. */
  static Bundle app() {
    Template.Builder t = Template.builder(HotVersion.V2018_08_31).description("app bundle");
    t.parameter(Parameter.string("key_name").defaultValue("ops"));
    Resource net =
        t.resource(NETWORK.resource("network").property("cidr", "10.1.0.0/24").build());
    Resource app = t.resource(SERVER
        .resource("app")
        .property("flavor", "m1.small")
        .property("network", NETWORK.attr(net, "network_id"))
        .build());
    Resource stack = t.resource(HeatStack.builder("regional")
        .template(regionTemplate())
        .parameter("length", 12)
        .regionName("RegionTwo")
        .timeout(10)
        .build());
    t.resource(Resource.builder("config", "OS::Heat::SoftwareConfig")
        .property("config", Fn.getFile("scripts/boot.sh")));
    t.output(Output.of("app_ip", SERVER.attr(app, "ip")));
    t.output(Output.of("secret", stack.attr("outputs", "value")));
    Environment env = SERVER
        .register(Environment.builder())
        .parameterDefault("image", "cirros-0.6")
        .resourceRegistry(r -> r.hooks("app", Hook.PRE_CREATE))
        .build();
    Environment env2 = Environment.builder().parameter("key_name", "admin").build();
    return Bundle.builder("root.yaml", t.build())
        .child(SERVER)
        .child(NETWORK)
        .file("scripts/boot.sh", "#!/bin/sh\necho \"booted\"\n")
        .environment("env.yaml", env)
        .environment("env/override.yaml", env2)
        .build();
  }
}
