package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.schema.DeprecatedProperties;
import io.hotdsl.schema.SupportStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * validate's part of {@link DeprecatedProperties}: a warning naming the replacement for each
 * hidden or deprecated property a resource sets, at the top level and in list items of maps
 * ({@code fixed_ips[0].subnet_id}). Heat 19 accepts them silently.
 */
final class DeprecationWarnings {
  /** Per type, the schema paths with table entries in their list items ({@code fixed_ips}). */
  private static volatile Map<String, Set<String>> listParents;

  private DeprecationWarnings() {}

  static void check(YamlPath path, String type, Map<?, ?> properties, List<Problem> problems) {
    Map<String, SupportStatus> table = DeprecatedProperties.statuses().get(type);
    if (table != null) {
      checkMap(path, type, "", properties, table, listParents().get(type), problems);
    }
  }

  /**
   * For each path in a type's table, every prefix followed by {@code .*.}: {@code a.*.b.*.c}
   * gives {@code a} and {@code a.*.b}. A path {@code sp} has entries in its list items exactly
   * when it is one of them (indexed once instead of searching the table per property).
   */
  private static Map<String, Set<String>> listParents() {
    Map<String, Set<String>> p = listParents;
    if (p == null) {
      Map<String, Set<String>> m = new HashMap<>();
      DeprecatedProperties.statuses().forEach((type, table) -> {
        Set<String> parents = new HashSet<>();
        for (String k : table.keySet()) {
          for (int i = k.indexOf(".*."); i >= 0; i = k.indexOf(".*.", i + 1)) {
            parents.add(k.substring(0, i));
          }
        }
        m.put(type, Set.copyOf(parents));
      });
      listParents = p = Map.copyOf(m);
    }
    return p;
  }

  private static void checkMap(
      YamlPath path,
      String type,
      String prefix,
      Map<?, ?> values,
      Map<String, SupportStatus> table,
      Set<String> parents,
      List<Problem> problems) {
    for (Map.Entry<?, ?> e : values.entrySet()) {
      String key = String.valueOf(e.getKey());
      String sp = prefix.isEmpty() ? key : prefix + key;
      if (table.containsKey(sp)) {
        DeprecatedProperties.of(type, sp)
            .ifPresent(u -> problems.add(Problem.warning(path.key(key).toString(), u.message())));
      }
      if (parents.contains(sp) && Trees.node(e.getValue()) instanceof List<?> l) {
        for (int i = 0; i < l.size(); i++) {
          if (Trees.node(l.get(i)) instanceof Map<?, ?> m) {
            checkMap(path.key(key).index(i), type, sp + ".*.", m, table, parents, problems);
          }
        }
      }
    }
  }
}
