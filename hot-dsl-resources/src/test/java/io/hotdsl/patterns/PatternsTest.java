package io.hotdsl.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.resources.neutron.SecurityGroup;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.octavia.Listener;
import io.hotdsl.resources.octavia.Pool;
import io.hotdsl.validate.TemplateValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each pattern's exact YAML (golden files), accepted by hot's validator and by Heat 19's own
 * template-validate and pre-create checks.
 */
class PatternsTest {

  static Template privateNetwork() {
    Template.Builder t = Template.builder().description("A private network with a router");
    Parameter<String> external =
        t.parameter(Parameter.string("external_network").defaultValue("public"));
    PrivateNetwork app = PrivateNetwork.builder("app")
        .cidr("10.0.0.0/24")
        .dnsNameservers("192.0.2.53")
        .externalNetwork(external)
        .addTo(t);
    t.output("network", app.networkId());
    t.output("gateway", app.subnet().gatewayIp());
    return t.build();
  }

  static Template serverWithPort() {
    Template.Builder t = Template.builder().description("A server on a private network");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    PrivateNetwork app = PrivateNetwork.builder("app")
        .cidr("10.0.0.0/24")
        .externalNetwork("public")
        .addTo(t);
    ServerWithPort web = ServerWithPort.builder("web")
        .server(s -> s.image(image).flavor(flavor))
        .network(app)
        .allowTcp(80)
        .allowTcp(22, "203.0.113.0/24")
        .allowIcmp()
        .floatingIp("public")
        .addTo(t);
    ServerWithPort.builder("worker")
        .server(s -> s.image(image).flavor(flavor))
        .network(app.net())
        .name(ServerWithPort.Part.PORT, "worker_nic")
        .addTo(t);
    t.output("address", web.address());
    t.output("public_address", web.publicAddress());
    return t.build();
  }

  static Template loadBalancedPool() {
    Template.Builder t = Template.builder().description("A TCP service behind Octavia");
    Parameter<String> subnet = t.parameter(Parameter.string("subnet").defaultValue("private"));
    Parameter<String> first = t.parameter(Parameter.string("first").defaultValue("10.0.0.11"));
    Parameter<String> second = t.parameter(Parameter.string("second").defaultValue("10.0.0.12"));
    LoadBalancedPool db = LoadBalancedPool.builder("db")
        .vipSubnet(subnet)
        .listen(Listener.Protocol.TCP, 5432)
        .algorithm(Pool.LbAlgorithm.LEAST_CONNECTIONS)
        .healthCheck(10, 3, 2)
        .addMember(first)
        .addMember(second)
        .memberSubnet(subnet)
        .addTo(t);
    t.output("vip", db.vipAddress());
    return t.build();
  }

  /** The three composed: a network, two web servers as the members of an HTTP pool. */
  static Template webTier() {
    Template.Builder t = Template.builder().description("Two web servers behind Octavia");
    Parameter<String> external =
        t.parameter(Parameter.string("external_network").defaultValue("public"));
    PrivateNetwork net = PrivateNetwork.builder("web")
        .cidr("10.1.0.0/24")
        .externalNetwork(external)
        .addTo(t);
    LoadBalancedPool.Builder lb = LoadBalancedPool.builder("web")
        .vipSubnet(net.subnet())
        .healthPath("/health")
        .memberPort(8080)
        .memberSubnet(net.subnet())
        .floatingIp(external);
    for (String name : List.of("web_1", "web_2")) {
      lb.addMember(ServerWithPort.builder(name)
          .server(s -> s.image("cirros").flavor("m1.small"))
          .network(net)
          .allow(SecurityGroup.Rule.builder()
              .protocol("tcp")
              .portRangeMin(8080)
              .portRangeMax(8080)
              .remoteIpPrefix("10.1.0.0/24")
              .build())
          .addTo(t));
    }
    LoadBalancedPool pool = lb.addTo(t);
    t.output("url", pool.publicAddress());
    return t.build();
  }

  static Template scaledServers() {
    Template.Builder t = Template.builder().description("Servers scaled on CPU");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    ScaledGroup parts = ScaledGroup.builder("workers")
        .member(Server.builder("member")
            .image(image)
            .flavor("m1.small")
            .metadataProperty(Map.of("role", "worker"))
            .build())
        .size(1, 1, 4)
        .addTo(t);
    t.output("scale_up_url", parts.scaleUp().alarmUrl());
    return t.build();
  }

  static final Map<String, Supplier<Template>> PATTERNS = new LinkedHashMap<>();

  static {
    PATTERNS.put("private-network.yaml", PatternsTest::privateNetwork);
    PATTERNS.put("server-with-port.yaml", PatternsTest::serverWithPort);
    PATTERNS.put("load-balanced-pool.yaml", PatternsTest::loadBalancedPool);
    PATTERNS.put("web-tier.yaml", PatternsTest::webTier);
    PATTERNS.put("scaled-group.yaml", PatternsTest::scaledServers);
  }

  @Test
  void eachPatternRendersItsGoldenYamlAndHotFindsNoProblem() throws Exception {
    for (var e : PATTERNS.entrySet()) {
      Template t = e.getValue().get();
      assertThat(TemplateValidator.validate(t).problems()).as(e.getKey()).isEmpty();
      Golden.assertMatches(e.getKey(), HotRenderer.yaml(t));
    }
  }

  @Test
  void heatAcceptsEveryPattern() {
    var oracle = HeatOracle.find();
    assumeTrue(oracle.isPresent(), "SKIPPED: Heat 19 (python3-heat) is not installed");
    List<HeatCase> cases = new ArrayList<>();
    PATTERNS.forEach((name, template) -> {
      String yaml = HotRenderer.yaml(template.get());
      cases.add(HeatCase.validate(name + "@api", yaml, Depth.API));
      cases.add(HeatCase.validate(name + "@strict", yaml, Depth.STRICT));
    });
    List<HeatVerdict> verdicts = oracle.get().run(cases);
    assertThat(verdicts)
        .hasSize(cases.size())
        .allSatisfy(v -> assertThat(v.ok()).as(v.id() + ": " + v.error()).isTrue());
  }
}
