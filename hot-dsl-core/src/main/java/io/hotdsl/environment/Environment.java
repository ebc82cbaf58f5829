package io.hotdsl.environment;

import io.hotdsl.environment.InvalidEnvironmentException.Mistake;
import io.hotdsl.functions.DidYouMean;
import io.hotdsl.functions.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Heat environment ({@code openstack stack create -e env.yaml}): parameters,
 * parameter_defaults, resource_registry, encrypted_param_names, event_sinks and
 * parameter_merge_strategies. Immutable; build with {@link #builder()}, read with {@link
 * #fromTree(Object, String)}, write with {@link #toTree()}; as YAML text, {@code
 * io.hotdsl.bundle.EnvironmentYaml} reads and writes it.
 */
public final class Environment {
  /** Heat's environment sections ({@code heat.common.environment_format.SECTIONS}). */
  public static final List<String> SECTIONS = List.of(
      "parameters",
      "resource_registry",
      "parameter_defaults",
      "encrypted_param_names",
      "event_sinks",
      "parameter_merge_strategies");

  /** The order {@link #toTree()} writes sections in. */
  private static final List<String> ORDER = List.of(
      "parameters",
      "parameter_defaults",
      "parameter_merge_strategies",
      "encrypted_param_names",
      "event_sinks",
      "resource_registry");

  private final Map<String, Object> parameters;
  private final Map<String, Object> parameterDefaults;
  private final ResourceRegistry resourceRegistry;
  private final List<String> encryptedParamNames;
  private final List<Object> eventSinks;
  private final Map<String, String> parameterMergeStrategies;
  private final Set<String> present;

  @SuppressWarnings("unchecked")
  private Environment(Builder b) {
    this.parameters = Collections.unmodifiableMap(ResourceRegistry.deepCopy(b.parameters));
    this.parameterDefaults =
        Collections.unmodifiableMap(ResourceRegistry.deepCopy(b.parameterDefaults));
    this.resourceRegistry = b.registry.build();
    this.encryptedParamNames = List.copyOf(b.encryptedParamNames);
    this.eventSinks = Collections.unmodifiableList((List<Object>) Trees.toTree(b.eventSinks));
    this.parameterMergeStrategies = Collections.unmodifiableMap(new LinkedHashMap<>(b.strategies));
    this.present = Collections.unmodifiableSet(new LinkedHashSet<>(b.present));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The empty environment. */
  public static Environment empty() {
    return builder().build();
  }

  /**
   * Reads an environment as Heat's {@code environment_format.parse} does: a map whose keys are
   * {@link #SECTIONS}, none of them null (an empty document is the empty environment).
   *
   * @param source the file name, prefixed to problem paths ({@code env.yaml: resource_registry})
   * @throws InvalidEnvironmentException listing each wrong section with Heat's message
   *     ({@code io.hotdsl.bundle.EnvironmentYaml#fromTree} reports them as validation problems)
   */
  @SuppressWarnings("unchecked")
  public static Environment fromTree(Object tree, String source) {
    String prefix = source == null || source.isEmpty() ? "" : source + ": ";
    if (tree == null) {
      return empty();
    }
    if (!(tree instanceof Map<?, ?> map)) {
      throw new InvalidEnvironmentException(List.of(new Mistake(
          prefix + "(document)", "The environment is not a valid YAML mapping data type.")));
    }
    List<Mistake> mistakes = new ArrayList<>();
    Builder b = builder();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String section = String.valueOf(e.getKey());
      Object v = e.getValue();
      String path = prefix + section;
      if (!SECTIONS.contains(section)) {
        mistakes.add(new Mistake(
            path,
            "environment has wrong section \"" + section + "\""
                + DidYouMean.hint(section, SECTIONS) + " (the sections are "
                + String.join(", ", SECTIONS)
                + ")"));
        continue;
      }
      if (v == null) {
        mistakes.add(new Mistake(path, "environment has empty section \"" + section + "\""));
        continue;
      }
      b.present.add(section);
      switch (section) {
        case "parameters", "parameter_defaults" -> {
          if (v instanceof Map<?, ?> m) {
            (section.equals("parameters") ? b.parameters : b.parameterDefaults)
                .putAll((Map<String, Object>) m);
          } else {
            mistakes.add(new Mistake(path, "must be a map of parameter names to values"));
          }
        }
        case "resource_registry" -> {
          try {
            b.registry = ResourceRegistry.fromTree(v, path).toBuilder();
          } catch (InvalidEnvironmentException ex) {
            mistakes.addAll(ex.mistakes());
          }
        }
        case "encrypted_param_names" -> {
          if (v instanceof List<?> l) {
            l.forEach(n -> b.encryptedParamNames.add(String.valueOf(n)));
          } else {
            mistakes.add(new Mistake(path, "must be a list of parameter names"));
          }
        }
        case "event_sinks" -> {
          if (v instanceof List<?> l) {
            b.eventSinks.addAll(l);
          } else {
            mistakes.add(new Mistake(path, "must be a list of event sinks"));
          }
        }
        default -> {
          if (v instanceof Map<?, ?> m) {
            m.forEach((k, s) -> b.strategies.put(String.valueOf(k), String.valueOf(s)));
          } else {
            mistakes.add(new Mistake(path, "must be a map of parameter names to strategies"));
          }
        }
      }
    }
    if (!mistakes.isEmpty()) {
      throw new InvalidEnvironmentException(mistakes);
    }
    return b.build();
  }

