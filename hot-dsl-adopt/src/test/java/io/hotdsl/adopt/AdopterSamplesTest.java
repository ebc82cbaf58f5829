package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.validate.TemplateValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenStack API reference samples, adopted: what the template holds, and Heat's verdict. */
class AdopterSamplesTest {

  static final Adoption ADOPTION = Adopter.create().adopt(Samples.snapshot());
  static final Template T = ADOPTION.template();

  static Map<String, Object> props(String resource) {
    Resource r = T.resource(resource);
    assertThat(r).as("resource " + resource).isNotNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> p = (Map<String, Object>) r.toTree().get("properties");
    return p;
  }

  static Map<String, Object> getResource(String name) {
    return Map.of("get_resource", name);
  }

  static Map<String, Object> getParam(String name) {
    return Map.of("get_param", name);
  }

  static String customConstraint(String parameter) {
    Parameter<?> p = T.parameters().get(parameter);
    assertThat(p).as("parameter " + parameter).isNotNull();
    return p.constraints().stream()
        .filter(c -> c.kind() == Constraint.Kind.CUSTOM_CONSTRAINT)
        .map(c -> (String) c.spec())
        .findFirst()
        .orElse(null);
  }

  @Test
  void currentVersionAndTypedResources() {
    assertThat(T.version()).isEqualTo(HotVersion.V2021_04_16);
    Map<String, String> types = new java.util.LinkedHashMap<>();
    T.resources().forEach((k, v) -> types.put(k, v.type()));
    assertThat(types)
        .containsExactly(
            Map.entry("keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3", "OS::Nova::KeyPair"),
            Map.entry("test", "OS::Nova::ServerGroup"),
            Map.entry("net1", "OS::Neutron::Net"),
            Map.entry("net2", "OS::Neutron::Net"),
            Map.entry("private-subnet", "OS::Neutron::Subnet"),
            Map.entry("my_subnet", "OS::Neutron::Subnet"),
            Map.entry("router2", "OS::Neutron::Router"),
            Map.entry("router2_routes", "OS::Neutron::ExtraRouteSet"),
            Map.entry("router1", "OS::Neutron::Router"),
            Map.entry("volume_cb49b381", "OS::Cinder::Volume"),
            Map.entry("new-server-test", "OS::Nova::Server"),
            Map.entry("new-server-test_volume_volume_id1", "OS::Cinder::VolumeAttachment"),
            Map.entry("new-server-test_volume_volume_id2", "OS::Cinder::VolumeAttachment"),
            Map.entry("fip_172_24_4_228", "OS::Neutron::FloatingIP"),
            Map.entry("fip_172_24_4_227", "OS::Neutron::FloatingIP"),
            Map.entry("fip_172_24_4_42", "OS::Neutron::FloatingIP"),
            Map.entry("fip_172_24_4_42_forward_2225", "OS::Neutron::FloatingIPPortForward"),
            Map.entry("fip_172_24_4_42_forward_8786", "OS::Neutron::FloatingIPPortForward"));
    assertThat(ADOPTION.physicalIds())
        .containsEntry("new-server-test", "f5dc173b-6804-445a-a6d8-c705dad5b5eb")
        .containsEntry("net2", "db193ab3-96e3-4cb3-8fc5-05f4296d0324");
  }

  @Test
  void referencesBetweenThingsReadAreGetResource() {
    assertThat(props("private-subnet"))
        .containsEntry("network", getResource("net2"))
        .containsEntry("cidr", "10.0.0.0/24")
        .containsEntry("gateway_ip", "10.0.0.1");
    assertThat(props("my_subnet")).containsEntry("network", getResource("net1"));
    assertThat(props("router2_routes"))
        .containsEntry("router", getResource("router2"))
        .containsEntry(
            "routes", List.of(Map.of("destination", "179.24.1.0/24", "nexthop", "172.24.3.99")));
    assertThat(props("new-server-test_volume_volume_id1"))
        .containsEntry("instance_uuid", getResource("new-server-test"))
        .containsEntry("volume_id", getParam("volume_volume_id1"));
    assertThat(props("fip_172_24_4_42_forward_2225"))
        .containsEntry("floating_ip", getResource("fip_172_24_4_42"))
        .containsEntry("internal_port", getParam("port_2057ec54"))
        .containsEntry("internal_port_number", 25L)
        .containsEntry("external_port", 2225L);
    assertThat(props("test"))
        .containsEntry("policies", List.of("anti-affinity"))
        .containsEntry("rules", Map.of("max_server_per_host", 3L));
  }

