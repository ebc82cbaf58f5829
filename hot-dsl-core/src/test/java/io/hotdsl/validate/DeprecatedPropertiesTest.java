package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.diff.Action;
import io.hotdsl.diff.UpdateImpact;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.schema.DeprecatedProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One policy for Heat's hidden and deprecated properties: validate, drift, diff share it. */
class DeprecatedPropertiesTest {
  @org.junit.jupiter.api.BeforeAll
  static void heatTypes() {
    // validate and diff need the types' schemas, as with hot-dsl-resources on the class path
    io.hotdsl.testing.HeatSchemas.register();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        // type, schema path, hidden, since, replacement, translated by Heat
        "OS::Neutron::RouterInterface, subnet_id, true, 5.0.0, subnet, true",
        "OS::Neutron::RouterInterface, router_id, true, 6.0.0, router, true",
        "OS::Neutron::Port, network_id, true, 5.0.0, network, true",
        "OS::Neutron::Port, fixed_ips.*.subnet_id, true, 5.0.0, subnet, true",
        "OS::Nova::Server, networks.*.uuid, true, 5.0.0, network, true",
        "OS::Heat::RandomString, sequence, true, 5.0.0, character_classes, false",
        "OS::Designate::Zone, masters, false, 15.0.0, primaries, false",
        "OS::Nova::Server, personality, false, 12.0.0, -, false",
        "OS::Nova::Server, admin_user, true, 5.0.0, -, false"
      })
  void knowsTheStatusAndTheReplacement(
      String type,
      String property,
      boolean hidden,
      String since,
      String replacement,
      boolean translated) {
    DeprecatedProperties.Use u = DeprecatedProperties.of(type, property).orElseThrow();
    assertThat(u.hidden()).isEqualTo(hidden);
    assertThat(u.since()).isEqualTo(since);
    assertThat(u.replacement()).isEqualTo(Optional.ofNullable(replacement));
    assertThat(u.translated()).isEqualTo(translated);
  }

  @ParameterizedTest
  @CsvSource({
    "OS::Neutron::RouterInterface, subnet",
    "OS::Neutron::Port, network",
    "OS::Nova::Server, flavor",
    "OS::Nova::Server, no_such_property",
    "No::Such::Type, x"
  })
  void supportedPropertiesAreNone(String type, String property) {
    assertThat(DeprecatedProperties.of(type, property)).isEmpty();
  }

  @Test
  void translateMovesHiddenPropertiesIntoTheirReplacementAsHeatDoes() {
    assertThat(DeprecatedProperties.translate(
            "OS::Neutron::Port",
            Map.of(
                "network_id",
                "n",
                "fixed_ips",
                List.of(Map.of("subnet_id", "s", "ip_address", "1")))))
        .isEqualTo(
            Map.of("network", "n", "fixed_ips", List.of(Map.of("subnet", "s", "ip_address", "1"))));
    // the replacement set as well wins (Heat refuses both; validate reports it)
    assertThat(DeprecatedProperties.translate(
            "OS::Neutron::RouterInterface", Map.of("subnet_id", "old", "subnet", "new")))
        .isEqualTo(Map.of("subnet", "new"));
    Map<String, Object> plain = Map.of("name", "x");
    assertThat(DeprecatedProperties.translate("OS::Neutron::Net", plain)).isEqualTo(plain);
    assertThat(DeprecatedProperties.translate("OS::Heat::None", plain)).isSameAs(plain);
  }

  static final String NET = """
      heat_template_version: 2021-04-16
      resources:
        router: {type: OS::Neutron::Router}
        net: {type: OS::Neutron::Net}
        sub:
          type: OS::Neutron::Subnet
          properties: {network: {get_resource: net}, cidr: 10.0.0.0/24}
        iface:
          type: OS::Neutron::RouterInterface
          properties:
            router: {get_resource: router}
            %s: {get_resource: sub}
      """;

  @Test
  void validateWarnsAndNamesTheReplacement() {
    ValidationResult r =
        TemplateValidator.validate(HotReader.read(NET.formatted("subnet_id"), "t.yaml"));
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings())
        .extracting(Problem::toString)
        .containsExactly("warning: resources.iface.properties.subnet_id: property \"subnet_id\" of "
            + "OS::Neutron::RouterInterface is hidden (deprecated) since Heat 5.0.0; "
            + "Heat still accepts it and reads it as \"subnet\": use \"subnet\"");
    assertThat(TemplateValidator.validate(HotReader.read(NET.formatted("subnet"), "t.yaml"))
            .problems())
        .isEmpty();
  }

  /** Heat translates before it compares: renaming subnet_id to subnet changes nothing. */
  @Test
  void diffFollowsHeatsTranslation() {
    Template old = HotReader.read(NET.formatted("subnet_id"), "old.yaml");
    Template renamed = HotReader.read(NET.formatted("subnet"), "new.yaml");
    // the definition as written changed, so Heat updates in place; its translated properties
    // did not, so nothing is replaced and nothing fails (resource.py _needs_update)
    assertThat(UpdateImpact.between(old, renamed).action("iface"))
        .isEqualTo(Action.UPDATED_IN_PLACE);
    assertThat(UpdateImpact.between(old, renamed).fails()).isFalse();
    assertThat(UpdateImpact.between(old, old).fails()).isFalse();
    Template other = HotReader.read(
        NET.formatted("subnet_id")
            .replace("subnet_id: {get_resource: sub}", "subnet_id: other-subnet"),
        "other.yaml");
    // a changed value is judged as a change of subnet (its schema), not an unknown property
    assertThat(UpdateImpact.between(old, other).resource("iface").change("properties.subnet"))
        .isNotNull();
    assertThat(UpdateImpact.between(old, other).fails()).isFalse();
  }
}
