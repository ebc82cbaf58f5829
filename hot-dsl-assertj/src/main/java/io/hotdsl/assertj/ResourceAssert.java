package io.hotdsl.assertj;

import io.hotdsl.model.Resource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one resource of a template; messages name it by its YAML path. */
public class ResourceAssert extends AbstractAssert<ResourceAssert, Resource> {
  private final String path;

  /** Assertions on {@code actual}, found at {@code path} ({@code resources.web}). */
  public ResourceAssert(Resource actual, String path) {
    super(actual, ResourceAssert.class);
    this.path = path;
  }

  /** The Heat type a generated resource class names in its {@code TYPE} constant. */
  static String typeOf(Class<?> type) {
    try {
      Field f = type.getField("TYPE");
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
        throw new IllegalArgumentException(type.getName() + ".TYPE is not a static String");
      }
      return (String) f.get(null);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalArgumentException(
          type.getName() + " has no public static String TYPE: not a resource class", e);
    }
  }

  /** Verifies the resource's type is the {@code TYPE} of {@code type} ({@code Server.class}). */
  public ResourceAssert ofType(Class<?> type) {
    return ofType(typeOf(type));
  }

  /** Verifies the resource's Heat type ({@code OS::Nova::Server}). */
  public ResourceAssert ofType(String type) {
    isNotNull();
    if (!actual.type().equals(type)) {
      failWithMessage(
          "%s",
          "expected " + path + ".type to be " + TreeFormat.quote(type) + " but was "
              + TreeFormat.quote(actual.type()));
    }
    return this;
  }

  /** Verifies the property {@code key} is set (to anything, null included). */
  public ResourceAssert hasProperty(String key) {
    isNotNull();
    if (!actual.properties().containsKey(key)) {
      failWithMessage(
          "%s",
          "expected " + path + ".properties." + key + " to be set but it is not;"
              + " the properties are " + Messages.names(actual.properties().keySet()));
    }
    return this;
  }

  /**
   * Verifies the property {@code key} equals {@code expected} as a tree (a literal, a list, a
   * map, {@code Fn.getParam("flavor")}...) or, if it is a {@link ValueMatcher}, matches it.
   */
  public ResourceAssert hasProperty(String key, Object expected) {
    isNotNull();
    ValueMatcher m = Messages.matcher(expected);
    boolean set = actual.properties().containsKey(key);
    Object tree = set ? Messages.tree(actual.properties().get(key)) : null;
    if (!set || !m.matches(tree)) {
      failWithMessage("%s", Messages.expected(path + ".properties." + key, m, set, tree));
    }
    return this;
  }

  /** Verifies the property {@code key} is not set. */
  public ResourceAssert doesNotHaveProperty(String key) {
    isNotNull();
    if (actual.properties().containsKey(key)) {
      failWithMessage(
          "%s",
          "expected " + path + ".properties." + key + " not to be set but was "
              + TreeFormat.show(Messages.tree(actual.properties().get(key))));
    }
    return this;
  }

  /**
   * Verifies the value at {@code propertyPath} inside the properties ({@code networks[0].port},
   * {@code block_device_mapping_v2[1].volume_size}) equals or matches {@code expected}.
   */
  public ResourceAssert hasPropertyAt(String propertyPath, Object expected) {
    isNotNull();
    ValueMatcher m = Messages.matcher(expected);
    String base = path + ".properties";
    String full = base + "." + propertyPath;
    TreePath.Walk w =
        TreePath.walk(Messages.tree(actual.properties()), base, TreePath.parse(propertyPath));
    if (!w.found()) {
      String why =
          w.missing() ? "it is not set" : w.stoppedAt() + " is " + TreeFormat.show(w.stoppedOn());
      failWithMessage("%s", "expected " + full + " to be " + m.description() + " but " + why);
    }
    if (!m.matches(w.value())) {
      failWithMessage("%s", Messages.expected(full, m, true, w.value()));
    }
    return this;
  }

  /** Verifies the resource depends on every one of {@code resources} (others allowed). */
  public ResourceAssert dependsOn(String... resources) {
    isNotNull();
    for (String r : resources) {
      if (!actual.dependsOn().contains(r)) {
        failWithMessage(
            "%s",
            "expected " + path + ".depends_on to contain " + r + " but was "
                + Messages.names(actual.dependsOn()));
      }
    }
    return this;
  }

  /** Verifies the resource has no {@code depends_on}. */
  public ResourceAssert hasNoDependencies() {
    isNotNull();
    if (!actual.dependsOn().isEmpty()) {
      failWithMessage(
          "%s",
          "expected " + path + ".depends_on not to be set but was "
              + Messages.names(actual.dependsOn()));
    }
    return this;
  }

  /** Verifies the resource's {@code condition} is (or matches) {@code condition}. */
  public ResourceAssert hasCondition(Object condition) {
    isNotNull();
    ValueMatcher m = Messages.matcher(condition);
    boolean set = actual.condition() != null;
    Object tree = Messages.tree(actual.condition());
    if (!set || !m.matches(tree)) {
      failWithMessage("%s", Messages.expected(path + ".condition", m, set, tree));
    }
    return this;
  }

  /** Verifies the resource's {@code deletion_policy} ({@code Retain}, {@code Snapshot}...). */
  public ResourceAssert hasDeletionPolicy(Object policy) {
    isNotNull();
    ValueMatcher m = Messages.matcher(policy);
    Object raw = actual.deletionPolicy();
    Object tree = raw instanceof io.hotdsl.model.DeletionPolicy p ? p.key() : Messages.tree(raw);
    if (raw == null || !m.matches(tree)) {
      failWithMessage("%s", Messages.expected(path + ".deletion_policy", m, raw != null, tree));
    }
    return this;
  }

  /** Verifies the resource's {@code metadata} is (or matches) {@code metadata}. */
  public ResourceAssert hasMetadata(Object metadata) {
    isNotNull();
    ValueMatcher m = Messages.matcher(metadata);
    Object tree = Messages.tree(actual.metadata());
    if (actual.metadata() == null || !m.matches(tree)) {
      failWithMessage(
          "%s", Messages.expected(path + ".metadata", m, actual.metadata() != null, tree));
    }
    return this;
  }
}
