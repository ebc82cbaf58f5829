package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.designate.RecordSet;
import io.hotdsl.resources.designate.Zone;
import io.hotdsl.resources.neutron.FloatingIP;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.nova.Server;

/**
 * Designate: a DNS zone owned by the stack and an A record pointing at a server's floating IP,
 * so the name follows the server when the stack is re-created.
 */
public final class DesignateDns implements Example {

  @Override
  public String name() {
    return "designate";
  }

  @Override
  public String description() {
    return "OS::Designate::Zone and an A RecordSet pointing at a server's floating IP";
  }

  static Template root() {
    Template.Builder t =
        Template.builder().description("A DNS zone and a record for a server's floating IP");
    Parameter<String> domain = t.parameter(Parameter.string("domain")
        .defaultValue("example.org.")
        .constraint(
            Constraint.allowedPattern(".*\\.").withDescription("A zone name ends with a dot")));
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.tiny"));
    Parameter<String> network = t.parameter(Parameter.string("network").defaultValue("private"));
    Parameter<String> external =
        t.parameter(Parameter.string("external_network").defaultValue("public"));
    Port port = t.resource(Port.builder("port").network(network.get()).build());
    Server server = t.resource(Server.builder("www")
        .image(image.get())
        .flavor(flavor.get())
        .addNetwork(Server.Network.builder().port(port).build())
        .build());
    FloatingIP ip = t.resource(FloatingIP.builder("public_ip")
        .floatingNetwork(external.get())
        .portId(port)
        .build());
    Zone zone = t.resource(Zone.builder("zone")
        .nameProperty(domain.get())
        .email("hostmaster@example.org")
        .ttl(3600)
        .descriptionProperty("Owned by the stack")
        .build());
    t.resource(RecordSet.builder("www_record")
        .zone(zone)
        .nameProperty("www")
        .typeProperty(RecordSet.Type.A)
        .ttl(300)
        .addRecord(ip.floatingIpAddress())
        .build());
    t.output("url", Fn.strReplace("http://www.DOMAIN", java.util.Map.of("DOMAIN", domain.get())));
    t.output("server", server);
    return t.build();
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }
}
