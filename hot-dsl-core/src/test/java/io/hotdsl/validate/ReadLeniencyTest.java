package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.read.HotReader;
import io.hotdsl.yaml.YamlReader;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the reader takes as Heat does although the model cannot keep it, and the warning that says
 * so: an output key Heat ignores (template_common.py outputs), hidden / immutable tested for
 * Python truth (hot/parameters.py from_dict keeps them as written).
 */
class ReadLeniencyTest {
  static final String V = "heat_template_version: 2021-04-16\n";

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            V + "outputs:\n  o: {value: 1, foo: 2}\n",
            "outputs.o.foo",
            "Heat ignores it here",
            null),
        Arguments.of(
            V + "parameters:\n  p: {type: string, hidden: 'yes'}\n",
            "parameters.p.hidden",
            "so this parameter is hidden",
            true),
        Arguments.of(
            V + "parameters:\n  p: {type: string, hidden: 'false'}\n",
            "parameters.p.hidden",
            "the string \"false\" is true to Heat",
            true),
        Arguments.of(
            V + "parameters:\n  p: {type: string, hidden: 0}\n",
            "parameters.p.hidden",
            "so this parameter is not hidden",
            false),
        Arguments.of(
            V + "parameters:\n  p: {type: string, hidden: ''}\n",
            "parameters.p.hidden",
            "so this parameter is not hidden",
            false),
        Arguments.of(
            V + "parameters:\n  p: {type: string, immutable: abc}\n",
            "parameters.p.immutable",
            "so this parameter is immutable",
            null),
        Arguments.of(V + "parameters:\n  p: {type: string, hidden: true}\n", null, null, true),
        Arguments.of(V + "parameters:\n  p: {type: string, hidden: false}\n", null, null, false),
        Arguments.of(
            V + "outputs:\n  o: {value: 1, description: d, condition: true}\n", null, null, null));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void readsAsHeatAndWarns(String yaml, String path, String text, Boolean hidden) {
    Map<?, ?> tree = (Map<?, ?>) YamlReader.read(yaml, "t.yaml");
    var warnings = ReadLeniency.warnings(tree);
    if (path == null) {
      assertThat(warnings).isEmpty();
    } else {
      assertThat(warnings).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).contains(text);
      });
    }
    var template = HotReader.read(yaml, "t.yaml");
    if (hidden != null) {
      assertThat(template.parameters().get("p").hidden()).isEqualTo(hidden);
    }
    assertThat(TemplateValidator.validate(template).errors()).isEmpty();
  }
}
