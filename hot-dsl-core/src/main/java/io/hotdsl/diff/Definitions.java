package io.hotdsl.diff;

import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Value rules Heat applies before it compares: Python's equality of the parsed template data
 * ({@code 8 == 8.0}, {@code "8" != 8}) and parameter values converted to their declared type
 * ({@code heat/engine/parameters.py}).
 */
final class Definitions {
  private Definitions() {}

  /** Python's {@code ==} of two JSON-like values. */
  static boolean pyEquals(Object x, Object y) {
    if (x instanceof Boolean a && y instanceof Number) {
      return pyEquals(a ? 1 : 0, y);
    }
    if (y instanceof Boolean b && x instanceof Number) {
      return pyEquals(x, b ? 1 : 0);
    }
    if (x instanceof Number a && y instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    if (x instanceof Map<?, ?> a && y instanceof Map<?, ?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : a.entrySet()) {
        if (!b.containsKey(e.getKey()) || !pyEquals(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof List<?> a && y instanceof List<?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!pyEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return java.util.Objects.equals(x, y);
  }

  /** A parameter's value as Heat gives it to get_param: converted to the declared type. */
  static Object typed(Parameter<?> p, Object v) {
    ParameterType type = p == null ? ParameterType.STRING : p.type();
    try {
      return switch (type) {
        case STRING -> v instanceof String || v == null ? v : Frozen.text(v) != null
            ? Frozen.text(v) : v instanceof Boolean b ? (b ? "True" : "False") : v;
        case NUMBER -> number(v);
        case BOOLEAN -> v instanceof String s ? bool(s) : v;
        case COMMA_DELIMITED_LIST -> v instanceof String s ? list(s) : v;
        case JSON -> v;
      };
    } catch (RuntimeException e) {
      return v;
    }
  }

  private static Object number(Object v) {
    if (v instanceof String s) {
      BigDecimal d = new BigDecimal(s.trim());
      return d.scale() <= 0 ? (Object) d.toBigIntegerExact() : d;
    }
    return v;
  }

  private static Object bool(String s) {
    String l = s.trim().toLowerCase(Locale.ROOT);
    return switch (l) {
      case "true", "t", "on", "y", "yes", "1" -> true;
      case "false", "f", "off", "n", "no", "0" -> false;
      default -> s;
    };
  }

  private static Object list(String s) {
    List<Object> out = new ArrayList<>();
    if (!s.isEmpty()) {
      for (String part : s.split(",", -1)) {
        out.add(part.trim());
      }
    }
    return out;
  }

  /** A deep copy with sorted-insensitive maps kept as they are (for the text of a change). */
}
