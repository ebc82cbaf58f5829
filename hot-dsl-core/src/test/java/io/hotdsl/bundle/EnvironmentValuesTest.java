package io.hotdsl.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ValidationDepth;
import io.hotdsl.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameter values from environments and provider properties, each row naming the Heat 19 code
 * it mirrors (the differential run's environment mutations check the same against Heat).
 */
class EnvironmentValuesTest {
  static final String TEMPLATE = "heat_template_version: 2021-04-16\nparameters:\n"
      + "  n: {type: number, default: 1}\n  b: {type: boolean, default: true}\n"
      + "  j: {type: json, default: {}}\n  l: {type: comma_delimited_list, default: a}\n"
      + "resources:\n  c: {type: child.yaml, properties: {size: %s}}\n";
  static final String CHILD =
      "heat_template_version: 2021-04-16\nparameters:\n" + "  size: {type: number, default: 1}\n";

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "parameters.py _validate_user_parameters: a value for no parameter",
            "parameters: {nope: 1}",
            "1",
            ValidationDepth.VALIDATE,
            "env.yaml: parameters.nope",
            "The Parameter (nope) was not defined in template"),
        Arguments.of(
            "environment.py: parameter_defaults for no parameter are ignored",
            "parameter_defaults: {nope: 1}",
            "1",
            null,
            null,
            null),
        Arguments.of(
            "parameters.py NumberParam: Schema.str_to_num",
            "parameters: {n: abc}",
            "1",
            ValidationDepth.CREATE,
            "env.yaml: parameters.n",
            "Parameter 'n' is invalid"),
        Arguments.of(
            "parameters.py NumberParam: a boolean is a number in Python",
            "parameters: {n: true}",
            "1",
            null,
            null,
            null),
        Arguments.of(
            "parameters.py BooleanParam: strutils.bool_from_string(strict=True)",
            "parameter_defaults: {b: abc}",
            "1",
            ValidationDepth.CREATE,
            "env.yaml: parameter_defaults.b",
            "Parameter 'b' is invalid"),
        Arguments.of(
            "parameters.py BooleanParam: yes and on are booleans",
            "parameter_defaults: {b: 'on'}",
            "1",
            null,
            null,
            null),
        Arguments.of(
            "parameters.py JsonParam.parse: a string must be JSON",
            "parameters: {j: not json}",
            "1",
            ValidationDepth.CREATE,
            "env.yaml: parameters.j",
            "valid JSON"),
        Arguments.of(
            "parameters.py CommaDelimitedListParam.parse: a map has no split",
            "parameters: {l: {a: 1}}",
            "1",
            ValidationDepth.CREATE,
            "env.yaml: parameters.l",
            "comma-delimited"),
        Arguments.of(
            "properties.py Schema.from_parameter: a number parameter is a number " + "property",
            "{}",
            "abc",
            ValidationDepth.CREATE,
            "t.yaml: resources.c.properties.size",
            "expected a number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  @SuppressWarnings("unchecked")
  void readsValuesAsHeat(
      String heatCode, String env, String size, ValidationDepth depth, String path, String text) {
    Map<String, Object> tree =
        (Map<String, Object>) YamlReader.read(String.format(TEMPLATE, size), "t.yaml");
    Bundle bundle = Bundle.builder("t.yaml", tree)
        .template("child.yaml", (Map<String, Object>) YamlReader.read(CHILD, "child.yaml"))
        .environment("env.yaml", EnvironmentYaml.parse(env, "env.yaml"))
        .build();
    List<Problem> errors = BundleValidator.validateAll(bundle).errors();
    if (depth == null) {
      assertThat(errors).as(heatCode).isEmpty();
    } else {
      assertThat(errors).as(heatCode).anySatisfy(p -> {
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).contains(text);
        assertThat(p.depth()).isEqualTo(depth);
      });
    }
  }
}
