package io.hotdsl.model;

import io.hotdsl.functions.PyJson;
import io.hotdsl.functions.Trees;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parameter constraint: length, range, modulo, allowed_values, allowed_pattern or
 * custom_constraint, with its optional description.
 *
 * @param kind the constraint's key in HOT
 * @param spec what follows the key: a map for length/range/modulo, a list for allowed_values, a
 *     string for allowed_pattern and custom_constraint
 * @param description shown by Heat when the constraint fails, or null
 */
public record Constraint(Kind kind, Object spec, String description) {

  /** The constraint kinds of HOT parameters. */
  public enum Kind {
    LENGTH("length"),
    RANGE("range"),
    MODULO("modulo"),
    ALLOWED_VALUES("allowed_values"),
    ALLOWED_PATTERN("allowed_pattern"),
    CUSTOM_CONSTRAINT("custom_constraint");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The key as written in a template. */
    public String key() {
      return key;
    }

    /** The kind whose key is {@code key}, or null. */
    public static Kind fromKey(String key) {
      for (Kind k : values()) {
        if (k.key.equals(key)) {
          return k;
        }
      }
      return null;
    }
  }

  /** The keys of a length or range constraint's map, and of a modulo constraint's. */
  private static final java.util.Set<String> BOUND_KEYS = java.util.Set.of("min", "max");

  private static final java.util.Set<String> MODULO_KEYS = java.util.Set.of("step", "offset");

