package io.hotdsl.validate;

import io.hotdsl.model.HotVersion;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A set of function names with a fast {@link #contains}: the validator asks it for every map and
 * call it walks. An open-addressing table with a power-of-two mask that compares by identity
 * first (names written as literals are the same instances); iteration and size are the wrapped
 * set's, so it is equal to it in every other respect.
 */
final class NameSet extends AbstractSet<String> {
  /** {@link HotVersion#allFunctionNames()}. */
  static final NameSet ALL = new NameSet(HotVersion.allFunctionNames());

  private static final NameSet[] FUNCTIONS = new NameSet[HotVersion.values().length];

  static {
    for (HotVersion v : HotVersion.values()) {
      FUNCTIONS[v.ordinal()] = new NameSet(v.functions());
    }
  }

  private final Set<String> names;
  private final String[] table;
  private final int mask;

  NameSet(Set<String> names) {
    this.names = names;
    int capacity = Integer.highestOneBit(Math.max(2, names.size() * 4 - 1)) << 1;
    this.table = new String[capacity];
    this.mask = capacity - 1;
    for (String name : names) {
      int slot = slot(name.hashCode());
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = name;
    }
  }

  /** {@link HotVersion#functions()} of {@code version}. */
  static NameSet functions(HotVersion version) {
    return FUNCTIONS[version.ordinal()];
  }

  private int slot(int h) {
    return (h ^ (h >>> 16)) & mask;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      java.util.Objects.requireNonNull(o); // as Set.of's sets
      return false;
    }
    for (int slot = slot(s.hashCode()); ; slot = (slot + 1) & mask) {
      String e = table[slot];
      if (e == null) {
        return false;
      }
      if (e == s || e.equals(s)) {
        return true;
      }
    }
  }

  @Override
  public Iterator<String> iterator() {
    return names.iterator();
  }

  @Override
  public int size() {
    return names.size();
  }
}
