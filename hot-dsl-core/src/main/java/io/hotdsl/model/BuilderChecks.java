package io.hotdsl.model;

import io.hotdsl.functions.Trees;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What generated builders ({@code hot-dsl-resources}, and the classes the codegen and the Maven
 * plugin make from a user's schemas) call: storing a setter's value, and checking values in
 * {@code build()} with the validator's own engine ({@link Constraint#propertyViolation}), so a
 * builder and {@code TemplateValidator} refuse the same literal values with the same message.
 * Expressions ({@code get_param} …) are never checked: Heat evaluates them.
 */
public final class BuilderChecks {
  private BuilderChecks() {}

  /**
   * Puts {@code value} under {@code key}, or removes the key when it is null: for the builders of
   * nested values ({@code Server.Network} …). The value is copied as a resource's {@code
   * property(…)} copies it ({@link Trees#immutableCopy}), so a map or list changed by its caller
   * after the setter leaves the built value alone; strings and model values are kept as they are.
   */
  public static void put(Map<String, Object> values, String key, Object value) {
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, value instanceof String ? value : Trees.immutableCopy(value));
    }
  }

  /** A copy of a list setter's argument, or null. */
  public static List<Object> list(Collection<?> items) {
    return items == null ? null : new ArrayList<>(items);
  }

  /** The list {@code current} (null, or a list set before) with {@code item} appended. */
  public static List<Object> append(Object current, Object item) {
    Objects.requireNonNull(item, "item");
    if (current != null && !(current instanceof Collection)) {
      throw new IllegalStateException(
          "cannot add an item: the list is set to an expression (" + current + ")");
    }
    // an unmodifiable copy, which a resource builder's property(…) then keeps as it is
    return io.hotdsl.functions.Trees.appended(
        current == null ? List.of() : (Collection<?>) current, item);
  }

  /**
   * Reports {@code key} as not set when its value is not set (a property without deprecated
   * aliases: no array made for them).
   *
   * @return {@code problems}, or a new list when it is null and this adds a problem
   */
  public static List<String> required(List<String> problems, String key, Object value) {
    return value != null ? problems : add(problems, "required property \"" + key + "\" is not set");
  }

  /**
   * Reports {@code key} as not set when neither its value nor a value of one of its deprecated
   * aliases (which Heat moves into it) is set.
   *
   * @return {@code problems}, or a new list when it is null and this adds a problem
   */
  public static List<String> required(
      List<String> problems, String key, Object value, Object... aliasValues) {
    if (value != null) {
      return problems;
    }
    for (Object alias : aliasValues) {
      if (alias != null) {
        return problems;
      }
    }
    return add(problems, "required property \"" + key + "\" is not set");
  }

  /**
   * Reports why {@code value}, the value of {@code key} ({@code "networks[*]"} for a list's
   * items), breaks {@code constraint}, in the words the validator uses.
   *
   * @return {@code problems}, or a new list when it is null and this adds a problem (generated
   *     {@code build()} methods start from null, so a value without problems makes no list)
   */
  public static List<String> check(
      List<String> problems, String key, Object value, Constraint constraint) {
    if (value == null || inIntegralRange(value, constraint)) {
      return problems;
    }
    String why = constraint.propertyViolation(Trees.toTree(value), HotVersion.allFunctionNames());
    return why == null ? problems : add(problems, "property \"" + key + "\": " + why);
  }

  /** {@code problems} with {@code problem} added; a new list when it is null. */
  private static List<String> add(List<String> problems, String problem) {
    List<String> out = problems == null ? new ArrayList<>() : problems;
    out.add(problem);
    return out;
  }

  /**
   * Whether {@code value}, an integer, lies within the integer bounds of the range constraint
   * {@code constraint}: the common case of a port or a size, decided without the exact decimals
   * {@link Constraint#violation} compares. A value it cannot decide this way (not an integer, a
   * bound that is not one, outside the bounds) goes to the full check, which alone writes the
   * message; one it accepts the full check accepts too (in range, or a range Heat refuses to
   * build, which checks nothing).
   */
  private static boolean inIntegralRange(Object value, Constraint constraint) {
    if (constraint.kind() != Constraint.Kind.RANGE
        || !(value instanceof Integer || value instanceof Long)
        || !(constraint.spec() instanceof Map<?, ?> bounds)) {
      return false;
    }
    long n = ((Number) value).longValue();
    Object min = bounds.get("min");
    Object max = bounds.get("max");
    return (min == null
            || (min instanceof Integer || min instanceof Long) && n >= ((Number) min).longValue())
        && (max == null
            || (max instanceof Integer || max instanceof Long) && n <= ((Number) max).longValue());
  }

  /** The items of a list value, as trees (none when it is unset or an expression). */
  public static List<Object> items(Object value) {
    Object tree = value == null ? null : Trees.toTree(value);
    if (tree instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    return List.of();
  }

  /**
   * Throws one exception naming every problem, each prefixed with {@code context}; nothing for
   * none (null or empty).
   */
  public static void throwIfAny(List<String> problems, String context) {
    if (problems == null || problems.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    for (String p : problems) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(context).append(": ").append(p);
    }
    throw new IllegalArgumentException(out.toString());
  }
}
