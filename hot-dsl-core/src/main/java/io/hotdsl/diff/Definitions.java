package io.hotdsl.diff;

import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parameter values converted to their declared type before Heat compares them
 * ({@code heat/engine/parameters.py}); the comparison itself is {@link
 * io.hotdsl.functions.PythonEquality}.
 */
final class Definitions {
  private Definitions() {}

  /** A parameter's value as Heat gives it to get_param: converted to the declared type. */
  static Object typed(Parameter<?> p, Object v) {
    ParameterType type = p == null ? ParameterType.STRING : p.type();
    try {
      return switch (type) {
        case STRING ->
          v instanceof String || v == null
              ? v
              : Frozen.text(v) != null
                  ? Frozen.text(v)
                  : v instanceof Boolean b ? (b ? "True" : "False") : v;
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
