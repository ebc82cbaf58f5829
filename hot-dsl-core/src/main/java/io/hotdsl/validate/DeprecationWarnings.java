package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.schema.DeprecatedProperties;
import io.hotdsl.schema.SupportStatus;
import java.util.List;
import java.util.Map;

/**
 * validate's part of {@link DeprecatedProperties}: a warning naming the replacement for each
 * hidden or deprecated property a resource sets, at the top level and in list items of maps
 * ({@code fixed_ips[0].subnet_id}). Heat 19 accepts them silently.
 */
final class DeprecationWarnings {
  private DeprecationWarnings() {}

  static void check(YamlPath path, String type, Map<?, ?> properties, List<Problem> problems) {
    Map<String, SupportStatus> table = DeprecatedProperties.statuses().get(type);
    if (table != null) {
      checkMap(path, type, "", properties, table, problems);
    }
  }

  private static void checkMap(YamlPath path, String type, String prefix, Map<?, ?> values,
      Map<String, SupportStatus> table, List<Problem> problems) {
    for (Map.Entry<?, ?> e : values.entrySet()) {
      String key = String.valueOf(e.getKey());
      String sp = prefix + key;
      if (table.containsKey(sp)) {
        DeprecatedProperties.of(type, sp).ifPresent(u -> problems.add(
            Problem.warning(path.key(key).toString(), u.message())));
      }
      if (Trees.node(e.getValue()) instanceof List<?> l
          && table.keySet().stream().anyMatch(k -> k.startsWith(sp + ".*."))) {
        for (int i = 0; i < l.size(); i++) {
          if (Trees.node(l.get(i)) instanceof Map<?, ?> m) {
            checkMap(path.key(key).index(i), type, sp + ".*.", m, table, problems);
          }
        }
      }
    }
  }
}
