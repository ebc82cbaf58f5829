package io.hotdsl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {
  static final List<String> SECTIONS = List.of("parameters", "resource_registry",
      "parameter_defaults", "encrypted_param_names", "event_sinks", "parameter_merge_strategies");

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "paramters, parameters", "parmaeters, parameters", "parameter, parameters",
      "resource_registy, resource_registry", "parameter_default, parameter_defaults",
      "event_sink, event_sinks", "resources, -", "x, -", "outputs, -"})
  void suggestsTheClosestSection(String word, String expected) {
    assertThat(DidYouMean.closest(word, SECTIONS).orElse(null)).isEqualTo(expected);
  }
}
