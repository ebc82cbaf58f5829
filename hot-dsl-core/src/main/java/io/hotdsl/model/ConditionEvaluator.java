package io.hotdsl.model;

import io.hotdsl.functions.PythonEquality;
import io.hotdsl.functions.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of a template's conditions, worked out offline as Heat 19 works it out
 * ({@code heat/engine/conditions.py} and the condition functions of {@code hot/functions.py}).
 * Validation and update impact both use it; they differ only in what {@code get_param} gives,
 * which the caller passes in as {@link ParameterValues}.
 *
 * <p>Heat's rules, and where each comes from:
 * <ul>
 *   <li>A resource's or output's {@code condition} and the first argument of {@code if} are
 *       resolved, then read by {@code Conditions.is_enabled}: a boolean is itself, null is true,
 *       a string names a condition, anything else is an error.
 *   <li>A definition in the {@code conditions} section must resolve to a boolean (a bare name
 *       of another condition is an error: {@code _check_condition_type}); a definition that
 *       uses itself is an error ("Circular definition"). Each is resolved once.
 *   <li>The functions are those the version allows in conditions: {@code equals},
 *       {@code not}, {@code and}, {@code or}, {@code get_param}, and from 2017-09-01
 *       {@code contains} and {@code yaql}. Any other function there is an error.
 *   <li>{@code equals: [a, b]} is Python's {@code a == b}; {@code contains: [v, seq]} is
 *       Python's {@code v in seq}, where {@code seq} is a list or a string (substring).
 *   <li>{@code not} takes one condition; {@code and} and {@code or} a list of two or more. Their
 *       arguments are resolved first (an error in any is an error), then read in order until
 *       one decides, as Python's {@code all()} and {@code any()} do.
 * </ul>
 *
 * <p>The answer is true, false, or null when only the real stack would know it (a parameter
 * without a known value, {@code yaql}) or Heat would refuse the condition. One evaluator serves
 * one template with one set of values; it is not for concurrent use.
 */
public final class ConditionEvaluator {
  /** What {@link ParameterValues} answers for a value it does not know. */
  public static final Object UNKNOWN = new Object() {
    @Override
    public String toString() {
      return "<unknown>";
    }
  };

  /** The value {@code get_param} gives. */
  @FunctionalInterface
  public interface ParameterValues {
    /**
     * @param args get_param's arguments, resolved: a parameter name, or a list of a name and the
     *     keys and indexes into its value
     * @return the value Heat would give, or {@link #UNKNOWN}
     */
    Object get(Object args);
  }

  /** What Heat would refuse (an exception in Heat), as opposed to {@link #UNKNOWN}. */
  private static final Object ERROR = new Object();

  private static final Object IN_PROGRESS = new Object();

  private final Map<String, Condition> definitions;
  private final HotVersion version;
  private final ParameterValues parameters;
  /** Conditions.is_enabled's cache: name → TRUE, FALSE, UNKNOWN, ERROR or IN_PROGRESS. */
  private final Map<String, Object> resolved = new HashMap<>();

  /**
   * @param definitions the template's conditions section
   * @param version the template's version, which says which functions conditions may use
   * @param parameters what get_param gives
   */
  public ConditionEvaluator(
      Map<String, Condition> definitions, HotVersion version, ParameterValues parameters) {
    this.definitions = Map.copyOf(definitions);
    this.version = version;
    this.parameters = parameters;
  }

  /**
   * The value of a resource's or output's {@code condition}, or of the first argument of
   * {@code if}: true, false, or null when unknown or refused by Heat.
   */
  public Boolean of(Object condition) {
    return enabled(resolve(Trees.toTree(condition))) instanceof Boolean b ? b : null;
  }

