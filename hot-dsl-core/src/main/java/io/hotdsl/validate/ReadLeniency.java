package io.hotdsl.validate;

import io.hotdsl.functions.PythonTruth;
import io.hotdsl.functions.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reader takes as Heat takes it although the model has no place for it: warnings, with
 * what Heat will do, for a template's tree (the reader's input).
 *
 * <ul>
 *   <li>An output key other than value, description and condition: Heat's
 *       {@code template_common.py outputs} ignores it; only a provider template's outputs go
 *       through {@code hot/template.py validate_section}, which refuses it (the bundle validator
 *       reports that case as an error).
 *   <li>{@code hidden} / {@code immutable} not a boolean: {@code hot/parameters.py from_dict} keeps
 *       the value as written and the engine tests it for Python truth, so {@code 'yes'} and even
 *       the string {@code 'false'} are true ({@link PythonTruth}).
 * </ul>
 */
public final class ReadLeniency {
  /** The output keys Heat reads: hot/template.py HOTemplate20161014.OUTPUT_KEYS. */
  static final Set<String> OUTPUT_KEYS = Set.of("value", "description", "condition");

  private ReadLeniency() {}

  /** The warnings for {@code tree}, a template as {@code YamlReader} reads it. */
  public static List<Problem> warnings(Map<?, ?> tree) {
    List<Problem> out = new ArrayList<>();
    if (tree.get("outputs") instanceof Map<?, ?> outputs) {
      unknownOutputKeys(outputs)
          .forEach(path -> out.add(Problem.warning(
              path,
              "unknown output key \"" + path.substring(path.lastIndexOf('.') + 1)
                  + "\"; Heat ignores it here (it reads value, description and condition), "
                  + "but refuses it if this file is used as a provider template (type: file)")));
    }
    if (tree.get("parameters") instanceof Map<?, ?> params) {
      params.forEach((name, def) -> {
        if (def instanceof Map<?, ?> m) {
          for (String key : List.of("hidden", "immutable")) {
            Object v = m.get(key);
            if (v != null && !(v instanceof Boolean)) {
              boolean truth = PythonTruth.of(v);
              out.add(Problem.warning(
                  "parameters." + name + "." + key,
                  key + " is "
                      + Trees.describe(v) + ", not true or false; Heat tests it for "
                      + "Python truth, so this parameter is " + (truth ? "" : "not ") + key
                      + (v instanceof String s && s.equalsIgnoreCase("false")
                          ? " (the string \"false\" is true to Heat)"
                          : "")));
            }
          }
        }
      });
    }
    return out;
  }

  /** The paths ({@code outputs.o.foo}) of output keys Heat does not read. */
  public static List<String> unknownOutputKeys(Map<?, ?> outputs) {
    List<String> out = new ArrayList<>();
    outputs.forEach((name, def) -> {
      if (def instanceof Map<?, ?> m) {
        m.keySet().forEach(k -> {
          if (!OUTPUT_KEYS.contains(k)) {
            out.add("outputs." + name + "." + k);
          }
        });
      }
    });
    return out;
  }
}
