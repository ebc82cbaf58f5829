package io.hotdsl.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {
  static final List<String> SECTIONS = List.of(
      "parameters",
      "resource_registry",
      "parameter_defaults",
      "encrypted_param_names",
      "event_sinks",
      "parameter_merge_strategies");

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "paramters, parameters",
        "parmaeters, parameters",
        "parameter, parameters",
        "resource_registy, resource_registry",
        "parameter_default, parameter_defaults",
        "event_sink, event_sinks",
        "resources, -",
        "x, -",
        "outputs, -"
      })
  void suggestsTheClosestSection(String word, String expected) {
    assertThat(DidYouMean.closest(word, SECTIONS).orElse(null)).isEqualTo(expected);
  }

  static final List<String> FUNCTIONS =
      List.of("get_param", "get_attr", "get_resource", "str_replace", "list_join", "if");

  /** A one-key map whose key is a misspelt function name; anything else gets no hint. */
  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "get_parm, get_param",
        "get_atr, get_attr",
        "get_resourc, get_resource",
        "str_replac, str_replace",
        "get_param, -",
        "flavor, -",
        "iff, if",
        "xyz, -"
      })
  void suggestsTheFunctionOfAOneKeyMap(String key, String expected) {
    String hint = DidYouMean.functionHint(java.util.Map.of(key, "x"), FUNCTIONS);
    assertThat(hint)
        .isEqualTo(
            expected == null
                ? ""
                : "; did you mean the function \"" + expected + "\"? {" + key
                    + ": ...} is a plain map to Heat");
  }

  @org.junit.jupiter.api.Test
  void noFunctionHintForOtherValues() {
    assertThat(DidYouMean.functionHint("get_parm", FUNCTIONS)).isEmpty();
    assertThat(DidYouMean.functionHint(java.util.Map.of("get_parm", 1, "b", 2), FUNCTIONS))
        .isEmpty();
  }
}
