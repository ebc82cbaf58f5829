package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.Condition;
import io.hotdsl.model.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The value of a condition where it is known without parameter values: literals, names of other
 * conditions and {@code get_param} of a parameter with a default (what Heat's template-validate
 * resolves, {@code heat/engine/conditions.py Conditions.is_enabled}). Null when unknown.
 */
final class ConditionValues {
  private final Map<String, Condition> definitions;
  private final Map<String, Parameter<?>> parameters;

  ConditionValues(Map<String, Condition> definitions, Map<String, Parameter<?>> parameters) {
    this.definitions = definitions;
    this.parameters = parameters;
  }

  /** The value of a resource's {@code condition} key (a name or a boolean), or null. */
  Boolean of(Object condition) {
    return eval(Trees.node(condition), new HashSet<>());
  }

  private Boolean eval(Object tree, Set<String> visiting) {
    if (tree instanceof Boolean b) {
      return b;
    }
    if (tree instanceof String name) {
      Condition c = definitions.get(name);
      if (c == null || !visiting.add(name)) {
        return null;
      }
      Boolean v = eval(Trees.node(c.toTree()), visiting);
      visiting.remove(name);
      return v;
    }
    if (!(tree instanceof Map<?, ?> m) || m.size() != 1) {
      return null;
    }
    Map.Entry<?, ?> e = m.entrySet().iterator().next();
    Object args = Trees.node(e.getValue());
    switch (String.valueOf(e.getKey())) {
      case "not" -> {
        Boolean v = eval(args, visiting);
        return v == null ? null : !v;
      }
      case "and", "or" -> {
        if (!(args instanceof List<?> l) || l.size() < 2) {
          return null;
        }
        boolean and = "and".equals(e.getKey());
        boolean unknown = false;
        for (Object item : l) {
          Boolean v = eval(Trees.node(item), visiting);
          if (v == null) {
            unknown = true;
          } else if (v != and) {
            return v;
          }
        }
        return unknown ? null : and;
      }
      case "equals" -> {
        if (!(args instanceof List<?> l) || l.size() != 2) {
          return null;
        }
        Object a = value(Trees.node(l.get(0)));
        Object b = value(Trees.node(l.get(1)));
        return a == UNKNOWN || b == UNKNOWN ? null : Objects.equals(a, b);
      }
      default -> {
        return null;
      }
    }
  }

  private static final Object UNKNOWN = new Object();

  private Object value(Object tree) {
    if (tree instanceof String || tree instanceof Number || tree instanceof Boolean) {
      return tree instanceof Number n ? Trees.decimal(n).stripTrailingZeros() : tree;
    }
    if (tree instanceof Map<?, ?> m && m.size() == 1 && m.get("get_param") instanceof String p) {
      Parameter<?> param = parameters.get(p);
      if (param != null && param.hasDefault()
          && Trees.node(param.defaultValue()) instanceof String s) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
