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
    // the model's own nodes by class first: calls and maps need no tree node
    if (value instanceof FunctionCall<?> fc) {
      walkCall(path, fc);
    } else if (value instanceof ArrayMap<?> map) {
      walkMap(path, map);
    } else if (value instanceof java.util.AbstractList<?> list) {
      walkList(path, list); // a list is its own tree node
    } else if (mayHoldCalls(value)) {
      // (a scalar, a call's name argument say, returns at once: no interface tests that fail)
      walkNode(path, Trees.node(value));
    }
  }

  private void walkNode(YamlPath path, Object tree) {
    if (tree instanceof ArrayMap<?> map) {
      walkMap(path, map);
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

  /** A call of the model: its tree node is {name: args}, read without building it. */
  private void walkCall(YamlPath path, FunctionCall<?> fc) {
    String name = fc.name();
    Object args = fc.args();
    if (functionNames.contains(name)) {
      call(path, name, args);
    } else if (mayHoldCalls(args)) {
      walk(path.key(name), args);
    }
  }

  /** A model map (or a copy Trees made): its arrays, without an entry per key. */
  private void walkMap(YamlPath path, ArrayMap<?> map) {
    int size = map.size();
    if (size == 1 && functionNames.contains(map.keyAt(0))) {
      call(path, map.keyAt(0), map.valueAt(0));
      return;
    }
    for (int i = 0; i < size; i++) {
      Object child = map.valueAt(i);
      if (child instanceof FunctionCall<?> fc) {
        walkCall(path.key(map.keyAt(i)), fc);
      } else if (mayHoldCalls(child)) {
        walk(path.key(map.keyAt(i)), child);
      }
    }
  }

  private void walkList(YamlPath path, List<?> list) {
    for (int i = 0; i < list.size(); i++) {
      Object child = list.get(i);
      if (child instanceof FunctionCall<?> fc) {
        walkCall(path.index(i), fc);
      } else if (mayHoldCalls(child)) {
        walk(path.index(i), child);
      }
    }
  }

  /** Reports the call {@code {key: args}} at {@code path} and walks into its arguments. */
  private void call(YamlPath path, String key, Object modelArgs) {
    YamlPath fpath = path.key(key);
    Object args = Trees.node(modelArgs);
    if (!visitor.call(fpath, key, args) || !mayHoldCalls(args)) {
      return; // (a name, a string: nothing to walk)
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
