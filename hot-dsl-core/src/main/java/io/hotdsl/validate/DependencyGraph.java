package io.hotdsl.validate;

import io.hotdsl.functions.HashSlots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resources of a template and what each depends on (depends_on, get_resource, get_attr), by
 * position: a 10,000-resource template costs one name lookup per edge and a few int arrays, not
 * a map and a set per resource.
 */
final class DependencyGraph {
  private static final int[] NO_EDGES = new int[0];

  private final String[] names;
  /** Open addressing, name → position: no boxed positions, no entry objects. */
  private final String[] slotNames;
  /**
   * The hashes of {@link #slotNames}: a probe that meets another name compares its hash, without
   * reading that string (two cache lines: the string and its bytes).
   */
  private final int[] slotHashes;

  private final int[] slotPositions;
  /** {@link HashSlots#shiftFor} the slots. */
  private final int shift;

  private final int[][] edges;
  private final int[] edgeCounts;

  /** A graph of {@code names} (in template order) without edges. */
  DependencyGraph(Collection<String> names) {
    this(names.toArray(new String[0]));
  }

  /** A graph of {@code names} (in template order, an array it keeps) without edges. */
  DependencyGraph(String[] names) {
    this.names = names;
    int capacity = Integer.highestOneBit(Math.max(2, this.names.length * 2 - 1)) << 1;
    this.slotNames = new String[capacity];
    this.slotHashes = new int[capacity];
    this.slotPositions = new int[capacity];
    this.shift = HashSlots.shiftFor(capacity);
    for (int i = 0; i < this.names.length; i++) {
      int slot = slotOf(this.names[i]);
      if (slotNames[slot] == null) {
        slotNames[slot] = this.names[i];
        slotHashes[slot] = this.names[i].hashCode();
        slotPositions[slot] = i;
      }
    }
    this.edges = new int[this.names.length][];
    Arrays.fill(edges, NO_EDGES);
    this.edgeCounts = new int[this.names.length];
  }

  /** The position of resource {@code name}, or -1 if the template has none of that name. */
  int positionOf(String name) {
    int slot = slotOf(name);
    return slotNames[slot] == null ? -1 : slotPositions[slot];
  }

  /** The slot that holds {@code name}, or the empty slot where it would go. */
  private int slotOf(String name) {
    int mask = slotNames.length - 1;
    int hash = name.hashCode();
    int slot = HashSlots.home(hash, shift);
    for (String s = slotNames[slot]; s != null; s = slotNames[slot]) {
      if (s == name || slotHashes[slot] == hash && s.equals(name)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Records that the resource at {@code from} depends on the one at {@code to}. */
  void add(int from, int to) {
    int count = edgeCounts[from];
    int[] out = edges[from];
    for (int i = 0; i < count; i++) {
      if (out[i] == to) {
        return;
      }
    }
    if (count == out.length) {
      out = Arrays.copyOf(out, Math.max(4, count * 2));
      edges[from] = out;
    }
    out[count] = to;
    edgeCounts[from] = count + 1;
  }

  /**
   * Every dependency cycle, once per set of members, as the path that closes it
   * ({@code [a, b, a]}), in the order a depth-first search from each resource in template order
   * meets them. Iterative, so a chain of 10,000 resources does not overflow the stack.
   */
  List<List<String>> cycles() {
    int n = names.length;
    List<List<String>> cycles = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    byte[] state = new byte[n]; // 0 unseen, 1 on the path, 2 done
    int[] path = new int[n];
    int[] next = new int[n];
    for (int start = 0; start < n; start++) {
      if (state[start] != 0) {
        continue;
      }
      int top = 0;
      path[0] = start;
      next[0] = 0;
      state[start] = 1;
      while (top >= 0) {
        int v = path[top];
        if (next[top] < edgeCounts[v]) {
          int w = edges[v][next[top]++];
          if (state[w] == 0) {
            state[w] = 1;
            top++;
            path[top] = w;
            next[top] = 0;
          } else if (state[w] == 1) {
            int from = top;
            while (path[from] != w) {
              from--;
            }
            List<String> cycle = new ArrayList<>(top - from + 2);
            for (int i = from; i <= top; i++) {
              cycle.add(names[path[i]]);
            }
            cycle.add(names[w]);
            if (reported.add(String.join(",", new TreeSet<>(cycle)))) {
              cycles.add(cycle);
            }
          }
        } else {
          state[v] = 2;
          top--;
        }
      }
    }
    return cycles;
  }
}
