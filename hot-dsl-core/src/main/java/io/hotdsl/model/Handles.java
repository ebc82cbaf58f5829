package io.hotdsl.model;

import io.hotdsl.functions.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resources and parameters placed inside a property's value ({@code Map.of("group", serverGroup)}
 * as scheduler hints, a provider's properties) stand for their reference: a {@link Resource} for
 * {@code get_resource}, a {@link Parameter} for {@code get_param}, as the typed setters treat them.
 */
final class Handles {
  private static final int MAX_DEPTH = 1000;

  private Handles() {}

  /** {@code value} with every handle in it replaced by its reference; itself when it has none. */
  static Object resolve(Object value) {
    return resolve(value, 0);
  }

  /**
   * Whether {@code copy}, a value {@link io.hotdsl.functions.Trees#immutableCopy} made, holds a
   * resource or a parameter at any depth. A copy holds every object its source held, so when it
   * holds none, {@link #resolve} would have given its source back unchanged and the copy is what
   * copying the resolved value makes: builders copy first and resolve only the rare value with a
   * handle, walking the copy's arrays instead of the caller's maps.
   */
  static boolean anyIn(Object copy) {
    if (copy instanceof io.hotdsl.functions.ArrayMap<?> m) {
      // first: a class test, where holdsNone's test against Value scans the map's interfaces
      for (int i = 0, n = m.size(); i < n; i++) {
        if (anyIn(m.valueAt(i))) {
          return true;
        }
      }
      return false;
    }
    if (holdsNone(copy)) {
      return false;
    }
    if (copy instanceof Resource || copy instanceof Parameter<?>) {
      return true;
    }
    if (copy instanceof List<?> l) {
      for (int i = 0, n = l.size(); i < n; i++) {
        if (anyIn(l.get(i))) {
          return true;
        }
      }
      return false;
    }
    if (copy instanceof Map<?, ?> m) {
      for (Object v : m.values()) {
        if (anyIn(v)) {
          return true;
        }
      }
      return false;
    }
    if (copy instanceof java.util.Collection<?> c) {
      for (Object v : c) {
        if (anyIn(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code value} is one of the values most properties hold that cannot hold a resource or
   * a parameter, decided by class checks first: a failed test against an interface (Map, List)
   * scans the class's interfaces, the most expensive part of these walks.
   */
  private static boolean holdsNone(Object value) {
    return value == null
        || value instanceof String
        || value instanceof io.hotdsl.functions.FunctionCall<?>
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Value<?>;
  }

  private static Object resolve(Object value, int depth) {
    if (holdsNone(value)) {
      return value;
    }
    if (value instanceof Resource r) {
      return r.ref();
    }
    if (value instanceof Parameter<?> p) {
      return p.get();
    }
    if (depth > MAX_DEPTH) {
      return value; // a cycle: Trees.immutableCopy names it
    }
    if (value instanceof Map<?, ?> m) {
      Map<Object, Object> copy = null;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = resolve(e.getValue(), depth + 1);
        if (v != e.getValue()) {
          if (copy == null) {
            copy = new LinkedHashMap<>(m);
          }
          copy.put(e.getKey(), v);
        }
      }
      return copy == null ? m : copy;
    }
    if (value instanceof List<?> l) {
      List<Object> copy = null;
      for (int i = 0; i < l.size(); i++) {
        Object v = resolve(l.get(i), depth + 1);
        if (v != l.get(i)) {
          if (copy == null) {
            copy = new ArrayList<>(l);
          }
          copy.set(i, v);
        }
      }
      return copy == null ? l : copy;
    }
    return value;
  }
}