  public Constraint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(spec, "spec");
  }

  /** {@code length: {min, max}}; either bound may be null. */
  public static Constraint length(Integer min, Integer max) {
    return new Constraint(Kind.LENGTH, bounds("min", min, "max", max), null);
  }

  /** {@code range: {min, max}}; either bound may be null. */
  public static Constraint range(Number min, Number max) {
    return new Constraint(Kind.RANGE, bounds("min", min, "max", max), null);
  }

  /** {@code modulo: {step, offset}}. */
  public static Constraint modulo(long step, long offset) {
    if (step == 0) {
      throw new IllegalArgumentException("modulo step must not be 0");
    }
    return new Constraint(Kind.MODULO, bounds("step", step, "offset", offset), null);
  }

  /** {@code allowed_values: [...]}. */
  public static Constraint allowedValues(Object... values) {
    return allowedValues(List.of(values));
  }

  /** {@code allowed_values: [...]}. */
  public static Constraint allowedValues(List<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("allowed_values must not be empty");
    }
    return new Constraint(Kind.ALLOWED_VALUES, List.copyOf(values), null);
  }

  /** {@code allowed_pattern: regex} (Heat matches it against the whole value). */
  public static Constraint allowedPattern(String regex) {
    try {
      pattern(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("allowed_pattern is not a valid regex: " + regex, e);
    }
    return new Constraint(Kind.ALLOWED_PATTERN, regex, null);
  }

  /** {@code custom_constraint: name} ({@code nova.flavor}, {@code glance.image} …). */
  public static Constraint customConstraint(String name) {
    return new Constraint(Kind.CUSTOM_CONSTRAINT, name, null);
  }

  /** This constraint with a description. */
  public Constraint withDescription(String description) {
    return new Constraint(kind, spec, description);
  }

  /** The HOT tree of this constraint. */
  public Map<String, Object> toTree() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(kind.key(), io.hotdsl.functions.Trees.toTree(spec));
    if (description != null) {
      out.put("description", description);
    }
    return out;
  }

  /**
   * Why {@code value} breaks this constraint, or null when it holds: Heat's own check and message
   * ({@code heat/engine/constraints.py}: {@code _is_valid} and {@code _err_msg}), or the
   * constraint's description when it has one. Lengths count code points (Python's {@code len}
   * of a {@code str}); range and modulo compare exact decimals, and modulo takes the sign of the
   * step as Python's {@code %} does; a pattern must match from the start to the end of the value
   * as {@code re.match(...).end() == len(value)}; a list meets allowed values when every item is
   * allowed. Values of the wrong kind (a number's length, a string's range) are not checked here:
   * the type checks report them. Custom constraints need the cloud and always hold, as do
   * constraints whose own definition Heat refuses ({@link #specProblem()} reports those).
   *
   * <p>The message shows the value as Heat's does; callers that must hide a value (a hidden
   * parameter) don't show this message.
   */
  public String violation(Object value) {
    if (specProblem() != null) {
      // a constraint Heat refuses to build checks nothing; specProblem() reports it
      return null;
    }
    switch (kind) {
      case LENGTH -> {
        int length = lengthOf(value);
        if (length < 0) {
          return null;
        }
        if (hasIntegerBounds() && !outsideIntegerBounds(length)) {
          return null;
        }
        Number min = bound("min");
        Number max = bound("max");
        if (outside(BigDecimal.valueOf(length), min, max)) {
          return describe("length (" + length + ") is out of range (min: " + PyJson.str(min)
              + ", max: " + PyJson.str(max) + ")");
        }
      }
      case RANGE -> {
        if ((value instanceof Integer || value instanceof Long)
            && hasIntegerBounds()
            && !outsideIntegerBounds(((Number) value).longValue())) {
          return null;
        }
        BigDecimal number = Trees.decimal(value);
        if (number == null) {
          return null;
        }
        Number min = bound("min");
        Number max = bound("max");
        if (outside(number, min, max)) {
          return describe(shown(value) + " is out of range (min: " + PyJson.str(min) + ", max: "
              + PyJson.str(max) + ")");
        }
      }
      case MODULO -> {
        BigDecimal number = Trees.decimal(value);
        if (number == null) {
          return null;
        }
        Number step = bound("step");
        Number offset = bound("offset");
        BigDecimal s = new BigDecimal(step.toString());
        BigDecimal r = number.remainder(s);
        if (r.signum() != 0 && r.signum() != s.signum()) {
          r = r.add(s); // Python's % takes the sign of the divisor
        }
        if (r.compareTo(new BigDecimal(offset.toString())) != 0) {
          return describe(shown(value) + " is not a multiple of " + PyJson.str(step)
              + " with an offset of " + PyJson.str(offset));
        }
      }
      case ALLOWED_VALUES -> {
        List<?> allowed = (List<?>) spec;
        // Heat's AllowedValues: a list holds when every element of it is allowed
        List<?> items = value instanceof List<?> l ? l : java.util.Collections.singletonList(value);
        for (Object item : items) {
          if (!(value instanceof List<?> && item instanceof java.util.Map<?, ?>) // a function
              && !isAllowed(allowed, item)) {
            return describe(PyJson.dumps(Trees.toTree(value)) + " is not an allowed value "
                + PyJson.dumps(Trees.toTree(allowed)));
          }
        }
        return null;
      }
      case ALLOWED_PATTERN -> {
        if (value instanceof String s) {
          java.util.regex.Matcher m = pattern((String) spec).matcher(s);
          if (!m.lookingAt() || m.end() != s.length()) {
            return describe("\"" + s + "\" does not match pattern \"" + spec + "\"");
          }
        }
      }
      case CUSTOM_CONSTRAINT -> {
        return null;
      }
      default -> throw new AssertionError(kind);
    }
    return null;
  }

  /**
   * Why the property value {@code value} breaks this constraint, or null, as Heat checks a
   * property with a literal value: values holding a function call (named in {@code
   * functionNames}) are Heat's to evaluate and are not checked, nor are nulls. The validator and
   * the generated builders both ask this, so they reject the same values with the same message.
   */
  public String propertyViolation(Object value, java.util.Set<String> functionNames) {
    if (value == null
        || kind == Kind.CUSTOM_CONSTRAINT
        || Trees.containsFunction(value, functionNames)) {
      return null;
    }
    return violation(Trees.node(value));
  }

  /**
   * Whether this constraint's spec is a map of {@code min} and/or {@code max} (and no other key)
   * to integers ({@code Integer} or {@code Long}): a length or range definition Heat builds,
   * whose checks can compare longs ({@link #outsideIntegerBounds}).
   */
  private boolean hasIntegerBounds() {
    if (!(spec instanceof Map<?, ?> m) || m.isEmpty() || m.size() > 2) {
      return false;
    }
    boolean hasMin = m.containsKey("min");
    boolean hasMax = m.containsKey("max");
    if ((hasMin ? 1 : 0) + (hasMax ? 1 : 0) != m.size()) {
      return false;
    }
    Object min = m.get("min");
    Object max = m.get("max");
    return (min != null || max != null)
        && (min == null || min instanceof Integer || min instanceof Long)
        && (max == null || max instanceof Integer || max instanceof Long);
  }

  /** Whether {@code n} is below the min or above the max of {@link #hasIntegerBounds} bounds. */
  private boolean outsideIntegerBounds(long n) {
    Map<?, ?> m = (Map<?, ?>) spec;
    Object min = m.get("min");
    Object max = m.get("max");
    return min != null && n < ((Number) min).longValue()
        || max != null && n > ((Number) max).longValue();
  }

  private static boolean outside(BigDecimal n, Number min, Number max) {
    return (min != null && n.compareTo(new BigDecimal(min.toString())) < 0)
        || (max != null && n.compareTo(new BigDecimal(max.toString())) > 0);
  }

  /**
   * A number as Heat's message shows it after {@code Schema.str_to_num}: a numeric string as the
   * int or float Python makes of it.
   */
  private static String shown(Object value) {
    if (value instanceof String s) {
      String t = s.trim();
      if (t.matches("[+-]?[0-9]+")) {
        return new java.math.BigInteger(t).toString();
      }
      return PyJson.floatRepr(Double.parseDouble(t));
    }
    return PyJson.str(value);
  }

  /**
   * A pattern compiled once, as Python's {@code re} reads it: only {@code \n} ends a line, and
   * {@code \d}, {@code \w}, {@code \s} are Unicode classes (Python 3's default for str patterns).
   */
  static Pattern pattern(String regex) {
    Pattern p = PATTERNS.get(regex);
    if (p == null) {
      p = Pattern.compile(regex, Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);
      if (PATTERNS.size() > 4096) {
        PATTERNS.clear(); // a bound for callers that make patterns from input
      }
      PATTERNS.put(regex, p);
    }
    return p;
  }

  private static final java.util.Map<String, Pattern> PATTERNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private String describe(String fallback) {
    return description != null ? description : fallback;
  }

  /** A bound as Heat's {@code Schema.str_to_num} reads it: a number or a numeric string. */
  private Number bound(String key) {
    Object v = ((Map<?, ?>) spec).get(key);
    if (v instanceof Number n) {
      return n;
    }
    BigDecimal d = Trees.decimal(v);
    return d == null ? null : d;
  }

  /**
   * Why Heat refuses this constraint's own definition, in Heat's words, or null when Heat builds
   * it: {@code heat/engine/hot/parameters.py} ({@code _constraint_from_def}, {@code _check_dict},
   * {@code Schema.get_num}) and the constructors of {@code heat/engine/constraints.py}
   * ({@code Range}, {@code Length}, {@code Modulo}, {@code AllowedValues},
   * {@code AllowedPattern}).
   */
  public String specProblem() {
    switch (kind) {
      case LENGTH, RANGE, MODULO -> {
        if (kind != Kind.MODULO && hasIntegerBounds()) {
          return null; // the common definition, checked without building a message or a number
        }
        String entity = kind.key() + " constraint";
        if (!(spec instanceof Map<?, ?> m)) {
          return "Invalid " + entity + ", expected a mapping";
        }
        java.util.Set<String> keys = kind == Kind.MODULO ? MODULO_KEYS : BOUND_KEYS;
        for (Object k : m.keySet()) {
          if (!keys.contains(String.valueOf(k))) {
            return "Invalid key '" + k + "' for " + entity;
          }
        }
        for (Object v : m.values()) {
          // (a boolean is an int to Python: it passes)
          if (v != null && !(v instanceof Boolean) && Trees.decimal(v) == null) {
            return "the bounds of a " + entity + " must be numbers, not " + v;
          }
        }
        String a = kind == Kind.MODULO ? "step" : "min";
        String b = kind == Kind.MODULO ? "offset" : "max";
        BigDecimal first = Trees.decimal(m.get(a));
        BigDecimal second = Trees.decimal(m.get(b));
        if (kind == Kind.MODULO) {
          if (first == null || second == null) {
            return "A modulo constraint must have a step value and an offset value";
          }
          if (!integral(first) || !integral(second)) {
            return "step/offset must be integer";
          }
          if (first.signum() == 0) {
            return "step cannot be 0.";
          }
          if (second.abs().compareTo(first.abs()) >= 0) {
            return "offset must be smaller (by absolute value) than step.";
          }
          if (first.signum() * second.signum() < 0) {
            return "step and offset must be both positive or both negative.";
          }
          return null;
        }
        if (first == null && second == null) {
          return "A " + entity + " must have a min value and/or a max value specified";
        }
        if (kind == Kind.LENGTH && (!isInt(m.get(a)) || !isInt(m.get(b)))) {
          return "min/max length must be integral";
        }
        return null;
      }
      case ALLOWED_VALUES -> {
        return spec instanceof List ? null : "AllowedValues must be a list";
      }
      case ALLOWED_PATTERN -> {
        if (!(spec instanceof String regex)) {
          return "AllowedPattern must be a string";
        }
        try {
          pattern(regex);
        } catch (PatternSyntaxException e) {
          return "allowed_pattern is not a valid regular expression: " + e.getDescription();
        }
        return null;
      }
      case CUSTOM_CONSTRAINT -> {
        return null;
      }
      default -> throw new AssertionError(kind);
    }
  }

  /** Whether {@code str_to_num} makes an int of {@code v} (null passes: no bound). */
  private static boolean isInt(Object v) {
    return v == null
        || v instanceof Integer
        || v instanceof Long
        || v instanceof java.math.BigInteger
        || v instanceof String s && s.trim().matches("[+-]?[0-9]+");
  }

  private static boolean integral(BigDecimal d) {
    return d.stripTrailingZeros().scale() <= 0;
  }

  private static int lengthOf(Object value) {
    if (value instanceof String s) {
      return s.codePointCount(0, s.length()); // Python's len() of a str
    }
    if (value instanceof List<?> l) {
      return l.size();
    }
    if (value instanceof Map<?, ?> m) {
      return m.size();
    }
    return -1;
  }

  private static Map<String, Object> bounds(String k1, Object v1, String k2, Object v2) {
    if (v1 == null && v2 == null) {
      throw new IllegalArgumentException(k1 + " and " + k2 + " must not both be absent");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (v1 != null) {
      m.put(k1, v1);
    }
    if (v2 != null) {
      m.put(k2, v2);
    }
    return m;
  }

  /**
   * Whether {@code value} is among {@code allowed} as Heat compares them after {@code
   * to_schema_type}: numbers by value (a numeric string as the number it holds), other scalars
   * by Python's {@code str}.
   */
  private static boolean isAllowed(List<?> allowed, Object value) {
    for (Object a : allowed) {
      if (Objects.equals(a, value)) {
        return true;
      }
      if (a instanceof Number || value instanceof Number) {
        BigDecimal x = Trees.decimal(a);
        BigDecimal y = Trees.decimal(value);
        if (x != null && y != null && x.compareTo(y) == 0) {
          return true;
        }
      } else if (a != null
          && value != null
          && !(a instanceof java.util.Collection)
          && !(value instanceof java.util.Collection)
          && !(a instanceof Map)
          && !(value instanceof Map)
          && PyJson.str(a).equals(PyJson.str(value))) {
        return true;
      }
    }
    return false;
  }
}
