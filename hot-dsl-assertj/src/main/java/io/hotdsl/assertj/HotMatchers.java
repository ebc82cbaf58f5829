package io.hotdsl.assertj;

import io.hotdsl.functions.Trees;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Matchers for values that are intrinsic functions, or values of a kind, for assertions such as
 * {@code hasProperty("flavor", getParam("flavor"))}.
 *
 * <p>An expected value that is not a matcher is compared as a tree ({@code Fn.getParam("flavor")}
 * must render to exactly the same tree); a matcher accepts every value it describes (any
 * {@code get_param} of {@code flavor}, with or without a path).
 */
public final class HotMatchers {
  private HotMatchers() {}

  /** A {@code get_param} of {@code parameter}, with or without a path into it. */
  public static ValueMatcher getParam(String parameter) {
    return function(
        "get_param",
        "a get_param of " + TreeFormat.show(parameter),
        args -> Objects.equals(first(args), parameter));
  }

  /** A {@code get_resource} of {@code resource}. */
  public static ValueMatcher getResource(String resource) {
    return function(
        "get_resource",
        "a get_resource of " + TreeFormat.show(resource),
        args -> Objects.equals(args, resource));
  }

  /** A {@code get_attr} of {@code resource}'s {@code attribute}, with or without a path. */
  public static ValueMatcher getAttr(String resource, String attribute) {
    return function(
        "get_attr",
        "a get_attr of " + TreeFormat.show(resource) + " " + TreeFormat.show(attribute),
        args -> args instanceof List<?> l
            && l.size() >= 2
            && resource.equals(l.get(0))
            && attribute.equals(l.get(1)));
  }

  /** Any call of the function {@code name} ({@code str_replace}, {@code get_file}...). */
  public static ValueMatcher function(String name) {
    return function(name, "a call of " + name, args -> true);
  }

  /** A call of {@code name} whose argument tree satisfies {@code arguments}. */
  public static ValueMatcher function(
      String name, String description, Predicate<Object> arguments) {
    return matcher(
        description,
        tree -> tree instanceof Map<?, ?> m
            && name.equals(Trees.functionName(m, name::equals))
            && arguments.test(m.get(name)));
  }

  /** Any value, set or null. */
  public static ValueMatcher anything() {
    return matcher("anything", tree -> true);
  }

  /** A value equal (as a tree) to {@code expected}, or matched by it if it is a matcher. */
  public static ValueMatcher equalTo(Object expected) {
    if (expected instanceof ValueMatcher m) {
      return m;
    }
    Object tree = Trees.toTree(expected);
    return matcher(TreeFormat.show(tree), actual -> TreeFormat.treesEqual(actual, tree));
  }

  /** A matcher from a description and a predicate on the value's tree. */
  public static ValueMatcher matcher(String description, Predicate<Object> test) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(test, "test");
    return new ValueMatcher() {
      @Override
      public boolean matches(Object tree) {
        return test.test(tree);
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }

  private static Object first(Object args) {
    return args instanceof List<?> l ? (l.isEmpty() ? null : l.get(0)) : args;
  }
}
