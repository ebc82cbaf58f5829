package io.hotdsl.assertj;

import io.hotdsl.functions.Fn;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.nova.Server;
import java.util.List;

/** The template the tests assert on, built with the typed resource classes. */
final class Samples {
  private Samples() {}

  static Template web() {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16).description("web tier");
    Parameter<String> flavor = t.parameter(Parameter.string("flavor")
        .defaultValue("m1.small")
        .constraint(Constraint.allowedValues("m1.small", "m1.large")));
    t.parameter(Parameter.number("count"));
    t.condition("prod", Fn.equalTo(flavor.get(), "m1.large"));
    Port port = t.resource(Port.builder("web_port").network("private").build());
    Server web = t.resource(Server.builder("web")
        .flavor(flavor.get())
        .image("cirros")
        .addNetwork(Server.Network.builder().port(port.ref()).build())
        .dependsOn("db")
        .build());
    t.resource(Server.builder("db")
        .flavor("m1.large")
        .image("cirros")
        .condition("prod")
        .build());
    t.output(Output.of("ip", web.networks("private", 0), "first address"));
    return t.build();
  }

  static List<String> names() {
    return List.of("web_port", "web", "db");
  }
}
