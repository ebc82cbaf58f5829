package io.hotdsl.model;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.KeyArrays;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
public final class SmallMap extends ArrayMap<String> {
  /** Above this many keys, {@link #copyOf} returns a hashed map. */
  static final int MAX_SCANNED = 16;

  private static final SmallMap EMPTY = new SmallMap(new String[0], new Object[0]);

  private SmallMap(String[] keys, Object[] values) {
    super(keys, values);
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
   * A mutable map in insertion order on growable arrays, for builders: {@link #build()} makes a
   * {@link SmallMap} of the shared key array and the builder's own value array, so building
   * leaves only two small arrays behind instead of a hash table and its entries.
   */
  public static Builder builder() {
    return new Builder(4);
  }

  /** As {@link #builder()}, with room for {@code capacity} keys before it grows. */
  static Builder builder(int capacity) {
    return new Builder(capacity);
  }

  /** Builds a {@link SmallMap}; a {@link Map} itself, so builders can read back what they set. */
  public static final class Builder extends AbstractMap<String, Object> {
    private static final String[] NO_KEYS = new String[0];

    /**
     * The keys set, in order: a key array {@link KeyArrays} shares ({@link #keysShared}), which
     * the keys so far are the start of, until a key differs from it; then an array of this
     * builder's own. Builders of one kind mostly set the same keys in the same order, so most
     * follow a shared array to its end and neither copy their keys nor compare them in {@link
     * #build()}.
     */
    private String[] keys = NO_KEYS;

    private boolean keysShared = true;
    /**
     * The values set, in the keys' order; made at the first key, as long as the shared key array
     * it follows (so a builder that follows it to its end builds a map of no unused slot) or
     * {@link #capacity}.
     */
    private Object[] values;
    /** How many values {@link #values} has room for when no shared key array says. */
    private final short capacity;

    private int size;
    /**
     * A bit for each key set (bit {@code hash & 63}; a removed key's bit stays): a key whose bit is
     * clear was never set, which {@code build()}'s checks of unset properties learn without
     * scanning the keys.
     */
    private long seen;
    /**
     * Whether a built map holds {@link #values} (handed over by {@link #build()} instead of
     * copied): the next change copies it first, so the built map never changes.
     */
    private boolean valuesHandedOver;

    private Builder(int capacity) {
      this.capacity = (short) Math.max(1, Math.min(capacity, MAX_SCANNED));
    }

    private int indexOf(Object key) {
      if (!(key instanceof String s)) {
        return -1; // the keys are strings
      }
      int hash = s.hashCode();
      if ((seen & (1L << hash)) == 0) {
        return -1;
      }
      // one pass, by identity (the generated setters' constants) or by the cached hashes
      String[] all = keys;
      for (int i = 0; i < size; i++) {
        String k = all[i];
        if (k == s || (k.hashCode() == hash && k.equals(s))) {
          return i;
        }
      }
      return -1;
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
      int n = size;
      if (keysShared && n < keys.length && keys[n] == key && !valuesHandedOver) {
        // the next key of the shared array followed, the generated setters' constant: not set
        // yet (a shared array's keys are distinct), so no lookup; values is as long as keys
        values[n] = value;
        size = n + 1;
        seen |= 1L << key.hashCode();
        return null;
      }
      int i = n == 0 ? -1 : indexOf(key);
      if (i >= 0) {
        Object old = values[i];
        ownValues(values.length)[i] = value;
        return old;
      }
      if (keysShared) {
        String[] known = size == 0 ? KeyArrays.startingWith(key) : keys;
        if (known != null
            && size < known.length
            && (known[size] == key || known[size].equals(key))) {
          keys = known; // the new key is the next of a shared array: follow it
        } else {
          ownKeys(size + 1);
          keys[size] = key;
        }
        if (values == null) {
          values = new Object[keys.length];
        }
      } else {
        if (size == keys.length) {
          keys = java.util.Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
      }
      ownValues(size == values.length ? size * 2 : values.length)[size] = value;
      size++;
      seen |= 1L << key.hashCode();
      return null;
    }

    @Override
    public Object remove(Object key) {
      int i = indexOf(key);
      if (i < 0) {
        return null;
      }
      Object old = values[i];
      ownKeys(size);
      ownValues(values.length);
      System.arraycopy(keys, i + 1, keys, i, size - i - 1);
      System.arraycopy(values, i + 1, values, i, size - i - 1);
      size--;
      keys[size] = null;
      values[size] = null;
      return old;
    }

    /**
     * Makes {@link #keys} this builder's own, with room for at least {@code room} keys, when it is
     * a shared array: the keys set so far copied.
     */
    private void ownKeys(int room) {
      if (keysShared) {
        String[] own = new String[Math.max(room, values == null ? capacity : values.length)];
        System.arraycopy(keys, 0, own, 0, size);
        keys = own;
        keysShared = false;
      }
    }

    /**
     * {@link #values}, first copied into an array of {@code length} when it is handed over or
     * shorter: what every change writes to.
     */
    private Object[] ownValues(int length) {
      if (valuesHandedOver || values.length != length) {
        values = java.util.Arrays.copyOf(values, length);
        valuesHandedOver = false;
      }
      return values;
    }

    /** The entries as they are now; set no key while going through them. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
      return ArrayMap.entries(keys, values, size);
    }

    /** An unmodifiable copy of what is set, in the order it was first set. */
    public Map<String, Object> build() {
      if (size == 0) {
        return EMPTY;
      }
      if (size > MAX_SCANNED) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(this));
      }
      String[] shared;
      if (keysShared && size == keys.length) {
        shared = keys; // followed a shared array to its end
      } else {
        shared = KeyArrays.shared(keys, size);
        KeyArrays.follow(shared);
      }
      // the values array itself, not a copy (a builder is mostly built once): its slots past
      // the keys stay unread, and a change after this copies it first
      valuesHandedOver = true;
      return new SmallMap(shared, values);
    }
  }

  /**
   * A map of {@code keys} and {@code values} (same length, keys non-null and distinct), taking
   * the arrays as they are: for callers in this package that build them for one use.
   */
  static SmallMap wrap(String[] keys, Object[] values) {
    return new SmallMap(keys, values);
  }
}
