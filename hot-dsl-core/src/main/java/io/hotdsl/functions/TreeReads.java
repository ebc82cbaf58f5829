package io.hotdsl.functions;

import java.util.List;
import java.util.Map;

/**
 * Model values read as trees without copying what is a tree already: for the validator, which
 * reads literal arguments (a {@code str_replace}'s, say) as Heat would, and neither keeps nor
 * changes them.
 */
public final class TreeReads {
  private TreeReads() {}

  /**
   * {@link Trees#toTree(Object)} for a reader that neither keeps nor changes the result: {@code value}
   * itself when it is a tree already — strings, {@code Long}s, {@code Double}s, booleans, nulls,
   * and maps of string keys and lists holding only those, as the model's unmodifiable maps and
   * lists of literals are — otherwise its copy by {@link Trees#toTree(Object)}. Equal to what
   * {@code toTree} gives, in the same order, without copying a literal argument list to read it.
   *
   * @throws IllegalArgumentException as {@link Trees#toTree(Object)} does
   */
  public static Object asTree(Object value) {
    return isTree(value, 0) ? value : Trees.toTree(value);
  }

  /**
   * Whether {@link Trees#toTree(Object)} of {@code value} is equal to it (same classes of scalars, maps
   * and lists of string keys, same order): false at a depth past which a copy is no cheaper.
   */
  private static boolean isTree(Object value, int depth) {
    if (value == null
        || value instanceof String
        || value instanceof Long
        || value instanceof Boolean
        || value instanceof Double) {
      return true;
    }
    if (depth > 100 || value instanceof Value<?>) {
      return false; // toTree copies it (a value: as its toTree() says), and refuses what it must
    }
    if (value instanceof ArrayMap<?> map) {
      // string keys by construction
      for (int i = 0; i < map.size(); i++) {
        if (!isTree(map.valueAt(i), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof java.util.RandomAccess && value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (!isTree(list.get(i), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String) || !isTree(e.getValue(), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (!isTree(item, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    // other numbers (toTree keeps BigDecimal and the like, widens Integer), values, enums, sets
    return value instanceof Number
        && !(value instanceof Integer
            || value instanceof Short
            || value instanceof Byte
            || value instanceof Float);
  }
}
