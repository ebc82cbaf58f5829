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
        || value instanceof FrozenList
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
    return immutableCopy(value, 0);
  }

  private static Object immutableCopy(Object value, int depth) {
    // class checks first (final classes, then abstract ones): a failed test against an
    // interface scans the class's interfaces, so Value comes after them
    if (value == null
        || value instanceof String
        || value instanceof FrozenList
        || value instanceof FrozenMap
        || value instanceof FunctionCall<?>
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof FrozenHashMap
        || value instanceof Value<?>) {
      return value;
    }
    if (depth > 1000) {
      throw new IllegalArgumentException("a value nested deeper than 1000 levels (cyclic?)");
    }
    if (value instanceof Map<?, ?> m) {
      FrozenMap small = smallCopy(m, depth);
      if (small != null) {
        return small;
      }
      Map<Object, Object> copy = new LinkedHashMap<>(Math.max(4, m.size() * 2));
      for (Map.Entry<?, ?> e : inStableOrder(m)) {
        copy.put(e.getKey(), immutableCopy(e.getValue(), depth + 1));
      }
      return new FrozenHashMap(copy);
    }
    if (value instanceof Collection<?> c) {
      Object[] items = new Object[c.size()];
      int i = 0;
      for (Object o : inStableOrder(c)) {
        items[i++] = immutableCopy(o, depth + 1);
      }
      return new FrozenList(items);
    }
    if (value instanceof Object[] array) {
      return immutableCopy(java.util.Arrays.asList(array), depth);
    }
    return value;
  }

  /**
   * {@code before} with {@code item} added at the end, as {@link #immutableCopy} would copy that
   * list: for builders' {@code addX} methods, which add to a list copied before. A list this class
   * made is taken over without copying its items again (only its array is copied), so adding n
   * items copies each of them once, not once per {@code addX}.
   */
  public static List<Object> appended(Collection<?> before, Object item) {
    Object copied = immutableCopy(item, 1);
    if (before instanceof FrozenList frozen) {
      Object[] items = java.util.Arrays.copyOf(frozen.items, frozen.items.length + 1);
      items[frozen.items.length] = copied;
      return new FrozenList(items);
    }
    Object[] items = new Object[before.size() + 1];
    int i = 0;
    for (Object o : inStableOrder(before)) {
      if (i == items.length - 1) {
        break; // a collection that grew meanwhile: the size it had is what is copied
      }
      items[i++] = immutableCopy(o, 1);
    }
    items[i++] = copied;
    return new FrozenList(i == items.length ? items : java.util.Arrays.copyOf(items, i));
  }

  /**
   * {@code m} copied into a {@link FrozenMap} (two arrays), or null when it has more keys than
   * one scans or a key that is not a string.
   */
  private static FrozenMap smallCopy(Map<?, ?> m, int depth) {
    int size = m.size();
    if (size > FrozenMap.MAX_KEYS || m instanceof java.util.IdentityHashMap) {
      return null; // an identity map may hold equal keys, which a copy by equality merges
    }
    if (size < 2 || !needsKeyOrder(m)) {
      // the map's own order: through forEach, which walks a map without an iterator or entry
      // objects (Map.of's map of one key makes both for entrySet())
      SmallCopier copier = new SmallCopier(size, depth);
      m.forEach(copier);
      return copier.frozen();
    }
    String[] keys = new String[size];
    Object[] values = new Object[size];
    int i = 0;
    int keysHash = 0;
    for (Map.Entry<?, ?> e : inStableOrder(m)) {
      if (i == size || !(e.getKey() instanceof String key)) {
        return null; // a key the writers reject with its path, or a map that changed meanwhile
      }
      keys[i] = key;
      keysHash = KeyArrays.next(keysHash, key);
      values[i++] = immutableCopy(e.getValue(), depth + 1);
    }
    return i == size ? new FrozenMap(keys, values, keysHash) : null;
  }

  /**
   * The entries of {@code m} in the order they are copied: their own order, except for the maps
   * of {@code Map.of}/{@code Map.ofEntries}/{@code Map.copyOf}, whose iteration order Java changes
   * from one run of the JVM to the next; those are copied in key order, so a template renders
   * the same bytes on every run.
   */
  private static Collection<? extends Map.Entry<?, ?>> inStableOrder(Map<?, ?> m) {
    if (!needsKeyOrder(m)) {
      return m.entrySet();
    }
    List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
    entries.sort(java.util.Comparator.comparing(e -> String.valueOf(e.getKey())));
    return entries;
  }

  /** Whether {@code m} is copied in key order rather than its own ({@link #inStableOrder}). */
  private static boolean needsKeyOrder(Map<?, ?> m) {
    return m.size() >= 2
        && !(m instanceof java.util.HashMap) // LinkedHashMap too: the common cases, at once
        && m.getClass().getName().startsWith("java.util.ImmutableCollections$");
  }

  /**
   * Copies the entries {@link Map#forEach} gives it into the arrays of a {@link FrozenMap}; refuses
   * a key that is not a string, or more entries than the map said it had.
   */
  private static final class SmallCopier implements java.util.function.BiConsumer<Object, Object> {
    /**
     * The keys so far: the start of the shared array of the last copy that began with the same
     * key and had as many ({@link KeyArrays#startingWith}), while they are its keys; else an
     * array of the copier's own.
     */
    private String[] keys;

    private boolean keysShared;
    private final Object[] values;
    private final int depth;
    private int next;
    private int keysHash;
    private boolean refused;

    SmallCopier(int size, int depth) {
      this.values = new Object[size];
      this.depth = depth;
    }

    @Override
    public void accept(Object key, Object value) {
      if (refused || next == values.length || !(key instanceof String k)) {
        refused = true; // a key the writers reject with its path, or a map that changed
        return;
      }
      if (next == 0) {
        String[] known = KeyArrays.startingWith(k);
        keysShared = known != null && known.length == values.length;
        keys = keysShared ? known : new String[values.length];
      } else if (keysShared && keys[next] != k && !keys[next].equals(k)) {
        keys = java.util.Arrays.copyOf(keys, keys.length); // a key of its own from here on
        keysShared = false;
      }
      if (!keysShared) {
        keys[next] = k;
      }
      keysHash = KeyArrays.next(keysHash, k);
      values[next++] = immutableCopy(value, depth + 1);
    }

    /** The copy, or null when refused or the map had fewer entries than it said. */
    FrozenMap frozen() {
      if (refused || next != values.length) {
        return null;
      }
      if (next == 0) {
        return new FrozenMap(new String[0], values, 0);
      }
      if (keysShared) {
        return FrozenMap.withConstantKeys(keys, values); // the shared array's keys, all of them
      }
      String[] shared = KeyArrays.shared(keys, keys.length, keysHash);
      KeyArrays.follow(shared);
      return FrozenMap.withConstantKeys(shared, values);
    }
  }

  /** As {@link #inStableOrder(Map)}, for {@code Set.of}'s sets (of strings, numbers, booleans). */
  private static Collection<?> inStableOrder(Collection<?> c) {
    if (c.size() < 2
        || !(c instanceof java.util.Set)
        || c instanceof java.util.HashSet
        || !c.getClass().getName().startsWith("java.util.ImmutableCollections$")) {
      return c;
    }
    List<Object> items = new ArrayList<>(c);
    items.sort(java.util.Comparator.comparing(o -> o.getClass().getName() + ":" + o));
    return items;
  }

  /**
   * An unmodifiable list of {@code items}, each copied as {@link #immutableCopy} copies it; the
   * array is taken as it is (nobody else may hold it). For {@link Fn}, which makes its argument
   * lists itself, so that {@link FunctionCall} keeps them without copying them again.
   */
  static List<Object> frozenList(Object[] items) {
    for (int i = 0; i < items.length; i++) {
      items[i] = immutableCopy(items[i], 1);
    }
    return new FrozenList(items);
  }

  /**
   * As {@link #frozenList}, for a map of {@code keys}, a constant array that is never changed,
   * and its {@code values}.
   */
  static Map<Object, Object> frozenMap(String[] keys, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = immutableCopy(values[i], 1);
    }
    return FrozenMap.withConstantKeys(keys, values);
  }

  /** An unmodifiable list over an array nobody else holds. */
  private static final class FrozenList extends java.util.AbstractList<Object>
      implements java.util.RandomAccess {
    private final Object[] items;

    FrozenList(Object[] items) {
      this.items = items;
    }

    @Override
    public Object get(int index) {
      return items[index];
    }

    @Override
    public int size() {
      return items.length;
    }
  }

  /**
   * An unmodifiable map over a {@link LinkedHashMap} nobody else holds (insertion order), for
   * maps of more keys than a {@link FrozenMap} or keys other than strings.
   */
  private static final class FrozenHashMap extends java.util.AbstractMap<Object, Object> {
    private final Map<Object, Object> entries;

    FrozenHashMap(Map<Object, Object> entries) {
      this.entries = java.util.Collections.unmodifiableMap(entries);
    }

    @Override
    public java.util.Set<Map.Entry<Object, Object>> entrySet() {
      return entries.entrySet();
    }

    @Override
    public Object get(Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return entries.containsKey(key);
    }

    @Override
    public int size() {
      return entries.size();
    }
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
    return m instanceof IndexedKeys k ? k.keyAt(0) : m.keySet().iterator().next();
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
