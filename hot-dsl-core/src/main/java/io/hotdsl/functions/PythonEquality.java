package io.hotdsl.functions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Python's {@code ==} of two values of a parsed template (JSON-like trees), which Heat uses to
 * compare them: {@code 8 == 8.0} and {@code True == 1} hold, {@code "8" == 8} does not; maps are
 * equal when they hold the same keys with equal values, lists when their items are equal in order.
 */
public final class PythonEquality {
  private PythonEquality() {}

  /** Python's {@code x == y}. */
  public static boolean equal(Object x, Object y) {
    if (x instanceof Boolean a && y instanceof Number) {
      return equal(a ? 1L : 0L, y);
    }
    if (y instanceof Boolean b && x instanceof Number) {
      return equal(x, b ? 1L : 0L);
    }
    if (x instanceof Number a && y instanceof Number b) {
      if (!finite(a) || !finite(b)) {
        return a.doubleValue() == b.doubleValue(); // inf == inf, nan != nan
      }
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    if (x instanceof Map<?, ?> a && y instanceof Map<?, ?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : a.entrySet()) {
        if (!b.containsKey(e.getKey()) || !equal(e.getValue(), b.get(e.getKey()))) {
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
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(x, y);
  }

  private static boolean finite(Number n) {
    return !(n instanceof Double || n instanceof Float) || Double.isFinite(n.doubleValue());
  }
}
