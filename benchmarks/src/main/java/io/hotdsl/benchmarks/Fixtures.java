package io.hotdsl.benchmarks;

import io.hotdsl.functions.Fn;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.neutron.SecurityGroup;
import io.hotdsl.resources.nova.Server;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark template: one network, then servers with their ports, a security group for every
 * 20 ports, linked by get_param, get_resource and get_attr; exactly {@code n} resources.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A template of exactly {@code n} resources ({@code n >= 4}), built with the typed DSL. */
  public static Template build(int n) {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16)
        .description("hot-dsl benchmark: " + n + " resources");
    Parameter<String> flavor = t.parameter(
        Parameter.string("flavor").defaultValue("m1.small").description("Flavor for every server"));
    Parameter<String> image = t.parameter(
        Parameter.string("image").constraint(Constraint.customConstraint("glance.image")));
    Parameter<String> subnet =
        t.parameter(Parameter.string("subnet").defaultValue("private-subnet"));
    Parameter<String> keyName = t.parameter(Parameter.string("key_name").defaultValue("ops"));
    Net net = t.resource(Net.builder("net").nameProperty("bench-net").build());
    int count = 1;
    SecurityGroup sg = null;
    Port previous = null;
    int unit = 0;
    while (count < n) {
      if (sg == null || unit % 20 == 0 || n - count == 1) {
        sg = t.resource(SecurityGroup.builder("sg_" + count)
            .description("security group " + count)
            .addRule(SecurityGroup.Rule.builder()
                .protocol("tcp")
                .portRangeMin(22)
                .portRangeMax(22)
                .remoteIpPrefix("10.0.0.0/8")
                .build())
            .addRule(SecurityGroup.Rule.builder()
                .protocol("tcp")
                .portRangeMin(443)
                .portRangeMax(443)
                .build())
            .build());
        count++;
        unit++;
        if (count >= n) {
          break;
        }
      }
      Port port = t.resource(Port.builder("port_" + unit)
          .network(net.ref())
          .addFixedIp(Port.FixedIp.builder().subnet(subnet.get()).build())
          .addSecurityGroup(sg.ref())
          .build());
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("index", unit);
      metadata.put("role", unit % 2 == 0 ? "web" : "app");
      if (previous != null) {
        metadata.put("peer_ip", previous.fixedIps(0, "ip_address"));
      }
      t.resource(Server.builder("server_" + unit)
          .flavor(flavor.get())
          .image(image.get())
          .keyName(keyName.get())
          .addNetwork(Server.Network.builder().port(port.ref()).build())
          .metadataProperty(metadata)
          .userData(Fn.strReplace(
              "#!/bin/sh\necho $name > /etc/motd\n", Map.of("$name", "server_" + unit)))
          .build());
      previous = port;
      count += 2;
      unit++;
    }
    t.output("first_port_ips", Fn.getAttr("port_1", "fixed_ips"));
    t.output("network", net.ref(), "the network");
    return t.build();
  }
}
