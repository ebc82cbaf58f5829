package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.functions.Trees;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one tree vocabulary: function calls, template types and values named in messages. */
class TreeVocabularyTest {
  private static final Set<String> NAMES = Set.of("get_param", "get_attr");

  static Stream<Arguments> calls() {
    Map<String, Object> two = new LinkedHashMap<>();
    two.put("get_param", "a");
    two.put("get_attr", List.of("r", "x"));
    Map<Object, Object> numberKey = new LinkedHashMap<>();
    numberKey.put(1L, "a");
    return Stream.of(
        Arguments.of(Map.of("get_param", "flavor"), "get_param"),
        Arguments.of(SmallMap.copyOf(Map.of("get_attr", List.of("r", "x"))), "get_attr"),
        Arguments.of(Map.of("get_parm", "flavor"), null),
        Arguments.of(two, null),
        Arguments.of(numberKey, null),
        Arguments.of(Map.of(), null),
        Arguments.of(List.of(Map.of("get_param", "a")), null),
        Arguments.of("get_param", null),
        Arguments.of(null, null));
  }

  @ParameterizedTest
  @MethodSource("calls")
  void aFunctionCallIsAOneKeyMapWhoseKeyIsAName(Object tree, String name) {
    assertThat(Trees.functionName(tree, NAMES)).isEqualTo(name);
    assertThat(Trees.isFunction(tree, NAMES)).isEqualTo(name != null);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void aRuleOfNamesDecidesAsItsSetDoes(Object tree, String name) {
    assertThat(Trees.functionName(tree, NAMES::contains)).isEqualTo(name);
  }

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("server.yaml", true),
        Arguments.of("nested/server.template", true),
        Arguments.of("https://example.com/server.yaml", true),
        Arguments.of("server.yml", false),
        Arguments.of("server.json", false),
        Arguments.of("https://example.com/server", false),
        Arguments.of("server.YAML", false),
        Arguments.of("OS::Nova::Server", false));
  }

  @ParameterizedTest
  @MethodSource("types")
  void aTypeIsATemplateFileAsHeatsRegistrySaysSo(String type, boolean template) {
    // heat/engine/environment.py: resource_type.endswith(('.yaml', '.template'))
    assertThat(TemplateTypes.isTemplateFile(type)).isEqualTo(template);
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(null, "null"),
        Arguments.of(Map.of("a", 1L), "a map"),
        Arguments.of(List.of(1L), "a list"),
        Arguments.of("x", "the string \"x\""),
        Arguments.of(true, "the boolean true"),
        Arguments.of(5L, "the number 5"),
        Arguments.of(1.5, "the number 1.5"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void aValueIsDescribedByItsKindAndScalarsByThemselves(Object value, String text) {
    assertThat(Trees.describe(value)).isEqualTo(text);
  }
}
