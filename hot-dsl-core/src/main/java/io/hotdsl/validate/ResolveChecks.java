package io.hotdsl.validate;

import io.hotdsl.functions.TreeReads;
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
 *   <li>{@code StrSplit.result}: an index inside the split list;
 *   <li>{@code Join.result} (list_join before 2015-10-15): a list of strings, a string delimiter;
 *   <li>{@code Replace.result} and its strict variants ({@link ReplaceResult});
 *   <li>{@code Repeat.result}: {@code for_each} values that are lists (or maps from 2016-10-14
 *       while permutations are on), of one length when {@code permutations} is false;
 *   <li>{@code GetFile.result}: a string argument;
 *   <li>{@code Digest.validate_usage}: an algorithm of {@code hashlib.algorithms_available};
 *   <li>{@code MapReplace.result}: a list (a map fails), keys that do not collide.
 * </ul>
 *
 * <p>A function with another function anywhere in its arguments is left alone (its value is
 * known only when resolved), but the functions in its arguments are checked: Heat resolves the
 * arguments first ({@code function.resolve(self.args)}), except in {@code if}, which resolves
 * one branch only, and {@code get_attr}, whose path {@code GetAttThenSelect} does not resolve
 * for a resource that does not exist yet.
 */
final class ResolveChecks {
  private ResolveChecks() {}

