package io.hotdsl.validate;

import io.hotdsl.functions.FunctionCall;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.TemplateTypes;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A property's value as a plugin's {@code validate()} reads it before stack create, when the
 * stack has no resource yet and no parameter values (a file validated alone):
 * {@code properties.py Properties._get_property_value}.
 *
 * <ul>
 *   <li>absent: the schema's default, else None;
 *   <li>{@code get_attr}: None (every resource is still in INIT: hot/functions.py GetAtt), which
 *       the property's type turns into "", 0, false, [] or {} ({@code Property._get_string} and
 *       the others: {@code value = has_default() and default() or ''});
 *   <li>{@code get_resource}: the resource's {@code get_reference_id()} before it exists: its
 *       name ({@code resource.py}), except for the types whose plugin returns its
 *       {@code resource_id} or stored data, None then ({@link #NO_REFERENCE_BEFORE_CREATE});
 *   <li>{@code get_param}: the parameter's default;
 *   <li>null: as None above;
 *   <li>any other function: {@link #UNKNOWN}, and rules leave the value alone.
 * </ul>
 */
final class PreCreateValues {
  /** A value hot-dsl cannot know before Heat resolves it. */
  static final Object UNKNOWN = new Object() {
    @Override
    public String toString() {
      return "<unknown>";
    }
  };

  /**
   * The types whose {@code get_reference_id()} gives None before the resource exists (the owner
   * of the method in each Heat 19 type's method resolution order): every OS::Neutron:: type
   * ({@code neutron.py NeutronResource}: {@code return self.resource_id}) and these.
   */
  static final Set<String> NO_REFERENCE_BEFORE_CREATE =
      Set.of("OS::Nova::KeyPair", "OS::Heat::Stack", "OS::Heat::SwiftSignalHandle");
  /** {@code workflow.py}: the name property, else the physical name (None before create). */
  private static final String WORKFLOW = "OS::Mistral::Workflow";

  private final Map<String, Parameter<?>> parameters;
  private final Map<String, Resource> resources;
  private final Catalog catalog;

  PreCreateValues(
      Map<String, Parameter<?>> parameters, Map<String, Resource> resources, Catalog catalog) {
    this.parameters = parameters;
    this.resources = resources;
    this.catalog = catalog;
  }

  /** The value of {@code key} of {@code props} with its schema (null: no conversion). */
  Object property(Map<?, ?> props, String key, PropertySchema schema) {
    Object v = props.get(key);
    if (v == null && !props.containsKey(key)) {
      return schema == null ? null : Trees.node(schema.defaultValue());
    }
    return typed(resolve(v), schema);
  }

  /** A value resolved as at pre-create validation, without type conversion. */
  Object resolve(Object modelValue) {
    if (modelValue instanceof FunctionCall<?> call && NameSet.ALL.contains(call.name())) {
      // the model's call read as its node {name: args} is, without building that map
      return function(call.name(), call.args());
    }
    Object v = Trees.node(modelValue);
    String k = Trees.functionName(v, NameSet.ALL);
    if (k != null) {
      return function(k, ((Map<?, ?>) v).get(k));
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((key, value) -> out.put(key, resolve(value)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(item -> out.add(resolve(item)));
      return out;
    }
    return v;
  }

  /** The value of a call of function {@code name} with {@code args}. */
  private Object function(String name, Object args) {
    return switch (name) {
      case "get_attr" -> null;
      case "get_resource" -> reference(args);
      case "get_param" -> param(args);
      default -> UNKNOWN;
    };
  }

  private Object reference(Object args) {
    Resource r = Trees.node(args) instanceof String name ? resources.get(name) : null;
    if (r == null) {
      return UNKNOWN;
    }
    String type = HeatHidden.alias(r.type()).orElse(r.type());
    if (type.startsWith("OS::Neutron::") || NO_REFERENCE_BEFORE_CREATE.contains(type)) {
      return null;
    }
    if (type.equals(WORKFLOW)
        || !TemplateValidator.isKnownType(type, catalog) && !TemplateTypes.isTemplateFile(type)) {
      return UNKNOWN;
    }
    return r.name();
  }

  private Object param(Object args) {
    Object name = Trees.node(args);
    if (name instanceof List<?> l && l.size() == 1) {
      name = Trees.node(l.get(0));
    }
    Parameter<?> p = name instanceof String s ? parameters.get(s) : null;
    return p != null && p.hasDefault() ? Trees.node(p.defaultValue()) : UNKNOWN;
  }

  /** A resolved value as the property's type gives it to the plugin (None: default or zero). */
  static Object typed(Object v, PropertySchema schema) {
    if (v == UNKNOWN || schema == null || schema.type() == null) {
      return v;
    }
    if (v == null) {
      Object d = Trees.node(schema.defaultValue());
      if (d != null && io.hotdsl.functions.PythonTruth.of(d)) {
        return d;
      }
      return switch (schema.type()) {
        case "string" -> "";
        case "integer" -> 0L;
        case "number" -> 0L;
        case "boolean" -> false;
        case "list" -> List.of();
        case "map" -> Map.of();
        default -> null;
      };
    }
    if ("integer".equals(schema.type()) || "number".equals(schema.type())) {
      java.math.BigDecimal d = Trees.decimal(v);
      if (d != null) {
        return "integer".equals(schema.type()) ? (Object) d.longValue() : d;
      }
      return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : UNKNOWN;
    }
    return v;
  }

  /** The number {@code v} stands for, or null (unknown, or no number). */
  static java.math.BigDecimal number(Object v) {
    return v == UNKNOWN || v == null ? null : Trees.decimal(v);
  }

  /** Whether {@code v} contains a value hot-dsl cannot know. */
  static boolean unknown(Object v) {
    if (v == UNKNOWN) {
      return true;
    }
    if (v instanceof Map<?, ?> m) {
      return m.values().stream().anyMatch(PreCreateValues::unknown);
    }
    if (v instanceof List<?> l) {
      return l.stream().anyMatch(PreCreateValues::unknown);
    }
    return false;
  }
}
