package io.hotdsl.functions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns model values into trees: maps, lists, strings, numbers, booleans and null.
 *
 * <p>{@link Value}s render through {@link Value#toTree()}, enums through {@link HeatEnum} or their
 * name, collections element by element. Trees are what the renderers write and the readers produce.
 */
public final class Trees {
  private Trees() {}

  /**
   * Whether {@link #node} turns an object of the class by {@link Value#toTreeNode()}: a value that
   * is neither a map nor a list (those are their own nodes).
   */
  private static final ClassValue<Boolean> VALUE_NODES = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> c) {
      return Value.class.isAssignableFrom(c)
          && !Map.class.isAssignableFrom(c)
          && !List.class.isAssignableFrom(c);
    }
  };

  /**
   * The tree of {@code value}; throws for objects that have no HOT representation. Integers of
   * every Java type become {@code Long} and floats {@code Double}, as the readers produce them, so
   * a template read back from its rendering has an equal tree.
   */
  public static Object toTree(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return Double.valueOf(f.toString());
    }
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Value<?> v) {
      return v.toTree();
    }
    if (value instanceof HeatEnum e) {
      return e.heatValue();
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object key = e.getKey();
        if (!(key instanceof String)) {
          throw new IllegalArgumentException("map keys must be strings, not " + key
              + (key == null ? "" : " (" + key.getClass().getSimpleName() + ")"));
        }
        out.put((String) key, toTree(e.getValue()));
      }
      return out;
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        out.add(toTree(o));
      }
      return out;
    }
    if (value instanceof Object[] array) {
      return toTree(java.util.Arrays.asList(array));
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    throw new IllegalArgumentException(
        "not a template value: " + value + " (" + value.getClass().getName() + ")");
  }

  /**
   * One level of {@link #toTree(Object)}: {@code value} as a tree node — a map, list, string,
   * number, boolean or null — whose entries or items may still be model values, to be turned by
   * calling this again as a writer reaches them. Maps come back as they are (their keys are the
   * writer's to check); integers of every Java type become {@code Long} and floats
   * {@code Double}, as in {@link #toTree(Object)}.
   *
   * @throws IllegalArgumentException for an object that has no HOT representation
   */
  public static Object node(Object value) {
    if (value instanceof String
        || value instanceof ArrayMap<?>
        || value instanceof ImmutableCopies.FrozenList
        || value instanceof Long
        || value instanceof Boolean
        || value instanceof Double) {
      // the model's own nodes and scalars, by class (no interface test): the common case of a walk
      return value;
    }
    if (value instanceof Integer i) {
      return Long.valueOf(i); // as toTree
    }
    if (value instanceof FunctionCall<?> call) {
      return node(call.toTreeNode());
    }
    if (isModelValue(value)) {
      // a generated property object (Server.Network, Port.FixedIp): found by its class, once per
      // class, before the interface tests below, which it fails (in HotSpot a failed interface
      // test, or one that alternates with another for a class, takes a slow path each time)
      return node(((Value<?>) value).toTreeNode());
    }
    if (value == null
        || value instanceof String
        || value instanceof Map<?, ?>
        || value instanceof List<?>
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Double) {
      return value;
    }
    if (value instanceof Value<?> v) {
      return node(v.toTreeNode());
    }
    if (value instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    if (value instanceof Object[] array) {
      return java.util.Arrays.asList(array);
    }
    return toTree(value);
  }

  /**
   * Whether {@link #node} turns {@code value} by its {@link Value#toTreeNode()}: a model value that
   * is neither a map nor a list (a generated property object, say), decided once per class. For
   * writers that dispatch on a value's class: testing {@code Value}, then not {@code Map}, not
   * {@code List} takes HotSpot's slow path for the two interface tests that fail, each time.
   */
  public static boolean isModelValue(Object value) {
    return value != null && VALUE_NODES.get(value.getClass());
  }

  /**
   * The number a value stands for as Heat converts it: a number, or a string holding one;
   * otherwise null (booleans are no numbers).
   */
  public static java.math.BigDecimal decimal(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      // the same number (scale 0) as parsing its text, without the text: builders check port
      // ranges and the like on every build()
      return java.math.BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Number n) {
      return new java.math.BigDecimal(n.toString());
    }
    if (value instanceof String s) {
      try {
        return new java.math.BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code value} copied so that nothing the caller still holds can change it: lists, sets,
   * arrays and maps (at any depth) become unmodifiable copies in the same order, nulls kept;
   * strings, numbers, booleans, enums and model values (immutable themselves) are kept as they
   * are. Builders call it on everything they are given, as javapoet does, so a list changed after
   * {@code build()} leaves the built template alone. A copy made here is not copied again.
   *
   * @throws IllegalArgumentException for a structure nested deeper than 1000 levels (a cycle)
   */
  public static Object immutableCopy(Object value) {
    return ImmutableCopies.immutableCopy(value);
  }

  /**
   * {@code before} with {@code item} added at the end, as {@link #immutableCopy} would copy that
   * list: for builders' {@code addX} methods, which add to a list copied before. A list this class
   * made is taken over without copying its items again (only its array is copied), so adding n
   * items copies each of them once, not once per {@code addX}.
   */
  public static List<Object> appended(Collection<?> before, Object item) {
    return ImmutableCopies.appended(before, item);
  }

  /**
   * The function name of {@code tree} if it is a function call as Heat parses one: a map with a
   * single key that is one of {@code functionNames}; otherwise null. The one definition of "is
   * this node a function call": callers differ only in the names they pass (a template version's
   * functions, its condition functions, or {@code HotVersion.allFunctionNames()}).
   */
  public static String functionName(Object tree, java.util.Set<String> functionNames) {
    String key = singleStringKey(tree);
    return key != null && functionNames.contains(key) ? key : null;
  }

  /**
   * As {@link #functionName(Object, java.util.Set)}, for callers whose names are a rule rather
   * than a set (a version's functions plus the removed {@code Fn::} ones, say).
   */
  public static String functionName(Object tree, java.util.function.Predicate<String> isName) {
    String key = singleStringKey(tree);
    return key != null && isName.test(key) ? key : null;
  }

  /** The key of {@code tree} if it is a map of one string key, else null. */
  private static String singleStringKey(Object tree) {
    return tree instanceof Map<?, ?> m && m.size() == 1 && onlyKey(m) instanceof String s
        ? s
        : null;
  }

  /** Whether {@code tree} is a function call: {@link #functionName} is not null. */
  public static boolean isFunction(Object tree, java.util.Set<String> functionNames) {
    return functionName(tree, functionNames) != null;
  }

  /** The key of a non-empty map, read from a model map's array without an iterator. */
  public static Object onlyKey(Map<?, ?> m) {
    return m instanceof ArrayMap<?> k ? k.keyAt(0) : m.keySet().iterator().next();
  }

  /**
   * Whether {@code value} (a tree, or a model value turned one level at a time as {@link #node}
   * does) is a function call named in {@code functionNames} or holds one at any depth.
   */
  public static boolean containsFunction(Object value, java.util.Set<String> functionNames) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum) {
      return false; // scalars hold no calls
    }
    if (value instanceof FunctionCall<?> call) {
      // its node is {name: args}: read from the call without building that map
      return functionNames.contains(call.name()) || containsFunction(call.args(), functionNames);
    }
    if (value instanceof ArrayMap<?> map) {
      // a model map by its arrays, without a view, an iterator or entries
      if (map.size() == 1 && functionNames.contains(map.keyAt(0))) {
        return true;
      }
      for (int i = 0; i < map.size(); i++) {
        if (containsFunction(map.valueAt(i), functionNames)) {
          return true;
        }
      }
      return false;
    }
    Object tree = node(value);
    if (tree instanceof Map<?, ?> map) {
      if (functionName(map, functionNames) != null) {
        return true;
      }
      for (Object v : map.values()) {
        if (containsFunction(v, functionNames)) {
          return true;
        }
      }
    } else if (tree instanceof java.util.RandomAccess && tree instanceof List<?> list) {
      // the model's and the readers' lists: by index, without an iterator
      for (int i = 0; i < list.size(); i++) {
        if (containsFunction(list.get(i), functionNames)) {
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

  /**
   * A tree value for a message saying what was found instead of what was expected: {@code null},
   * {@code a map}, {@code a list}, {@code the string "x"}, {@code the boolean true}, {@code the
   * number 5}. The one wording of the validators, the environment checks and the reader.
   */
  public static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "a map";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof String s) {
      return "the string \"" + s + "\"";
    }
    if (value instanceof Boolean b) {
      return "the boolean " + b;
    }
    if (value instanceof Number n) {
      return "the number " + n;
    }
    return "a " + value.getClass().getSimpleName();
  }
}
