package io.hotdsl.assertj;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Shows trees in failure messages (YAML flow style) and compares them. */
final class TreeFormat {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./:@-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

  private TreeFormat() {}

  /** A value as a message shows it: a string quoted, a collection in YAML flow style. */
  static String show(Object tree) {
    if (tree instanceof String s) {
      return quote(s);
    }
    return flow(tree);
  }

  static String flow(Object tree) {
    if (tree == null) {
      return "null";
    }
    if (tree instanceof String s) {
      boolean plain = PLAIN.matcher(s).matches()
          && !RESERVED.contains(s.toLowerCase())
          && !s.endsWith(":")
          && !s.contains(": ");
      return plain ? s : quote(s);
    }
    if (tree instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        b.append(flow(String.valueOf(e.getKey()))).append(": ").append(flow(e.getValue()));
        if (it.hasNext()) {
          b.append(", ");
        }
      }
      return b.append('}').toString();
    }
    if (tree instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(flow(l.get(i)));
      }
      return b.append(']').toString();
    }
    return String.valueOf(tree);
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** Tree equality: maps regardless of key order, numbers by value (1 equals 1.0). */
  static boolean treesEqual(Object a, Object b) {
    return firstDifference(a, b, "") == null;
  }

  /** Where {@code actual} first differs from {@code expected}, or null when they are equal. */
  static Difference firstDifference(Object actual, Object expected, String path) {
    if (actual instanceof Map<?, ?> am && expected instanceof Map<?, ?> em) {
      for (Map.Entry<?, ?> e : em.entrySet()) {
        String p = TreePath.child(path, String.valueOf(e.getKey()));
        if (!am.containsKey(e.getKey())) {
          return new Difference(p, Difference.MISSING, e.getValue());
        }
        Difference d = firstDifference(am.get(e.getKey()), e.getValue(), p);
        if (d != null) {
          return d;
        }
      }
      for (Map.Entry<?, ?> e : am.entrySet()) {
        if (!em.containsKey(e.getKey())) {
          return new Difference(
              TreePath.child(path, String.valueOf(e.getKey())), e.getValue(), Difference.MISSING);
        }
      }
      return null;
    }
    if (actual instanceof List<?> al && expected instanceof List<?> el && al.size() == el.size()) {
      for (int i = 0; i < al.size(); i++) {
        Difference d = firstDifference(al.get(i), el.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (actual instanceof Number
        && expected instanceof Number
        && isFinite(actual)
        && isFinite(expected)) {
      return new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected.toString())) == 0
          ? null
          : new Difference(path, actual, expected);
    }
    if (actual == null ? expected == null : actual.equals(expected)) {
      return null;
    }
    return new Difference(path, actual, expected);
  }

  private static boolean isFinite(Object n) {
    if (n instanceof Double d) {
      return Double.isFinite(d);
    }
    if (n instanceof Float f) {
      return Float.isFinite(f);
    }
    return n instanceof Number;
  }

  /** A difference at {@code path}; {@link #MISSING} stands for an absent key. */
  record Difference(String path, Object actual, Object expected) {
    static final Object MISSING = new Object();
  }
}
