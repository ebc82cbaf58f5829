package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.read.HotReader;
import io.hotdsl.testing.HeatSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A resource's problems do not depend on the resources checked before it: the validator works
 * out what to check once per shape of properties (the same keys in the same order) and reuses
 * it, so resources of one type with many shapes, in any order, must each get the problems they
 * get alone.
 */
class ResourceIndependenceTest {
  /**
   * Properties of OS::Neutron::Port, more shapes than the validator remembers per schema: the
   * same keys in another order, unknown, hidden and deprecated keys, bad values at the top level
   * and in list items.
   */
  private static final List<String> PORT_SHAPES = List.of(
      "{network: n, admin_state_up: maybe, name: ok}",
      "{network: n, name: maybe, admin_state_up: true}",
      "{admin_state_up: true, network: n, name: maybe}",
      "{network: n, no_such: 1}",
      "{network_id: n}",
      "{network: n, fixed_ips: [{subnet_id: s}, {subnet: s, ip_address: [1]}]}",
      "{network: n, fixed_ips: [{ip_address: 1.5}, {subnet_id: s}]}",
      "{network: n, name: [a], value_specs: 5}",
      "{}",
      "{network: n, allowed_address_pairs: [{ip_address: x, mac_address: {a: b}}]}");

  @BeforeAll
  static void heatTypes() {
    HeatSchemas.register();
  }

  @Test
  void eachResourceGetsTheProblemsItGetsAlone() {
    List<String> resources = new ArrayList<>();
    // every shape, then every shape again in reverse order
    for (int i = 0; i < PORT_SHAPES.size() * 2; i++) {
      int shape = i < PORT_SHAPES.size() ? i : PORT_SHAPES.size() * 2 - 1 - i;
      resources.add("  r" + i + ":\n    type: OS::Neutron::Port\n    properties: "
          + PORT_SHAPES.get(shape) + "\n");
    }
    List<Problem> alone = new ArrayList<>();
    for (String resource : resources) {
      alone.addAll(problems(List.of(resource)));
    }
    List<Problem> together = problems(resources);

    assertThat(together).isEqualTo(alone);
    // the shapes hold problems of every kind, so the comparison is not of empty lists
    assertThat(together).extracting(Problem::severity).contains(Severity.ERROR, Severity.WARNING);
    assertThat(together).hasSizeGreaterThan(PORT_SHAPES.size() * 2);
  }

  private static List<Problem> problems(List<String> resources) {
    String yaml = "heat_template_version: 2021-04-16\nresources:\n" + String.join("", resources);
    return TemplateValidator.validate(HotReader.read(yaml, "t.yaml")).problems();
  }
}
