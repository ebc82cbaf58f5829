package io.hotdsl.validate;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.DidYouMean;
import io.hotdsl.functions.FunctionCall;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a resource's properties against its type's schema, as Heat's {@code Properties.validate}
 * does: unknown properties, missing required ones, and literal values of the wrong type or outside
 * the constraints. Values computed by functions are left to Heat. The properties may be a tree or
 * the resource's model values, turned into tree nodes as they are checked ({@link Trees#node}).
 *
 * <p>Heat's template-validate calls {@code Properties.validate(with_value=False)}
 * ({@code resource.py validate_template}): only unknown top-level properties are its errors;
 * everything about values is checked before stack create and reported as such.
 */
final class PropertyChecker {
  /** properties.py Property._get_bool: a boolean, or "true"/"false" in any case. */
  private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false");
  /** What Python's int() takes from a string. */
  private static final java.util.regex.Pattern PY_INT =
      java.util.regex.Pattern.compile("\\s*[+-]?[0-9]+(_[0-9]+)*\\s*");

  private final List<Problem> problems;
  private final Map<String, Parameter<?>> parameters;
  /** The function names Heat parses in this template's version; other one-key maps are maps. */
  private final Set<String> functions;
  /** Whether the version has the Fn:: functions and Ref as Removed (hot/template.py). */
  private final boolean removedFunctions;
  /** {@link #isFunctionName(String)}, made once. */
  private final java.util.function.Predicate<String> isFunctionName = this::isFunctionName;
  /**
   * The schema maps met in this run, indexed once each; shared by the checkers that {@link
   * #into} makes (a type whose problems are relabelled gets a checker per resource).
   */
  private final Map<Map<String, PropertySchema>, SchemaIndex> indexes;

  PropertyChecker(
      List<Problem> problems, Map<String, Parameter<?>> parameters, HotVersion version) {
    this(problems, parameters, version, new java.util.IdentityHashMap<>());
  }

  private PropertyChecker(
      List<Problem> problems,
      Map<String, Parameter<?>> parameters,
      HotVersion version,
      Map<Map<String, PropertySchema>, SchemaIndex> indexes) {
    this.problems = problems;
    this.parameters = parameters;
    this.functions = NameSet.functions(version);
    this.removedFunctions = version.isAtLeast(HotVersion.V2014_10_16);
    this.indexes = indexes;
  }

  /** A checker like this one that reports into {@code own}, sharing this one's schema indexes. */
  PropertyChecker into(List<Problem> own, HotVersion version) {
    return new PropertyChecker(own, parameters, version, indexes);
  }

  void check(YamlPath path, ResourceTypeSchema schema, Map<?, ?> properties) {
    if ("OS::Heat::None".equals(schema.type())) {
      // NoneResource overrides validate(): it takes and ignores any properties
      return;
    }
    checkMap(path, schema.properties(), properties, null, schema.type());
  }

  /** Checks a map value's keys and values against {@code schema}; {@code owner} names it. */
  void checkMap(YamlPath path, Map<String, PropertySchema> schema, Map<?, ?> values, String owner) {
    checkMap(path, schema, values, owner, null);
  }

  /**
   * {@code type} is the resource type for its top-level properties (hidden ones allowed), else
   * null; {@code owner} names the map in messages (null: the resource type, or "this map").
   */
  private void checkMap(
      YamlPath path,
      Map<String, PropertySchema> schema,
      Map<?, ?> values,
      String owner,
      String type) {
    checkMap(path, index(schema), values, owner, type);
  }

  /** The index of {@code schema} in this run. */
  SchemaIndex index(Map<String, PropertySchema> schema) {
    return indexes.computeIfAbsent(schema, SchemaIndex::new);
  }

  private void checkMap(
      YamlPath path, SchemaIndex index, Map<?, ?> values, String owner, String type) {
    Map<String, PropertySchema> schema = index.schema;
    if (values instanceof ArrayMap<?> array) {
      // a model map: the plan of its key array, made once per shape of map in a run
      SchemaIndex.Plan plan = index.plan(array, type);
      for (int u : plan.unknown) {
        unknownProperty(path, schema, array.keyAt(u), owner, type);
      }
      for (int i = 0; i < plan.positions.length; i++) {
        int at = plan.positions[i];
        int j = plan.valueIndexes[i];
        checkProperty(
            path,
            index.keys[at],
            index.facts[at],
            j < 0 ? null : array.valueAt(j),
            j >= 0,
            values,
            owner,
            type);
      }
      return;
    }
    // the positions of the properties set, and the unknown ones reported, in one pass
    int[] visit = new int[values.size() + index.required.length];
    int n = 0;
    for (Object key : values.keySet()) {
      Integer at = index.positions.get(key);
      if (at != null) {
        visit[n++] = at;
      } else if (!index.hidden(type, key)) {
        unknownProperty(path, schema, key, owner, type);
      }
    }
    // the schema's properties in its order, but only those that are set or required without a
    // default: the others need no check (a template sets a few of a type's many properties)
    System.arraycopy(index.required, 0, visit, n, index.required.length);
    n += index.required.length;
    java.util.Arrays.sort(visit, 0, n);
    for (int i = 0; i < n; i++) {
      if (i > 0 && visit[i] == visit[i - 1]) {
        continue; // set and required
      }
      String key = index.keys[visit[i]];
      checkProperty(
          path,
          key,
          index.facts[visit[i]],
          values.get(key),
          values.containsKey(key),
          values,
          owner,
          type);
    }
  }

