package io.hotdsl.validate;

import io.hotdsl.functions.PyJson;
import io.hotdsl.functions.PythonEquality;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The value a property computed by functions with literal arguments has when Heat resolves it
 * before stack create ({@code properties.py Properties._resolve_user_value}), as each function's
 * {@code result()} in {@code heat/engine/hot/functions.py} computes it: {@code list_join}
 * ({@code JoinMultiple}, {@code Join}), the {@code str_replace} family ({@code Replace},
 * {@code ReplaceJson}), {@code str_split}, {@code map_merge}, {@code list_concat} and
 * {@code list_concat_unique}, nested in each other. Heat then converts the value to the
 * property's type and checks its constraints ({@link PropertyChecker}). Any other function, and
 * arguments {@link ResolveChecks} finds a problem with, give {@link #UNKNOWN}.
 */
final class LiteralResults {
  static final Object UNKNOWN = PreCreateValues.UNKNOWN;

  private LiteralResults() {}

  /** The value of {@code tree} (a property's value), or {@link #UNKNOWN}. */
  static Object resolve(Object tree, HotVersion version) {
    Object v = Trees.node(tree);
    Set<String> functions = NameSet.functions(version);
    if (Trees.isFunction(v, functions)) {
      Map<?, ?> m = (Map<?, ?>) v;
      String name = (String) m.keySet().iterator().next();
      if (!RESULTS.contains(name)) {
        return UNKNOWN; // result() has no rule for it, whatever its arguments
      }
      Object args = resolve(m.get(name), version);
      if (args == UNKNOWN || ResolveChecks.problem(name, args, version) != null) {
        return UNKNOWN;
      }
      try {
        return result(name, args, version);
      } catch (RuntimeException e) {
        return UNKNOWN; // a shape result() words differently: left to Heat
      }
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object item = resolve(e.getValue(), version);
        if (item == UNKNOWN) {
          return UNKNOWN;
        }
        out.put(String.valueOf(e.getKey()), item);
      }
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) {
        Object item = resolve(x, version);
        if (item == UNKNOWN) {
          return UNKNOWN;
        }
        out.add(item);
      }
      return out;
    }
    return v;
  }

  /** The functions {@link #result} computes; any other gives {@link #UNKNOWN}. */
  private static final Set<String> RESULTS = new NameSet(Set.of(
      "list_join",
      "str_replace",
      "str_replace_strict",
      "str_replace_vstrict",
      "str_split",
      "map_merge",
      "list_concat",
      "list_concat_unique"));

  private static Object result(String name, Object args, HotVersion version) {
    return switch (name) {
      case "list_join" -> version.isAtLeast(HotVersion.V2015_10_15) ? join(args) : oldJoin(args);
      case "str_replace", "str_replace_strict", "str_replace_vstrict" -> replace(args);
      case "str_split" -> split(args);
      case "map_merge" -> mapMerge(args);
      case "list_concat" -> concat(args, false);
      case "list_concat_unique" -> concat(args, true);
      default -> UNKNOWN;
    };
  }

  private static Object join(Object args) {
    List<?> l = (List<?>) args;
    List<String> parts = new ArrayList<>();
    for (Object list : l.subList(1, l.size())) {
      if (list instanceof List<?> items) {
        for (Object s : items) {
          parts.add(s == null ? "" : s instanceof String str ? str : json(s));
        }
      }
    }
    return String.join((String) l.get(0), parts);
  }

  private static Object oldJoin(Object args) {
    List<?> l = (List<?>) args;
    List<String> parts = new ArrayList<>();
    if (l.get(1) instanceof List<?> items) {
      items.forEach(s -> parts.add(s == null ? "" : (String) s));
    }
    return String.join((String) l.get(0), parts);
  }

  /** Replace.result: the longest keys first, a value never scanned again. */
  private static Object replace(Object args) {
    Map<?, ?> m = (Map<?, ?>) args;
    Map<?, ?> params = (Map<?, ?>) m.get("params");
    List<String> keys = new ArrayList<>();
    params.keySet().forEach(k -> keys.add((String) k));
    keys.sort(Comparator.<String>comparingInt(s -> -s.codePointCount(0, s.length()))
        .thenComparing((a, b) ->
            java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray())));
    return replace((String) m.get("template"), keys, 0, params);
  }

  private static String replace(String s, List<String> keys, int from, Map<?, ?> params) {
    if (from == keys.size()) {
      return s;
    }
    String key = keys.get(from);
    Object value = params.get(key);
    String text = value == null
        ? ""
        : value instanceof Map || value instanceof List ? json(value) : PyJson.str(value);
    List<String> pieces = new ArrayList<>();
    ReplaceResult.splitInto(s, key, pieces);
    List<String> parts = new ArrayList<>(pieces.size());
    for (String part : pieces) {
      parts.add(replace(part, keys, from + 1, params));
    }
    return String.join(text, parts);
  }

  private static Object split(Object args) {
    List<?> l = (List<?>) args;
    if (l.size() < 2 || !(l.get(0) instanceof String delim) || delim.isEmpty()) {
      return UNKNOWN;
    }
    if (l.get(1) == null) {
      return null;
    }
    List<String> parts =
        List.of(((String) l.get(1)).split(java.util.regex.Pattern.quote(delim), -1));
    if (l.size() == 2) {
      return parts;
    }
    java.math.BigDecimal index = Trees.decimal(l.get(2));
    if (index == null || index.stripTrailingZeros().scale() > 0) {
      return UNKNOWN;
    }
    int i = index.intValueExact();
    return parts.get(i < 0 ? parts.size() + i : i);
  }

  private static Object mapMerge(Object args) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Object m : (List<?>) args) {
      if (m instanceof Map<?, ?> mm) {
        mm.forEach((k, v) -> out.put(String.valueOf(k), v));
      }
    }
    return out;
  }

  private static Object concat(Object args, boolean unique) {
    List<Object> out = new ArrayList<>();
    for (Object x : (List<?>) args) {
      if (x instanceof List<?> items) {
        for (Object item : items) {
          if (!unique || out.stream().noneMatch(o -> PythonEquality.equal(o, item))) {
            out.add(item);
          }
        }
      }
    }
    return out;
  }

  /** jsonutils.dumps(value, sort_keys=True). */
  private static String json(Object value) {
    return PyJson.dumps(sorted(value));
  }

  private static Object sorted(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>((a, b) ->
          java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
      m.forEach((k, x) -> out.put(String.valueOf(k), sorted(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(sorted(x)));
      return out;
    }
    return v;
  }
}
