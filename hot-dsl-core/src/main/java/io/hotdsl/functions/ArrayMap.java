package io.hotdsl.functions;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The one implementation of the library's unmodifiable array maps (the model's {@code SmallMap},
 * the copies {@link Trees#immutableCopy} makes): string keys and their values in two arrays, in
 * insertion order, instead of a hash table with an entry object per key. Lookups scan the keys,
 * which for a handful of keys is as fast as hashing.
 *
 * <p>Its views are made anew on each call: {@link AbstractMap} keeps them in the map, so a
 * validator asking each of a big template's maps for its keys once would leave a view behind in
 * every one.
 *
 * @param <K> the key type the map is seen as ({@code String}, or {@code Object} for tree nodes);
 *     the keys are strings either way
 */
public abstract class ArrayMap<K> extends AbstractMap<K, Object> implements IndexedKeys {
  private final String[] keys;
  private final Object[] values;

  /**
   * Takes the arrays as they are (keys non-null and distinct, held by nobody else who changes
   * them). {@code values} may be longer than {@code keys}, as a builder's growable array handed
   * over is: the map is as long as its keys, and the values past them are never read.
   */
  protected ArrayMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The index of {@code key} among the first {@code size} of {@code keys}, or -1. */
  public static int indexOf(String[] keys, int size, Object key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    if (key instanceof String s) {
      // a key not held by identity: strings' hashes are cached, so a miss costs no character
      // comparisons (the generated builders' build() asks for keys that were never set)
      int hash = s.hashCode();
      for (int i = 0; i < size; i++) {
        if (keys[i].hashCode() == hash && keys[i].equals(s)) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The first {@code size} keys and values as a set of unmodifiable entries, a view of the arrays
   * (for builders that grow them).
   */
  public static <K> Set<Entry<K, Object>> entries(String[] keys, Object[] values, int size) {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<K, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          @SuppressWarnings("unchecked") // the keys are strings, seen as K
          public Entry<K, Object> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>((K) keys[i], values[i]);
          }
        };
      }
    };
  }

  private int indexOf(Object key) {
    return indexOf(keys, keys.length, key);
  }

  /**
   * Whether {@code other} has the same keys in the same order: at once when both hold one shared
   * key array (as the maps one kind of builder makes do), else key by key.
   */
  public final boolean sameKeys(ArrayMap<?> other) {
    String[] mine = keys;
    String[] theirs = other.keys;
    if (mine == theirs) {
      return true;
    }
    if (mine.length != theirs.length) {
      return false;
    }
    for (int j = 0; j < mine.length; j++) {
      if (mine[j] != theirs[j] && !mine[j].equals(theirs[j])) {
        return false;
      }
    }
    return true;
  }

  /** The key at {@code index} in insertion order, for writers that go through all entries. */
  @Override
  public final String keyAt(int index) {
    return keys[index];
  }

  /** The value at {@code index} in insertion order. */
  public final Object valueAt(int index) {
    return values[index];
  }

  @Override
  public final int size() {
    return keys.length;
  }

  @Override
  public final boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public final boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public final Object get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  @SuppressWarnings("unchecked") // the keys are strings, seen as K
  public final void forEach(BiConsumer<? super K, ? super Object> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept((K) keys[i], values[i]);
    }
  }

  @Override
  public final Set<Entry<K, Object>> entrySet() {
    return entries(keys, values, keys.length);
  }

  @Override
  public final Set<K> keySet() {
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
      @SuppressWarnings("unchecked") // the keys are strings, seen as K
      public Iterator<K> iterator() {
        return (Iterator<K>) Arrays.<Object>asList((Object[]) keys).iterator();
      }
    };
  }

  @Override
  public final Collection<Object> values() {
    return new AbstractCollection<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Object> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Object next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            return values[next++];
          }
        };
      }
    };
  }
}
