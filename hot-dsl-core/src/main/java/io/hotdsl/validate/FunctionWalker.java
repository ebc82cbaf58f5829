package io.hotdsl.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a value tree and reports each function call (a single-key map whose key is a function
 * name, as Heat parses them) with its YAML path, innermost calls included.
 */
final class FunctionWalker {
  /** Receives each function call found. */
  interface Visitor {
    void call(YamlPath path, String function, Object args);
  }

  private final Set<String> functionNames;
  private final Visitor visitor;

  FunctionWalker(Set<String> functionNames, Visitor visitor) {
    this.functionNames = functionNames;
    this.visitor = visitor;
  }

  void walk(YamlPath path, Object tree) {
    if (tree instanceof Map<?, ?> map) {
      if (map.size() == 1) {
        Map.Entry<?, ?> e = map.entrySet().iterator().next();
        if (e.getKey() instanceof String key && functionNames.contains(key)) {
          YamlPath fpath = path.key(key);
          visitor.call(fpath, key, e.getValue());
          walk(fpath, e.getValue());
          return;
        }
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object value = e.getValue();
        if (isCollection(value)) {
          walk(path.key(String.valueOf(e.getKey())), value);
        }
      }
    } else if (tree instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object value = list.get(i);
        if (isCollection(value)) {
          walk(path.index(i), value);
        }
      }
    }
  }

  /** Only maps and lists can hold calls: the walk spends no path on a scalar. */
  private static boolean isCollection(Object value) {
    return value instanceof Map || value instanceof List;
  }

  /** Whether {@code tree} is a function call or contains one. */
  static boolean containsFunction(Object tree, Set<String> functionNames) {
    if (tree instanceof Map<?, ?> map) {
      if (map.size() == 1 && map.keySet().iterator().next() instanceof String k
          && functionNames.contains(k)) {
        return true;
      }
      for (Object v : map.values()) {
        if (containsFunction(v, functionNames)) {
          return true;
        }
      }
    } else if (tree instanceof List<?> list) {
      for (Object v : list) {
        if (containsFunction(v, functionNames)) {
          return true;
        }
      }
    }
    return false;
  }
}
