package io.hotdsl.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading fields of what a cloud answered (untrusted): text, plain values, and the shapes typed
 * setters need, each refused with an {@link AdoptException} naming the field when it is not one.
 */
final class Json {
  private Json() {}

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  static String text(JsonNode n, String field, String orElse) {
    String v = text(n, field);
    return v == null ? orElse : v;
  }

  static boolean isExternal(JsonNode network) {
    return network.path("router:external").asBoolean(false);
  }

  /** A JSON value as plain Java maps, lists and scalars. */
  static Object plain(JsonNode n) {
    return ProjectSnapshot.JSON.convertValue(n, Object.class);
  }

  /** Field {@code field} of {@code n} (a map) as a plain map, for a map-typed setter. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(JsonNode n, String field, String what) {
    JsonNode v = n.path(field);
    if (!v.isObject()) {
      throw new AdoptException(what + ": " + field + ": expected an object, found " + v);
    }
    return (Map<String, Object>) plain(v);
  }

  /** Field {@code field} of {@code n} (a list of scalars) as strings. */
  static List<String> strings(JsonNode n, String field, String what) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : array(n, field, what)) {
      if (!x.isValueNode() || x.isNull()) {
        throw new AdoptException(what + ": " + field + ": expected strings, found " + x);
      }
      out.add(x.asText());
    }
    return out;
  }

  /** Field {@code field} of {@code n} (a list of objects), item by item. */
  static List<JsonNode> objects(JsonNode n, String field, String what) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode x : array(n, field, what)) {
      if (!x.isObject()) {
        throw new AdoptException(what + ": " + field + ": expected objects, found " + x);
      }
      out.add(x);
    }
    return out;
  }

  /** Field {@code field} of {@code n} as a list (empty when absent or null). */
  static List<JsonNode> array(JsonNode n, String field, String what) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new AdoptException(what + ": " + field + ": expected a list, found " + v);
    }
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }
}
