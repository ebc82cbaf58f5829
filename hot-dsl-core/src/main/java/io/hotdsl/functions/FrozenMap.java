package io.hotdsl.functions;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The unmodifiable copy {@link Trees#immutableCopy} makes of a map of a few string keys: two
 * arrays in insertion order (the keys shared with other maps of the same keys, {@link
 * KeyArrays}), a fifth of the bytes of a hashed map with an entry object per key, which is what
 * decides how much memory a template of many resources takes. Lookups scan the keys.
 *
 * <p>Its views are made anew on each call: {@link AbstractMap} keeps them in the map, so a
 * validator asking each of a big template's maps for its keys once would leave a view behind in
 * every one.
 */
final class FrozenMap extends AbstractMap<Object, Object> {
  /** The most keys a frozen map holds; bigger maps stay hashed. */
  static final int MAX_KEYS = 16;

  private final String[] keys;
  private final Object[] values;

  /** Takes {@code values} as it is (nobody else holds it); the keys are distinct. */
  FrozenMap(String[] keys, Object[] values) {
    this.keys = KeyArrays.shared(keys, keys.length);
    this.values = values;
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    if (key instanceof String) {
      for (int i = 0; i < keys.length; i++) {
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
  public Set<Entry<Object, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Entry<Object, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<Object, Object> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    };
  }

  @Override
  public Set<Object> keySet() {
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
      public Iterator<Object> iterator() {
        return Arrays.<Object>asList((Object[]) keys).iterator();
      }
    };
  }

  @Override
  public Collection<Object> values() {
    return new AbstractCollection<>() {
      @Override
      public int size() {
        return values.length;
      }

      @Override
      public Iterator<Object> iterator() {
        return Arrays.asList(values).iterator();
      }
    };
  }
}
