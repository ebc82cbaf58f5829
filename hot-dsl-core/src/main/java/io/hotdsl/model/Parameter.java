package io.hotdsl.model;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A template parameter and a handle for referring to it: {@link #get()} yields a typed
 * {@code get_param}.
 *
 * <p>The default of a {@link #hidden() hidden} parameter never appears in {@link #toString()} or
 * in a validation message.
 *
 * @param <T> the Java type of the parameter's value ({@link String}, {@link Number},
 *     {@link Boolean}, {@code List<String>} or {@code Object} for json)
 */
public final class Parameter<T> {
  private final String name;
  private final ParameterType type;
  private final String label;
  private final String description;
  private final Object defaultValue;
  private final boolean hasDefault;
  private final boolean hidden;
  private final boolean immutable;
  private final List<String> tags;
  private final List<Constraint> constraints;
  /** {@code get_param: name}, made once: every setter given this parameter takes the same one. */
  private final Value<T> ref;

  private Parameter(Builder<T> b) {
    this.name = b.name;
    this.type = b.type;
    this.label = b.label;
    this.description = b.description;
    this.defaultValue = Trees.immutableCopy(b.defaultValue);
    this.hasDefault = b.hasDefault;
    this.hidden = b.hidden;
    this.immutable = b.immutable;
    this.tags = List.copyOf(b.tags);
    this.constraints = List.copyOf(b.constraints);
    this.ref = Fn.getParam(name);
  }

  /** A string parameter. */
  public static Builder<String> string(String name) {
    return new Builder<>(name, ParameterType.STRING);
  }

  /** A number parameter. */
  public static Builder<Number> number(String name) {
    return new Builder<>(name, ParameterType.NUMBER);
  }

  /** A boolean parameter. */
  public static Builder<Boolean> bool(String name) {
    return new Builder<>(name, ParameterType.BOOLEAN);
  }

  /**
   * A json parameter (a map or list), of unknown shape; {@link #jsonMap(String)} and {@link
   * #jsonList(String)} make typed ones that fit map and list properties.
   */
  public static Builder<Object> json(String name) {
    return new Builder<>(name, ParameterType.JSON);
  }

  /**
   * A json parameter whose value is a map: its {@link #get()} fits map-typed properties
   * ({@code .metadataProperty(metadata)}). Rendered as {@link #json(String)}.
   */
  public static Builder<Map<String, Object>> jsonMap(String name) {
    return new Builder<>(name, ParameterType.JSON);
  }

  /**
   * A json parameter whose value is a list: its {@link #get()} fits list-typed properties.
   * Rendered as {@link #json(String)}.
   */
  public static Builder<List<Object>> jsonList(String name) {
    return new Builder<>(name, ParameterType.JSON);
  }

  /** A comma_delimited_list parameter. */
  public static Builder<List<String>> commaDelimitedList(String name) {
    return new Builder<>(name, ParameterType.COMMA_DELIMITED_LIST);
  }

  /** A parameter of any type, as read from a template. */
  public static Builder<Object> ofType(String name, ParameterType type) {
    return new Builder<>(name, type);
  }

  /** {@code get_param: name}. */
  public Value<T> get() {
    return ref;
  }

  /** {@code get_param: [name, path…]}: a value inside a json or list parameter. */
  public <U> Value<U> get(Object... path) {
    return Fn.getParam(name, path);
  }

  public String name() {
    return name;
  }

  public ParameterType type() {
    return type;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /** Whether a default is set (it may be null). */
  public boolean hasDefault() {
    return hasDefault;
  }

  /** The default value, or null. */
  public Object defaultValue() {
    return defaultValue;
  }

  public boolean hidden() {
    return hidden;
  }

  public boolean immutable() {
    return immutable;
  }

  public List<String> tags() {
    return tags;
  }

  public List<Constraint> constraints() {
    return constraints;
  }

  /** A builder holding this parameter's settings. */
  public Builder<T> toBuilder() {
    Builder<T> b = new Builder<>(name, type);
    b.label = label;
    b.description = description;
    b.defaultValue = defaultValue;
    b.hasDefault = hasDefault;
    b.hidden = hidden;
    b.immutable = immutable;
    b.tags.addAll(tags);
    b.constraints.addAll(constraints);
    return b;
  }

  /** The HOT tree of this parameter's definition (without its name). */
  public Map<String, Object> toTree() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", type.key());
    if (label != null) {
      out.put("label", label);
    }
    if (description != null) {
      out.put("description", description);
    }
    if (hasDefault) {
      out.put("default", Trees.toTree(defaultValue));
    }
    if (hidden) {
      out.put("hidden", true);
    }
    if (immutable) {
      out.put("immutable", true);
    }
    if (!tags.isEmpty()) {
      out.put("tags", tags);
    }
    if (!constraints.isEmpty()) {
      List<Object> cs = new ArrayList<>();
      constraints.forEach(c -> cs.add(c.toTree()));
      out.put("constraints", cs);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameter<?> p && p.name.equals(name) && p.toTree().equals(toTree());
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "Parameter{" + name + ", " + type
        + (hasDefault ? ", default=" + (hidden ? "<hidden>" : defaultValue) : "")
        + (hidden ? ", hidden" : "") + "}";
  }

  /** Builds a {@link Parameter}. */
  public static final class Builder<T> {
    private final String name;
    private final ParameterType type;
    private String label;
    private String description;
    private Object defaultValue;
    private boolean hasDefault;
    private boolean hidden;
    private boolean immutable;
    private final List<String> tags = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();

    private Builder(String name, ParameterType type) {
      Names.checkName(name, "parameter");
      this.name = name;
      this.type = Objects.requireNonNull(type, "type");
    }

    public Builder<T> label(String label) {
      this.label = label;
      return this;
    }

    public Builder<T> description(String description) {
      this.description = description;
      return this;
    }

    /** The default value. */
    public Builder<T> defaultValue(T value) {
      return defaultTree(value);
    }

    /** A default as read from a template, of whatever shape it had. */
    public Builder<T> defaultTree(Object value) {
      this.defaultValue = value;
      this.hasDefault = true;
      return this;
    }

    /** Hides the value in Heat's API and in this library's messages. */
    public Builder<T> hidden(boolean hidden) {
      this.hidden = hidden;
      return this;
    }

    /** Forbids changing the value on stack update. */
    public Builder<T> immutable(boolean immutable) {
      this.immutable = immutable;
      return this;
    }

    public Builder<T> tags(String... tags) {
      this.tags.addAll(List.of(tags));
      return this;
    }

    public Builder<T> tags(List<String> tags) {
      this.tags.addAll(tags);
      return this;
    }

    public Builder<T> constraint(Constraint constraint) {
      this.constraints.add(Objects.requireNonNull(constraint, "constraint"));
      return this;
    }

    public Builder<T> constraints(List<Constraint> constraints) {
      constraints.forEach(this::constraint);
      return this;
    }

    public Parameter<T> build() {
      return new Parameter<>(this);
    }
  }
}
