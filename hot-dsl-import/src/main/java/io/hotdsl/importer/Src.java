package io.hotdsl.importer;

import io.hotdsl.codegen.JavaText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Java source text helpers: literals, comment text and names (all through {@link JavaText}),
 * tree comparison.
 */
final class Src {
  static final int WIDTH = 96;

  private Src() {}

  /**
   * A Java string expression of {@code s}: a literal; multi-line text as a concatenation, one line
   * each; text of 8,000 characters or more as {@code String.join("", …)} of such chunks, as one
   * constant may hold only 65,535 bytes.
   */
  static String string(String s, String indent) {
    if (s.length() < 8000) {
      return lines(s, indent);
    }
    StringBuilder out = new StringBuilder("String.join(\"\",\n");
    int start = 0;
    while (start < s.length()) {
      int end = Math.min(s.length(), start + 8000);
      int nl = s.lastIndexOf('\n', end - 1);
      if (end < s.length() && nl >= start) {
        end = nl + 1;
      }
      if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
        end--; // keep a surrogate pair in one chunk
      }
      out.append(indent).append("    ").append(lines(s.substring(start, end), indent + "    "));
      out.append(end < s.length() ? ",\n" : ")");
      start = end;
    }
    return out.toString();
  }

  private static String lines(String s, String indent) {
    int nl = s.indexOf('\n');
    if (nl < 0 || nl == s.length() - 1) {
      return quote(s);
    }
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start < s.length()) {
      int end = s.indexOf('\n', start);
      end = end < 0 ? s.length() : end + 1;
      if (out.length() > 0) {
        out.append("\n").append(indent).append("    + ");
      }
      out.append(quote(s.substring(start, end)));
      start = end;
    }
    return out.toString();
  }

  /** A Java string literal of {@code s}: {@link JavaText#literal}, the one literal path. */
  static String quote(String s) {
    return JavaText.literal(s);
  }

  /** {@code s} as the text of a one-line comment: {@link JavaText#commentLines} joined. */
  static String doc(String s) {
    return String.join(" ", JavaText.commentLines(s));
  }

  /** {@code name} checked as a Java name ({@link JavaText#name}) before it is written. */
  static String name(String name) {
    return JavaText.name(name);
  }

  /** A literal of a scalar tree value, or null when {@code v} is not a scalar. */
  static String scalar(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      long l = ((Number) v).longValue();
      return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? Long.toString(l) : l + "L";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d)) {
        return "Double.NaN";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
      }
      return Double.toString(d);
    }
    if (v instanceof BigInteger b) {
      return "new java.math.BigInteger(" + quote(b.toString()) + ")";
    }
    if (v instanceof BigDecimal b) {
      return "new java.math.BigDecimal(" + quote(b.toString()) + ")";
    }
    return null;
  }

  /** Tree equality where integral numbers compare by value (5 == 5L) and floats likewise. */
  static boolean treeEquals(Object a, Object b) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      if (ma.size() != mb.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        if (!mb.containsKey(e.getKey()) || !treeEquals(e.getValue(), mb.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!treeEquals(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Number na && b instanceof Number nb) {
      if (isIntegral(na) != isIntegral(nb)) {
        return false;
      }
      return new BigDecimal(na.toString()).compareTo(new BigDecimal(nb.toString())) == 0
          || na.equals(nb);
    }
    if (a instanceof Collection<?> || b instanceof Collection<?>) {
      return false;
    }
    return Objects.equals(a, b);
  }

  private static boolean isIntegral(Number n) {
    return !(n instanceof Double || n instanceof Float || n instanceof BigDecimal);
  }
}
