package io.hotdsl.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Trees#isModelValue} decides by class, once per class, what {@link Trees#node} and the
 * writers turn by {@link Value#toTreeNode()}: a model value that is neither a map nor a list.
 * Those that are a map or a list are their own nodes, whatever else they are.
 */
class ModelValueNodesTest {
  /** A generated property object's shape: a value whose node is a map it makes. */
  record PropertyObject(String port) implements Value<Map<String, Object>> {
    @Override
    public Object toTree() {
      return Map.of("port", port);
    }
  }

  /** A value that is also a map: its own node. */
  static final class MapValue extends AbstractMap<String, Object> implements Value<Object> {
    @Override
    public Set<Entry<String, Object>> entrySet() {
      return Map.<String, Object>of("a", 1L).entrySet();
    }

    @Override
    public Object toTree() {
      return "never asked";
    }
  }

  /** A value that is also a list: its own node. */
  static final class ListValue extends AbstractList<Object> implements Value<Object> {
    @Override
    public Object get(int index) {
      return "x";
    }

    @Override
    public int size() {
      return 1;
    }

    @Override
    public Object toTree() {
      return "never asked";
    }
  }

  static Stream<Arguments> values() {
    MapValue mapValue = new MapValue();
    ListValue listValue = new ListValue();
    Map<String, Object> plain = new LinkedHashMap<>(Map.of("k", "v"));
    return Stream.of(
        Arguments.of(new PropertyObject("p1"), true, Map.of("port", "p1")),
        Arguments.of(Fn.getParam("flavor"), true, Map.of("get_param", "flavor")),
        Arguments.of(Value.of("text"), true, "text"),
        Arguments.of(mapValue, false, mapValue),
        Arguments.of(listValue, false, listValue),
        Arguments.of(plain, false, plain),
        Arguments.of(List.of(1L), false, List.of(1L)),
        Arguments.of("text", false, "text"),
        Arguments.of(7L, false, 7L),
        Arguments.of(null, false, null));
  }

  @ParameterizedTest
  @MethodSource("values")
  void modelValuesAreTurnedByTheirNodeAndMapsAndListsAreTheirOwn(
      Object value, boolean modelValue, Object node) {
    // twice: the second answer comes from what was decided for the class the first time
    for (int i = 0; i < 2; i++) {
      assertThat(Trees.isModelValue(value)).isEqualTo(modelValue);
      assertThat(Trees.node(value)).isEqualTo(node);
      if (value instanceof Map || value instanceof List) {
        assertThat(Trees.node(value)).isSameAs(value);
      }
    }
  }
}
