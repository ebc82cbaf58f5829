package io.hotdsl.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.model.ParameterType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Environments.merge, table-driven: each row gives environment texts, the declared parameter types
 * and the expected merge; every row is also run through Heat 19's own
 * {@code environment_util.merge_environments} (one python3 process) and must agree.
 */
class EnvironmentMergeTest {

  record Row(String name, List<String> envs, Map<String, String> schemata, Object expected) {}

  static final String ERROR = "<error>";

  static List<Row> rows() {
    return List.of(
        new Row(
            "later wins by default",
            List.of("parameters: {a: x, n: 1}", "parameters: {a: y}"),
            Map.of("a", "string", "n", "number"),
            Map.of("parameters", Map.of("a", "y", "n", 1))),
        new Row(
            "first file keeps undeclared keys, later files drop them",
            List.of("parameter_defaults: {u: 1, a: x}", "parameter_defaults: {v: 2, a: z}"),
            Map.of("a", "string"),
            Map.of("parameter_defaults", Map.of("u", 1, "a", "z"))),
        new Row(
            "merge strategy appends strings",
            List.of(
                "parameters: {a: x}\nparameter_merge_strategies: {a: merge}", "parameters: {a: y}"),
            Map.of("a", "string"),
            Map.of("parameters", Map.of("a", "xy"))),
        new Row(
            "merge of lists and comma delimited strings",
            List.of(
                "parameters: {l: [1, 2], c: 'a,b'}\nparameter_merge_strategies: {default: merge}",
                "parameters: {l: [3], c: d}"),
            Map.of("l", "comma_delimited_list", "c", "comma_delimited_list"),
            Map.of("parameters", Map.of("l", List.of(1, 2, 3), "c", "a,b,d"))),
        new Row(
            "merge updates json maps shallowly, deep_merge recursively",
            List.of(
                "parameters: {m: {a: {x: 1}, s: p}, d: {a: {x: 1}, s: p}}\n"
                    + "parameter_merge_strategies: {m: merge, d: deep_merge}",
                "parameters: {m: {a: {y: 2}, s: q}, d: {a: {y: 2}, s: q}}"),
            Map.of("m", "json", "d", "json"),
            Map.of(
                "parameters",
                Map.of(
                    "m",
                    Map.of("a", Map.of("y", 2), "s", "q"),
                    "d",
                    Map.of("a", Map.of("x", 1, "y", 2), "s", "pq")))),
        new Row(
            "conflicting strategies are refused",
            List.of(
                "parameters: {a: x}\nparameter_merge_strategies: {a: merge}",
                "parameters: {a: y}\nparameter_merge_strategies: {a: overwrite}"),
            Map.of("a", "string"),
            ERROR),
        new Row(
            "numbers cannot be merged",
            List.of(
                "parameters: {n: 1}\nparameter_merge_strategies: {n: merge}", "parameters: {n: 2}"),
            Map.of("n", "number"),
            ERROR),
        new Row(
            "booleans cannot be merged",
            List.of(
                "parameters: {b: true}\nparameter_merge_strategies: {b: merge}",
                "parameters: {b: 'false'}"),
            Map.of("b", "boolean"),
            ERROR),
        new Row(
            "resource_registry merges shallowly: later resources replace",
            List.of(
                "resource_registry: {A::B: a.yaml, resources: {x: {hooks: pre-create}}}",
                "resource_registry: {C::D: c.yaml, A::B: b.yaml, resources: {y: {hooks: pre-update}}}"),
            Map.of(),
            Map.of(
                "resource_registry",
                Map.of(
                    "A::B",
                    "b.yaml",
                    "C::D",
                    "c.yaml",
                    "resources",
                    Map.of("y", Map.of("hooks", "pre-update"))))),
        new Row(
            "lists of encrypted names: the first non-empty one",
            List.of("encrypted_param_names: [a]", "parameters: {p: 1}"),
            Map.of("p", "number"),
            Map.of("encrypted_param_names", List.of("a"), "parameters", Map.of("p", 1))),
        new Row(
            "invalid strategy falls back to the file's default",
            List.of(
                "parameters: {a: x}\nparameter_merge_strategies: {default: merge, a: bogus}",
                "parameters: {a: y}\nparameter_merge_strategies: {default: merge}"),
            Map.of("a", "string"),
            Map.of("parameters", Map.of("a", "xy"))));
  }

  static Object javaMerge(Row row) {
    List<Environment> envs = new ArrayList<>();
    for (int i = 0; i < row.envs().size(); i++) {
      envs.add(EnvironmentYaml.parse(row.envs().get(i), "env" + i + ".yaml"));
    }
    Map<String, ParameterType> schemata = new LinkedHashMap<>();
    row.schemata().forEach((k, v) -> schemata.put(k, ParameterType.fromKey(v).orElseThrow()));
    try {
      return Environments.merge(envs, schemata).toTree();
    } catch (EnvironmentMergeException e) {
      return ERROR;
    }
  }

  @Test
  void mergeTable() {
    for (Row row : rows()) {
      assertThat(normalize(javaMerge(row))).as(row.name()).isEqualTo(normalize(row.expected()));
    }
  }

  @Test
  void mergeAgreesWithHeat() throws Exception {
    Path python = Path.of(HeatOracle.PYTHON);
    boolean heat = Files.isExecutable(python)
        && new ProcessBuilder(python.toString(), "-c", "import heat.common.environment_util")
                .start()
                .waitFor()
            == 0;
    assumeTrue(heat, "SKIPPED: python3-heat is absent: Heat's own merge_environments cannot run");
    Path script = Files.createTempFile("heat_merge", ".py");
    try (InputStream in = getClass().getResourceAsStream("heat_merge.py")) {
      Files.write(script, in.readAllBytes());
    }
    ObjectMapper json = new ObjectMapper();
    List<Map<String, Object>> cases = new ArrayList<>();
    for (Row row : rows()) {
      cases.add(Map.of("envs", row.envs(), "schemata", row.schemata()));
    }
    Process p = new ProcessBuilder(python.toString(), script.toString()).start();
    try (var out = p.getOutputStream()) {
      out.write(json.writeValueAsBytes(Map.of("cases", cases)));
    }
    byte[] stdout = p.getInputStream().readAllBytes();
    String stderr = new String(p.getErrorStream().readAllBytes());
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(stderr).isZero();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results =
        (List<Map<String, Object>>) json.readValue(stdout, Map.class).get("results");
    List<Row> rows = rows();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> r = results.get(i);
      Object heatResult = Boolean.TRUE.equals(r.get("ok")) ? r.get("env") : ERROR;
      assertThat(normalize(javaMerge(rows.get(i))))
          .as(rows.get(i).name() + " vs Heat " + r)
          .isEqualTo(normalize(heatResult));
    }
    Files.deleteIfExists(script);
  }

  /** Numbers compared by value (YAML gives Integer, JSON Integer or Long). */
  static Object normalize(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      return l.stream().map(EnvironmentMergeTest::normalize).toList();
    }
    if (o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    return o;
  }
}
