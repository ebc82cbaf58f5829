package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The naming rules, on examples and over every name of the Heat 19 snapshot. */
class NamingTest {
  static List<ResourceTypeSchema> snapshot;

  @BeforeAll
  static void load() {
    snapshot = Codegen.builder().snapshot().build().sources().stream()
        .map(Codegen.Source::schema)
        .toList();
  }

  @Test
  void theSnapshotHasAllTypes() {
    assertThat(snapshot).hasSize(183);
  }

  @Test
  void typeNamesToPackagesAndClasses() {
    String base = "io.hotdsl.resources";
    Map<String, String> expected = Map.of(
        "OS::Nova::Server",
        "io.hotdsl.resources.nova.Server",
        "OS::Neutron::Port",
        "io.hotdsl.resources.neutron.Port",
        "OS::Heat::AutoScalingGroup",
        "io.hotdsl.resources.heat.AutoScalingGroup",
        "OS::Octavia::LoadBalancer",
        "io.hotdsl.resources.octavia.LoadBalancer",
        "OS::Neutron::LBaaS::LoadBalancer",
        "io.hotdsl.resources.neutron.lbaas.LoadBalancer",
        "AWS::EC2::Instance",
        "io.hotdsl.resources.aws.ec2.Instance",
        "AWS::AutoScaling::AutoScalingGroup",
        "io.hotdsl.resources.aws.autoscaling.AutoScalingGroup",
        "My::App::Server",
        "io.hotdsl.resources.my.app.Server",
        "OS::Switch::3par",
        "io.hotdsl.resources.switch_.T_3par");
    expected.forEach(
        (type, cls) -> assertThat(Naming.packageName(base, type) + "." + Naming.className(type))
            .as(type)
            .isEqualTo(cls));
  }

  @Test
  void identifiers() {
    assertThat(Naming.identifier("diskConfig")).isEqualTo("diskConfig");
    assertThat(Naming.identifier("block_device_mapping_v2")).isEqualTo("blockDeviceMappingV2");
    assertThat(Naming.identifier("binding:vnic_type")).isEqualTo("bindingVnicType");
    assertThat(Naming.identifier("X-Account-Meta")).isEqualTo("xAccountMeta");
    assertThat(Naming.identifier("SourceSecurityGroup.OwnerAlias"))
        .isEqualTo("sourceSecurityGroupOwnerAlias");
    assertThat(Naming.identifier("SSLCertificateId")).isEqualTo("sslCertificateId");
    assertThat(Naming.identifier("accessIPv4")).isEqualTo("accessIPv4");
    assertThat(Naming.identifier("CREATE")).isEqualTo("create");
    assertThat(Naming.identifier("8021q")).isEqualTo("_8021q");
    assertThat(Naming.typeName("block_device_mapping_v2")).isEqualTo("BlockDeviceMappingV2");
    assertThat(Naming.singular("networks")).isEqualTo("networks".substring(0, 7));
    assertThat(Naming.singular("policies")).isEqualTo("policy");
    assertThat(Naming.singular("addresses")).isEqualTo("address");
    assertThat(Naming.singular("address")).isEqualTo("address");
    assertThat(Naming.enumConstant("ipv6-icmp")).isEqualTo("IPV6_ICMP");
    assertThat(Naming.enumConstant("ROUND_ROBIN")).isEqualTo("ROUND_ROBIN");
    assertThat(Naming.enumConstant("RoundRobin")).isEqualTo("ROUND_ROBIN");
    assertThat(Naming.enumConstants(List.of("PUT", "put"))).isNull();
    assertThat(Naming.enumConstants(List.of(4, 6))).isNull();
  }

  @Test
  void scopesSuffixKeywordsAndReservedNames() {
    Naming.Scope builder = Naming.builderScope();
    assertThat(builder.claim("default")).isEqualTo("defaultProperty");
    assertThat(builder.claim("class")).isEqualTo("classProperty");
    assertThat(builder.claim("interface")).isEqualTo("interfaceProperty");
    for (String r : List.of(
        "name",
        "type",
        "property",
        "properties",
        "build",
        "dependsOn",
        "metadata",
        "condition",
        "externalId",
        "updatePolicy",
        "deletionPolicy")) {
      assertThat(builder.claim(r)).isEqualTo(r + "Property");
    }
    Naming.Scope attrs = Naming.attributeScope();
    for (String r : List.of("name", "type", "ref", "attr", "schema", "toTree", "metadata")) {
      assertThat(attrs.claim(r)).isEqualTo(r + "Attr");
    }
    Naming.Scope same = Naming.builderScope();
    assertThat(same.claim(Naming.identifier("X-Container-Read"))).isEqualTo("xContainerRead");
    assertThat(same.claim(Naming.identifier("x_container_read"))).isEqualTo("xContainerRead2");
  }

  /** Every resource type, property, nested key and attribute of the snapshot. */
  @Test
  void everySnapshotNameIsAValidIdentifierWithoutCollisions() {
    Set<String> classes = new HashSet<>();
    List<String> problems = new ArrayList<>();
    int names = 0;
    for (ResourceTypeSchema t : snapshot) {
      String cls =
          Naming.packageName("io.hotdsl.resources", t.type()) + "." + Naming.className(t.type());
      for (String segment : cls.split("\\.")) {
        check(problems, t.type(), segment);
      }
      if (!classes.add(cls.toLowerCase())) {
        problems.add(t.type() + ": class " + cls + " taken (case-insensitively)");
      }
      Naming.Scope builder = Naming.builderScope();
      names += properties(problems, t.type(), t.properties(), builder, Naming.BUILDER_RESERVED);
      Naming.Scope attrs = Naming.attributeScope();
      Set<String> seen = new HashSet<>();
      for (String a : t.attributes().keySet()) {
        String m = attrs.claim(Naming.identifier(a));
        check(problems, t.type() + " attribute " + a, m);
        if (Naming.RESOURCE_RESERVED.contains(m) || !seen.add(m)) {
          problems.add(t.type() + " attribute " + a + ": " + m + " collides");
        }
        names++;
      }
    }
    assertThat(problems).isEmpty();
    assertThat(names).isGreaterThan(1500);
  }

  private static int properties(
      List<String> problems,
      String where,
      Map<String, PropertySchema> props,
      Naming.Scope scope,
      Set<String> reserved) {
    int names = 0;
    Map<String, String> seen = new HashMap<>();
    for (Map.Entry<String, PropertySchema> e : props.entrySet()) {
      String key = e.getKey();
      String m = scope.claim(Naming.identifier(key));
      check(problems, where + "." + key, m);
      String before = seen.put(m, key);
      if (before != null || reserved.contains(m)) {
        problems.add(where + "." + key + ": " + m + " collides with " + before);
      }
      names++;
      PropertySchema p = e.getValue();
      if (!p.allowedValues().isEmpty()) {
        List<String> constants = Naming.enumConstants(p.allowedValues());
        if (constants != null) {
          constants.forEach(c -> check(problems, where + "." + key + " enum", c));
        }
      }
      PropertySchema nested = p.itemSchema() != null ? p.itemSchema() : p;
      if ("map".equals(nested.type()) && !nested.schema().isEmpty()) {
        names += properties(
            problems,
            where + "." + key,
            nested.schema(),
            Naming.nestedBuilderScope(),
            Naming.NESTED_BUILDER_RESERVED);
      }
    }
    return names;
  }

  private static void check(List<String> problems, String where, String identifier) {
    if (!Naming.isValidIdentifier(identifier)) {
      problems.add(where + ": \"" + identifier + "\" is not a valid Java identifier");
    }
  }
}
