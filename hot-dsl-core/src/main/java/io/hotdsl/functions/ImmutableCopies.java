package io.hotdsl.functions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unmodifiable copies builders keep of what they are given ({@link Trees#immutableCopy}): maps
 * of a few string keys as a {@link FrozenMap}, bigger ones over a private {@link LinkedHashMap},
 * collections and arrays as a list over a private array, in an order that is the same on every
 * run.
 */
final class ImmutableCopies {
  private ImmutableCopies() {}

  /**
   * {@code value} copied so that nothing the caller still holds can change it: lists, sets,
   * arrays and maps (at any depth) become unmodifiable copies in the same order, nulls kept;
   * strings, numbers, booleans, enums and model values (immutable themselves) are kept as they
   * are. Builders call it on everything they are given, as javapoet does, so a list changed after
   * {@code build()} leaves the built template alone. A copy made here is not copied again.
   *
   * @throws IllegalArgumentException for a structure nested deeper than 1000 levels (a cycle)
   */
  static Object immutableCopy(Object value) {
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
  static List<Object> appended(Collection<?> before, Object item) {
    Object copied = immutableCopy(item, 1);
    if (before instanceof FrozenList frozen) {
      Object[] items = java.util.Arrays.copyOf(frozen.items, frozen.items.length + 1);
      items[frozen.items.length] = copied;
      return new FrozenList(items);
    }
    if (before.isEmpty()) {
      return new FrozenList(new Object[] {copied}); // the first item: no iterator to make
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
      String[] shared = KeyArrays.shared(keys, keys.length); // hashed here, not per key
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
  static final class FrozenList extends java.util.AbstractList<Object>
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
}
