package io.hotdsl.model;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource of a template: its name, type, properties and the other resource sections.
 *
 * <p>{@link #builder(String, String)} builds a resource of any type string; the typed classes of
 * hot-dsl-resources extend this class with a typed builder and typed attributes. {@link #ref()}
 * and {@link #attr(String, Object...)} refer to the resource from elsewhere in the template.
 */
public class Resource {
  private final String name;
  private final String type;
  private final String description;
  private final Map<String, Object> properties;
  private final List<String> dependsOn;
  /** The sections most resources leave unset, shared with the builder (immutable). */
  private final RareSections rare;
  /**
   * {@link #ref()}, made on its first use and then shared by every resource that refers to this
   * one (immutable, so a race only makes it twice).
   */
  private Value<String> ref;

  /** Creates the resource a builder describes. */
  protected Resource(Builder<?> b) {
    this.name = b.name;
    this.type = b.type;
    this.description = b.description;
    this.properties = b.properties.build();
    this.dependsOn = b.dependsOn == null ? List.of() : List.copyOf(b.dependsOn);
    this.rare = b.rare;
  }

  /** A builder for a resource of any type ({@code OS::Nova::Server}, a provider's type, a file). */
  public static GenericBuilder builder(String name, String type) {
    return new GenericBuilder(name, type);
  }

  /** The resource's name in the template. */
  public final String name() {
    return name;
  }

  /** The resource type, or a template file used as a type. */
  public final String type() {
    return type;
  }

  /** The resource's description, or null. */
  public final String description() {
    return description;
  }

  /** The properties as set, in the order they were set; values may be {@link Value}s. */
  public final Map<String, Object> properties() {
    return properties;
  }

  /** The names of the resources this one explicitly depends on. */
  public final List<String> dependsOn() {
    return dependsOn;
  }

  public final Object metadata() {
    return rare.metadata();
  }

  public final Object updatePolicy() {
    return rare.updatePolicy();
  }

  public final Object deletionPolicy() {
    return rare.deletionPolicy();
  }

  public final Object condition() {
    return rare.condition();
  }

  public final Object externalId() {
    return rare.externalId();
  }

  /** {@code get_resource: name}: the resource's physical ID. */
  public final Value<String> ref() {
    Value<String> r = ref;
    if (r == null) {
      r = Fn.getResource(name);
      ref = r;
    }
    return r;
  }

  /**
   * {@code get_attr: [name, attribute, path…]}. An {@link OutputKey} in the path stands for its
   * name: a group's member outputs ({@code group.outputsList(ADDRESS)}).
   */
  public final <T> Value<T> attr(String attribute, Object... path) {
    for (int i = 0; i < path.length; i++) {
      if (path[i] instanceof OutputKey<?>) {
        path = path.clone();
        for (int j = i; j < path.length; j++) {
          path[j] = path[j] instanceof OutputKey<?> k ? k.name() : path[j];
        }
        break;
      }
    }
    return Fn.getAttr(name, attribute, path);
  }

  /**
   * This resource as the definition of a group's member (an {@code OS::Heat::ResourceGroup}'s
   * {@code resource_def}, an {@code OS::Heat::AutoScalingGroup}'s {@code resource}): its
   * sections without its name, values as set. The name only labels messages.
   *
   * @param property the group's property, for messages
   * @param allowed the sections the property takes
   * @throws IllegalArgumentException naming each set section that {@code allowed} lacks
   */
  public final Map<String, Object> asDefinition(
      String property, java.util.Collection<String> allowed) {
    Map<String, Object> out = sections();
    List<String> extra = new ArrayList<>();
    for (String section : out.keySet()) {
      if (!allowed.contains(section)) {
        extra.add(section);
      }
    }
    if (!extra.isEmpty()) {
      throw new IllegalArgumentException("resource " + name + " as the definition in " + property
          + ": " + property + " takes only " + String.join(", ", allowed) + ", not "
          + String.join(", ", extra));
    }
    return out;
  }

  /** A generic builder holding this resource's sections, for changing a copy. */
  public GenericBuilder toBuilder() {
    GenericBuilder generic = new GenericBuilder(name, type);
    Builder<?> b = generic;
    b.description = description;
    b.properties.putAll(properties);
    if (!dependsOn.isEmpty()) {
      b.dependsOnList().addAll(dependsOn);
    }
    b.rare = rare;
    return generic;
  }

  /** The HOT tree of this resource (without its name), sections in Heat's documented order. */
  public Map<String, Object> toTree() {
    return sections(true);
  }

  /**
   * The sections as {@link #toTree()} orders them, their values as set: model values
   * ({@link io.hotdsl.functions.Value}s, enums, integers) not yet turned into trees, for the
   * renderer and the validator, which turn each node as they reach it ({@link Trees#node}) instead
   * of copying the resource into a tree first. An unmodifiable map; the values are the
   * resource's own and must not be changed.
   */
  public Map<String, Object> sections() {
    return sections(false);
  }

  private Map<String, Object> sections(boolean trees) {
    if (!trees) {
      return modelSections();
    }
    Object metadata = rare.metadata();
    Object updatePolicy = rare.updatePolicy();
    Object deletionPolicy = rare.deletionPolicy();
    Object condition = rare.condition();
    Object externalId = rare.externalId();
    Map<String, Object> out = new LinkedHashMap<>(8);
    out.put("type", type);
    if (description != null) {
      out.put("description", description);
    }
    if (!properties.isEmpty()) {
      out.put("properties", Trees.toTree(properties));
    }
    if (!dependsOn.isEmpty()) {
      out.put("depends_on", dependsOnValue());
    }
    if (metadata != null) {
      out.put("metadata", Trees.toTree(metadata));
    }
    if (updatePolicy != null) {
      out.put("update_policy", Trees.toTree(updatePolicy));
    }
    if (deletionPolicy != null) {
      out.put(
          "deletion_policy",
          deletionPolicy instanceof DeletionPolicy p ? p.key() : Trees.toTree(deletionPolicy));
    }
    if (condition != null) {
      out.put("condition", Trees.toTree(condition));
    }
    if (externalId != null) {
      out.put("external_id", Trees.toTree(externalId));
    }
    return out;
  }

  /** {@link #sections()}: the same keys in the same order, as two arrays (no hash table). */
  private Map<String, Object> modelSections() {
    Object metadata = rare.metadata();
    Object updatePolicy = rare.updatePolicy();
    Object deletionPolicy = rare.deletionPolicy();
    Object condition = rare.condition();
    Object externalId = rare.externalId();
    int n = 1
        + (description != null ? 1 : 0)
        + (properties.isEmpty() ? 0 : 1)
        + (dependsOn.isEmpty() ? 0 : 1)
        + (metadata != null ? 1 : 0)
        + (updatePolicy != null ? 1 : 0)
        + (deletionPolicy != null ? 1 : 0)
        + (condition != null ? 1 : 0)
        + (externalId != null ? 1 : 0);
    String[] keys = new String[n];
    Object[] values = new Object[n];
    int i = 0;
    keys[i] = "type";
    values[i++] = type;
    if (description != null) {
      keys[i] = "description";
      values[i++] = description;
    }
    if (!properties.isEmpty()) {
      keys[i] = "properties";
      values[i++] = properties;
    }
    if (!dependsOn.isEmpty()) {
      keys[i] = "depends_on";
      values[i++] = dependsOnValue();
    }
    if (metadata != null) {
      keys[i] = "metadata";
      values[i++] = metadata;
    }
    if (updatePolicy != null) {
      keys[i] = "update_policy";
      values[i++] = updatePolicy;
    }
    if (deletionPolicy != null) {
      keys[i] = "deletion_policy";
      values[i++] = deletionPolicy instanceof DeletionPolicy p ? p.key() : deletionPolicy;
    }
    if (condition != null) {
      keys[i] = "condition";
      values[i++] = condition;
    }
    if (externalId != null) {
      keys[i] = "external_id";
      values[i] = externalId;
    }
    return SmallMap.wrap(keys, values);
  }

  private Object dependsOnValue() {
    return dependsOn.size() == 1 && !rare.dependsOnAsList() ? dependsOn.get(0) : dependsOn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Resource r && r.name.equals(name) && r.toTree().equals(toTree());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + name + ": " + type + "}";
  }

  /**
   * The builder vocabulary shared by every resource: typed builders add a setter per property and
   * call {@link #property(String, Object)}.
   *
   * @param <B> the concrete builder, so setters chain
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final String name;
    private final String type;
    private String description;
    private final SmallMap.Builder properties = SmallMap.builder(8);
    /** Made on the first dependency: most resources have none. */
    private List<String> dependsOn;

    /** The sections most resources leave unset: each setter makes a new one (immutable). */
    private RareSections rare = RareSections.NONE;

    protected Builder(String name, String type) {
      Names.checkResourceName(name, "resource");
      if (type == null || type.isEmpty()) {
        throw new IllegalArgumentException("resource " + name + ": type must not be empty");
      }
      this.name = name;
      this.type = type;
    }

    protected abstract B self();

    /** The resource's name. */
    public final String name() {
      return name;
    }

    /** The resource type. */
    public final String type() {
      return type;
    }

    /**
     * Sets a property by its Heat name: the escape hatch for properties a typed builder does not
     * know (a newer cloud's, a custom type's). A null value removes the property. A resource or
     * a parameter anywhere in the value stands for its {@code get_resource} or {@code get_param}.
     */
    public B property(String key, Object value) {
      Objects.requireNonNull(key, "property name");
      if (value == null) {
        properties.remove(key);
      } else if (value instanceof String || value instanceof Value<?>) {
        properties.put(key, value); // immutable, and no handle: what the typed setters pass
      } else {
        Object copy = Trees.immutableCopy(value);
        properties.put(
            key, Handles.anyIn(copy) ? Trees.immutableCopy(Handles.resolve(value)) : copy);
      }
      return self();
    }

    /**
     * Appends {@code item} to the list property {@code key} (setting it to a list of one when
     * unset), as {@link #property} would store that list: what the generated {@code addX} methods
     * call. Only the new item is resolved and copied, not the items added before.
     *
     * @throws IllegalStateException when the property is set to an expression, not a list
     */
    protected final B appendProperty(String key, Object item) {
      properties.put(key, BuilderChecks.append(properties.get(key), Handles.resolve(item)));
      return self();
    }

    /** Sets several properties by their Heat names. */
    public B properties(Map<String, ?> values) {
      values.forEach(this::property);
      return self();
    }

    /** The value set for {@code key}, or null. */
    protected final Object propertyValue(String key) {
      return properties.get(key);
    }

    /** The properties set so far. */
    protected final Map<String, Object> propertyValues() {
      return Collections.unmodifiableMap(properties);
    }

    /** A description of the resource. */
    public B description(String description) {
      this.description = description;
      return self();
    }

    /** Adds explicit dependencies by name. */
    public B dependsOn(String... resources) {
      for (String r : resources) {
        Names.checkResourceName(r, "depends_on resource");
        dependsOnList().add(r);
      }
      return self();
    }

    /**
     * Adds explicit dependencies by name, rendered as a list even when there is one (as a template
     * read from YAML had it).
     */
    public B dependsOn(List<String> resources) {
      dependsOn(resources.toArray(String[]::new));
      rare = rare.withDependsOnAsList();
      return self();
    }

    /** Adds explicit dependencies on other resources. */
    public B dependsOn(Resource... resources) {
      for (Resource r : resources) {
        dependsOnList().add(r.name());
      }
      return self();
    }

    private List<String> dependsOnList() {
      if (dependsOn == null) {
        dependsOn = new ArrayList<>();
      }
      return dependsOn;
    }

    public B metadata(Object metadata) {
      rare = rare.withMetadata(Trees.immutableCopy(metadata));
      return self();
    }

    public B updatePolicy(Object updatePolicy) {
      rare = rare.withUpdatePolicy(Trees.immutableCopy(updatePolicy));
      return self();
    }

    public B deletionPolicy(DeletionPolicy policy) {
      rare = rare.withDeletionPolicy(policy);
      return self();
    }

    /** A deletion policy as read from a template (a string or a function). */
    public B deletionPolicy(Object policy) {
      rare = rare.withDeletionPolicy(Trees.immutableCopy(policy));
      return self();
    }

    /** Creates the resource only when the named condition holds. */
    public B condition(String conditionName) {
      rare = rare.withCondition(conditionName);
      return self();
    }

    /** Creates the resource only when the condition (an expression or a boolean) holds. */
    public B condition(Object condition) {
      rare = rare.withCondition(
          condition instanceof Condition c ? c.name() : Trees.immutableCopy(condition));
      return self();
    }

    /** Adopts an existing physical resource instead of creating one. */
    public B externalId(Object externalId) {
      rare = rare.withExternalId(Trees.immutableCopy(externalId));
      return self();
    }

    /** Builds the resource. */
    public abstract Resource build();
  }

  /** Builds a {@link Resource} of any type. */
  public static final class GenericBuilder extends Builder<GenericBuilder> {
    GenericBuilder(String name, String type) {
      super(name, type);
    }

    @Override
    protected GenericBuilder self() {
      return this;
    }

    @Override
    public Resource build() {
      return new Resource(this);
    }
  }
}
