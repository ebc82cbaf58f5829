package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.TreeReads;
import io.hotdsl.model.HotVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Heat 19's {@code Replace.result} and its JSON and strict variants raise on literal
 * arguments ({@code heat/engine/hot/functions.py}), with the keys in every order: the plain
 * {@code str_replace} of a JSON version (2015-10-15 on) takes any value, so only its keys can
 * fail.
 */
class ReplaceResultTest {
  private static final HotVersion JSON = HotVersion.V2021_04_16;
  private static final HotVersion PLAIN = HotVersion.V2013_05_23;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("str_replace", JSON, "x$a", params("$a", "b"), null),
        Arguments.of("str_replace", JSON, "x", params("$a", Map.of("k", "v")), null),
        Arguments.of("str_replace", JSON, "x", params("$a", ""), null),
        Arguments.of("str_replace", JSON, "x", params("", "y"), "empty separator"),
        Arguments.of("str_replace", JSON, "x", params("long key", 1, "", "y"), "empty separator"),
        Arguments.of("str_replace", JSON, "x", params("", "y", "long key", 1), "empty separator"),
        Arguments.of(
            "str_replace",
            JSON,
            "x",
            params("a", "b", 7, "c"),
            "\"str_replace\" param placeholders must be strings"),
        Arguments.of(
            "str_replace",
            JSON,
            "x",
            params("", "b", 7, "c"),
            "\"str_replace\" param placeholders must be strings"),
        Arguments.of(
            "str_replace",
            JSON,
            List.of("x"),
            params("a", "b"),
            "\"str_replace\" template must be a string"),
        Arguments.of(
            "str_replace",
            PLAIN,
            "x",
            params("a", List.of()),
            "\"str_replace\" params must be strings or numbers, param a is not valid"),
        Arguments.of(
            "str_replace",
            PLAIN,
            "x",
            params("", List.of(), "bb", Map.of()),
            "\"str_replace\" params must be strings or numbers, param bb is not valid"),
        Arguments.of("str_replace", PLAIN, "x", params("", "y"), "empty separator"),
        Arguments.of(
            "str_replace_vstrict",
            JSON,
            "a",
            params("a", ""),
            "str_replace_vstrict has an undefined or empty value for param a, must be a defined "
                + "non-empty value"),
        Arguments.of(
            "str_replace_strict",
            JSON,
            "x",
            params("a", "b", "c", "d"),
            "The following params were not found in the template: a,c"),
        Arguments.of("str_replace_strict", JSON, "ac", params("a", "b", "c", "d"), null));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void literalArgumentsFailAsHeatsResultFails(
      String name,
      HotVersion version,
      Object template,
      Map<Object, Object> params,
      String expected) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("template", template);
    args.put("params", params);

    assertThat(ReplaceResult.problem(name, args, version)).isEqualTo(expected);
    if (params.keySet().stream().allMatch(k -> k instanceof String)) {
      // the model's copy of the same arguments, as the validator reads it (TreeReads.asTree)
      @SuppressWarnings("unchecked")
      Map<String, ?> stringKeyed = (Map<String, ?>) (Map<?, ?>) params;
      Object modelArgs =
          ((io.hotdsl.functions.FunctionCall<?>) Fn.strReplace(template, stringKeyed)).args();
      assertThat(ReplaceResult.problem(name, TreeReads.asTree(modelArgs), version))
          .isEqualTo(expected);
    }
  }

  private static Map<Object, Object> params(Object... keysAndValues) {
    Map<Object, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
