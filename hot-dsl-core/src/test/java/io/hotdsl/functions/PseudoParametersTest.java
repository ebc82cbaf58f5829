package io.hotdsl.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heat's pseudo parameters (hot/template.py param_schemata) as typed values, not strings. */
class PseudoParametersTest {
  @ParameterizedTest
  @CsvSource({"stackName, OS::stack_name", "stackId, OS::stack_id", "projectId, OS::project_id"})
  void eachIsGetParamOfItsPseudoParameter(String factory, String heatName) {
    Map<String, Supplier<Value<String>>> factories =
        Map.of("stackName", Fn::stackName, "stackId", Fn::stackId, "projectId", Fn::projectId);
    assertThat(factories.get(factory).get().toTree()).isEqualTo(Map.of("get_param", heatName));
  }
}
