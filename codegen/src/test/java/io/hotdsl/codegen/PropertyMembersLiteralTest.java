package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON scalar a (user's) schema holds becomes a Java literal that compiles as a Number. */
class PropertyMembersLiteralTest {

  static Stream<Arguments> scalars() {
    return Stream.of(
        Arguments.of(7, "7L"),
        Arguments.of(Long.MIN_VALUE, "-9223372036854775808L"),
        Arguments.of(BigInteger.valueOf(Long.MAX_VALUE), "9223372036854775807L"),
        Arguments.of(
            new BigInteger("123456789012345678901234567890"),
            "new java.math.BigInteger(\"123456789012345678901234567890\")"),
        Arguments.of(
            new BigInteger("-9223372036854775809"),
            "new java.math.BigInteger(\"-9223372036854775809\")"),
        Arguments.of(1.5, "1.5d"),
        Arguments.of(new BigDecimal("0.25"), "0.25d"),
        Arguments.of(Double.NaN, "java.lang.Double.NaN"),
        Arguments.of(Double.POSITIVE_INFINITY, "java.lang.Double.POSITIVE_INFINITY"),
        Arguments.of(Double.NEGATIVE_INFINITY, "java.lang.Double.NEGATIVE_INFINITY"),
        Arguments.of("a\"b", "\"a\\\"b\""),
        Arguments.of(true, "true"));
  }

  @ParameterizedTest
  @MethodSource("scalars")
  void aScalarBecomesALiteral(Object value, String java) {
    assertThat(PropertyMembers.literal(value).toString()).isEqualTo(java);
  }
}
