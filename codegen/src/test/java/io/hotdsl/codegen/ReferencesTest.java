package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule that makes a setter take a resource of the template: Heat 19's custom constraints
 * against Heat 19's types, row by row.
 */
class ReferencesTest {
  static Map<String, ResourceTypeSchema> types;
  static References references;

  @BeforeAll
  static void snapshot() {
    types = new TreeMap<>();
    Codegen.builder()
        .snapshot()
        .build()
        .sources()
        .forEach(s -> types.put(s.schema().type(), s.schema()));
    references = new References("io.hotdsl.resources", types.values());
  }

  /** The schema at {@code path} ("networks[*].network", "security_groups[*]") of a type. */
  private static PropertySchema property(String type, String path) {
    PropertySchema s = null;
    for (String key : path.split("\\.")) {
      boolean item = key.endsWith("[*]");
      key = key.replace("[*]", "");
      s = (s == null ? types.get(type).properties() : s.schema()).get(key);
      if (item) {
        s = s.itemSchema();
      }
    }
    return s;
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the constraint's own name: svc.thing → <any>::Svc::Thing
        "OS::Octavia::Pool listener              | OS::Octavia::Listener",
        "OS::Octavia::Pool loadbalancer          | OS::Octavia::LoadBalancer",
        "OS::Octavia::HealthMonitor pool         | OS::Octavia::Pool",
        "OS::Neutron::FloatingIP port_id         | OS::Neutron::Port",
        "OS::Neutron::RouterInterface subnet     | OS::Neutron::Subnet",
        "OS::Neutron::RouterInterface router     | OS::Neutron::Router",
        "OS::Neutron::Port qos_policy            | OS::Neutron::QoSPolicy",
        "OS::Neutron::SecurityGroupRule remote_group | OS::Neutron::SecurityGroup",
        "OS::Designate::RecordSet zone           | OS::Designate::Zone",
        "OS::Cinder::VolumeAttachment volume_id  | OS::Cinder::Volume",
        "AWS::EC2::VolumeAttachment InstanceId   | OS::Nova::Server",
        "OS::Neutron::LBaaS::Pool listener       | OS::Neutron::LBaaS::Listener",
        // aliases: Heat names the creating type otherwise
        "OS::Nova::Server networks[*].network    | OS::Neutron::Net OS::Neutron::ProviderNet",
        "OS::Nova::Server image                  | OS::Glance::WebImage",
        "OS::Cinder::EncryptedVolumeType volume_type | OS::Cinder::VolumeType",
        // no constraint in the schema, but Heat resolves a security group's name or ID
        "OS::Neutron::Port security_groups[*]    | OS::Neutron::SecurityGroup",
        "OS::Nova::Server security_groups[*]     | OS::Neutron::SecurityGroup",
        // no constraint in the schema, but Heat's plugin code uses the value as that ID
        "OS::Cinder::VolumeAttachment instance_uuid | OS::Nova::Server",
        "OS::Nova::Server networks[*].subnet     | OS::Neutron::Subnet",
        "OS::Nova::Server networks[*].floating_ip | OS::Neutron::FloatingIP",
        "OS::Neutron::Router external_gateway_info.network | OS::Neutron::Net OS::Neutron::ProviderNet",
        "OS::Neutron::FloatingIPAssociation floatingip_id | OS::Neutron::FloatingIP",
        "OS::Heat::ScalingPolicy auto_scaling_group_id | OS::Heat::AutoScalingGroup",
        "OS::Heat::SoftwareDeployment server     | OS::Nova::Server",
        "OS::Heat::StructuredDeployment config   | OS::Heat::CloudConfig OS::Heat::MultipartMime"
            + " OS::Heat::SoftwareComponent OS::Heat::SoftwareConfig OS::Heat::StructuredConfig",
        // no type creates it: a string only
        "OS::Nova::Server networks[*].fixed_ip   | ''",
        "OS::Trove::Instance flavor              | ''",
        "OS::Nova::Server name                   | ''",
      })
  void aConstraintRefersToTheTypesThatCreateWhatItLooksUp(String property, String expected) {
    String[] typeAndPath = property.strip().split(" +");
    PropertySchema p = property(typeAndPath[0], typeAndPath[1]); // null: untyped list items
    List<String> want =
        expected.isBlank() ? List.of() : List.of(expected.strip().split(" +"));
    assertThat(references.types(typeAndPath[0], typeAndPath[1], p))
        .as(property)
        .containsExactlyElementsOf(want);
  }

  @Test
  void everyAliasNamesTypesThatExist() {
    for (Map.Entry<String, List<String>> e : References.ALIASES.entrySet()) {
      PropertySchema p = new PropertySchema(
          "string",
          null,
          null,
          false,
          false,
          false,
          List.of(io.hotdsl.model.Constraint.customConstraint(e.getKey())),
          Map.of(),
          null);
      assertThat(references.types("X::Y::Z", "p", p))
          .as(e.getKey())
          .hasSizeGreaterThan(e.getKey().equals("barbican.container") ? 2 : 0);
    }
  }

  @Test
  void everyUnconstrainedPropertyExistsAndNamesTypesThatExist() {
    for (Map.Entry<String, String> e : References.UNCONSTRAINED.entrySet()) {
      String[] typeAndPath = e.getKey().split(" ");
      assertThat(types).as(e.getKey()).containsKey(typeAndPath[0]);
      PropertySchema p = property(typeAndPath[0], typeAndPath[1]);
      if (!typeAndPath[1].endsWith("[*]")) {
        assertThat(p).as(e.getKey()).isNotNull();
        assertThat(p.type()).as(e.getKey()).isEqualTo("string");
      }
      assertThat(references.types(typeAndPath[0], typeAndPath[1], p))
          .as(e.getKey())
          .isNotEmpty();
    }
  }

  @Test
  void aGeneratorThatKnowsNoTypesAddsNoReferenceSetters() {
    assertThat(References.NONE.types(
            "OS::Octavia::Pool", "listener", property("OS::Octavia::Pool", "listener")))
        .isEmpty();
  }
}