  /** Walks {@code value} (a property's tree) at {@code path}, reporting create-depth errors. */
  static void check(PluginRules rules, YamlPath path, Object value) {
    if (!FunctionWalker.mayHoldCalls(value)) {
      return; // a scalar: nothing to resolve
    }
    Set<String> functions = NameSet.functions(rules.version());
    if (value instanceof io.hotdsl.functions.FunctionCall<?> call
        && functions.contains(call.name())) {
      // the tree node of a call is {name: args}: read from the call without building it
      checkCall(rules, path, call.name(), Trees.node(call.args()));
      return;
    }
    Object v = Trees.node(value);
    String name = Trees.functionName(v, functions);
    if (name != null) {
      checkCall(rules, path, name, Trees.node(((Map<?, ?>) v).get(name)));
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

  /**
   * The call {@code name: args} at {@code path}: Heat resolves literal arguments; arguments that
   * hold calls are resolved first (but not inside {@code if} or {@code get_attr}).
   */
  private static void checkCall(PluginRules rules, YamlPath path, String name, Object args) {
    Set<String> functions = NameSet.functions(rules.version());
    if (!RESOLVED.contains(name)) {
      // problem() has nothing to say of this function: only the calls in its arguments matter
      if (!name.equals("if") && !name.equals("get_attr")) {
        check(rules, path.key(name), args);
      }
    } else if (!Trees.containsFunction(args, functions)) {
      // the literal arguments as a tree: the model's maps and lists of literals as they are
      String problem = problem(name, TreeReads.asTree(args), rules.version());
      if (problem != null) {
        rules.createError(
            path.key(name),
            problem + " (Heat resolves the function when it " + "checks the property)");
      }
    } else if (!name.equals("if") && !name.equals("get_attr")) {
      check(rules, path.key(name), args);
    }
  }

  /** The functions {@link #problem} has rules for; it says nothing of the others. */
  static final Set<String> RESOLVED = new NameSet(Set.of(
      "list_join",
      "str_replace",
      "str_replace_strict",
      "str_replace_vstrict",
      "repeat",
      "get_file",
      "map_merge",
      "map_replace",
      "list_concat",
      "list_concat_unique",
      "digest",
      "str_split"));

  /** Why {@code result()} of {@code name} fails on the literal {@code args}, or null. */
  static String problem(String name, Object args, HotVersion version) {
    return switch (name) {
      case "list_join" -> version.isAtLeast(HotVersion.V2015_10_15) ? join(args) : oldJoin(args);
      case "str_replace", "str_replace_strict", "str_replace_vstrict" ->
        ReplaceResult.problem(name, args, version);
      case "repeat" -> repeat(args, version);
      case "get_file" ->
        args instanceof String ? null : "Argument to \"get_file\" must be a string";
      case "map_merge" -> mapMerge(args);
      case "map_replace" -> mapReplace(args);
      case "list_concat", "list_concat_unique" -> listConcat(name, args);
      case "digest" ->
        args instanceof List<?> l && l.stream().allMatch(a -> a instanceof String)
            ? (l.size() == 2
                ? digestAlgorithm((String) l.get(0))
                : "Function \"digest\" usage: " + "[\"<algorithm>\", \"<value>\"]")
            : "Argument to function \"digest\" must be a list of strings";
      case "str_split" -> strSplit(args);
      default -> null;
    };
  }

  /**
   * {@code hashlib.algorithms_available} of Heat 19's Python 3 with OpenSSL 3 (Debian): a name
   * outside it fails ({@code Digest.validate_usage} lowers the name first).
   */
  static final Set<String> DIGEST_ALGORITHMS = Set.of(
      "blake2b",
      "blake2s",
      "md5",
      "md5-sha1",
      "ripemd160",
      "sha1",
      "sha224",
      "sha256",
      "sha384",
      "sha3_224",
      "sha3_256",
      "sha3_384",
      "sha3_512",
      "sha512",
      "sha512_224",
      "sha512_256",
      "shake_128",
      "shake_256",
      "sm3");

  private static String digestAlgorithm(String algorithm) {
    return DIGEST_ALGORITHMS.contains(algorithm.toLowerCase(java.util.Locale.ROOT))
        ? null
        : "Algorithm must be one of " + new java.util.TreeSet<>(DIGEST_ALGORITHMS);
  }

  /** Join.result (list_join before 2015-10-15): one list of strings, a string delimiter. */
  private static String oldJoin(Object args) {
    if (!(args instanceof List<?> l) || l.size() != 2) {
      return null; // Join.__init__: a template-validate error
    }
    Object strings = l.get(1);
    if (strings != null && !(strings instanceof List)) {
      return "\"list_join\" must operate on a list";
    }
    if (!(l.get(0) instanceof String)) {
      return "\"list_join\" delimiter must be a string";
    }
    for (Object s : strings == null ? List.of() : (List<?>) strings) {
      if (s != null && !(s instanceof String)) {
        String repr = io.hotdsl.functions.PyJson.str(s);
        return "Items to join must be strings not "
            + repr.substring(0, Math.min(200, repr.length()));
      }
    }
    return null;
  }

  /** Repeat.result, RepeatWithMap and RepeatWithNestedLoop._valid_arg. */
  private static String repeat(Object args, HotVersion version) {
    if (!(args instanceof Map<?, ?> m)
        || !m.containsKey("template")
        || !(m.get("for_each") instanceof Map<?, ?> forEach)) {
      return null; // Repeat._parse_args and validate: template-validate errors
    }
    boolean nested = true;
    if (version.isAtLeast(HotVersion.V2017_09_01) && m.containsKey("permutations")) {
      if (!(m.get("permutations") instanceof Boolean p)) {
        return null; // RepeatWithNestedLoop._parse_args
      }
      nested = p;
    }
    if (forEach.isEmpty()) {
      // keys, lists = zip(*for_each.items())
      return "not enough values to unpack (expected 2, got 0)";
    }
    boolean maps = nested && version.isAtLeast(HotVersion.V2016_10_14);
    Set<Integer> lengths = new java.util.HashSet<>();
    for (Object value : forEach.values()) {
      if (value == null) {
        continue; // None reads as []
      }
      if (value instanceof List<?> l) {
        lengths.add(l.size());
      } else if (maps && value instanceof Map<?, ?> vm) {
        lengths.add(vm.size());
      } else {
        return "The values of the \"for_each\" argument to \"repeat\" must be lists"
            + (maps ? " or maps" : "");
      }
    }
    return !nested && lengths.size() > 1
        ? "For repeat, the length of for_each values should be equal if no nested loop."
        : null;
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
    if (args instanceof Map) {
      // args.pop(0) on a dict: an uncaught KeyError, whose message is "0"
      return "Incorrect arguments to \"map_replace\": a map, not a list of two maps (Heat fails "
          + "with the bare message \"0\"). Example:  " + example;
    }
    if (!(args instanceof List<?> l)) {
      return "Incorrect arguments to \"map_replace\" should be: " + example;
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
      if (l.get(0) instanceof Map<?, ?> in && repl.get("keys") instanceof Map<?, ?> keys) {
        return keyCollision(in, keys);
      }
    }
    return null;
  }

  /** MapReplace.result: a replaced key equal to another input key, or to an output key. */
  private static String keyCollision(Map<?, ?> in, Map<?, ?> keys) {
    List<Object> out = new java.util.ArrayList<>();
    for (Object k : in.keySet()) {
      Object key = keys.get(k);
      if (key instanceof Map || key instanceof List) {
        return null; // unhashable: a TypeError Heat words differently
      }
      if (key == null) {
        key = k;
      } else if (!io.hotdsl.functions.PythonEquality.equal(key, k)
          && containsEqual(in.keySet(), key)) {
        return "key replacement " + io.hotdsl.functions.PyJson.str(key)
            + " collides with a key in the input map";
      } else if (containsEqual(out, key)) {
        return "key replacement " + io.hotdsl.functions.PyJson.str(key)
            + " collides with a key in the output map";
      }
      if (!containsEqual(out, key)) {
        out.add(key);
      }
    }
    return null;
  }

  private static boolean containsEqual(java.util.Collection<?> c, Object v) {
    return c.stream().anyMatch(x -> io.hotdsl.functions.PythonEquality.equal(x, v));
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
