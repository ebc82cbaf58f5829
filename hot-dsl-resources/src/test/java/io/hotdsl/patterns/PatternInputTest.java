package io.hotdsl.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.Template;
import io.hotdsl.resources.octavia.HealthMonitor;
import io.hotdsl.resources.octavia.Listener;
import io.hotdsl.resources.octavia.Pool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input fails when it is given, naming the pattern and what was expected; names derive. */
class PatternInputTest {

  @Test
  void missingInputIsNamedAtBuild() {
    assertThatThrownBy(() -> PrivateNetwork.builder("app").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PrivateNetwork app: missing cidr, externalNetwork");
    assertThatThrownBy(() -> ServerWithPort.builder("web").build())
        .hasMessage("ServerWithPort web: missing server, network");
    assertThatThrownBy(() -> LoadBalancedPool.builder("web").build())
        .hasMessage("LoadBalancedPool web: missing vipSubnet");
  }

  @Test
  void badValuesFailWhenGiven() {
    assertThatThrownBy(() -> PrivateNetwork.builder("app").cidr("10.0.0.0"))
        .hasMessage("app: cidr must be an address range such as 10.0.0.0/24, not \"10.0.0.0\"");
    assertThatThrownBy(() -> ServerWithPort.builder("web").allowTcp(70000))
        .hasMessage("web: allowTcp's port must be a port number 1-65535, not 70000");
    assertThatThrownBy(() -> LoadBalancedPool.builder("web").listen(Listener.Protocol.HTTP, 0))
        .hasMessage("web: the listener's port must be a port number 1-65535, not 0");
    assertThatThrownBy(() -> LoadBalancedPool.builder("web").healthPath("health"))
        .hasMessage("web: the health path must start with /, not \"health\"");
    assertThatThrownBy(() -> LoadBalancedPool.builder("web").healthCheck(5, 10, 3))
        .hasMessageStartingWith("web: health check must satisfy 0 <= timeout <= delay");
    assertThatThrownBy(() -> PrivateNetwork.builder(""))
        .hasMessage("a pattern's name must not be empty");
    assertThatThrownBy(() -> LoadBalancedPool.builder("web")
            .vipSubnet("s")
            .tlsContainer(io.hotdsl.model.Parameter.string("tls").build())
            .build())
        .hasMessage("LoadBalancedPool web: a TLS container needs listen(TERMINATED_HTTPS, …), "
            + "not HTTP");
  }

  @Test
  void aNameTakenInTheTemplateFailsThere() {
    Template.Builder t = Template.builder();
    PrivateNetwork.builder("app").cidr("10.0.0.0/24").externalNetwork("public").addTo(t);
    assertThatThrownBy(() -> PrivateNetwork.builder("app")
            .cidr("10.0.1.0/24")
            .externalNetwork("public")
            .addTo(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("app_net");
  }

  @Test
  void namesDeriveFromThePatternsNameAndCanBeOverridden() {
    PrivateNetwork n = PrivateNetwork.builder("app")
        .cidr("10.0.0.0/24")
        .externalNetwork("public")
        .name(PrivateNetwork.Part.ROUTER, "gateway")
        .build();
    assertThat(n.resources())
        .extracting(r -> r.name())
        .containsExactly("app_net", "app_subnet", "gateway", "app_router_interface");
    LoadBalancedPool lb = LoadBalancedPool.builder("web")
        .vipSubnet("s")
        .floatingIp("public")
        .addMember(n.networkId())
        .addMember(n.subnetId())
        .build();
    assertThat(lb.resources())
        .extracting(r -> r.name())
        .containsExactly(
            "web_lb",
            "web_listener",
            "web_pool",
            "web_monitor",
            "web_member_1",
            "web_member_2",
            "web_floating_ip");
    assertThat(ServerWithPort.builder("db")
            .server(s -> s.image("i").flavor("f"))
            .network("n")
            .build()
            .resources())
        .extracting(r -> r.name())
        .containsExactly("db_port", "db");
  }

  @Test
  void withoutAFloatingIpThereIsNoPublicAddress() {
    ServerWithPort s = ServerWithPort.builder("db")
        .server(b -> b.image("i").flavor("f"))
        .network("n")
        .build();
    assertThat(s.floatingIp()).isEmpty();
    assertThat(s.securityGroup()).isEmpty();
    assertThatThrownBy(s::publicAddress)
        .hasMessage(
            "ServerWithPort db has no floating IP; " + "call floatingIp(...) on its builder");
  }

  /** The pool and the monitor follow the listener's protocol. */
  @ParameterizedTest
  @CsvSource({
    "HTTP, HTTP, HTTP",
    "TERMINATED_HTTPS, HTTP, HTTP",
    "HTTPS, HTTPS, HTTPS",
    "TCP, TCP, TCP",
    "PROXY, PROXY, TCP",
    "UDP, UDP, UDP_CONNECT"
  })
  void protocolsFollowTheListener(
      Listener.Protocol listener, Pool.Protocol pool, HealthMonitor.Type monitor) {
    LoadBalancedPool lb =
        LoadBalancedPool.builder("x").vipSubnet("s").listen(listener, 443).build();
    Map<String, Object> poolProps = lb.pool().properties();
    Map<String, Object> monitorProps = lb.monitor().properties();
    assertThat(Trees.toTree(poolProps.get("protocol"))).isEqualTo(pool.heatValue());
    assertThat(Trees.toTree(monitorProps.get("type"))).isEqualTo(monitor.heatValue());
    assertThat(monitorProps.containsKey("url_path"))
        .isEqualTo(List.of(HealthMonitor.Type.HTTP, HealthMonitor.Type.HTTPS).contains(monitor));
  }

  @Test
  void patternsAreEqualWhenTheirPartsAre() {
    PrivateNetwork a = PrivateNetwork.builder("app")
        .cidr("10.0.0.0/24")
        .externalNetwork("public")
        .build();
    PrivateNetwork same = PrivateNetwork.builder("app")
        .cidr("10.0.0.0/24")
        .externalNetwork("public")
        .build();
    PrivateNetwork other = PrivateNetwork.builder("app")
        .cidr("10.0.1.0/24")
        .externalNetwork("public")
        .build();

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(a.toString()).startsWith("PrivateNetwork[").contains("app_net");
  }
}
