package io.hotdsl.validate;

import io.hotdsl.functions.ArrayMap;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * Maps and lists of the model found by their class before the interface tests (in HotSpot an
 * interface test that fails, or alternates with another one for a class, takes a slow path each
 * time); {@link io.hotdsl.functions.Trees#node} does the same for generated property objects.
 */
final class PropertyNodes {
  private PropertyNodes() {}

  /**
   * {@code value} if it is a map, else null: the model's maps found by their class first (an
   * interface test that alternates with another one for a class, {@code Map} and {@code
   * IndexedKeys} say, takes HotSpot's slow path each time).
   */
  static Map<?, ?> asMap(Object value) {
    return value instanceof ArrayMap<?> map ? map : value instanceof Map<?, ?> m ? m : null;
  }

  /** {@code value} if it is a list, else null: the model's lists found by class first. */
  static List<?> asList(Object value) {
    return value instanceof AbstractList<?> list ? list : value instanceof List<?> l ? l : null;
  }
}
