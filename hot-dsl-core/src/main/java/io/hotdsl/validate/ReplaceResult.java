package io.hotdsl.validate;

import io.hotdsl.functions.PyJson;
import io.hotdsl.model.HotVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code str_replace}, {@code str_replace_strict} and {@code str_replace_vstrict} with literal
 * arguments, resolved as Heat 19 resolves them ({@code heat/engine/hot/functions.py}
 * {@code Replace.result}, {@code ReplaceJson._validate_replacement}, {@code ReplaceJsonStrict},
 * {@code ReplaceJsonVeryStrict}): the error {@code result()} raises, in Heat's words, or null.
 * The shapes {@code Replace.__init__} refuses (no params or template, params not a map) are
 * template-validate errors found elsewhere ({@link FunctionArgs}); they are left alone here.
 */
final class ReplaceResult {
  private ReplaceResult() {}

  /** sorted(sorted(mapping), key=len, reverse=True). */
  private static final Comparator<String> LONGEST_FIRST = Comparator.<String>comparingInt(
          s -> -s.codePointCount(0, s.length()))
      .thenComparing(ReplaceResult::byCodePoint);

  static String problem(String name, Object args, HotVersion version) {
    if (!(args instanceof Map<?, ?> m)
        || !m.containsKey("params")
        || !m.containsKey("template")
        || !(m.get("params") instanceof Map<?, ?> params)) {
      return null;
    }
    if (!(m.get("template") instanceof String template)) {
      return "\"" + name + "\" template must be a string";
    }
    boolean json = version.isAtLeast(HotVersion.V2015_10_15);
    boolean strict = name.equals("str_replace_strict") || name.equals("str_replace_vstrict");
    if (json && !strict) {
      // ReplaceJson accepts every value: only an empty key can fail, whatever the keys' order
      boolean emptyKey = false;
      for (Object k : params.keySet()) {
        if (!(k instanceof String s)) {
          return "\"" + name + "\" param placeholders must be strings";
        }
        emptyKey |= s.isEmpty();
      }
      return emptyKey ? "empty separator" : null;
    }
    List<String> keys = new ArrayList<>();
    for (Object k : params.keySet()) {
      if (!(k instanceof String s)) {
        return "\"" + name + "\" param placeholders must be strings";
      }
      keys.add(s);
    }
    // sorted(sorted(mapping), key=len, reverse=True): longest first, then by code point
    if (keys.size() > 1) {
      keys.sort(LONGEST_FIRST);
    }
    boolean allowEmpty = !name.equals("str_replace_vstrict");
    Set<String> unreplaced = strict ? new LinkedHashSet<>() : Set.of();
    List<String> pieces = List.of(template);
    for (String key : keys) {
      String valueProblem = json
          ? jsonValueProblem(name, key, params.get(key), allowEmpty)
          : plainValueProblem(name, key, params.get(key));
      if (valueProblem != null) {
        return valueProblem;
      }
      if (key.isEmpty()) {
        return "empty separator"; // Python's str.split('')
      }
      if (!strict) {
        continue; // only the strict variants report keys the template lacks
      }
      // each piece is split by the key and the value joins the parts: a value is never scanned
      // again, so whether a key is found depends on the template and the longer keys only
      List<String> next = new ArrayList<>();
      boolean found = false;
      for (String piece : pieces) {
        found |= splitInto(piece, key, next);
      }
      if (!found) {
        unreplaced.add(key);
      }
      pieces = next;
    }
    if (strict && !unreplaced.isEmpty()) {
      return "The following params were not found in the template: " + String.join(",", unreplaced);
    }
    return null;
  }

  /**
   * Python's {@code piece.split(key)} (a literal, non-empty key) added to {@code out}; whether
   * {@code key} was found.
   */
  static boolean splitInto(String piece, String key, List<String> out) {
    int from = 0;
    for (int at = piece.indexOf(key); at >= 0; at = piece.indexOf(key, from)) {
      out.add(piece.substring(from, at));
      from = at + key.length();
    }
    out.add(piece.substring(from));
    return from > 0;
  }

  /** Replace._validate_replacement (before 2015-10-15): strings, numbers, booleans, None. */
  private static String plainValueProblem(String name, String key, Object value) {
    return value == null
            || value instanceof String
            || value instanceof Number
            || value instanceof Boolean
        ? null
        : "\"" + name + "\" params must be strings or numbers, param " + key + " is not valid";
  }

  /** ReplaceJson._validate_replacement: maps and lists are JSON; vstrict refuses empty values. */
  private static String jsonValueProblem(
      String name, String key, Object value, boolean allowEmpty) {
    if (allowEmpty) {
      return null;
    }
    boolean empty = value == null
        || value instanceof Map<?, ?> m && m.isEmpty()
        || value instanceof List<?> l && l.isEmpty()
        || !(value instanceof Map || value instanceof List) && PyJson.str(value).isEmpty();
    return empty
        ? name + " has an undefined or empty value for param " + key
            + ", must be a defined non-empty value"
        : null;
  }

  private static int byCodePoint(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }
}
