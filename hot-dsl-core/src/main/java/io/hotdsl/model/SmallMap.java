package io.hotdsl.model;

import io.hotdsl.functions.KeyArrays;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map that keeps its keys in the order they were set, for the few keys of a
 * resource's properties or of a property value: two arrays instead of a hash table and an entry
 * object per key. A template of 10,000 resources holds about 30,000 of these, so their size is
 * what decides whether the model stays in the processor's cache while it is validated and
 * rendered.
 *
 * <p>Lookups scan the keys, which for a handful of keys is as fast as hashing; maps of more than
 * {@value #MAX_SCANNED} keys are copied into an unmodifiable {@link LinkedHashMap} instead.
 */
public final class SmallMap extends AbstractMap<String, Object>
    implements io.hotdsl.functions.IndexedKeys {
  /** Above this many keys, {@link #copyOf} returns a hashed map. */
  static final int MAX_SCANNED = 16;

  private static final SmallMap EMPTY = new SmallMap(new String[0], new Object[0]);

  private final String[] keys;
  private final Object[] values;

  private SmallMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * An unmodifiable copy of {@code map} in its iteration order. Keys must not be null; values
   * are kept as they are (not copied).
   */
  public static Map<String, Object> copyOf(Map<String, ?> map) {
    int size = map.size();
    if (size == 0) {
      return EMPTY;
    }
    if (size > MAX_SCANNED) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
    String[] keys = new String[size];
    Object[] values = new Object[size];
    int i = 0;
    for (Map.Entry<String, ?> e : map.entrySet()) {
      keys[i] = java.util.Objects.requireNonNull(e.getKey(), "map key");
      values[i] = e.getValue();
      i++;
    }
    return new SmallMap(KeyArrays.shared(keys, size), values);
  }

  /**
   * A mutable map in insertion order on growable arrays, for builders: {@link #build()} copies
   * the arrays into a {@link SmallMap}, so building leaves only two small arrays behind instead
   * of a hash table and its entries.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SmallMap}; a {@link Map} itself, so builders can read back what they set. */
  public static final class Builder extends AbstractMap<String, Object> {
    private String[] keys = new String[4];
    private Object[] values = new Object[4];
    private int size;

    private Builder() {}

    private int indexOf(Object key) {
      return SmallMap.indexOf(keys, size, key);
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
      int i = indexOf(key);
      return i < 0 ? null : values[i];
    }

    @Override
    public Object put(String key, Object value) {
      java.util.Objects.requireNonNull(key, "map key");
      int i = indexOf(key);
      if (i >= 0) {
        Object old = values[i];
        values[i] = value;
        return old;
      }
      if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, size * 2);
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size] = value;
      size++;
      return null;
    }

    @Override
    public Object remove(Object key) {
      int i = indexOf(key);
      if (i < 0) {
        return null;
      }
      Object old = values[i];
      System.arraycopy(keys, i + 1, keys, i, size - i - 1);
      System.arraycopy(values, i + 1, values, i, size - i - 1);
      size--;
      keys[size] = null;
      values[size] = null;
      return old;
    }

    /** The entries as they are now; set no key while going through them. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new Entries(keys, values, size);
    }

    /** An unmodifiable copy of what is set, in the order it was first set. */
    public Map<String, Object> build() {
      if (size == 0) {
        return EMPTY;
      }
      if (size > MAX_SCANNED) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(this));
      }
      return new SmallMap(KeyArrays.shared(keys, size), java.util.Arrays.copyOf(values, size));
    }
  }

  /**
   * A map of {@code keys} and {@code values} (same length, keys non-null and distinct), taking
   * the arrays as they are: for callers in this package that build them for one use.
   */
  static SmallMap wrap(String[] keys, Object[] values) {
    return new SmallMap(keys, values);
  }

  /** The key at {@code index} in insertion order, for writers that go through all entries. */
  @Override
  public String keyAt(int index) {
    return keys[index];
  }

  /** The value at {@code index} in insertion order. */
  public Object valueAt(int index) {
    return values[index];
  }

  private int indexOf(Object key) {
    return indexOf(keys, keys.length, key);
  }

  /** The index of {@code key} among the first {@code size} keys, or -1. */
  private static int indexOf(String[] keys, int size, Object key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    if (key instanceof String) {
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new Entries(keys, values, keys.length);
  }

  /**
   * The keys, as a new view on each call: {@link AbstractMap} would keep its view in the map, and
   * a validator asking each of a big template's maps for its keys once would leave a view behind
   * in every one of them.
   */
  @Override
  public Set<String> keySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public boolean contains(Object key) {
        return indexOf(key) >= 0;
      }

      @Override
      public Iterator<String> iterator() {
        return java.util.Arrays.asList(keys).iterator();
      }
    };
  }

  /** The values, as a new view on each call (see {@link #keySet()}). */
  @Override
  public java.util.Collection<Object> values() {
    return new java.util.AbstractCollection<>() {
      @Override
      public int size() {
        return values.length;
      }

      @Override
      public Iterator<Object> iterator() {
        return java.util.Arrays.asList(values).iterator();
      }
    };
  }

  /** The first {@code size} keys and values as unmodifiable entries. */
  private static final class Entries extends AbstractSet<Entry<String, Object>> {
    private final String[] keys;
    private final Object[] values;
    private final int size;

    Entries(String[] keys, Object[] values, int size) {
      this.keys = keys;
      this.values = values;
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Entry<String, Object>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Entry<String, Object> next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          int i = next++;
          return new SimpleImmutableEntry<>(keys[i], values[i]);
        }
      };
    }
  }
}
