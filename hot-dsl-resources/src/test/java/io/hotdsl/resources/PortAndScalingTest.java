package io.hotdsl.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Fn;
import io.hotdsl.resources.heat.AutoScalingGroup;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.Port;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortAndScalingTest {
  @Test
  void port() {
    Net net = Net.builder("net").build();
    Port port = Port.builder("port")
        .network(net.ref())
        .addFixedIp(Port.FixedIp.builder()
            .subnet("private-subnet")
            .ipAddress("10.0.0.5")
            .build())
        .bindingVnicType(Port.BindingVnicType.DIRECT)
        .addSecurityGroup("default")
        .addAllowedAddressPair(
            Port.AllowedAddressPair.builder().ipAddress("10.0.0.0/24").build())
        .build();
    assertThat(port.toTree())
        .isEqualTo(Map.of(
            "type",
            "OS::Neutron::Port",
            "properties",
            Map.of(
                "network",
                Map.of("get_resource", "net"),
                "fixed_ips",
                List.of(Map.of("subnet", "private-subnet", "ip_address", "10.0.0.5")),
                "binding:vnic_type",
                "direct",
                "security_groups",
                List.of("default"),
                "allowed_address_pairs",
                List.of(Map.of("ip_address", "10.0.0.0/24")))));
    assertThat(port.fixedIps().toTree())
        .isEqualTo(Map.of("get_attr", List.of("port", "fixed_ips")));
    assertThatThrownBy(() -> Port.builder("p").build())
        .hasMessage("resource p (OS::Neutron::Port): required property \"network\" is not set");
  }

  @Test
  void autoScalingGroup() {
    AutoScalingGroup asg = AutoScalingGroup.builder("asg")
        .minSize(1)
        .maxSize(3)
        .desiredCapacity(2)
        .resource(Map.of("type", "OS::Nova::Server", "properties", Map.of("flavor", "m1")))
        .rollingUpdates(AutoScalingGroup.RollingUpdates.builder()
            .minInService(1)
            .maxBatchSize(1)
            .pauseTime(30)
            .build())
        .build();
    assertThat(asg.toTree().get("properties"))
        .isEqualTo(Map.of(
            "min_size",
            1L,
            "max_size",
            3L,
            "desired_capacity",
            2L,
            "resource",
            Map.of("type", "OS::Nova::Server", "properties", Map.of("flavor", "m1")),
            "rolling_updates",
            Map.of("min_in_service", 1L, "max_batch_size", 1L, "pause_time", 30L)));
    assertThat(asg.outputsList().toTree())
        .isEqualTo(Map.of("get_attr", List.of("asg", "outputs_list")));
    assertThatThrownBy(() -> AutoScalingGroup.builder("asg")
            .minSize(-1)
            .maxSize(Fn.getParam("max"))
            .build())
        .hasMessage(
            String.join(
                "\n",
                "resource asg (OS::Heat::AutoScalingGroup): property \"min_size\": -1 is out of range"
                    + " (min: 0, max: None)",
                "resource asg (OS::Heat::AutoScalingGroup): required property \"resource\" is not set"));
  }

  @org.junit.jupiter.api.Test
  void aDeprecatedAliasHeatStillAcceptsSatisfiesARequiredProperty() {
    // Heat 19 moves network_id into network; the typed builder accepts it the same way
    io.hotdsl.resources.neutron.Port port = io.hotdsl.resources.neutron.Port.builder("p")
        .property("network_id", "private")
        .build();
    org.assertj.core.api.Assertions.assertThat(port.properties())
        .containsEntry("network_id", "private");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> io.hotdsl.resources.neutron.Port.builder("q").build())
        .hasMessageContaining("required property \"network\" is not set");
  }
}
