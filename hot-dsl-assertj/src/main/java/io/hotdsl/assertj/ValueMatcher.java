package io.hotdsl.assertj;

/**
 * A test on a template value (a tree: map, list, string, number, boolean or null, functions as
 * single-key maps). Pass one wherever an assertion takes an expected value:
 * {@code hasProperty("flavor", HotMatchers.getParam("flavor"))}.
 */
public interface ValueMatcher {

  /** Whether {@code tree} is a value this matcher accepts. */
  boolean matches(Object tree);

  /** What this matcher accepts, as failure messages show it ({@code a get_param of "flavor"}). */
  String description();
}
