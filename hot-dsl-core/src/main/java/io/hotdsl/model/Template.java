package io.hotdsl.model;

import io.hotdsl.functions.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Heat Orchestration Template: version, description, parameter groups, parameters, conditions,
 * resources and outputs.
 *
 * <pre>{@code
 * Template.Builder t = Template.builder(HotVersion.V2021_04_16).description("web");
 * Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
 * Resource web = t.resource(Resource.builder("web", "OS::Nova::Server")
 *     .property("flavor", flavor.get()).property("image", "cirros").build());
 * t.output(Output.of("ip", web.attr("first_address")));
 * Template template = t.build();
 * }</pre>
 */
public final class Template {
  private final HotVersion version;
  private final String description;
  private final List<ParameterGroup> parameterGroups;
  private final Map<String, Parameter<?>> parameters;
  private final Map<String, Condition> conditions;
  private final Map<String, Resource> resources;
  private final Map<String, Output> outputs;

  private Template(Builder b) {
    this.version = b.version;
    this.description = b.description;
    this.parameterGroups = List.copyOf(b.parameterGroups);
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
    this.conditions = Collections.unmodifiableMap(new LinkedHashMap<>(b.conditions));
    this.resources = Collections.unmodifiableMap(b.handOverResources());
    this.outputs = Collections.unmodifiableMap(new LinkedHashMap<>(b.outputs));
  }

  /** A builder for a template of {@code version}. */
  public static Builder builder(HotVersion version) {
    return new Builder(version);
  }

  /** A builder for a template of the newest version Heat 19 knows. */
  public static Builder builder() {
    return new Builder(HotVersion.LATEST);
  }

  public HotVersion version() {
    return version;
  }

  public String description() {
    return description;
  }

  public List<ParameterGroup> parameterGroups() {
    return parameterGroups;
  }

  public Map<String, Parameter<?>> parameters() {
    return parameters;
  }

  public Map<String, Condition> conditions() {
    return conditions;
  }

  public Map<String, Resource> resources() {
    return resources;
  }

  public Map<String, Output> outputs() {
    return outputs;
  }

  /** The resource named {@code name}, or null. */
  public Resource resource(String name) {
    return resources.get(name);
  }

  /** A builder holding this template's content, for a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(version);
    b.description = description;
    b.parameterGroups.addAll(parameterGroups);
    b.parameters.putAll(parameters);
    b.conditions.putAll(conditions);
    b.resources.putAll(resources);
    b.outputs.putAll(outputs);
    return b;
  }

  /**
   * The HOT tree: sections in Heat's documented order, parameters, resources and outputs in
   * insertion order.
   */
  public Map<String, Object> toTree() {
    return tree(false);
  }

  /**
   * A read-only view of {@link #toTree()} for writers that go through it once, in order (the
   * renderers): each resource's sections are built when iteration reaches it and can be collected
   * right after, and their values are the model's own — {@link io.hotdsl.functions.Value}s, enums,
   * the property maps as set — for the writer to turn into tree nodes as it goes
   * ({@link Trees#node}), so rendering a template does not copy it into a tree first. Turned into
   * trees node by node, it equals {@link #toTree()}; build that to keep, compare or change the
   * tree.
   */
  public Map<String, Object> treeView() {
    return Collections.unmodifiableMap(tree(true));
  }