  /** Conditions.is_enabled of a resolved value. */
  private Object enabled(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Boolean || value == UNKNOWN || value == ERROR) {
      return value;
    }
    if (value instanceof String name && definitions.containsKey(name)) {
      return definition(name);
    }
    return ERROR; // "Invalid condition"
  }

  private Object definition(String name) {
    Object cached = resolved.get(name);
    if (cached == IN_PROGRESS) {
      return ERROR; // "Circular definition for condition"
    }
    if (cached != null) {
      return cached;
    }
    resolved.put(name, IN_PROGRESS);
    Object value = resolve(definitions.get(name).toTree());
    Object result = value instanceof Boolean || value == UNKNOWN ? value : ERROR;
    resolved.put(name, result);
    return result;
  }

  /** function.resolve: the value of a tree whose functions are condition functions. */
  private Object resolve(Object tree) {
    if (tree instanceof Map<?, ?> m) {
      String key = Trees.functionName(m, this::isFunction);
      if (key != null) {
        return version.conditionFunctions().contains(key) ? call(key, m.get(key)) : ERROR;
      }
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(e.getKey(), resolve(e.getValue()));
      }
      return worst(out.values(), out);
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object item : l) {
        out.add(resolve(item));
      }
      return worst(out, out);
    }
    return tree;
  }

  /** Whether Heat parses {@code {key: …}} in conditions as a function (maybe an invalid one). */
  private boolean isFunction(String key) {
    return version.conditionFunctions().contains(key)
        || version.functions().contains(key)
        || key.startsWith("Fn::")
        || key.equals("Ref");
  }

  /** ERROR if any value is one, else UNKNOWN if any is one, else {@code whole}. */
  private static Object worst(Iterable<Object> values, Object whole) {
    Object worst = whole;
    for (Object v : values) {
      if (v == ERROR) {
        return ERROR;
      }
      if (v == UNKNOWN) {
        worst = UNKNOWN;
      }
    }
    return worst;
  }

  private Object call(String function, Object args) {
    switch (function) {
      case "get_param" -> {
        Object resolvedArgs = resolve(args);
        return resolvedArgs == ERROR || resolvedArgs == UNKNOWN
            ? resolvedArgs
            : parameters.get(resolvedArgs);
      }
      case "equals", "contains" -> {
        if (!(args instanceof List<?> l) || l.size() != 2) {
          return ERROR; // "Arguments to ... must be of the form: [value_1, value_2]"
        }
        Object a = resolve(l.get(0));
        Object b = resolve(l.get(1));
        if (a == ERROR || b == ERROR) {
          return ERROR;
        }
        if (a == UNKNOWN || b == UNKNOWN) {
          return UNKNOWN;
        }
        return function.equals("equals") ? PythonEquality.equal(a, b) : contains(a, b);
      }
      case "not" -> {
        if (args == null) {
          return ERROR; // "Argument to "not" must be a condition"
        }
        Object v = enabled(resolve(args));
        return v instanceof Boolean b ? !b : v;
      }
      case "and", "or" -> {
        if (!(args instanceof List<?> l) || l.size() < 2) {
          return ERROR; // "a list of conditions", "The minimum number ... is 2."
        }
        List<Object> items = new ArrayList<>(l.size());
        for (Object item : l) {
          Object v = resolve(item);
          if (v == ERROR) {
            return ERROR; // function.resolve(self.args) resolves every item first
          }
          items.add(v);
        }
        boolean and = function.equals("and");
        Object result = and;
        for (Object item : items) {
          Object v = enabled(item);
          if (v == ERROR || v instanceof Boolean b && b != and) {
            return v;
          }
          if (v == UNKNOWN) {
            result = UNKNOWN;
          }
        }
        return result;
      }
      default -> {
        return UNKNOWN; // yaql: only a yaql engine would know
      }
    }
  }

  /** Python's {@code value in sequence}, or ERROR where Python raises. */
  private static Object contains(Object value, Object sequence) {
    if (sequence instanceof List<?> items) {
      return items.stream().anyMatch(x -> PythonEquality.equal(x, value));
    }
    if (sequence instanceof String s) {
      // "'in <string>' requires string as left operand"
      return value instanceof String v ? s.contains(v) : ERROR;
    }
    return ERROR; // "Second argument to "contains" should be a sequence."
  }
}
