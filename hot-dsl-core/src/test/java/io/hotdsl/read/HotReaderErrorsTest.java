package io.hotdsl.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.yaml.HotReadException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every template the model refuses is refused with the YAML path of the culprit. */
class HotReaderErrorsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "resources: {my/v: {type: OS::Heat::None}}"
            + "| t.yaml: resources.my/v: error: invalid resource name \"my/v\": Heat does not allow '/' in names",
        "resouces: {}"
            + "| t.yaml: resouces: error: unknown template section \"resouces\"; did you mean \"resources\"?",
        "outputs: {'': {value: 1}}| t.yaml: outputs.: error: "
      })
  void modelChecksNameThePath(String body, String expected) {
    assertThatThrownBy(
            () -> HotReader.read("heat_template_version: 2021-04-16\n" + body + "\n", "t.yaml"))
        .isInstanceOfSatisfying(
            HotReadException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.diagnostic()).startsWith(expected));
  }
}
