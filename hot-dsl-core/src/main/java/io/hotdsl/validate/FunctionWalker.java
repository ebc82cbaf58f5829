package io.hotdsl.validate;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.FunctionCall;
import io.hotdsl.functions.Trees;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a value tree (or a resource's model values, node by node) and reports each function call
 * (a single-key map whose key is a function name, as Heat parses them) with its YAML path,
 * innermost calls included.
 */
final class FunctionWalker {
  /** Receives each function call found. */
  interface Visitor {
    void call(YamlPath path, String function, Object args);
  }

  /** Receives each function call found and says whether to walk into its arguments. */
  interface Guard {
    boolean call(YamlPath path, String function, Object args);
  }

  private final Set<String> functionNames;
  private final Guard visitor;
  /** Whether the condition of an {@code if} is the visitor's (not walked as a value). */
  private final boolean ifConditionApart;

  FunctionWalker(Set<String> functionNames, Visitor visitor) {
    this(functionNames, false, (p, f, a) -> {
      visitor.call(p, f, a);
      return true;
    });
  }

  /**
   * A walk that leaves the arguments of a call alone when {@code visitor} says so, and, when
   * {@code ifConditionApart}, the first argument of {@code if} (Heat parses it as a condition).
   */
  FunctionWalker(Set<String> functionNames, boolean ifConditionApart, Guard visitor) {
    this.functionNames = functionNames;
    this.visitor = visitor;
    this.ifConditionApart = ifConditionApart;
  }

  /**
   * Walks {@code value}: a tree, or model values ({@code Value}s, enums, integers) that are
   * turned into tree nodes as the walk reaches them ({@link Trees#node}). The visitor gets the
   * arguments of each call as one tree node; the items in them may still be model values.
   */
  void walk(YamlPath path, Object value) {
    if (!mayHoldCalls(value)) {
      return; // a scalar (a call's name argument, say): no interface tests that fail
    }
    if (value instanceof FunctionCall<?> fc) {
      // the tree node of a call is {name: args}: read from the call without building it
      if (functionNames.contains(fc.name())) {
        call(path, fc.name(), fc.args());
      } else if (mayHoldCalls(fc.args())) {
        walk(path.key(fc.name()), fc.args());
      }
      return;
    }
    Object tree = Trees.node(value);
    if (tree instanceof ArrayMap<?> map) {
      // a model map (or a copy Trees made): its arrays, without an entry per key
      if (map.size() == 1 && functionNames.contains(map.keyAt(0))) {
        call(path, map.keyAt(0), map.valueAt(0));
        return;
      }
      for (int i = 0; i < map.size(); i++) {
        Object child = map.valueAt(i);
        if (mayHoldCalls(child)) {
          walk(path.key(map.keyAt(i)), child);
        }
      }
    } else if (tree instanceof java.util.AbstractList<?> list) {
      // the model's and the readers' lists, by class before the interface tests
      walkList(path, list);
    } else if (tree instanceof Map<?, ?> map) {
      String name = Trees.functionName(map, functionNames);
      if (name != null) {
        call(path, name, map.get(name));
        return;
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object child = e.getValue();
        if (mayHoldCalls(child)) {
          walk(path.key(String.valueOf(e.getKey())), child);
        }
      }
    } else if (tree instanceof List<?> list) {
      walkList(path, list);
    }
  }

  private void walkList(YamlPath path, List<?> list) {
    for (int i = 0; i < list.size(); i++) {
      Object child = list.get(i);
      if (mayHoldCalls(child)) {
        walk(path.index(i), child);
      }
    }
  }

  /** Reports the call {@code {key: args}} at {@code path} and walks into its arguments. */
  private void call(YamlPath path, String key, Object modelArgs) {
    YamlPath fpath = path.key(key);
    Object args = Trees.node(modelArgs);
    if (!visitor.call(fpath, key, args)) {
      return;
    }
    if (ifConditionApart && key.equals("if") && args instanceof List<?> l && !l.isEmpty()) {
      for (int i = 1; i < l.size(); i++) {
        walk(fpath.index(i), l.get(i));
      }
      return;
    }
    walk(fpath, args);
  }

  /** Scalars hold no calls: the walk spends no path on them. */
  static boolean mayHoldCalls(Object value) {
    return !(value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum);
  }

  /** Whether {@code tree} is a function call or contains one. */
  static boolean containsFunction(Object value, Set<String> functionNames) {
    return Trees.containsFunction(value, functionNames);
  }
}
