package io.hotdsl.diff;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.Condition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conditions of one side with its parameter values, as Heat's {@code conditions.py}
 * evaluates them ({@code equals}, {@code not}, {@code and}, {@code or}, {@code contains}, names
 * of other conditions, booleans). A value Heat would know only at run time is null (unknown).
 */
final class ConditionEval {
  private final Map<String, Condition> definitions;
  private Frozen frozen;

  ConditionEval(Map<String, Condition> definitions) {
    this.definitions = definitions;
  }

  void frozen(Frozen f) {
    this.frozen = f;
  }

  /** The value of a resource's {@code condition} or an {@code if}'s first argument, or null. */
  Boolean of(Object condition) {
    return eval(Trees.toTree(condition), new HashSet<>());
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
      Boolean v = eval(Trees.toTree(c.toTree()), visiting);
      visiting.remove(name);
      return v;
    }
    if (!(tree instanceof Map<?, ?> m) || m.size() != 1) {
      return null;
    }
    Map.Entry<?, ?> e = m.entrySet().iterator().next();
    Object args = e.getValue();
    switch (String.valueOf(e.getKey())) {
      case "not" -> {
        Boolean v = eval(args, visiting);
        return v == null ? null : !v;
      }
      case "and", "or" -> {
        if (!(args instanceof List<?> l)) {
          return null;
        }
        boolean and = "and".equals(e.getKey());
        boolean unknown = false;
        for (Object item : l) {
          Boolean v = eval(item, visiting);
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
        Object a = frozen.freeze(l.get(0)).value();
        Object b = frozen.freeze(l.get(1)).value();
        return Frozen.containsFunction(a) || Frozen.containsFunction(b) ? null
            : Definitions.pyEquals(a, b);
      }
      case "contains" -> {
        if (!(args instanceof List<?> l) || l.size() != 2) {
          return null;
        }
        Object v = frozen.freeze(l.get(0)).value();
        Object seq = frozen.freeze(l.get(1)).value();
        if (Frozen.containsFunction(v) || !(seq instanceof List<?> items)
            || Frozen.containsFunction(seq)) {
          return null;
        }
        return items.stream().anyMatch(x -> Definitions.pyEquals(x, v));
      }
      default -> {
        return null;
      }
    }
  }
}