  public Map<String, Object> parameters() {
    return parameters;
  }

  public Map<String, Object> parameterDefaults() {
    return parameterDefaults;
  }

  public ResourceRegistry resourceRegistry() {
    return resourceRegistry;
  }

  public List<String> encryptedParamNames() {
    return encryptedParamNames;
  }

  public List<Object> eventSinks() {
    return eventSinks;
  }

  /** Parameter name (or {@code default}) → strategy key. */
  public Map<String, String> parameterMergeStrategies() {
    return parameterMergeStrategies;
  }

  /**
   * The environment tree: sections that are set, or were present (even empty) when read, in the
   * order parameters, parameter_defaults, parameter_merge_strategies, encrypted_param_names,
   * event_sinks, resource_registry.
   */
  public Map<String, Object> toTree() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String section : ORDER) {
      Object v = switch (section) {
        case "parameters" -> parameters.isEmpty() ? null : Trees.toTree(parameters);
        case "parameter_defaults" ->
          parameterDefaults.isEmpty() ? null : Trees.toTree(parameterDefaults);
        case "parameter_merge_strategies" ->
          parameterMergeStrategies.isEmpty() ? null : new LinkedHashMap<>(parameterMergeStrategies);
        case "encrypted_param_names" ->
          encryptedParamNames.isEmpty() ? null : new ArrayList<>(encryptedParamNames);
        case "event_sinks" -> eventSinks.isEmpty() ? null : Trees.toTree(eventSinks);
        default -> resourceRegistry.isEmpty() ? null : resourceRegistry.toTree();
      };
      if (v == null && present.contains(section)) {
        v = section.equals("encrypted_param_names") || section.equals("event_sinks")
            ? new ArrayList<>()
            : new LinkedHashMap<>();
      }
      if (v != null) {
        out.put(section, v);
      }
    }
    return out;
  }

  /** A builder holding this environment's content. */
  public Builder toBuilder() {
    Builder b = builder();
    b.parameters.putAll(ResourceRegistry.deepCopy(parameters));
    b.parameterDefaults.putAll(ResourceRegistry.deepCopy(parameterDefaults));
    b.registry = resourceRegistry.toBuilder();
    b.encryptedParamNames.addAll(encryptedParamNames);
    b.eventSinks.addAll(eventSinks);
    b.strategies.putAll(parameterMergeStrategies);
    b.present.addAll(present);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Environment e && e.toTree().equals(toTree());
  }

  @Override
  public int hashCode() {
    return toTree().hashCode();
  }

  @Override
  public String toString() {
    return "Environment" + toTree();
  }

  /** Builds an {@link Environment}. */
  public static final class Builder {
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> parameterDefaults = new LinkedHashMap<>();
    private ResourceRegistry.Builder registry = ResourceRegistry.builder();
    private final List<String> encryptedParamNames = new ArrayList<>();
    private final List<Object> eventSinks = new ArrayList<>();
    private final Map<String, String> strategies = new LinkedHashMap<>();
    private final Set<String> present = new LinkedHashSet<>();

    private Builder() {}

    /** A parameter value for the root stack ({@code parameters:}). */
    public Builder parameter(String name, Object value) {
      parameters.put(Objects.requireNonNull(name, "name"), Trees.toTree(value));
      return this;
    }

    /** A default for every stack's parameter of that name, nested ones included. */
    public Builder parameterDefault(String name, Object value) {
      parameterDefaults.put(Objects.requireNonNull(name, "name"), Trees.toTree(value));
      return this;
    }

    /** Maps a type (or wildcard) to another type or to a template file (a provider). */
    public Builder registerType(String type, String target) {
      registry.map(type, target);
      return this;
    }

    /** Replaces the resource registry. */
    public Builder resourceRegistry(ResourceRegistry registry) {
      this.registry = registry.toBuilder();
      return this;
    }

    /** Edits the resource registry in place (per-resource overrides, hooks). */
    public Builder resourceRegistry(java.util.function.Consumer<ResourceRegistry.Builder> edit) {
      edit.accept(registry);
      return this;
    }

    public Builder encryptedParamName(String name) {
      encryptedParamNames.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** An event sink, e.g. {@code {type: zaqar-queue, target: q}}. */
    public Builder eventSink(Map<String, ?> sink) {
      eventSinks.add(Trees.toTree(sink));
      return this;
    }

    /** The merge strategy of a parameter ({@code "default"} for every parameter). */
    public Builder mergeStrategy(String parameter, MergeStrategy strategy) {
      strategies.put(Objects.requireNonNull(parameter, "parameter"), strategy.key());
      return this;
    }

    public Environment build() {
      return new Environment(this);
    }
  }
}
