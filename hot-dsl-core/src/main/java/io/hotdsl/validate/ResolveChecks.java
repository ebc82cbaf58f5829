package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Functions whose arguments are all literal, resolved as Heat resolves a resource's property
 * values before stack create ({@code properties.py Properties._resolve_user_value} calls each
 * function's {@code result()}): the errors {@code result()} raises, in Heat's words, from
 * {@code heat/engine/hot/functions.py}:
 *
 * <ul>
 *   <li>{@code JoinMultiple.result} (list_join from 2015-10-15): lists to join, a string
 *       delimiter, items that are strings, maps or lists;
 *   <li>{@code MapMerge.result}: a list of maps; {@code MapReplace.result}: two maps, the second
 *       with keys and values only;
 *   <li>{@code ListConcat.result} (and list_concat_unique): a list of lists;
 *   <li>{@code Digest.validate_usage}: a list of two strings;
 *   <li>{@code StrSplit.result}: an index inside the split list.
 * </ul>
 *
 * <p>A function with another function anywhere in its arguments is left alone (its value is
 * known only when resolved), and so are the arguments of functions: {@code if} resolves one
 * branch only.
 */
final class ResolveChecks {
  private ResolveChecks() {}

  /** Walks {@code value} (a property's tree) at {@code path}, reporting create-depth errors. */
  static void check(PluginRules rules, YamlPath path, Object value) {
    if (!FunctionWalker.mayHoldCalls(value)) {
      return; // a scalar: nothing to resolve
    }
    Set<String> functions = rules.version().functions();
    if (value instanceof io.hotdsl.functions.FunctionCall<?> call
        && functions.contains(call.name())) {
      // the tree node of a call is {name: args}: read from the call without building it
      if (RESOLVED.contains(call.name())) {
        checkCall(rules, path, call.name(), Trees.node(call.args()));
      }
      return;
    }
    Object v = Trees.node(value);
    if (FunctionArgs.isFunction(v, functions)) {
      Map<?, ?> m = (Map<?, ?>) v;
      String name = (String) m.keySet().iterator().next();
      if (RESOLVED.contains(name)) {
        checkCall(rules, path, name, Trees.node(m.get(name)));
      }
    } else if (v instanceof Map<?, ?> m) {
      m.forEach((k, item) -> {
        if (FunctionWalker.mayHoldCalls(item)) {
          check(rules, path.key(String.valueOf(k)), item);
        }
      });
    } else if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        if (FunctionWalker.mayHoldCalls(l.get(i))) {
          check(rules, path.index(i), l.get(i));
        }
      }
    }
  }

  /** The functions whose {@link #problem} may find one: the others need no look at their args. */
  private static final Set<String> RESOLVED = Set.of(
      "list_join",
      "map_merge",
      "map_replace",
      "list_concat",
      "list_concat_unique",
      "digest",
      "str_split");

  /** The call {@code name: args} at {@code path} (a function of {@link #RESOLVED}). */
  private static void checkCall(PluginRules rules, YamlPath path, String name, Object args) {
    if (!Trees.containsFunction(args, rules.version().functions())) {
      String problem = problem(name, Trees.toTree(args), rules.version());
      if (problem != null) {
        rules.createError(
            path.key(name),
            problem + " (Heat resolves the function when it " + "checks the property)");
      }
    }
  }

  /** Why {@code result()} of {@code name} fails on the literal {@code args}, or null. */
  static String problem(String name, Object args, HotVersion version) {
    return switch (name) {
      case "list_join" -> version.isAtLeast(HotVersion.V2015_10_15) ? join(args) : null;
      case "map_merge" -> mapMerge(args);
      case "map_replace" -> mapReplace(args);
      case "list_concat", "list_concat_unique" -> listConcat(name, args);
      case "digest" ->
        args instanceof List<?> l && l.stream().allMatch(a -> a instanceof String)
            ? (l.size() == 2 ? null : "Function \"digest\" usage: [\"<algorithm>\", \"<value>\"]")
            : "Argument to function \"digest\" must be a list of strings";
      case "str_split" -> strSplit(args);
      default -> null;
    };
  }

  private static String join(Object args) {
    if (!(args instanceof List<?> l) || l.size() < 2) {
      return null; // JoinMultiple.__init__: a template-validate error
    }
    for (Object list : l.subList(1, l.size())) {
      if (io.hotdsl.functions.PythonTruth.of(list) && !(list instanceof List)) {
        return "\"list_join\" must operate on a list";
      }
    }
    if (!(l.get(0) instanceof String)) {
      return "\"list_join\" delimiter must be a string";
    }
    for (Object list : l.subList(1, l.size())) {
      if (list instanceof List<?> items) {
        for (Object s : items) {
          if (s != null && !(s instanceof String || s instanceof Map || s instanceof List)) {
            return "Items to join must be string, map or list not "
                + io.hotdsl.functions.PyJson.str(s);
          }
        }
      }
    }
    return null;
  }

  private static String mapMerge(Object args) {
    String example = "Incorrect arguments to \"map_merge\" should be: \"map_merge\" : [ { "
        + "\"key1\": \"val1\" }, { \"key2\": \"val2\" } ]";
    if (args instanceof String s) {
      // a str is a Sequence: its characters are the items
      return s.isEmpty() ? null : "Incorrect arguments: Items to merge must be maps.";
    }
    if (!(args instanceof List<?> l)) {
      return example;
    }
    return l.stream().allMatch(m -> m == null || m instanceof Map)
        ? null
        : "Incorrect arguments: Items to merge must be maps.";
  }

  private static String mapReplace(Object args) {
    String example = "\"map_replace\" : [ { \"key1\": \"val1\" }, {\"keys\": {\"key1\": "
        + "\"key2\"}, \"values\": {\"val1\": \"val2\"}}]";
    if (!(args instanceof List<?> l)) {
      return null; // a map fails with a KeyError, a string otherwise: left to Heat
    }
    if (l.size() != 2) {
      return "Incorrect arguments to \"map_replace\" should be: " + example;
    }
    for (Object m : l) {
      if (m != null && !(m instanceof Map)) {
        return "Incorrect arguments: to \"map_replace\", arguments must be a list of maps. "
            + "Example:  " + example;
      }
    }
    if (l.get(1) instanceof Map<?, ?> repl) {
      for (Object k : repl.keySet()) {
        if (!"keys".equals(k) && !"values".equals(k)) {
          return "Incorrect arguments to \"map_replace\" should be: " + example;
        }
      }
      for (String k : List.of("keys", "values")) {
        Object m = repl.get(k);
        if (m != null && !(m instanceof Map)) {
          return "Incorrect arguments: to \"map_replace\", arguments must be a list of maps. "
              + "Example:  " + example;
        }
      }
    }
    return null;
  }

  private static String listConcat(String name, Object args) {
    if (!(args instanceof List<?> l)) {
      return "Incorrect arguments to \"" + name + "\" should be: \"" + name + "\" : [ [ "
          + "<value 1>, <value 2> ], [ <value 3>, <value 4> ] ]";
    }
    for (Object m : l) {
      if (m != null && !(m instanceof List)) {
        return "Incorrect arguments: Items to concat must be lists. "
            + io.hotdsl.functions.PyJson.dumps(l) + " contains an item that is not a list: "
            + io.hotdsl.functions.PyJson.dumps(m);
      }
    }
    return null;
  }

  private static String strSplit(Object args) {
    if (!(args instanceof List<?> l)
        || l.size() < 3
        || !(l.get(0) instanceof String delim)
        || !(l.get(1) instanceof String s)
        || delim.isEmpty()) {
      return null;
    }
    BigDecimal index = Trees.decimal(l.get(2));
    if (index == null || index.scale() > 0 && index.stripTrailingZeros().scale() > 0) {
      return null;
    }
    int parts = s.split(java.util.regex.Pattern.quote(delim), -1).length;
    long i = index.longValue();
    return i < parts && i >= -parts
        ? null
        : "Incorrect index to \"str_split\" should be between " + "0 and " + (parts - 1);
  }
}
