package io.hotdsl.assertj;

import io.hotdsl.environment.Environment;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an {@link Environment}; start with {@link HotAssertions#assertThat(Environment)}. */
public class EnvironmentAssert extends AbstractAssert<EnvironmentAssert, Environment> {
  private final String label;

  public EnvironmentAssert(Environment actual) {
    this(actual, "environment");
  }

  /** Assertions whose messages call the environment {@code label}. */
  public EnvironmentAssert(Environment actual, String label) {
    super(actual, EnvironmentAssert.class);
    this.label = label;
  }

  /** Verifies {@code parameters.name} equals (or is matched by) {@code expected}. */
  public EnvironmentAssert hasParameter(String name, Object expected) {
    isNotNull();
    return entry("parameters", actual.parameters(), name, expected);
  }

  /** Verifies {@code parameter_defaults.name} equals (or is matched by) {@code expected}. */
  public EnvironmentAssert hasParameterDefault(String name, Object expected) {
    isNotNull();
    return entry("parameter_defaults", actual.parameterDefaults(), name, expected);
  }

  /** Verifies the resource registry maps {@code type} to {@code target} (globally). */
  public EnvironmentAssert mapsType(String type, String target) {
    isNotNull();
    return entry("resource_registry", actual.resourceRegistry().mappings(), type, target);
  }

  /** Verifies the resource registry has no global mapping for {@code type}. */
  public EnvironmentAssert doesNotMapType(String type) {
    isNotNull();
    String target = actual.resourceRegistry().mappings().get(type);
    if (target != null) {
      failWithMessage(
          "%s",
          "expected resource_registry." + type + " not to be set but was "
              + TreeFormat.show(target));
    }
    return this;
  }

  private EnvironmentAssert entry(
      String section, Map<String, ?> values, String key, Object expected) {
    ValueMatcher m = Messages.matcher(expected);
    boolean set = values.containsKey(key);
    Object tree = set ? Messages.tree(values.get(key)) : null;
    if (!set || !m.matches(tree)) {
      failWithMessage("%s", Messages.expected(section + "." + key, m, set, tree));
    }
    return this;
  }

  /** Verifies the environment's tree equals the YAML {@code yaml}, regardless of key order. */
  public EnvironmentAssert isEqualToYaml(String yaml) {
    return isEqualToYaml(yaml, "the expected YAML");
  }

  /** Verifies the environment's tree equals the YAML file {@code golden}. */
  public EnvironmentAssert isEqualToYaml(Path golden) {
    return isEqualToYaml(Yaml.read(golden), golden.getFileName().toString());
  }

  private EnvironmentAssert isEqualToYaml(String yaml, String source) {
    isNotNull();
    String message = Yaml.compare(label, actual.toTree(), Objects.requireNonNull(yaml), source);
    if (message != null) {
      failWithMessage("%s", message);
    }
    return this;
  }
}
