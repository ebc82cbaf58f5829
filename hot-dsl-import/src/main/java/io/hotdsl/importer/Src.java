package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
import io.hotdsl.codegen.JavaText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Java code of scalar values as JavaPoet {@link CodeBlock}s (string literals through {@code $S},
 * which escapes quotes, backslashes and control characters), comment text and names through
 * {@link JavaText}, and tree comparison.
 */
final class Src {
  /** The longest string written as one literal: one constant holds at most 65,535 bytes. */
  static final int CHUNK = 8000;

  private Src() {}

  /**
   * The Java expression of string {@code s}: a literal ({@code $S}, which writes multi-line text
   * as a concatenation, one line each); text of {@link #CHUNK} characters or more as {@code
   * String.join("", …)} of such literals.
   */
  static CodeBlock string(String s) {
    if (s.length() < CHUNK) {
      return literal(s);
    }
    List<CodeBlock> chunks = new ArrayList<>();
    int start = 0;
    while (start < s.length()) {
      int end = Math.min(s.length(), start + CHUNK);
      int nl = s.lastIndexOf('\n', end - 1);
      if (end < s.length() && nl >= start) {
        end = nl + 1;
      }
      if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
        end--; // keep a surrogate pair in one chunk
      }
      chunks.add(literal(s.substring(start, end)));
      start = end;
    }
    return CodeBlock.of("$T.join($S,$>$>\n$L$<$<)", Dsl.STRING, "", CodeBlock.join(chunks, ",\n"));
  }

  /**
   * {@code $S} of {@code s}, but for U+2028 and U+2029: JavaPoet ends a line of code at each
   * (they match {@code \\R}), which would break the literal, so they are written as constants,
   * {@code ("a" + (char) 0x2028 + "b")}.
   */
  private static CodeBlock literal(String s) {
    if (s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
      return CodeBlock.of("$S", s);
    }
    List<CodeBlock> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u2028' || c == '\u2029') {
        parts.add(CodeBlock.of("$S", s.substring(start, i)));
        parts.add(CodeBlock.of("(char) 0x$L", Integer.toHexString(c)));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      parts.add(CodeBlock.of("$S", s.substring(start)));
    }
    return CodeBlock.of("($L)", CodeBlock.join(parts, " + "));
  }

  /**
   * {@code source} with every character outside printable ASCII, line feeds aside, written as a
   * unicode escape: the same program (javac reads the escape as the character, in literals and
   * comments alike), in a file any tool reads the same way.
   */
  static String ascii(String source) {
    StringBuilder out = new StringBuilder(source.length());
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n' || (c >= 0x20 && c <= 0x7e)) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * A statement: {@code format} and a semicolon. Unlike {@code CodeBlock.addStatement} no
   * continuation indent is added: the code lays out its own lines ({@link Chain}).
   */
  static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().add(format, args).add(";\n").build();
  }

  /** {@code s} as the text of a one-line comment: {@link JavaText#commentLines} joined. */
  static String doc(String s) {
    return String.join(" ", JavaText.commentLines(s));
  }

  /** {@code name} checked as a Java name ({@link JavaText#name}) before it is written. */
  static String name(String name) {
    return JavaText.name(name);
  }

  /** The code of a scalar tree value (null included), or null when {@code v} is not a scalar. */
  static CodeBlock scalar(Object v) {
    if (v == null) {
      return CodeBlock.of("null");
    }
    if (v instanceof Boolean b) {
      return CodeBlock.of("$L", b);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      long l = ((Number) v).longValue();
      return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE
          ? CodeBlock.of("$L", l)
          : CodeBlock.of("$LL", l);
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d)) {
        return CodeBlock.of("$T.NaN", Double.class);
      }
      if (Double.isInfinite(d)) {
        return CodeBlock.of(d > 0 ? "$T.POSITIVE_INFINITY" : "$T.NEGATIVE_INFINITY", Double.class);
      }
      return CodeBlock.of("$L", Double.toString(d));
    }
    if (v instanceof BigInteger b) {
      return CodeBlock.of("new $T($S)", BigInteger.class, b.toString());
    }
    if (v instanceof BigDecimal b) {
      return CodeBlock.of("new $T($S)", BigDecimal.class, b.toString());
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
