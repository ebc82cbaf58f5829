package io.hotdsl.functions;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One array for the keys of all the maps that have the same keys in the same order: a template's
 * thousands of resources of one type, or of one nested value, set the same few properties, so one
 * key array serves them all instead of one each (a tenth of a big template's model). For the
 * model's array-backed maps; the arrays it returns must never be changed.
 *
 * <p>A table of 256 recently seen key lists, one slot per hash of the keys: a collision only
 * costs a copy.
 */
public final class KeyArrays {
  private static final AtomicReferenceArray<String[]> SHAPES = new AtomicReferenceArray<>(256);
  /**
   * The last key array {@link #follow}ed for each first key: 256 sets of two places, a set for
   * each hash.
   */
  private static final AtomicReferenceArray<String[]> FIRSTS = new AtomicReferenceArray<>(512);

  private KeyArrays() {}

  /**
   * The first {@code size} of {@code keys} (non-null) as an array that must not be changed, shared
   * with other callers that asked for the same keys in the same order.
   */
  public static String[] shared(String[] keys, int size) {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h = next(h, keys[i]);
    }
    return shared(keys, size, h);
  }

  /**
   * As {@link #shared(String[], int)}, given the keys' hash: {@link #next} applied to each key in
   * order, starting from 0, for builders that keep it as keys are added.
   */
  public static String[] shared(String[] keys, int size, int keysHash) {
    int h = keysHash + size;
    int slot = (h ^ (h >>> 16)) & (SHAPES.length() - 1);
    String[] known = SHAPES.get(slot);
    if (known != null && known.length == size && same(known, keys, size)) {
      return known;
    }
    String[] copy = Arrays.copyOf(keys, size);
    SHAPES.set(slot, copy);
    return copy;
  }

  /**
   * The key array last given to {@link #follow} whose first key is {@code first}, or null: for
   * builders, which follow it while their keys are its keys.
   */
  public static String[] startingWith(String first) {
    int set = set(first.hashCode());
    String[] known = FIRSTS.get(set);
    if (known != null && (known[0] == first || known[0].equals(first))) {
      return known;
    }
    known = FIRSTS.get(set + 1);
    return known != null && (known[0] == first || known[0].equals(first)) ? known : null;
  }

  /**
   * Remembers {@code shared}, an array {@link #shared} returned, for {@link #startingWith} its
   * first key, in place of the one remembered for that key before. Two first keys of one hash
   * set share its two places: the newer in the first, so two kinds of maps built in turn don't
   * push each other out.
   */
  public static void follow(String[] shared) {
    if (shared.length == 0) {
      return;
    }
    String first = shared[0];
    int set = set(first.hashCode());
    String[] head = FIRSTS.get(set);
    if (head == shared) {
      return;
    }
    if (head != null && !head[0].equals(first)) {
      FIRSTS.lazySet(set + 1, head); // another first key: kept in the second place
    }
    FIRSTS.lazySet(set, shared);
  }

  /** The first of the two places of a first key's hash in {@link #FIRSTS}. */
  private static int set(int h) {
    return HashSlots.home(h, HashSlots.shiftFor(FIRSTS.length() / 2)) << 1;
  }

  /** The hash of keys so far ({@code hash}, 0 for none) followed by {@code key}. */
  public static int next(int hash, String key) {
    return 31 * hash + key.hashCode();
  }

  private static boolean same(String[] a, String[] b, int size) {
    for (int i = 0; i < size; i++) {
      if (a[i] != b[i] && !a[i].equals(b[i])) {
        return false;
      }
    }
    return true;
  }
}