  @Test
  void referencesToThingsNotReadAreConstrainedParametersWithTheCurrentValue() {
    Map<String, Object> server = props("new-server-test");
    assertThat(server)
        .containsEntry("image", getParam("image_70a599e0"))
        .containsEntry("flavor", getParam("flavor_m1_tiny"))
        .containsEntry("networks", List.of(Map.of("network", getParam("network_private"))))
        .containsEntry("security_groups", List.of("default"))
        .containsEntry("metadata", Map.of("My Server Name", "Apache1"))
        .containsEntry(
            "scheduler_hints",
            Map.of("same_host", List.of("48e6a9f6-30af-47e0-bc04-acaed113bb4e")));
    assertThat(customConstraint("image_70a599e0")).isEqualTo("glance.image");
    assertThat(T.parameters().get("image_70a599e0").defaultValue())
        .isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
    assertThat(customConstraint("flavor_m1_tiny")).isEqualTo("nova.flavor");
    assertThat(T.parameters().get("flavor_m1_tiny").defaultValue()).isEqualTo("m1.tiny");
    assertThat(customConstraint("network_private")).isEqualTo("neutron.network");
    assertThat(customConstraint("port_ce705c24")).isEqualTo("neutron.port");
    assertThat(props("fip_172_24_4_228"))
        .containsEntry("floating_network", getParam("external_network_376da547"))
        .containsEntry("port_id", getParam("port_ce705c24"))
        .containsEntry("fixed_ip_address", "10.0.0.3");
    assertThat(T.parameters().get("port_ce705c24").defaultValue())
        .isEqualTo("ce705c24-c1ef-408a-bda3-7bbd946164ab");
    // both routers share one gateway network parameter
    assertThat(props("router1"))
        .containsEntry(
            "external_gateway_info", Map.of("network", getParam("external_network_ae34051f")));
    assertThat(props("router2"))
        .containsEntry(
            "external_gateway_info", Map.of("network", getParam("external_network_ae34051f")));
    assertThat(customConstraint("external_network_ae34051f")).isEqualTo("neutron.network");
    assertThat(customConstraint("volume_type_DEFAULT")).isEqualTo("cinder.vtype");
    assertThat(customConstraint("volume_volume_id1")).isEqualTo("cinder.volume");
    assertThat(customConstraint("qos_policy_6a8454ad")).isEqualTo("neutron.qos_policy");
    assertThat(T.parameters().get("availability_zone_nova").constraints())
        .containsExactly(Constraint.allowedValues(List.of("nova")));
  }

  @Test
  void secretsAreHiddenParametersWithoutDefault() {
    Parameter<?> pass = T.parameters().get("new-server-test_admin_pass");
    assertThat(pass.hidden()).isTrue();
    assertThat(pass.hasDefault()).isFalse();
    assertThat(props("new-server-test"))
        .containsEntry("admin_pass", getParam("new-server-test_admin_pass"));
    assertThat(T.parameters().values())
        .filteredOn(p -> !p.hasDefault())
        .allMatch(Parameter::hidden);
    assertThat(ADOPTION.environment().parameterDefaults())
        .doesNotContainKey("new-server-test_admin_pass")
        .containsEntry("flavor_m1_tiny", "m1.tiny");
  }

  @Test
  void whatCannotBeExpressedIsWarned() {
    assertThat(ADOPTION.warnings())
        .anyMatch(w -> w.startsWith("security group default"))
        .anyMatch(w -> w.contains("interface of router 9ae135f4"))
        .anyMatch(w -> w.contains("is shared with 123456789 (pending), 987654321 (accepted)"))
        .anyMatch(w -> w.contains("volume 462dcc2d-130d-4654-8db1-da0df2da6a0d is attached"))
        .anyMatch(w -> w.contains("availability zone us-west"));
  }

  @Test
  void ourValidatorAccepts() {
    var result = TemplateValidator.validate(T);
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void heatAcceptsAtBothDepths() {
    HeatOracle heat = HeatSupport.requireHeat();
    String yaml = ADOPTION.yaml();
    List<HeatVerdict> v = heat.run(List.of(
        HeatCase.validate("api", yaml, Depth.API),
        HeatCase.validate("strict", yaml, null, null, HeatSupport.strictValues(T), Depth.STRICT),
        HeatCase.validate(
            "strict-with-env",
            yaml,
            null,
            List.of(EnvironmentYaml.write(ADOPTION.environment())),
            HeatSupport.strictValues(T),
            Depth.STRICT)));
    assertThat(v).allSatisfy(r -> {
      assertThat(r.error()).as(r.id()).isNull();
      assertThat(r.ok()).as(r.id()).isTrue();
    });
  }

  @Test
  void heatRefusesTheStrictDepthWithoutTheSecrets() {
    HeatOracle heat = HeatSupport.requireHeat();
    HeatVerdict v = heat.run(
            List.of(HeatCase.validate("no-secrets", ADOPTION.yaml(), Depth.STRICT)))
        .get(0);
    assertThat(v.ok()).isFalse();
    assertThat(v.error()).contains("new-server-test_admin_pass");
  }
}
