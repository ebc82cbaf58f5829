package io.hotdsl.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Text exactly as Python writes a tree: {@link #dumps} as {@code json.dumps(obj)} (oslo {@code
 * jsonutils.dumps}) with default arguments: separators {@code ", "} and {@code ": "}, {@code
 * ensure_ascii}, keys in insertion order, floats as Python's {@code repr}; {@link #str} as {@code
 * str()} of a scalar, as Heat's messages show values.
 */
public final class PyJson {
  private PyJson() {}

  /** Python's {@code json.dumps(tree)}. */
  public static String dumps(Object tree) {
    StringBuilder sb = new StringBuilder();
    write(tree, sb);
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Boolean b) {
      sb.append(b ? "true" : "false");
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      sb.append(v);
    } else if (v instanceof BigDecimal d) {
      sb.append(floatRepr(d.doubleValue()));
    } else if (v instanceof Number n) {
      sb.append(floatRepr(n.doubleValue()));
    } else if (v instanceof String s) {
      string(s, sb);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        string(String.valueOf(e.getKey()), sb);
        sb.append(": ");
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        write(l.get(i), sb);
      }
      sb.append(']');
    } else {
      string(String.valueOf(v), sb);
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * Python's {@code str()} of a scalar as Heat holds it: {@code None}, {@code True}/{@code False},
   * integers as digits, floats as {@code repr}, a string as itself. A {@code BigDecimal} with a
   * fraction is a float (YAML reads it so); without one, an integer.
   */
  public static String str(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof BigDecimal d) {
      return d.scale() <= 0 ? d.toBigInteger().toString() : floatRepr(d.doubleValue());
    }
    if (v instanceof Double || v instanceof Float) {
      return floatRepr(((Number) v).doubleValue());
    }
    return v.toString();
  }

  /** Python's {@code repr(float)}. */
  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    String digits = bd.unscaledValue().abs().toString();
    int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
    String sign = d < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      String plain = bd.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "")
        + Math.abs(exp);
  }
}