  private Map<String, Object> tree(boolean resourcesOnDemand) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("heat_template_version", version.key());
    if (description != null) {
      out.put("description", description);
    }
    if (!parameterGroups.isEmpty()) {
      List<Object> groups = new ArrayList<>(parameterGroups.size());
      parameterGroups.forEach(g -> groups.add(g.toTree()));
      out.put("parameter_groups", groups);
    }
    if (!parameters.isEmpty()) {
      Map<String, Object> ps = new LinkedHashMap<>();
      parameters.forEach((k, v) -> ps.put(k, v.toTree()));
      out.put("parameters", ps);
    }
    if (!conditions.isEmpty()) {
      Map<String, Object> cs = new LinkedHashMap<>();
      conditions.forEach((k, v) -> cs.put(k, v.toTree()));
      out.put("conditions", cs);
    }
    Map<String, Object> rs;
    if (resourcesOnDemand) {
      rs = new ResourceTreesView(resources);
    } else {
      rs = new LinkedHashMap<>(resources.size() * 2);
      resources.forEach((k, v) -> rs.put(k, v.toTree()));
    }
    if (!rs.isEmpty() || outputs.isEmpty()) {
      out.put("resources", rs);
    }
    if (!outputs.isEmpty()) {
      Map<String, Object> os = new LinkedHashMap<>();
      outputs.forEach((k, v) -> os.put(k, v.toTree()));
      out.put("outputs", os);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Template t && t.toTree().equals(toTree());
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, resources.keySet());
  }

  @Override
  public String toString() {
    return "Template{" + version + ", " + parameters.size() + " parameters, " + resources.size()
        + " resources, " + outputs.size() + " outputs}";
  }

  /** Builds a {@link Template}; names are checked for duplicates as they arrive. */
  public static final class Builder {
    private HotVersion version;
    private String description;
    private final List<ParameterGroup> parameterGroups = new ArrayList<>();
    private final Map<String, Parameter<?>> parameters = new LinkedHashMap<>();
    private final Map<String, Condition> conditions = new LinkedHashMap<>();
    private ResourceMap resources = new ResourceMap();
    /** Whether a built template holds {@link #resources}: copy it before the next change. */
    private boolean resourcesHandedOver;

    private final Map<String, Output> outputs = new LinkedHashMap<>();

    private Builder(HotVersion version) {
      this.version = Objects.requireNonNull(version, "version");
    }

    public Builder version(HotVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder parameterGroup(ParameterGroup group) {
      parameterGroups.add(Objects.requireNonNull(group, "group"));
      return this;
    }

    /** Adds a parameter and returns its handle. */
    public <T> Parameter<T> parameter(Parameter.Builder<T> parameter) {
      return parameter(parameter.build());
    }

    /** Adds a parameter and returns it. */
    public <T> Parameter<T> parameter(Parameter<T> parameter) {
      putUnique(parameters, parameter.name(), parameter, "parameter");
      return parameter;
    }

    /** Adds a condition and returns it. */
    public Condition condition(String name, Object expression) {
      Condition c = new Condition(name, expression);
      putUnique(conditions, name, c, "condition");
      return c;
    }

    /** Adds a resource and returns it, so other resources can refer to it. */
    public <R extends Resource> R resource(R resource) {
      if (!ownResources().add(resource.name(), resource)) {
        throw new IllegalArgumentException("duplicate resource name: " + resource.name());
      }
      return resource;
    }

    /** Adds the resource a builder describes and returns it. */
    public Resource resource(Resource.Builder<?> resource) {
      return resource(resource.build());
    }

    /** Replaces the resource of the same name (or adds it). */
    public Builder replaceResource(Resource resource) {
      ownResources().put(resource.name(), resource);
      return this;
    }

    /** Removes a resource by name. */
    public Builder removeResource(String name) {
      ownResources().remove(name);
      return this;
    }

    public Builder output(Output output) {
      putUnique(outputs, output.name(), output, "output");
      return this;
    }

    /** Adds an output of a value. */
    public Builder output(String name, Object value) {
      return output(Output.of(name, value));
    }

    /** Adds an output of a value, with a description. */
    public Builder output(String name, Object value, String description) {
      return output(Output.of(name, value, description));
    }

    public Template build() {
      return new Template(this);
    }

    private ResourceMap ownResources() {
      if (resourcesHandedOver) {
        resources = new ResourceMap(resources);
        resourcesHandedOver = false;
      }
      return resources;
    }

    /**
     * The resources for a template being built: this builder's map, not a copy (a template of
     * 10,000 resources is not copied entry by entry); the builder copies it if it changes again.
     */
    private Map<String, Resource> handOverResources() {
      resourcesHandedOver = true;
      return resources;
    }

    /** Adds {@code value} under {@code name}, which the section must not hold yet. */
    private static <T> void putUnique(Map<String, T> section, String name, T value, String what) {
      if (section.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("duplicate " + what + " name: " + name);
      }
    }
  }
}
