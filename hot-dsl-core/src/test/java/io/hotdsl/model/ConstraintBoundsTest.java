package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Range and length constraints with integer bounds (the common definition, checked without
 * numbers of arbitrary precision) hold and fail exactly where the same bounds as big integers
 * do, with the same messages: Heat's.
 */
class ConstraintBoundsTest {
  private static final List<Object> VALUES = List.of(
      Integer.MIN_VALUE,
      -1,
      0,
      1,
      2,
      9,
      10,
      11,
      Integer.MAX_VALUE,
      Long.MIN_VALUE,
      Long.MAX_VALUE,
      10L,
      11L,
      0.5,
      9.99,
      10.01,
      "5",
      " 11 ",
      "1e1",
      "x",
      true,
      "",
      "abcdefghij",
      "abcdefghijk",
      List.of(1, 2),
      List.of());

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        // kind, min, max
        "range, 1, 10",
        "range, -, 10",
        "range, 1, -",
        "range, 10, 1",
        "length, 1, 10",
        "length, 0, -",
        "length, -, 10"
      })
  void integerBoundsCheckAsDecimalBoundsDo(String kind, Integer min, Integer max) {
    Constraint integers =
        kind.equals("range") ? Constraint.range(min, max) : Constraint.length(min, max);
    // the same bounds as BigIntegers: checked as arbitrary-precision decimals
    java.util.Map<String, Object> big = new java.util.LinkedHashMap<>();
    if (min != null) {
      big.put("min", BigInteger.valueOf(min));
    }
    if (max != null) {
      big.put("max", BigInteger.valueOf(max));
    }
    Constraint decimals = new Constraint(integers.kind(), big, null);
    assertThat(decimals.specProblem()).isNull();
    assertThat(integers.specProblem()).isNull();
    for (Object value : VALUES) {
      assertThat(integers.propertyViolation(value, Set.of()))
          .as("%s %s..%s of %s", kind, min, max, value)
          .isEqualTo(decimals.propertyViolation(value, Set.of()));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "5 | -",
        "1 | -",
        "10 | -",
        "0 | 0 is out of range (min: 1, max: 10)",
        "11 | 11 is out of range (min: 1, max: 10)",
        "-7 | -7 is out of range (min: 1, max: 10)"
      })
  void aRangeOfIntegersReportsHeatsMessage(long value, String message) {
    assertThat(Constraint.range(1, 10).propertyViolation(value, Set.of())).isEqualTo(message);
    assertThat(Constraint.range(1L, 10L).propertyViolation((int) value, Set.of()))
        .isEqualTo(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "ab | -",
        "abcd | -",
        "a | length (1) is out of range (min: 2, max: 4)",
        "abcde | length (5) is out of range (min: 2, max: 4)"
      })
  void aLengthReportsHeatsMessage(String value, String message) {
    assertThat(Constraint.length(2, 4).propertyViolation(value, Set.of())).isEqualTo(message);
  }
}
