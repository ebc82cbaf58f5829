package io.hotdsl.openstack;

import com.fasterxml.jackson.databind.JsonNode;

/** Shape checks of untrusted JSON: each failure names the JSON path and what was expected. */
final class Json {

  private Json() {}

  static JsonNode object(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(path + ": expected a JSON object, found " + describe(n));
    }
    return n;
  }

  /** The string {@code field} of {@code n}; {@code path} is n's path. */
  static String text(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(
          path + "." + field + ": expected a string, found " + describe(v));
    }
    return v.asText();
  }

  /** What a JSON value is, for a message: its kind, and short scalars themselves. */
  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "a list";
    }
    String s = n.toString();
    String kind = n.isTextual() ? "the string " : n.isNumber() ? "the number " : "";
    return kind + (s.length() > 40 ? s.substring(0, 40) + "…" : s);
  }
}
