package io.hotdsl.diff;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Heat's {@code ResourceDefinition.freeze()} done offline: the functions whose values are known
 * before the update ({@code get_param} of a parameter with a value, {@code if} of a known
 * condition, {@code list_join}, {@code str_replace}, {@code str_split}, {@code map_merge},
 * {@code list_concat}) are replaced by their values; the others ({@code get_attr},
 * {@code get_resource}, {@code yaql} …) stay as written. Heat compares two resource definitions
 * by these values, so {@code list_join(['', [a, b]])} and {@code ab} are the same definition.
 */
final class Frozen {
  /** A value frozen on one side, with the parameters and resources it used. */
  record Value(
      Object value, Set<String> params, Map<String, Boolean> refs, Map<String, Set<String>> attrs) {
    // refs: resource -> true when through get_resource; attrs: resource -> attribute names
  }

  private final Map<String, Object> params;
  private final Function<Object, Boolean> conditions;

  /**
   * @param params the side's typed parameter values
   * @param conditions the value of a condition (a name or an inline condition), null if unknown
   */
  Frozen(Map<String, Object> params, Function<Object, Boolean> conditions) {
    this.params = params;
    this.conditions = conditions;
  }

  Value freeze(Object tree) {
    Set<String> used = new TreeSet<>();
    Map<String, Boolean> refs = new LinkedHashMap<>();
    Map<String, Set<String>> attrs = new LinkedHashMap<>();
    Object v = eval(tree, used, refs, attrs);
    return new Value(v, used, refs, attrs);
  }

  static boolean isFunction(Object v) {
    return Trees.isFunction(v, HotVersion.allFunctionNames());
  }

  static boolean containsFunction(Object v) {
    if (isFunction(v)) {
      return true;
    }
    if (v instanceof Map<?, ?> m) {
      return m.values().stream().anyMatch(Frozen::containsFunction);
    }
    return v instanceof List<?> l && l.stream().anyMatch(Frozen::containsFunction);
  }

  private Object eval(
      Object tree, Set<String> used, Map<String, Boolean> refs, Map<String, Set<String>> attrs) {
    if (isFunction(tree)) {
      Map<?, ?> m = (Map<?, ?>) tree;
      String k = (String) m.keySet().iterator().next();
      Object raw = m.get(k);
      switch (k) {
        case "get_resource" -> {
          if (raw instanceof String name) {
            refs.put(name, true);
          }
          return Map.of(k, raw);
        }
        case "get_attr" -> {
          Object args = eval(raw, used, refs, attrs);
          if (args instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String name) {
            refs.putIfAbsent(name, false);
            attrs
                .computeIfAbsent(name, x -> new TreeSet<>())
                .add(l.size() > 1 ? String.valueOf(l.get(1)) : "");
          }
          return Map.of(k, args);
        }
        case "if" -> {
          if (raw instanceof List<?> l && l.size() == 3) {
            Boolean c = conditions.apply(l.get(0));
            if (c != null) {
              return eval(c ? l.get(1) : l.get(2), used, refs, attrs);
            }
          }
          return Map.of(k, eval(raw, used, refs, attrs));
        }
        default -> {
          Object args = eval(raw, used, refs, attrs);
          Object v = "get_param".equals(k) ? getParam(args, used) : apply(k, args);
          return v == null ? Map.of(k, args) : v;
        }
      }
    }
    if (tree instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((key, val) -> out.put(String.valueOf(key), eval(val, used, refs, attrs)));
      return out;
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(eval(x, used, refs, attrs)));
      return out;
    }
    return tree;
  }

  private Object getParam(Object args, Set<String> used) {
    List<?> path = args instanceof List<?> l ? l : List.of(args);
    if (path.isEmpty() || !(path.get(0) instanceof String name)) {
      return null;
    }
    used.add(name);
    if (!params.containsKey(name) || containsFunction(path)) {
      return null;
    }
    Object val = params.get(name);
    for (Object step : path.subList(1, path.size())) {
      if (val instanceof Map<?, ?> vm && vm.containsKey(String.valueOf(step))) {
        val = vm.get(String.valueOf(step));
      } else if (val instanceof List<?> vl
          && step instanceof Number i
          && i.intValue() >= 0
          && i.intValue() < vl.size()) {
        val = vl.get(i.intValue());
      } else {
        return null;
      }
    }
    return val;
  }

  /** The value of a function whose arguments are all known, or null. */
  private static Object apply(String fn, Object args) {
    if (containsFunction(args)) {
      return null;
    }
    try {
      return switch (fn) {
        case "list_join" -> listJoin(args);
        case "str_replace", "str_replace_strict", "str_replace_vstrict" -> strReplace(args);
        case "str_split" -> strSplit(args);
        case "map_merge" -> mapMerge(args);
        case "list_concat" -> listConcat(args, false);
        case "list_concat_unique" -> listConcat(args, true);
        default -> null;
      };
    } catch (RuntimeException e) {
      return null; // arguments of the wrong shape: Heat would refuse; leave it as written
    }
  }

  /** Python's {@code str()} of a scalar, or null for what Heat would not join. */
  static String text(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
      return v.toString();
    }
    if (v instanceof Number n) {
      BigDecimal d = new BigDecimal(n.toString());
      return d.scale() <= 0 ? d.toPlainString() + ".0" : d.toPlainString();
    }
    return null;
  }

  private static Object listJoin(Object args) {
    if (!(args instanceof List<?> l) || l.size() < 2 || !(l.get(0) instanceof String delim)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Object list : l.subList(1, l.size())) {
      if (!(list instanceof List<?> items)) {
        return null;
      }
      for (Object item : items) {
        String s = text(item);
        if (s == null) {
          return null;
        }
        parts.add(s);
      }
    }
    return String.join(delim, parts);
  }

  private static Object strReplace(Object args) {
    if (!(args instanceof Map<?, ?> m)
        || !(m.get("template") instanceof String template)
        || !(m.get("params") instanceof Map<?, ?> ps)) {
      return null;
    }
    // Heat replaces the longest keys first
    List<String> keys = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : ps.entrySet()) {
      String v = text(e.getValue());
      if (v == null) {
        return null;
      }
      keys.add(String.valueOf(e.getKey()));
      values.put(String.valueOf(e.getKey()), v);
    }
    keys.sort(Comparator.comparingInt(String::length).reversed());
    String out = template;
    for (String key : keys) {
      out = out.replace(key, values.get(key));
    }
    return out;
  }

  private static Object strSplit(Object args) {
    if (!(args instanceof List<?> l)
        || l.size() < 2
        || !(l.get(0) instanceof String delim)
        || !(l.get(1) instanceof String s)) {
      return null;
    }
    List<String> parts = List.of(s.split(java.util.regex.Pattern.quote(delim), -1));
    if (l.size() == 3) {
      return l.get(2) instanceof Number i && i.intValue() >= 0 && i.intValue() < parts.size()
          ? parts.get(i.intValue())
          : null;
    }
    return parts;
  }

  private static Object mapMerge(Object args) {
    if (!(args instanceof List<?> l)) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Object m : l) {
      if (!(m instanceof Map<?, ?> mm)) {
        return null;
      }
      mm.forEach((k, v) -> out.put(String.valueOf(k), v));
    }
    return out;
  }

  private static Object listConcat(Object args, boolean unique) {
    if (!(args instanceof List<?> l)) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (Object x : l) {
      if (!(x instanceof List<?> items)) {
        return null;
      }
      out.addAll(items);
    }
    return unique ? new ArrayList<>(new LinkedHashSet<>(out)) : out;
  }
}
