package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.schema.DeprecatedProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * validate's part of {@link DeprecatedProperties}: a warning naming the replacement for each
 * hidden or deprecated property a resource sets, at the top level and in list items of maps
 * ({@code fixed_ips[0].subnet_id}). Heat 19 accepts them silently.
 */
final class DeprecationWarnings {
  /** A path with an entry in the type's table. */
  private static final int ENTRY = 1;
  /** A path with table entries in its list items ({@code fixed_ips}). */
  private static final int LIST_PARENT = 2;

  /** Per type, the paths of its table and their list parents, with what each is: one look-up. */
  private static volatile Map<String, Map<String, Integer>> paths;

  private DeprecationWarnings() {}

  static void check(YamlPath path, String type, Map<?, ?> properties, List<Problem> problems) {
    Map<String, Integer> kinds = paths().get(type);
    if (kinds != null) {
      checkMap(path, type, "", properties, kinds, problems);
    }
  }

  /**
   * For each path in a type's table, {@link #ENTRY}; for every prefix followed by {@code .*.}
   * ({@code a.*.b.*.c} gives {@code a} and {@code a.*.b}), {@link #LIST_PARENT}: a path has
   * entries in its list items exactly when it is one of those (indexed once instead of searching
   * the table per property).
   */
  private static Map<String, Map<String, Integer>> paths() {
    Map<String, Map<String, Integer>> p = paths;
    if (p == null) {
      Map<String, Map<String, Integer>> m = new HashMap<>();
      DeprecatedProperties.statuses().forEach((type, table) -> {
        Map<String, Integer> kinds = new HashMap<>();
        for (String k : table.keySet()) {
          kinds.merge(k, ENTRY, (a, b) -> a | b);
          for (int i = k.indexOf(".*."); i >= 0; i = k.indexOf(".*.", i + 1)) {
            kinds.merge(k.substring(0, i), LIST_PARENT, (a, b) -> a | b);
          }
        }
        m.put(type, Map.copyOf(kinds));
      });
      paths = p = Map.copyOf(m);
    }
    return p;
  }

  private static void checkMap(
      YamlPath path,
      String type,
      String prefix,
      Map<?, ?> values,
      Map<String, Integer> kinds,
      List<Problem> problems) {
    for (Map.Entry<?, ?> e : values.entrySet()) {
      String key = String.valueOf(e.getKey());
      String sp = prefix.isEmpty() ? key : prefix + key;
      Integer kind = kinds.get(sp);
      if (kind == null) {
        continue;
      }
      if ((kind & ENTRY) != 0) {
        DeprecatedProperties.of(type, sp)
            .ifPresent(u -> problems.add(Problem.warning(path.key(key).toString(), u.message())));
      }
      if ((kind & LIST_PARENT) != 0 && Trees.node(e.getValue()) instanceof List<?> l) {
        YamlPath listPath = path.key(key);
        String itemPrefix = sp + ".*.";
        for (int i = 0; i < l.size(); i++) {
          if (Trees.node(l.get(i)) instanceof Map<?, ?> m) {
            checkMap(listPath.index(i), type, itemPrefix, m, kinds, problems);
          }
        }
      }
    }
  }
}
