package io.hotdsl.heat.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Heat oracle against Heat 19.0.0 itself; skipped (visibly) where python3-heat is absent. */
class HeatOracleTest {

  static HeatOracle heat;

  /** The oracle, or a skip with a visible reason. Reusable by other tests of this package. */
  static HeatOracle requireHeat() {
    var oracle = HeatOracle.find();
    assumeTrue(
        oracle.isPresent(),
        "SKIPPED: Heat oracle unavailable: " + HeatOracle.PYTHON + " -c 'import heat' failed "
            + "(install Debian's python3-heat and heat-common)");
    return oracle.get();
  }

  @BeforeAll
  static void findHeat() {
    heat = requireHeat();
  }

  static String hot(String version, String... lines) {
    return "heat_template_version: " + version + "\n" + String.join("\n", lines) + "\n";
  }

  static final String MINIMAL = hot(
      "2018-08-31",
      "parameters:",
      "  image: {type: string}",
      "resources:",
      "  server:",
      "    type: OS::Nova::Server",
      "    properties:",
      "      image: {get_param: image}",
      "      flavor: m1.small",
      "outputs:",
      "  ip: {value: {get_attr: [server, first_address]}}");

  @Test
  void minimalTemplatePassesAtBothDepths() {
    List<HeatVerdict> v = heat.run(List.of(
        HeatCase.validate("api", MINIMAL, Depth.API),
        HeatCase.validate("strict", MINIMAL, null, null, Map.of("image", "cirros"), Depth.STRICT)));
    assertThat(v).extracting(HeatVerdict::id).containsExactly("api", "strict");
    assertThat(v).allSatisfy(r -> {
      assertThat(r.error()).isNull();
      assertThat(r.ok()).isTrue();
    });
  }

  @Test
  void rejectionsCarryHeatsMessage() {
    List<HeatVerdict> v = heat.run(List.of(
        HeatCase.validate(
            "unknown-type",
            hot("2018-08-31", "resources:", "  x: {type: OS::Nope::Thing}"),
            Depth.API),
        HeatCase.validate(
            "undefined-get-resource",
            hot(
                "2018-08-31",
                "resources:",
                "  x:",
                "    type: OS::Heat::Value",
                "    properties: {value: {get_resource: missing}}"),
            Depth.API),
        HeatCase.validate(
            "yaql-before-2017-09-01",
            hot(
                "2015-04-30",
                "resources:",
                "  x:",
                "    type: OS::Heat::RandomString",
                "    properties: {length: {yaql: {expression: '1'}}}"),
            Depth.STRICT),
        HeatCase.validate(
            "bad-property",
            hot(
                "2018-08-31",
                "resources:",
                "  x:",
                "    type: OS::Heat::RandomString",
                "    properties: {lenght: 8}"),
            Depth.API),
        HeatCase.validate(
            "bad-property-value",
            hot(
                "2018-08-31",
                "resources:",
                "  x:",
                "    type: OS::Heat::RandomString",
                "    properties: {length: many}"),
            Depth.STRICT)));
    assertThat(v).noneMatch(HeatVerdict::ok).noneMatch(HeatVerdict::crashed);
    assertThat(v.get(0).error())
        .isEqualTo("The Resource Type (OS::Nope::Thing) could not be found.");
    assertThat(v.get(1).error())
        .isEqualTo("The specified reference \"missing\" (in x.Properties.value) is incorrect.");
    // yaql is no function in 2015-04-30: Heat keeps {yaql: ...} as a plain map, which is no
    // integer.
    assertThat(v.get(2).error()).startsWith("Property error: resources.x.properties.length: ");
    assertThat(v.get(3).error())
        .isEqualTo("Property error: resources.x.properties: Unknown Property lenght");
    assertThat(v.get(4).error())
        .isEqualTo("Property error: resources.x.properties.length: Value 'many' is not an integer");
  }

  @Test
  void yaqlIsAFunctionFrom20170901() {
    String body = String.join(
        "\n",
        "resources:",
        "  x:",
        "    type: OS::Heat::RandomString",
        "    properties: {length: {yaql: {expression: '1 + 7'}}}");
    List<HeatVerdict> v = heat.run(List.of(
        HeatCase.validate("old", hot("2015-04-30", body), Depth.STRICT),
        HeatCase.validate("new", hot("2017-09-01", body), Depth.STRICT)));
    assertThat(v.get(0).ok()).isFalse();
    assertThat(v.get(1).ok()).as(v.get(1).error()).isTrue();
  }

  @Test
  void loadGivesHeatsScalars() {
    Object tree = heat.load(hot("2018-08-31", "v: [yes, 010, '1:20', 1:20, 1e3, 2018-08-31]"));
    assertThat(tree).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) tree;
    assertThat(map.get("heat_template_version")).isEqualTo("2018-08-31");
    assertThat(map.get("v")).isEqualTo(List.of(true, 8L, "1:20", 80L, "1e3", "2018-08-31"));
  }

  @Test
  void loadOfBareScalarsUsesTheSameLoader() {
    List<HeatVerdict> v =
        heat.run(Arrays.stream(new String[] {"yes", "010", "1:20", "2018-08-31", "1e3"})
            .map(t -> HeatCase.load(t, t, LoadKind.YAML))
            .toList());
    // Heat tries JSON first, and "1e3" is a JSON number.
    assertThat(v)
        .extracting(HeatVerdict::tree)
        .containsExactly(true, 8L, 80L, "2018-08-31", 1000.0);
  }

  @Test
  void loadRejectionsAndEnvironments() {
    List<HeatVerdict> v = heat.run(List.of(
        HeatCase.load("no-version", "a: 1\n"),
        HeatCase.load(
            "env",
            "parameters: {a: 1}\nresource_registry: {'My::T': t.yaml}\n",
            LoadKind.ENVIRONMENT),
        HeatCase.load("bad-env", "nonsense: 1\n", LoadKind.ENVIRONMENT)));
    assertThat(v.get(0).error()).isEqualTo("Template format version not found.");
    assertThat(v.get(1).tree())
        .isEqualTo(
            Map.of("parameters", Map.of("a", 1L), "resource_registry", Map.of("My::T", "t.yaml")));
    assertThat(v.get(2).error()).isEqualTo("environment has wrong section \"nonsense\"");
  }

  @Test
  void environmentsAndFilesAreUsed() {
    String tmpl = hot(
        "2018-08-31",
        "resources:",
        "  x: {type: My::Thing}",
        "  y:",
        "    type: OS::Heat::Value",
        "    properties: {value: {get_file: data.txt}}");
    HeatVerdict without = heat.validate(tmpl, Map.of(), List.of(), Map.of(), Depth.API);
    HeatVerdict with = heat.validate(
        tmpl,
        Map.of("thing.yaml", hot("2018-08-31", "resources: {}"), "data.txt", "hello"),
        List.of("resource_registry:\n  My::Thing: thing.yaml\n"),
        Map.of(),
        Depth.STRICT);
    assertThat(without.error()).isEqualTo("The Resource Type (My::Thing) could not be found.");
    assertThat(with.ok()).as(with.error()).isTrue();
  }
}
