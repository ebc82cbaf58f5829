package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BuilderChecks#check} decides integers within integer bounds without the exact decimals:
 * whatever it decides, it reports what the validator's engine ({@link
 * Constraint#propertyViolation}) reports, in the same words, for every kind of bound and value.
 */
class BuilderChecksRangeTest {
  static Stream<Arguments> cases() {
    List<Constraint> constraints = List.of(
        Constraint.range(1, 65535),
        Constraint.range(22, 22),
        Constraint.range(null, 10L),
        Constraint.range(-5L, null),
        Constraint.range(0.5, 2.5),
        Constraint.range(new BigDecimal("1"), new BigDecimal("3")),
        Constraint.range(10, 1), // min above max: Heat builds it, and nothing is in it
        Constraint.range(Long.MIN_VALUE, Long.MAX_VALUE),
        spec(Map.of("min", 1, "bogus", 2)), // a range Heat refuses: checks nothing
        spec(Map.of("min", "1", "max", "3")), // bounds as strings
        spec(bounds("min", null, "max", null)), // no bound: refused
        spec(Map.of("min", true, "max", 5)), // a boolean bound: an int to Python
        Constraint.length(1, 3),
        Constraint.modulo(2, 1));
    List<Object> values = List.of(
        0,
        1,
        2,
        3,
        10,
        11,
        22,
        23,
        65535,
        65536,
        -5,
        -6,
        Integer.MIN_VALUE,
        Integer.MAX_VALUE,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        2L,
        1.5,
        3.0,
        "2",
        "x",
        true,
        (short) 2,
        new BigDecimal("2"),
        List.of(1, 2));
    List<Arguments> out = new ArrayList<>();
    for (Constraint c : constraints) {
      for (Object v : values) {
        out.add(Arguments.of(c, v));
      }
    }
    return out.stream();
  }

  private static Constraint spec(Map<String, Object> spec) {
    return new Constraint(Constraint.Kind.RANGE, spec, null);
  }

  private static Map<String, Object> bounds(String a, Object x, String b, Object y) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(a, x);
    m.put(b, y);
    return m;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsWhatTheValidatorsEngineReports(Constraint constraint, Object value) {
    List<String> problems = new ArrayList<>();
    BuilderChecks.check(problems, "port", value, constraint);

    String why = constraint.propertyViolation(value, HotVersion.allFunctionNames());
    assertThat(problems).isEqualTo(why == null ? List.of() : List.of("property \"port\": " + why));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void anIntegerOutsideItsBoundsIsReported(Constraint constraint, Object value) {
    if (constraint.kind() != Constraint.Kind.RANGE
        || !(value instanceof Integer || value instanceof Long)
        || !(constraint.spec() instanceof Map<?, ?> m)
        || constraint.specProblem() != null
        || !(m.get("min") instanceof Number min)
        || ((Number) value).longValue() >= min.doubleValue()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    BuilderChecks.check(problems, "port", value, constraint);

    assertThat(problems).singleElement().asString().contains("is out of range");
  }
}
