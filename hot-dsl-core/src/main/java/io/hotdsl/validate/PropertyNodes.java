package io.hotdsl.validate;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * {@link Trees#node} for the items of a model list, whose classes are mostly the generated
 * property objects ({@code Server.Network}, {@code Port.FixedIp}): a {@link Value} that is
 * neither a map nor a list is turned by its own node, found by its class once instead of by the
 * interface tests {@code Trees.node} makes first (in HotSpot a failed interface test takes a slow
 * path each time). The same node as {@code Trees.node} gives, for every value.
 */
final class PropertyNodes {
  /** Whether {@code Trees.node} turns an object of the class by {@link Value#toTreeNode()}. */
  private static final ClassValue<Boolean> VALUE_NODES = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> c) {
      return Value.class.isAssignableFrom(c)
          && !Map.class.isAssignableFrom(c)
          && !List.class.isAssignableFrom(c);
    }
  };

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

  /** {@code Trees.node(value)}. */
  static Object node(Object value) {
    if (value == null || value instanceof String || value instanceof ArrayMap<?>) {
      return value; // Trees.node's first cases
    }
    return VALUE_NODES.get(value.getClass())
        ? Trees.node(((Value<?>) value).toTreeNode())
        : Trees.node(value);
  }
}
