package io.hotdsl.codegen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Small builders of JSON Schema nodes for {@link JsonSchemaGenerator} and {@link FunctionSchemas}.
 * Every call returns a new node: a node is never shared between two places of a schema, so a
 * description set on one can't show up on another.
 */
final class SchemaNodes {
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final String FUNCTION = "#/$defs/function";
  private static final List<String> BOOLEAN_STRINGS = List.of(
      "true", "false", "True", "False", "TRUE", "FALSE", "yes", "no", "Yes", "No", "on", "off", "1",
      "0", "t", "f", "y", "n");

  private SchemaNodes() {}

  static ObjectNode type(String t) {
    return F.objectNode().put("type", t);
  }

  static ObjectNode typesOf(String... ts) {
    ObjectNode n = F.objectNode();
    ArrayNode a = n.putArray("type");
    for (String t : ts) {
      a.add(t);
    }
    return n;
  }

  static ObjectNode ref(String ref) {
    return F.objectNode().put("$ref", ref);
  }

  static ObjectNode function() {
    return ref(FUNCTION);
  }

  static ObjectNode enumOf(ArrayNode values) {
    ObjectNode n = F.objectNode();
    n.set("enum", values);
    return n;
  }

  static ObjectNode anyOf(ObjectNode... options) {
    ObjectNode n = F.objectNode();
    ArrayNode a = n.putArray("anyOf");
    for (ObjectNode o : options) {
      a.add(o);
    }
    return n;
  }

  static ObjectNode arrayOf(ObjectNode items) {
    ObjectNode n = F.objectNode().put("type", "array");
    n.set("items", items);
    return n;
  }

  static ObjectNode nullable(ObjectNode schema) {
    return anyOf(schema, type("null"));
  }

  static ObjectNode nullableMapOf(ObjectNode values) {
    ObjectNode n = F.objectNode();
    n.putArray("type").add("object").add("null");
    n.set("additionalProperties", values);
    return n;
  }

  /** Sets {@code description} on {@code schema}, which must be a node of its own. */
  static ObjectNode described(ObjectNode schema, String description) {
    schema.put("description", description);
    return schema;
  }

  /** A boolean as Heat reads one: true/false, the strings Heat takes, or 0/1. */
  static ObjectNode booleanLike() {
    ObjectNode s = F.objectNode();
    ArrayNode e = F.arrayNode();
    BOOLEAN_STRINGS.forEach(e::add);
    s.set("enum", e);
    return anyOf(type("boolean"), s, type("integer"));
  }

  /** A regular expression (ECMAScript and Java alike) matching exactly {@code text}. */
  static String exactly(String text) {
    StringBuilder b = new StringBuilder("^");
    for (char c : text.toCharArray()) {
      if ("\\^$.|?*+()[]{}/".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('$').toString();
  }

  static void add(ArrayNode a, Object v) {
    if (v instanceof String s) {
      a.add(s);
    } else if (v instanceof Integer i) {
      a.add(i);
    } else if (v instanceof Long l) {
      a.add(l);
    } else if (v instanceof Number n) {
      a.add(n.doubleValue());
    } else if (v instanceof Boolean b) {
      a.add(b);
    } else {
      a.addPOJO(v);
    }
  }
}
