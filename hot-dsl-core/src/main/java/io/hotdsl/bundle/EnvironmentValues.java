package io.hotdsl.bundle;

import io.hotdsl.environment.Environment;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import io.hotdsl.validate.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values a bundle gives to parameters, read as Heat 19 reads them:
 *
 * <ul>
 *   <li>an environment's {@code parameters} naming a parameter the root template does not have:
 *       {@code parameters.py Parameters._validate_user_parameters} ("was not defined in
 *       template"), which template-validate finds ({@code parameter_defaults} for unknown names
 *       are ignored);
 *   <li>the value each root parameter gets (the last environment's {@code parameters}, else its
 *       {@code parameter_defaults}) converted as its type's {@code parse()} does
 *       ({@code NumberParam}: {@code Schema.str_to_num}; {@code BooleanParam}:
 *       {@code strutils.bool_from_string(strict=True)}; {@code JsonParam}: a string must be JSON;
 *       {@code CommaDelimitedListParam}: a list or a string), checked before stack create;
 *   <li>a provider template's properties, which Heat types from the child's parameters
 *       ({@code properties.py Schema.from_parameter}) and converts before stack create
 *       ({@code Property.get_value}).
 * </ul>
 */
final class EnvironmentValues {
  /** oslo_utils strutils.TRUE_STRINGS and FALSE_STRINGS. */
  private static final Set<String> BOOLEAN_WORDS =
      Set.of("1", "t", "true", "on", "y", "yes", "0", "f", "false", "off", "n", "no");
  /** What Python's int() or float() reads from a string. */
  private static final Pattern PY_NUMBER = Pattern.compile(
      "\\s*[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?\\s*"
          + "|\\s*[+-]?(?i:inf|infinity|nan)\\s*");

  private EnvironmentValues() {}

  static void check(Bundle bundle, List<Problem> problems) {
    Map<?, ?> params =
        bundle.rootTemplate().get("parameters") instanceof Map<?, ?> m ? m : Map.of();
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> where = new LinkedHashMap<>();
    Map<String, Object> defaults = new LinkedHashMap<>();
    Map<String, String> defaultWhere = new LinkedHashMap<>();
    for (Map.Entry<String, Environment> e : bundle.environments().entrySet()) {
      e.getValue().parameters().forEach((k, v) -> {
        values.put(k, v);
        where.put(k, e.getKey() + ": parameters." + k);
        if (!params.containsKey(k)) {
          problems.add(Problem.error(
              e.getKey() + ": parameters." + k,
              "The Parameter (" + k
                  + ") was not defined in template; the root template's parameters are "
                  + params.keySet()));
        }
      });
      e.getValue().parameterDefaults().forEach((k, v) -> {
        defaults.put(k, v);
        defaultWhere.put(k, e.getKey() + ": parameter_defaults." + k);
      });
    }
    params.forEach((name, schema) -> {
      String k = String.valueOf(name);
      boolean given = values.containsKey(k);
      Object v = given ? values.get(k) : defaults.get(k);
      if (v == null || !(schema instanceof Map<?, ?> s) || !(s.get("type") instanceof String t)) {
        return;
      }
      String problem = parameterProblem(t, v);
      if (problem != null) {
        boolean hidden = io.hotdsl.functions.PythonTruth.of(s.get("hidden"));
        problems.add(Problem.createError(
            given ? where.get(k) : defaultWhere.get(k),
            "Parameter '" + k + "' is invalid: " + (hidden ? "not a valid " + t : problem)));
      }
    });
  }

  /** Why {@code parse()} of a {@code type} parameter fails on {@code v}, or null. */
  static String parameterProblem(String type, Object v) {
    return switch (type) {
      case "number" -> numberProblem(v);
      case "boolean" ->
        v instanceof Boolean
                || !(v instanceof Map || v instanceof List)
                    && BOOLEAN_WORDS.contains(String.valueOf(v).trim().toLowerCase(Locale.ROOT))
            ? null
            : "expected a boolean (true, false, yes, no, on, off, 1, 0 …), not "
                + Trees.describe(v);
      case "json" ->
        !(v instanceof String s) || s.isEmpty() || isJson(s)
            ? null
            : "Value must be valid JSON, not the string \"" + s + "\"";
      case "comma_delimited_list" ->
        v instanceof String || v instanceof List
            ? null
            : "Value must be a comma-delimited list string or a list, not " + Trees.describe(v);
      default -> null;
    };
  }

  /**
   * Why {@code v} is not a number as Heat's number parameter parses it (a number, a boolean, or
   * a string Python's {@code float} reads), or null.
   */
  private static String numberProblem(Object v) {
    return v instanceof Number
            || v instanceof Boolean
            || v instanceof String s && PY_NUMBER.matcher(s).matches()
        ? null
        : "expected a number, not " + Trees.describe(v);
  }

  /**
   * Why a provider template's property fails to convert to the type Heat gives it from the
   * child's parameter of type {@code type}, or null (a function: left to Heat).
   */
  static String propertyProblem(String type, Object v) {
    if (v == null || Trees.isFunction(v, HotVersion.allFunctionNames())) {
      return null;
    }
    return switch (type) {
      case "number" -> numberProblem(v);
      case "boolean" ->
        v instanceof Boolean
                || v instanceof String s
                    && Set.of("true", "false").contains(s.toLowerCase(Locale.ROOT))
            ? null
            : "expected a boolean (true or false), not " + Trees.describe(v);
      case "string" ->
        v instanceof String
                || v instanceof Boolean
                || v instanceof Integer
                || v instanceof Long
                || v instanceof java.math.BigInteger
                || v instanceof java.math.BigDecimal d && d.scale() <= 0
            ? null
            : "expected a string, not " + Trees.describe(v);
      case "json" ->
        v instanceof Map || v instanceof String || v instanceof List
            ? null
            : "expected a map, not " + Trees.describe(v);
      case "comma_delimited_list" ->
        v instanceof String || v instanceof List
            ? null
            : "expected a list, not " + Trees.describe(v);
      default -> null;
    };
  }

  private static boolean isJson(String s) {
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(s);
      return true;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }
}
