package io.hotdsl.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.model.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test oracle: {@link SchemaJson} as it was, on Jackson databind's tree. */
final class DatabindSchemaJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DatabindSchemaJson() {}

  /** Parses one type's schema; {@code source} names it in error messages. */
  static ResourceTypeSchema parse(InputStream json, String source) {
    try {
      return parse(MAPPER.readTree(json), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource type schema " + source, e);
    }
  }

  /** Parses one type's schema from a JSON string. */
  static ResourceTypeSchema parse(String json, String source) {
    try {
      return parse(MAPPER.readTree(json), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource type schema " + source, e);
    }
  }

  static ResourceTypeSchema parse(JsonNode root, String source) {
    JsonNode type = root.get("resource_type");
    if (type == null || !type.isTextual()) {
      throw new IllegalArgumentException(source + ": resource_type: expected the type name");
    }
    Map<String, PropertySchema> properties = new LinkedHashMap<>();
    JsonNode props = root.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      properties.put(e.getKey(), property(e.getValue(), source + ": properties." + e.getKey()));
    }
    Map<String, AttributeSchema> attributes = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("attributes").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      attributes.put(
          e.getKey(),
          new AttributeSchema(text(e.getValue(), "description"), text(e.getValue(), "type")));
    }
    return new ResourceTypeSchema(
        type.asText(),
        text(root, "description"),
        properties,
        attributes,
        status(root.get("support_status")));
  }

  static PropertySchema property(JsonNode node, String path) {
    List<Constraint> constraints = new ArrayList<>();
    for (JsonNode c : node.path("constraints")) {
      constraints.add(constraint(c, path));
    }
    Map<String, PropertySchema> nested = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("schema").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      nested.put(e.getKey(), property(e.getValue(), path + "." + e.getKey()));
    }
    return new PropertySchema(
        text(node, "type"),
        text(node, "description"),
        node.has("default") ? MAPPER.convertValue(node.get("default"), Object.class) : null,
        node.path("required").asBoolean(false),
        node.path("update_allowed").asBoolean(false),
        node.path("immutable").asBoolean(false),
        constraints,
        nested,
        status(node.get("support_status")));
  }

  private static Constraint constraint(JsonNode c, String path) {
    String description = text(c, "description");
    for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      Constraint.Kind kind = Constraint.Kind.fromKey(key);
      if (kind != null) {
        Object spec = MAPPER.convertValue(c.get(key), Object.class);
        return new Constraint(kind, spec, description);
      }
    }
    throw new IllegalArgumentException(path + ".constraints: unknown constraint " + c);
  }

  private static SupportStatus status(JsonNode node) {
    if (node == null || node.isNull() || !node.isObject()) {
      return SupportStatus.SUPPORTED;
    }
    return new SupportStatus(
        text(node, "status"),
        text(node, "version"),
        text(node, "message"),
        node.hasNonNull("previous_status") ? status(node.get("previous_status")) : null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
