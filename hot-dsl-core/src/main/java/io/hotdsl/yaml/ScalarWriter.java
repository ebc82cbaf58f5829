package io.hotdsl.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes one scalar in the style {@link ScalarStyle} chose: plain, single- or double-quoted (with
 * YAML's escapes), or a literal block ({@code |}, {@code |-}, {@code |+}, with an indentation
 * indicator when needed); numbers as PyYAML reads them back (floats always with a dot and a
 * signed exponent), booleans and null.
 */
final class ScalarWriter {
  private static final String SPACES = " ".repeat(256);
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ScalarWriter() {}

  /**
   * Writes a scalar and the line break that ends it.
   *
   * @param indent column of the collection holding the scalar, -1 at top level
   */
  static void scalar(Object v, int indent, StringBuilder sb) {
    if (v instanceof String) {
      String s = (String) v;
      int style = ScalarStyle.of(s, indent < 0);
      if (style == ScalarStyle.LITERAL) {
        literal(s, indent + 2, sb);
        return;
      }
      writeFlowScalar(s, style, sb);
    } else if (v == null) {
      sb.append("null");
    } else if (v instanceof Boolean) {
      sb.append(((Boolean) v) ? "true" : "false");
    } else if (v instanceof Long l) {
      sb.append(l.longValue()); // the digits of toString(), without the string
    } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      sb.append(((Number) v).intValue());
    } else if (v instanceof BigInteger) {
      sb.append(v.toString());
    } else if (v instanceof Double) {
      writeDouble(((Double) v).doubleValue(), Double.toString((Double) v), sb);
    } else if (v instanceof Float) {
      writeDouble(((Float) v).doubleValue(), Float.toString((Float) v), sb);
    } else if (v instanceof BigDecimal) {
      String p = ((BigDecimal) v).toPlainString();
      sb.append(p);
      if (p.indexOf('.') < 0) {
        sb.append(".0");
      }
    } else {
      throw new BadValue("unsupported value", v);
    }
    sb.append('\n');
  }

  private static void writeDouble(double d, String javaText, StringBuilder sb) {
    if (Double.isNaN(d)) {
      sb.append(".nan");
    } else if (Double.isInfinite(d)) {
      sb.append(d > 0 ? ".inf" : "-.inf");
    } else {
      // Java: "123.45", "1.0E20", "1.5E-7"; PyYAML needs "1.0e+20", "1.5e-07" is fine too
      int e = javaText.indexOf('E');
      if (e < 0) {
        sb.append(javaText);
      } else {
        sb.append(javaText, 0, e).append('e');
        if (javaText.charAt(e + 1) != '-') {
          sb.append('+');
        }
        sb.append(javaText, e + 1, javaText.length());
      }
    }
  }

  static void writeFlowScalar(String s, int style, StringBuilder sb) {
    if (style == ScalarStyle.PLAIN) {
      sb.append(s);
    } else if (style == ScalarStyle.SINGLE) {
      sb.append('\'');
      int start = 0;
      for (int i = 0, n = s.length(); i < n; i++) {
        if (s.charAt(i) == '\'') {
          sb.append(s, start, i + 1).append('\'');
          start = i + 1;
        }
      }
      sb.append(s, start, s.length()).append('\'');
    } else {
      doubleQuoted(s, sb);
    }
  }

  private static void doubleQuoted(String s, StringBuilder sb) {
    sb.append('"');
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') {
        continue;
      }
      if (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) {
        continue;
      }
      if (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      sb.append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\0':
          sb.append("\\0");
          break;
        case 0x07:
          sb.append("\\a");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case 0x0B:
          sb.append("\\v");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case 0x1B:
          sb.append("\\e");
          break;
        case 0x85:
          sb.append("\\N");
          break;
        case 0x2028:
          sb.append("\\L");
          break;
        case 0x2029:
          sb.append("\\P");
          break;
        default:
          if (c <= 0xFF) {
            sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            sb.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          }
      }
    }
    sb.append(s, start, n).append('"');
  }

  private static void literal(String s, int contentIndent, StringBuilder sb) {
    int n = s.length();
    int end = n;
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    int trailing = n - end;
    sb.append('|');
    // indentation indicator when the first line (or the first non-empty one) starts with
    // whitespace, or the text starts with a line break (as PyYAML's emitter does)
    int firstContent = 0;
    while (firstContent < end && s.charAt(firstContent) == '\n') {
      firstContent++;
    }
    char fc = s.charAt(firstContent);
    if (firstContent > 0 || fc == ' ' || fc == '\t') {
      sb.append('2');
    }
    if (trailing == 0) {
      sb.append('-');
    } else if (trailing > 1) {
      sb.append('+');
    }
    sb.append('\n');
    int lineStart = 0;
    while (lineStart <= end) {
      int nl = s.indexOf('\n', lineStart);
      if (nl < 0 || nl > end) {
        nl = end;
      }
      if (nl > lineStart) {
        spaces(contentIndent, sb);
        sb.append(s, lineStart, nl);
      }
      sb.append('\n');
      lineStart = nl + 1;
    }
    for (int i = 1; i < trailing; i++) {
      sb.append('\n');
    }
  }

  static void spaces(int n, StringBuilder sb) {
    while (n > SPACES.length()) {
      sb.append(SPACES);
      n -= SPACES.length();
    }
    sb.append(SPACES, 0, n);
  }
}
