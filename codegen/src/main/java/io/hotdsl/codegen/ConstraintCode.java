package io.hotdsl.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.hotdsl.model.Constraint;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Java expression that makes a schema's {@link Constraint} again at run time, for the
 * builders' checks: {@code Constraint.length(1, 255)}, {@code
 * Constraint.allowedValues("a", "b").withDescription("…")}. The factories when they give an
 * equal constraint, else the record's constructor with the spec as written.
 */
final class ConstraintCode {
  static final ClassName CONSTRAINT = ClassName.get("io.hotdsl.model", "Constraint");

  private ConstraintCode() {}

  /**
   * Whether a builder checks {@code c}: custom constraints need the cloud, and a constraint whose
   * own definition Heat refuses checks nothing ({@link Constraint#violation} holds for every
   * value), so neither is emitted.
   */
  static boolean checked(Constraint c) {
    return c.kind() != Constraint.Kind.CUSTOM_CONSTRAINT && c.specProblem() == null;
  }

  /** The expression making {@code c}. */
  static CodeBlock of(Constraint c) {
    CodeBlock made = factory(c);
    if (made == null) {
      made = CodeBlock.of(
          "new $T($T.Kind.$L, $L, null)", CONSTRAINT, CONSTRAINT, c.kind().name(), tree(c.spec()));
    }
    return c.description() == null
        ? made
        : CodeBlock.of("$L.withDescription($S)", made, c.description());
  }

  private static CodeBlock factory(Constraint c) {
    switch (c.kind()) {
      case LENGTH -> {
        Map<?, ?> m = (Map<?, ?>) c.spec();
        if (isInt(m.get("min")) && isInt(m.get("max"))) {
          return CodeBlock.of("$T.length($L, $L)", CONSTRAINT, m.get("min"), m.get("max"));
        }
      }
      case RANGE -> {
        Map<?, ?> m = (Map<?, ?>) c.spec();
        if (m.keySet().stream().allMatch(k -> k.equals("min") || k.equals("max"))
            && m.values().stream().allMatch(v -> v == null || v instanceof Number)) {
          return CodeBlock.of(
              "$T.range($L, $L)",
              CONSTRAINT,
              PropertyMembers.literal(m.get("min")),
              PropertyMembers.literal(m.get("max")));
        }
      }
      case MODULO -> {
        Map<?, ?> m = (Map<?, ?>) c.spec();
        if (isLong(m.get("step")) && isLong(m.get("offset"))) {
          return CodeBlock.of("$T.modulo($LL, $LL)", CONSTRAINT, m.get("step"), m.get("offset"));
        }
      }
      case ALLOWED_VALUES -> {
        List<?> allowed = (List<?>) c.spec();
        if (!allowed.isEmpty() && allowed.stream().allMatch(ConstraintCode::isScalar)) {
          CodeBlock.Builder args = CodeBlock.builder();
          for (int i = 0; i < allowed.size(); i++) {
            args.add(i == 0 ? "$L" : ", $L", PropertyMembers.literal(allowed.get(i)));
          }
          return CodeBlock.of("$T.allowedValues($L)", CONSTRAINT, args.build());
        }
      }
      case ALLOWED_PATTERN -> {
        return CodeBlock.of("$T.allowedPattern($S)", CONSTRAINT, c.spec());
      }
      default -> {}
    }
    return null;
  }

  /** A spec as a Java expression: lists and maps of scalars, in their order. */
  private static CodeBlock tree(Object v) {
    if (v instanceof Map<?, ?> m) {
      CodeBlock.Builder out = CodeBlock.builder().add("$T.ofEntries(", Map.class);
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() != null) { // an absent bound reads as null either way
          out.add(
              i++ == 0 ? "$T.entry($S, $L)" : ", $T.entry($S, $L)",
              Map.class,
              String.valueOf(e.getKey()),
              tree(e.getValue()));
        }
      }
      return out.add(")").build();
    }
    if (v instanceof List<?> l) {
      CodeBlock.Builder out = CodeBlock.builder().add("$T.asList(", Arrays.class);
      for (int i = 0; i < l.size(); i++) {
        out.add(i == 0 ? "$L" : ", $L", tree(l.get(i)));
      }
      return out.add(")").build();
    }
    return PropertyMembers.literal(v);
  }

  private static boolean isScalar(Object v) {
    return v instanceof String || v instanceof Number || v instanceof Boolean;
  }

  private static boolean isInt(Object v) {
    return v == null
        || (v instanceof Integer || v instanceof Long)
            && ((Number) v).longValue() == ((Number) v).intValue();
  }

  private static boolean isLong(Object v) {
    return v instanceof Integer
        || v instanceof Long
        || v instanceof BigInteger i && i.bitLength() < 64;
  }
}
