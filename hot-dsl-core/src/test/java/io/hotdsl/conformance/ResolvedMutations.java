package io.hotdsl.conformance;

import static io.hotdsl.conformance.FunctionShapes.fn;
import static io.hotdsl.conformance.FunctionShapes.map;
import static io.hotdsl.conformance.Mutator.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code resolved_function} mutation kind: a probe resource whose property is computed by
 * functions with literal arguments, which Heat resolves before stack create (each function's
 * {@code result()}) and then converts and constrains as a written value. Valid and invalid
 * alike. The probe is chosen from the template's own text (its hash), not from the mutator's
 * random numbers, so that adding this kind leaves every other kind's mutants as they were.
 */
final class ResolvedMutations {
  private ResolvedMutations() {}

  /** [type, property, value]. */
  static final List<Object[]> PROBES = new ArrayList<>();

  private static void add(String type, String property, Object value) {
    PROBES.add(new Object[] {type, property, value});
  }

  static {
    String rs = "OS::Heat::RandomString";
    String v = "OS::Heat::Value";
    add(rs, "length", fn("str_replace", map("template", "ab", "params", map("a", "1"))));
    add(rs, "length", fn("list_join", List.of("", List.of("1", "2"))));
    add(rs, "salt", fn("map_merge", List.of(map("a", 1))));
    add(
        rs,
        "character_classes",
        fn(
            "list_concat",
            List.of(List.of(map("class", "lowercase")), List.of(map("class", "bogus")))));
    add(rs, "length", fn("str_split", List.of(",", "1,x", 1)));
    add(rs, "length", fn("str_split", List.of(",", "1,7", -1)));
    add(v, "value", fn("str_replace_vstrict", map("template", "ab", "params", map("a", ""))));
    add(
        v,
        "value",
        fn(
            "repeat",
            map(
                "for_each",
                map("x", List.of(1), "y", List.of(1, 2)),
                "template",
                "xy",
                "permutations",
                false)));
    add(v, "value", fn("repeat", map("for_each", map(), "template", "a")));
    add(
        v,
        "value",
        fn("map_replace", List.of(map("a", "b", "c", "d"), map("keys", map("a", "c")))));
    add(v, "value", fn("list_join", List.of(",", List.of(fn("get_file", 1)))));
    add(v, "value", fn("str_replace", map("template", List.of("a"), "params", map("a", "b"))));
    add(v, "value", fn("str_replace", map("template", "ab", "params", map("a", List.of(1)))));
    add(v, "value", fn("digest", List.of("SHA256", "x")));
    add(
        v,
        "value",
        fn("str_replace_strict", map("template", "$xx", "params", map("$xx", "a", "$x", "b"))));
    add(v, "value", fn("get_param", List.of(1)));
    add(v, "value", fn("list_join", List.of(1, List.of("a"))));
    add(
        v,
        "value",
        fn(
            "list_join",
            List.of(
                ",",
                List.of(fn("str_replace_strict", map("template", "a", "params", map("b", "c")))))));
  }

  static void register(Map<String, Mutator.Mutation> kinds) {
    kinds.put("resolved_function", (t, r) -> {
      Object[] p = PROBES.get(Math.floorMod(t.hashCode(), PROBES.size()));
      Map<String, Object> probe = new LinkedHashMap<>();
      probe.put("type", p[0]);
      Map<String, Object> props = new LinkedHashMap<>();
      props.put((String) p[1], p[2]);
      probe.put("properties", props);
      section(t, "resources").put("zz_resolved", probe);
      return "zz_resolved (" + p[0] + ") " + p[1] + " = " + p[2];
    });
  }
}
