package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a resource's properties against its type's schema, as Heat's {@code Properties.validate}
 * does: unknown properties, missing required ones, and literal values of the wrong type or outside
 * the constraints. Values computed by functions are left to Heat. The properties may be a tree or
 * the resource's model values, turned into tree nodes as they are checked ({@link Trees#node}).
 */
final class PropertyChecker {
  private static final Set<String> FUNCTIONS = HotVersion.allFunctionNames();
  private static final Set<String> BOOLEAN_WORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "t", "f", "y", "n", "1", "0");

  private final List<Problem> problems;
  private final Map<String, Parameter<?>> parameters;

  PropertyChecker(List<Problem> problems, Map<String, Parameter<?>> parameters) {
    this.problems = problems;
    this.parameters = parameters;
  }

  void check(YamlPath path, ResourceTypeSchema schema, Map<?, ?> properties) {
    if ("OS::Heat::None".equals(schema.type())) {
      // NoneResource overrides validate(): it takes and ignores any properties
      return;
    }
    checkMap(path, schema.properties(), properties, "resource type " + schema.type(),
        schema.type());
  }

  private void checkMap(YamlPath path, Map<String, PropertySchema> schema, Map<?, ?> values,
      String owner) {
    checkMap(path, schema, values, owner, null);
  }

  /** {@code type} is the resource type for its top-level properties (hidden ones allowed), else null. */
  private void checkMap(YamlPath path, Map<String, PropertySchema> schema, Map<?, ?> values,
      String owner, String type) {
    for (Object key : values.keySet()) {
      if (!schema.containsKey(key)
          && !(type != null && key instanceof String k && HeatHidden.isHiddenProperty(type, k))) {
        error(path.key(String.valueOf(key)), "unknown property \"" + key + "\" of "
            + owner + "; expected one of " + schema.keySet());
      }
    }
    for (Map.Entry<String, PropertySchema> e : schema.entrySet()) {
      String key = e.getKey();
      PropertySchema ps = e.getValue();
      Object value = values.get(key);
      if (value == null) {
        if (ps.required() && ps.defaultValue() == null && !setAsHidden(type, key, values)) {
          error(path.key(key), "required property \"" + key + "\" of "
              + owner + " is not set" + (values.containsKey(key) ? " (it is null)" : ""));
        }
        continue;
      }
      checkValue(path, key, -1, ps, value);
    }
  }

  /** Whether a hidden property Heat moves into {@code key} (network_id → network) is set. */
  private static boolean setAsHidden(String type, String key, Map<?, ?> values) {
    if (type == null) {
      return false;
    }
    for (String hidden : HeatHidden.hiddenSourcesOf(type, key)) {
      if (values.get(hidden) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks {@code value}, the value of {@code key} (or, when null, of list item {@code index})
   * under {@code parent}; the value's own path is built only for a problem or a nested check.
   */
  private void checkValue(YamlPath parent, String key, int index, PropertySchema ps,
      Object modelValue) {
    Object value = Trees.node(modelValue);
    if (isFunction(value) || ps.type() == null) {
      return;
    }
    switch (ps.type()) {
      case "string" -> {
        if (value instanceof Map || value instanceof List) {
          error(at(parent, key, index), "expected a string, not " + ParameterValues.kind(value));
          return;
        }
      }
      case "integer" -> {
        if (value instanceof Long || value instanceof Integer) {
          break;
        }
        BigDecimal n = Trees.decimal(value);
        if (n == null || n.stripTrailingZeros().scale() > 0) {
          error(at(parent, key, index), "expected an integer, not "
              + ParameterValues.kind(value) + describeScalar(value));
          return;
        }
      }
      case "number" -> {
        if (Trees.decimal(value) == null) {
          error(at(parent, key, index), "expected a number, not "
              + ParameterValues.kind(value) + describeScalar(value));
          return;
        }
      }
      case "boolean" -> {
        if (!(value instanceof Boolean)
            && !(value instanceof String s && BOOLEAN_WORDS.contains(s.toLowerCase(Locale.ROOT)))) {
          error(at(parent, key, index), "expected a boolean, not "
              + ParameterValues.kind(value) + describeScalar(value));
          return;
        }
      }
      case "map" -> {
        if (!(value instanceof Map<?, ?> m)) {
          error(at(parent, key, index), "expected a map, not " + ParameterValues.kind(value));
          return;
        }
        if (!ps.schema().isEmpty()) {
          checkMap(at(parent, key, index), ps.schema(), m, "this map");
        }
      }
      case "list" -> {
        if (!(value instanceof List<?> l)) {
          error(at(parent, key, index), "expected a list, not " + ParameterValues.kind(value));
          return;
        }
        PropertySchema item = ps.itemSchema();
        if (item != null && !l.isEmpty()) {
          YamlPath listPath = at(parent, key, index);
          for (int i = 0; i < l.size(); i++) {
            Object v = l.get(i);
            if (v == null) {
              continue;
            }
            checkValue(listPath, null, i, item, v);
          }
        }
      }
      default -> { }
    }
    for (Constraint c : ps.constraints()) {
      if (c.kind() == Constraint.Kind.CUSTOM_CONSTRAINT || containsFunction(value)) {
        continue;
      }
      // Heat's AllowedValues holds for a list when every item is allowed
      List<?> items = c.kind() == Constraint.Kind.ALLOWED_VALUES && value instanceof List<?> l
          ? l : List.of(value);
      for (Object item : items) {
        String violation = item == null ? null : c.violation(Trees.node(item));
        if (violation != null) {
          error(at(parent, key, index), violation);
          break;
        }
      }
    }
  }

  private static YamlPath at(YamlPath parent, String key, int index) {
    return key != null ? parent.key(key) : parent.index(index);
  }

  private void error(YamlPath path, String message) {
    problems.add(Problem.error(path.toString(), message));
  }

  private static String describeScalar(Object value) {
    return value instanceof String s ? " \"" + s + "\"" : "";
  }

  private static boolean isFunction(Object value) {
    return value instanceof Map<?, ?> m && m.size() == 1
        && m.keySet().iterator().next() instanceof String k && FUNCTIONS.contains(k);
  }

  private static boolean containsFunction(Object value) {
    return FunctionWalker.containsFunction(value, FUNCTIONS);
  }
}
