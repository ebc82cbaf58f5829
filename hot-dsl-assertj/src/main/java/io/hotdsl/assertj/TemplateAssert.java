package io.hotdsl.assertj;

import io.hotdsl.model.Condition;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.TemplateValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/** Assertions on a {@link Template}; start with {@link HotAssertions#assertThat(Template)}. */
public class TemplateAssert extends AbstractAssert<TemplateAssert, Template> {
  private final String label;

  public TemplateAssert(Template actual) {
    this(actual, "template");
  }

  /** Assertions whose messages call the template {@code label} ("template web.yaml"). */
  public TemplateAssert(Template actual, String label) {
    super(actual, TemplateAssert.class);
    this.label = label;
  }

  /** Verifies there is a resource {@code name} and returns assertions on it. */
  public ResourceAssert hasResource(String name) {
    isNotNull();
    Resource r = actual.resources().get(name);
    if (r == null) {
      failWithMessage(
          "%s",
          "expected " + label + " to have resource " + TreeFormat.quote(name) + " but it has "
              + Messages.names(actual.resources().keySet()));
    }
    return new ResourceAssert(r, "resources." + name);
  }

  /** Verifies there is no resource {@code name}. */
  public TemplateAssert doesNotHaveResource(String name) {
    isNotNull();
    if (actual.resources().containsKey(name)) {
      failWithMessage(
          "%s",
          "expected " + label + " not to have resource " + TreeFormat.quote(name)
              + " but it has one of type " + actual.resources().get(name).type());
    }
    return this;
  }

  /** Verifies the template has exactly {@code count} resources. */
  public TemplateAssert hasResourceCount(int count) {
    isNotNull();
    if (actual.resources().size() != count) {
      failWithMessage(
          "%s",
          "expected " + label + " to have " + Messages.count(count, "resource") + " but it has "
              + actual.resources().size() + ": "
              + Messages.names(actual.resources().keySet()));
    }
    return this;
  }

  /** Verifies there are exactly {@code count} resources of {@code type}'s {@code TYPE}. */
  public TemplateAssert hasResourcesOfType(Class<?> type, int count) {
    return hasResourcesOfType(ResourceAssert.typeOf(type), count);
  }

  /** Verifies there are exactly {@code count} resources of the Heat type {@code type}. */
  public TemplateAssert hasResourcesOfType(String type, int count) {
    isNotNull();
    List<String> names = actual.resources().values().stream()
        .filter(r -> r.type().equals(type))
        .map(Resource::name)
        .toList();
    if (names.size() != count) {
      failWithMessage(
          "%s",
          "expected " + label + " to have " + Messages.count(count, "resource") + " of type " + type
              + " but it has " + names.size() + ": " + Messages.names(names));
    }
    return this;
  }

  /** Assertions on the list of resources that satisfy {@code predicate}, in template order. */
  public ListAssert<Resource> resourcesMatching(Predicate<Resource> predicate) {
    isNotNull();
    List<Resource> matching =
        actual.resources().values().stream().filter(predicate).toList();
    return Assertions.assertThat(matching).as("resources of %s matching the predicate", label);
  }

  /** Assertions on every resource, in template order. */
  public ListAssert<Resource> resources() {
    return resourcesMatching(r -> true);
  }

  /** Verifies there is a parameter {@code name} and returns assertions on it. */
  public ParameterAssert hasParameter(String name) {
    isNotNull();
    Parameter<?> p = actual.parameters().get(name);
    if (p == null) {
      failWithMessage(
          "%s",
          "expected " + label + " to have parameter " + TreeFormat.quote(name) + " but it has "
              + Messages.names(actual.parameters().keySet()));
    }
    return new ParameterAssert(p, "parameters." + name);
  }

  /** Verifies there is an output {@code name} and returns assertions on it. */
  public OutputAssert hasOutput(String name) {
    isNotNull();
    Output o = actual.outputs().get(name);
    if (o == null) {
      failWithMessage(
          "%s",
          "expected " + label + " to have output " + TreeFormat.quote(name) + " but it has "
              + Messages.names(actual.outputs().keySet()));
    }
    return new OutputAssert(o, "outputs." + name);
  }

  /** Verifies there is an output {@code name} whose value is (or matches) {@code value}. */
  public TemplateAssert hasOutput(String name, Object value) {
    hasOutput(name).hasValue(value);
    return this;
  }

  /** Verifies there is a condition {@code name}. */
  public TemplateAssert hasCondition(String name) {
    isNotNull();
    if (!actual.conditions().containsKey(name)) {
      failWithMessage(
          "%s",
          "expected " + label + " to have condition " + TreeFormat.quote(name) + " but it has "
              + Messages.names(actual.conditions().keySet()));
    }
    return this;
  }

  /** Verifies there is a condition {@code name} whose expression is (or matches) the given one. */
  public TemplateAssert hasCondition(String name, Object expression) {
    hasCondition(name);
    Condition c = actual.conditions().get(name);
    Object tree = Messages.tree(c.expression());
    ValueMatcher m = Messages.matcher(expression);
    if (!m.matches(tree)) {
      failWithMessage("%s", Messages.expected("conditions." + name, m, true, tree));
    }
    return this;
  }

  /** Verifies the template's {@code heat_template_version}. */
  public TemplateAssert hasVersion(io.hotdsl.model.HotVersion version) {
    isNotNull();
    if (actual.version() != version) {
      failWithMessage(
          "%s",
          "expected heat_template_version to be " + version.key() + " but was "
              + actual.version().key());
    }
    return this;
  }

  /**
   * Verifies the template's tree equals the YAML {@code yaml} (read with Heat's YAML rules), maps
   * compared regardless of key order.
   */
  public TemplateAssert isEqualToYaml(String yaml) {
    return isEqualToYaml(yaml, "the expected YAML");
  }

  /** Verifies the template's tree equals the YAML file {@code golden}, regardless of key order. */
  public TemplateAssert isEqualToYaml(Path golden) {
    return isEqualToYaml(Yaml.read(golden), golden.getFileName().toString());
  }

  private TemplateAssert isEqualToYaml(String yaml, String source) {
    isNotNull();
    String message = Yaml.compare(label, actual.toTree(), Objects.requireNonNull(yaml), source);
    if (message != null) {
      failWithMessage("%s", message);
    }
    return this;
  }

  /** Verifies {@link TemplateValidator} finds no error; the failure lists every error. */
  public TemplateAssert isValid() {
    isNotNull();
    List<Problem> errors = TemplateValidator.validate(actual).errors();
    if (!errors.isEmpty()) {
      failWithMessage("%s", Yaml.problems(label, errors));
    }
    return this;
  }

  /** Verifies {@link TemplateValidator} finds an error at {@code path}. */
  public TemplateAssert hasValidationErrorAt(String path) {
    isNotNull();
    List<Problem> errors = TemplateValidator.validate(actual).errors();
    if (errors.stream().noneMatch(p -> p.path().equals(path))) {
      failWithMessage(
          "%s",
          "expected " + label + " to have a validation error at " + path
              + " but "
              + (errors.isEmpty()
                  ? "it is valid"
                  : "its errors are at "
                      + Messages.names(errors.stream().map(Problem::path).toList())));
    }
    return this;
  }
}
