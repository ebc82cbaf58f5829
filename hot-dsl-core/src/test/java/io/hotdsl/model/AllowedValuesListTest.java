package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Heat's AllowedValues on a list property (OS::Nova::ServerGroup policies): every element. */
class AllowedValuesListTest {
  final Constraint policies = Constraint.allowedValues("affinity", "anti-affinity");

  @Test
  void aListHoldsWhenEveryElementIsAllowed() {
    assertThat(policies.violation(List.of("affinity"))).isNull();
    assertThat(policies.violation(List.of("affinity", "anti-affinity"))).isNull();
    assertThat(policies.violation(List.of())).isNull();
    assertThat(policies.violation(List.of(Map.of("get_param", "policy")))).isNull();
    assertThat(policies.violation(List.of("affinity", "spread")))
        .contains("is not an allowed value");
  }

  @Test
  void scalarsAsBefore() {
    assertThat(policies.violation("affinity")).isNull();
    assertThat(policies.violation("spread")).contains("is not an allowed value");
    assertThat(policies.violation(Map.of("a", 1))).contains("is not an allowed value");
  }
}