  private void unknownProperty(
      YamlPath path, Map<String, PropertySchema> schema, Object key, String owner, String type) {
    String message = "unknown property \"" + key + "\" of " + owner(owner, type)
        + "; expected one of " + schema.keySet()
        + DidYouMean.hint(String.valueOf(key), schema.keySet());
    if (type != null) {
      // properties.py Properties.validate: checked even with_value=False
      problems.add(Problem.error(path.key(String.valueOf(key)).toString(), message));
    } else {
      error(path.key(String.valueOf(key)), message);
    }
  }

  /**
   * Property {@code key} of the map {@code values} at {@code path}: {@code modelValue} as given,
   * {@code set} whether the map has the key at all.
   */
  private void checkProperty(
      YamlPath path,
      String key,
      PropertyFacts facts,
      Object modelValue,
      boolean set,
      Map<?, ?> values,
      String owner,
      String type) {
    PropertySchema ps = facts.schema;
    if (modelValue instanceof FunctionCall<?> call && isFunctionName(call.name())) {
      return; // computed by Heat: nothing to check (checkValue's first test, without a map)
    }
    // Heat's Properties: a property given null is unset (properties.py, Property.get_value)
    Object value = Trees.node(modelValue);
    if (value == null) {
      if (set && nullBreaksConstraints(path.key(key), ps)) {
        return;
      }
      if (ps.required() && ps.defaultValue() == null && set) {
        // Properties.validate: "required" means the key is in the data; a null value then
        // reads as '' / 0 / false / [] / {} (Property._get_string and the others)
        problems.add(Problem.warning(
            path.key(key).toString(),
            "required property \"" + key + "\" of " + owner(owner, type)
                + " is null; Heat accepts it as an empty value"));
      } else if (ps.required() && ps.defaultValue() == null && !setAsHidden(type, key, values)) {
        error(
            path.key(key),
            "required property \"" + key + "\" of " + owner(owner, type) + " is not set");
      }
      return;
    }
    checkValue(path, key, -1, facts, value);
  }

