package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.ParameterType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How Heat reads a parameter value of each type (heat/engine/parameters.py). */
final class ParameterValues {
  private static final Set<String> BOOLEAN_WORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "t", "f", "y", "n", "1", "0");

  private ParameterValues() {}

  /** Why {@code value} is not a valid {@code type} value, or null; never quotes the value. */
  static String typeProblem(ParameterType type, Object value) {
    switch (type) {
      case NUMBER -> {
        if (value instanceof Number) {
          return null;
        }
        if (value instanceof String s) {
          try {
            new BigDecimal(s.trim());
            return null;
          } catch (NumberFormatException e) {
            return "expected a number for a number parameter, not the string \"" + s + "\"";
          }
        }
        return "expected a number for a number parameter, not " + Trees.describe(value);
      }
      case BOOLEAN -> {
        if (value instanceof Boolean) {
          return null;
        }
        if (value instanceof String s && BOOLEAN_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
          return null;
        }
        if (value instanceof Number n && (n.longValue() == 0 || n.longValue() == 1)) {
          return null;
        }
        return "expected a boolean for a boolean parameter, not " + Trees.describe(value);
      }
      case JSON -> {
        // JsonParam.parse: a value that is no string goes through jsonutils.dumps and loads,
        // so a number or a boolean is read as itself; a string must be JSON (jsonTextProblem)
        return null;
      }
      case COMMA_DELIMITED_LIST -> {
        if (value instanceof String || value instanceof List) {
          return null;
        }
        return "expected a comma-delimited string or a list, not " + Trees.describe(value);
      }
      case STRING -> {
        // parameters.py StringParam._validate checks the constraints only: any value passes
        return null;
      }
      default -> throw new AssertionError(type);
    }
  }

  private static final com.fasterxml.jackson.core.JsonFactory JSON =
      com.fasterxml.jackson.core.JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  /**
   * Why a json parameter's string value is not JSON, or null: {@code parameters.py
   * JsonParam.parse} runs {@code jsonutils.loads} on a non-empty string (Python's json module:
   * one value, NaN and Infinity allowed). Heat checks it when the parameter's value is
   * validated, before stack create, not at template-validate.
   */
  static String jsonTextProblem(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() == null) {
        return "Value must be valid JSON: there is no value";
      }
      p.skipChildren();
      return p.nextToken() == null ? null : "Value must be valid JSON: extra data after the value";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      return "Value must be valid JSON; it is not"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    } catch (java.io.IOException e) {
      return "Value must be valid JSON; it is not";
    }
  }

  /**
   * Why Heat's constraint of {@code kind} fails on a non-string default of a string parameter
   * (Python's len() or re.match on a number or a boolean), or null.
   */
  static String constraintTypeProblem(io.hotdsl.model.Constraint.Kind kind, Object value) {
    boolean sized = value instanceof String || value instanceof List || value instanceof Map;
    if (kind == io.hotdsl.model.Constraint.Kind.LENGTH && !sized) {
      return "Invalid default: " + Trees.describe(value) + " has no length (constraints.py Length)";
    }
    if (kind == io.hotdsl.model.Constraint.Kind.ALLOWED_PATTERN && !(value instanceof String)) {
      return "Invalid default: " + Trees.describe(value)
          + " cannot match a pattern (constraints.py " + "AllowedPattern)";
    }
    return null;
  }

  /** The values a constraint is checked against: the items of a list, else the value itself. */
  static List<Object> constrainedValues(ParameterType type, Object value) {
    if (type == ParameterType.COMMA_DELIMITED_LIST) {
      if (value instanceof String s) {
        List<Object> items = new java.util.ArrayList<>();
        for (String item : s.split(",", -1)) {
          items.add(item.trim());
        }
        return items;
      }
      if (value instanceof List<?> l) {
        return List.copyOf(l);
      }
    }
    return java.util.Collections.singletonList(value);
  }
}
