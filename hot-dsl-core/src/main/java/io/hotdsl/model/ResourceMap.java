package io.hotdsl.model;

import io.hotdsl.functions.HashSlots;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A template's resources by name, in the order they were added: for {@link Template.Builder},
 * which adds thousands of them one by one. The names and resources sit in arrays and an open
 * addressing table of positions finds a name, so adding one allocates nothing but the arrays'
 * growth and a growing table is refilled from the names' kept hashes, instead of a hashed map's
 * entry object per resource and its relinking on every resize (a sixth of building 10,000
 * resources). Removing a name shifts the arrays (rare: {@code removeResource}).
 */
final class ResourceMap extends AbstractMap<String, Resource> {
  private String[] names;
  private Resource[] resources;
  private int[] hashes;
  private int size;
  /** Position + 1 of the name in each slot, 0 for an empty slot; its length a power of two. */
  private int[] slots;
  /** {@link HashSlots#shiftFor} {@code slots.length}. */
  private int shift;

  ResourceMap() {
    names = new String[8];
    resources = new Resource[8];
    hashes = new int[8];
    slots = new int[16];
    shift = HashSlots.shiftFor(16);
  }

  /** A copy of {@code other}, in its order. */
  ResourceMap(ResourceMap other) {
    names = Arrays.copyOf(other.names, Math.max(8, other.size));
    resources = Arrays.copyOf(other.resources, names.length);
    hashes = Arrays.copyOf(other.hashes, names.length);
    size = other.size;
    slots = other.slots.clone();
    shift = other.shift;
  }

  /** The first slot to try for a name's hash ({@link HashSlots}). */
  private int home(int h) {
    return HashSlots.home(h, shift);
  }

  /** The position of {@code key}, or -1. */
  private int find(Object key) {
    if (!(key instanceof String name)) {
      return -1;
    }
    int h = name.hashCode();
    int mask = slots.length - 1;
    for (int i = home(h); ; i = (i + 1) & mask) {
      int p = slots[i] - 1;
      if (p < 0) {
        return -1;
      }
      if (hashes[p] == h && (names[p] == name || names[p].equals(name))) {
        return p;
      }
    }
  }

  /** Adds {@code resource} under {@code name} unless the name is taken; whether it was added. */
  boolean add(String name, Resource resource) {
    if (find(name) >= 0) {
      return false;
    }
    append(name, resource);
    return true;
  }

  private void append(String name, Resource resource) {
    if (size == names.length) {
      int grown = size * 2;
      names = Arrays.copyOf(names, grown);
      resources = Arrays.copyOf(resources, grown);
      hashes = Arrays.copyOf(hashes, grown);
    }
    int h = name.hashCode();
    names[size] = name;
    resources[size] = resource;
    hashes[size] = h;
    size++;
    if (size * 2 > slots.length) {
      reindex(slots.length * 2);
    } else {
      place(size - 1);
    }
  }

  private void place(int position) {
    int mask = slots.length - 1;
    int i = home(hashes[position]);
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = position + 1;
  }

  private void reindex(int length) {
    slots = new int[length];
    shift = HashSlots.shiftFor(length);
    for (int p = 0; p < size; p++) {
      place(p);
    }
  }

  @Override
  public Resource put(String name, Resource resource) {
    java.util.Objects.requireNonNull(name, "name");
    int p = find(name);
    if (p >= 0) {
      Resource old = resources[p];
      resources[p] = resource;
      return old;
    }
    append(name, resource);
    return null;
  }

  @Override
  public Resource remove(Object key) {
    int p = find(key);
    if (p < 0) {
      return null;
    }
    Resource old = resources[p];
    int tail = size - p - 1;
    System.arraycopy(names, p + 1, names, p, tail);
    System.arraycopy(resources, p + 1, resources, p, tail);
    System.arraycopy(hashes, p + 1, hashes, p, tail);
    size--;
    names[size] = null;
    resources[size] = null;
    reindex(slots.length);
    return old;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) >= 0;
  }

  @Override
  public Resource get(Object key) {
    int p = find(key);
    return p < 0 ? null : resources[p];
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Resource> action) {
    int n = size;
    for (int p = 0; p < n; p++) {
      action.accept(names[p], resources[p]);
    }
  }

  @Override
  public Set<Map.Entry<String, Resource>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, Resource>> iterator() {
        return new Iterator<>() {
          private int next;
          private int last = -1;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, Resource> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            last = next++;
            return new SimpleImmutableEntry<>(names[last], resources[last]);
          }

          @Override
          public void remove() {
            if (last < 0) {
              throw new IllegalStateException();
            }
            ResourceMap.this.remove(names[last]);
            next = last;
            last = -1;
          }
        };
      }
    };
  }
}