  /** What messages call the map of properties: as given, its resource type, or a map value. */
  private static String owner(String owner, String type) {
    return owner != null ? owner : type != null ? "resource type " + type : "this map";
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

  /** Checks the value Heat resolves for property {@code key} ({@link LiteralResults}). */
  void checkResolved(YamlPath parent, String key, PropertySchema ps, Object value) {
    checkValue(parent, key, -1, new PropertyFacts(ps), Trees.node(value));
  }

  /**
   * Checks {@code value}, a tree node ({@link Trees#node}, which callers have called), the value
   * of {@code key} (or, when null, of list item {@code index}) under {@code parent}; the value's
   * own path is built only for a problem or a nested check.
   */
  private void checkValue(
      YamlPath parent, String key, int index, PropertyFacts facts, Object value) {
    if (isFunction(value) || facts.type == PropertyFacts.NONE) {
      return;
    }
    switch (facts.type) {
      // properties.py Property._get_string / _get_integer / _get_number / _get_bool
      case PropertyFacts.STRING -> {
        if (!(value instanceof String || value instanceof Boolean || isInt(value))) {
          error(
              at(parent, key, index),
              "expected a string, not "
                  + Trees.describe(value) + describeScalar(value)
                  + " (Heat turns only integers and booleans into strings)");
          return;
        }
        if (!(value instanceof String)) {
          // Property._get_string: str(value), then the constraints ("True" against a pattern)
          value = io.hotdsl.functions.PyJson.str(value);
        }
      }
      case PropertyFacts.INTEGER -> {
        // Python's int(): any number (1.5 becomes 1), a boolean, an integer literal string
        if (!(value instanceof Number
            || value instanceof Boolean
            || value instanceof String s && PY_INT.matcher(s).matches())) {
          error(
              at(parent, key, index),
              "expected an integer, not " + Trees.describe(value) + describeScalar(value));
          return;
        }
      }
      case PropertyFacts.NUMBER -> {
        if (!(value instanceof Number
            || value instanceof Boolean
            || value instanceof String s && isPythonNumber(s))) {
          error(
              at(parent, key, index),
              "expected a number, not " + Trees.describe(value) + describeScalar(value));
          return;
        }
      }
      case PropertyFacts.BOOLEAN -> {
        if (!(value instanceof Boolean)
            && !(value instanceof String s && BOOLEAN_WORDS.contains(s.toLowerCase(Locale.ROOT)))) {
          error(
              at(parent, key, index),
              "expected a boolean (true or false), not " + Trees.describe(value)
                  + describeScalar(value));
          return;
        }
      }
      case PropertyFacts.MAP -> {
        Map<?, ?> m = PropertyNodes.asMap(value);
        if (m == null) {
          error(at(parent, key, index), "expected a map, not " + Trees.describe(value));
          return;
        }
        if (!facts.schema.schema().isEmpty()) {
          checkMap(at(parent, key, index), facts.mapIndex(this), m, null, null);
        }
      }
      case PropertyFacts.LIST -> {
        List<?> l = PropertyNodes.asList(value);
        if (l == null) {
          error(at(parent, key, index), "expected a list, not " + Trees.describe(value));
          return;
        }
        PropertyFacts item = facts.item();
        if (item != null && !l.isEmpty()) {
          YamlPath listPath = at(parent, key, index);
          for (int i = 0; i < l.size(); i++) {
            if (l.get(i) instanceof FunctionCall<?> call && isFunctionName(call.name())) {
              continue; // as checkValue's first test, without building the call's map
            }
            Object v = Trees.node(l.get(i));
            if (v == null) {
              continue;
            }
            checkValue(listPath, null, i, item, v);
          }
        }
      }
      default -> {}
    }
    List<Constraint> constraints = facts.schema.constraints();
    for (int i = 0; i < constraints.size(); i++) {
      // the one check the generated builders make too (by index: no iterator per value)
      Constraint c = constraints.get(i);
      String violation = c.propertyViolation(value, functions);
      if (violation != null) {
        error(at(parent, key, index), violation);
      }
    }
  }

  /**
   * A property set to null is found with the value None ({@code properties.py
   * Properties._resolve_user_value}), which {@code Property.get_value} turns into the default or
   * an empty value ({@code ''}, 0, false, [], {}) and then checks against the constraints before
   * stack create: {@code type: null} of OS::Heat::Value is {@code ""}, not an allowed value.
   * Reports the first broken constraint; false when there is none.
   */
  private boolean nullBreaksConstraints(YamlPath at, PropertySchema ps) {
    Object empty = PreCreateValues.typed(null, ps);
    if (empty == null) {
      return false;
    }
    for (Constraint c : ps.constraints()) {
      String violation = c.propertyViolation(empty, functions);
      if (violation != null) {
        error(
            at,
            violation + " (a property set to null reads as "
                + (empty instanceof String s ? "\"" + s + "\"" : String.valueOf(empty))
                + ", its default or empty value, and Heat checks its constraints)");
        return true;
      }
    }
    return false;
  }

  private static boolean isInt(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof java.math.BigInteger;
  }

  /** Whether Heat's {@code Schema.str_to_num} reads {@code s}: Python's int() or float(). */
  private static boolean isPythonNumber(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    return PY_INT.matcher(s).matches()
        || Trees.decimal(t) != null
        || t.matches("[+-]?(inf|infinity|nan)");
  }

  private static YamlPath at(YamlPath parent, String key, int index) {
    return key != null ? parent.key(key) : parent.index(index);
  }

  /** A problem with a value: Heat finds it before stack create only. */
  private void error(YamlPath path, String message) {
    problems.add(Problem.createError(path.toString(), message));
  }

  private String describeScalar(Object value) {
    return value instanceof String s ? " \"" + s + "\"" : DidYouMean.functionHint(value, functions);
  }

  private boolean isFunction(Object value) {
    if (value instanceof ArrayMap<?> map) {
      // a model map by its arrays, as Trees.functionName reads it (by class: no interface test)
      return map.size() == 1 && map.keyAt(0) != null && isFunctionName(map.keyAt(0));
    }
    if (value instanceof java.util.AbstractList<?>) {
      return false; // a list (by class): never a map, their remove(Object) methods clash
    }
    if (!FunctionWalker.mayHoldCalls(value)) {
      return false; // a scalar: no map
    }
    // a removed function (Fn::Join in 2014-10-16+) is an error of its own, not a map
    return Trees.functionName(value, isFunctionName) != null;
  }

  private boolean isFunctionName(String k) {
    return functions.contains(k) || removedFunctions && (k.startsWith("Fn::") || k.equals("Ref"));
  }
}
