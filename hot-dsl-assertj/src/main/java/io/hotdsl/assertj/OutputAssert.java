package io.hotdsl.assertj;

import io.hotdsl.model.Output;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one output of a template; messages name it by its YAML path. */
public class OutputAssert extends AbstractAssert<OutputAssert, Output> {
  private final String path;

  /** Assertions on {@code actual}, found at {@code path} ({@code outputs.ip}). */
  public OutputAssert(Output actual, String path) {
    super(actual, OutputAssert.class);
    this.path = path;
  }

  /** Verifies the output's value equals (or is matched by) {@code expected}. */
  public OutputAssert hasValue(Object expected) {
    isNotNull();
    ValueMatcher m = Messages.matcher(expected);
    Object tree = Messages.tree(actual.value());
    if (!m.matches(tree)) {
      failWithMessage("%s", Messages.expected(path + ".value", m, true, tree));
    }
    return this;
  }

  /** Verifies the output's description. */
  public OutputAssert hasDescription(String description) {
    isNotNull();
    String why = Messages.description(path, description, actual.description());
    if (why != null) {
      failWithMessage("%s", why);
    }
    return this;
  }

  /** Verifies the output's {@code condition} is (or matches) {@code condition}. */
  public OutputAssert hasCondition(Object condition) {
    isNotNull();
    ValueMatcher m = Messages.matcher(condition);
    Object tree = Messages.tree(actual.condition());
    if (actual.condition() == null || !m.matches(tree)) {
      failWithMessage(
          "%s", Messages.expected(path + ".condition", m, actual.condition() != null, tree));
    }
    return this;
  }
}
