package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Shape checks of Heat's answers (untrusted): each failure names the JSON path. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static JsonNode object(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw new MalformedAnswerException(path + ": expected a JSON object, found " + kind(n));
    }
    return n;
  }

  static List<JsonNode> list(JsonNode n, String path) {
    if (n == null || !n.isArray()) {
      throw new MalformedAnswerException(path + ": expected a JSON list, found " + kind(n));
    }
    List<JsonNode> l = new ArrayList<>();
    n.forEach(l::add);
    return l;
  }

  static String text(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new MalformedAnswerException(
          path + "." + field + ": expected a string, found " + kind(v));
    }
    return v.asText();
  }

  /** The string {@code field}, or null when it is absent or null. */
  static String optText(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new MalformedAnswerException(
          path + "." + field + ": expected a string, found " + kind(v));
    }
    return v.asText();
  }

  static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    return n.isObject()
        ? "an object"
        : n.isArray()
            ? "a list"
            : n.isTextual()
                ? "a string"
                : n.isNumber()
                    ? "a number"
                    : n.isBoolean() ? "a boolean" : n.getNodeType().toString();
  }
}
