package io.hotdsl.assertj;

import io.hotdsl.model.Constraint;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one parameter of a template; messages name it by its YAML path. */
public class ParameterAssert extends AbstractAssert<ParameterAssert, Parameter<?>> {
  private final String path;

  /** Assertions on {@code actual}, found at {@code path} ({@code parameters.flavor}). */
  public ParameterAssert(Parameter<?> actual, String path) {
    super(actual, ParameterAssert.class);
    this.path = path;
  }

  /** Verifies the parameter's type. */
  public ParameterAssert ofType(ParameterType type) {
    isNotNull();
    if (actual.type() != type) {
      failWithMessage(
          "%s",
          "expected " + path + ".type to be " + type.key() + " but was "
              + actual.type().key());
    }
    return this;
  }

  /** Verifies the parameter has a default equal to (or matched by) {@code expected}. */
  public ParameterAssert hasDefault(Object expected) {
    isNotNull();
    ValueMatcher m = Messages.matcher(expected);
    Object tree = actual.hasDefault() ? Messages.tree(actual.defaultValue()) : null;
    if (!actual.hasDefault() || !m.matches(tree)) {
      failWithMessage("%s", Messages.expected(path + ".default", m, actual.hasDefault(), tree));
    }
    return this;
  }

  /** Verifies the parameter has no default (so a stack must give it a value). */
  public ParameterAssert hasNoDefault() {
    isNotNull();
    if (actual.hasDefault()) {
      failWithMessage(
          "%s",
          "expected " + path + ".default not to be set but was "
              + TreeFormat.show(Messages.tree(actual.defaultValue())));
    }
    return this;
  }

  /**
   * Verifies the parameter has a constraint of {@code expected}'s kind and spec (and, if
   * {@code expected} has one, its description).
   */
  public ParameterAssert hasConstraint(Constraint expected) {
    isNotNull();
    Object spec = Messages.tree(expected.spec());
    boolean found = actual.constraints().stream()
        .anyMatch(c -> c.kind() == expected.kind()
            && TreeFormat.treesEqual(Messages.tree(c.spec()), spec)
            && (expected.description() == null
                || Objects.equals(expected.description(), c.description())));
    if (!found) {
      failWithMessage(
          "%s",
          "expected " + path + ".constraints to contain "
              + TreeFormat.flow(Messages.tree(expected.toTree())) + " but was " + constraints());
    }
    return this;
  }

  /** Verifies the parameter has a constraint of {@code kind}. */
  public ParameterAssert hasConstraint(Constraint.Kind kind) {
    isNotNull();
    if (actual.constraints().stream().noneMatch(c -> c.kind() == kind)) {
      failWithMessage(
          "%s",
          "expected " + path + ".constraints to contain a " + kind.key() + " constraint but was "
              + constraints());
    }
    return this;
  }

  /** Verifies the parameter's description. */
  public ParameterAssert hasDescription(String description) {
    isNotNull();
    String why = Messages.description(path, description, actual.description());
    if (why != null) {
      failWithMessage("%s", why);
    }
    return this;
  }

  /** Verifies the parameter is {@code hidden: true}. */
  public ParameterAssert isHidden() {
    isNotNull();
    if (!actual.hidden()) {
      failWithMessage("%s", "expected " + path + ".hidden to be true but was false");
    }
    return this;
  }

  private String constraints() {
    List<Object> trees =
        actual.constraints().stream().map(c -> (Object) c.toTree()).toList();
    return TreeFormat.flow(Messages.tree(trees));
  }
}
