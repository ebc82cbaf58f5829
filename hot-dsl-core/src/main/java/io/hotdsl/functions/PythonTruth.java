package io.hotdsl.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Python's truth of a YAML/JSON value, where Heat tests a value with {@code if value:} (a
 * parameter's {@code hidden} and {@code immutable}, plugins' {@code bool(...)} checks).
 */
public final class PythonTruth {
  private PythonTruth() {}

  /**
   * False for null, false, a zero number, "" and an empty map or list; true for anything else,
   * so the strings "yes", "abc" and even "false" are true.
   */
  public static boolean of(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof BigInteger i) {
      return i.signum() != 0;
    }
    if (v instanceof BigDecimal d) {
      return d.signum() != 0;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (v instanceof CharSequence s) {
      return s.length() > 0;
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (v instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    return true;
  }
}
