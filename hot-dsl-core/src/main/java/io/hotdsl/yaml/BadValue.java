package io.hotdsl.yaml;

import java.util.ArrayList;

/**
 * A value a writer cannot write, with the path to it collected on the way back up (cheap: the
 * path is built only when there is a problem), turned into an {@link IllegalArgumentException}
 * that names the path ({@code resources.web.properties.value[1]}) and the value's class.
 */
final class BadValue extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Object value;
  private final ArrayList<Object> reversedPath = new ArrayList<>();

  BadValue(String problem, Object value) {
    super(problem, null, false, false);
    this.value = value;
  }

  /** Adds the map key or list index ({@code Integer}) that leads to the previous segment. */
  BadValue at(Object segment) {
    reversedPath.add(segment);
    return this;
  }

  IllegalArgumentException toIllegalArgument() {
    StringBuilder p = new StringBuilder();
    for (int i = reversedPath.size() - 1; i >= 0; i--) {
      Object seg = reversedPath.get(i);
      if (seg instanceof Integer) {
        p.append('[').append(seg).append(']');
      } else {
        if (p.length() > 0) {
          p.append('.');
        }
        p.append(seg);
      }
    }
    String where = p.length() == 0 ? "(root)" : p.toString();
    String msg = getMessage() + " at " + where
        + (value == null && getMessage().startsWith("nesting")
            ? ""
            : ": " + (value == null ? "null" : value.getClass().getName()));
    return new IllegalArgumentException(msg);
  }
}
