package io.hotdsl.schema;

import io.hotdsl.model.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads resource type schemas in the JSON format of Heat's {@code resource_types/{type}} API and of
 * {@code openstack orchestration resource type show TYPE -f json}, with jackson-core's streaming
 * parser ({@link JsonValues}): a validation that reads a few schemas does not load databind.
 */
public final class SchemaJson {
  private SchemaJson() {}

  /** Parses one type's schema; {@code source} names it in error messages. */
  public static ResourceTypeSchema parse(InputStream json, String source) {
    try {
      return parse(JsonValues.read(json), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource type schema " + source, e);
    }
  }

  /** Parses one type's schema from a JSON string. */
  public static ResourceTypeSchema parse(String json, String source) {
    try {
      return parse(JsonValues.read(json), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource type schema " + source, e);
    }
  }

  static ResourceTypeSchema parse(Object root, String source) {
    if (!(get(root, "resource_type") instanceof String type)) {
      throw new IllegalArgumentException(source + ": resource_type: expected the type name");
    }
    Map<String, PropertySchema> properties = new LinkedHashMap<>();
    fields(get(root, "properties"))
        .forEach((name, p) -> properties.put(name, property(p, source + ": properties." + name)));
    Map<String, AttributeSchema> attributes = new LinkedHashMap<>();
    fields(get(root, "attributes"))
        .forEach((name, a) ->
            attributes.put(name, new AttributeSchema(text(a, "description"), text(a, "type"))));
    return new ResourceTypeSchema(
        type,
        text(root, "description"),
        properties,
        attributes,
        status(get(root, "support_status")));
  }

  static PropertySchema property(Object node, String path) {
    List<Constraint> constraints = new ArrayList<>();
    for (Object c : elements(get(node, "constraints"))) {
      constraints.add(constraint(c, path));
    }
    Map<String, PropertySchema> nested = new LinkedHashMap<>();
    fields(get(node, "schema"))
        .forEach((name, p) -> nested.put(name, property(p, path + "." + name)));
    return new PropertySchema(
        text(node, "type"),
        text(node, "description"),
        get(node, "default"),
        bool(get(node, "required")),
        bool(get(node, "update_allowed")),
        bool(get(node, "immutable")),
        constraints,
        nested,
        status(get(node, "support_status")));
  }

  private static Constraint constraint(Object c, String path) {
    String description = text(c, "description");
    for (Map.Entry<String, Object> e : fields(c).entrySet()) {
      Constraint.Kind kind = Constraint.Kind.fromKey(e.getKey());
      if (kind != null) {
        return new Constraint(kind, e.getValue(), description);
      }
    }
    throw new IllegalArgumentException(
        path + ".constraints: unknown constraint " + JsonValues.compact(c));
  }

  static SupportStatus status(Object node) {
    if (!(node instanceof Map)) {
      return SupportStatus.SUPPORTED;
    }
    Object previous = get(node, "previous_status");
    return new SupportStatus(
        text(node, "status"),
        text(node, "version"),
        text(node, "message"),
        previous != null ? status(previous) : null);
  }

  /** The member {@code field} of an object; null for a missing member and for a non-object. */
  private static Object get(Object node, String field) {
    return node instanceof Map<?, ?> m ? m.get(field) : null;
  }

  /** An object's members; none for a non-object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> fields(Object node) {
    return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** An array's items, an object's values (as Jackson iterates a node), else nothing. */
  private static Collection<?> elements(Object node) {
    if (node instanceof List<?> l) {
      return l;
    }
    return node instanceof Map<?, ?> m ? m.values() : List.of();
  }

  /** A member as Jackson's {@code asText()} gives it: "" for an object or array. */
  private static String text(Object node, String field) {
    Object v = get(node, field);
    if (v == null) {
      return null;
    }
    return v instanceof Map || v instanceof List ? "" : v.toString();
  }

  /** As Jackson's {@code asBoolean(false)}: a boolean, "true" text, a non-zero integer. */
  private static boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return "true".equals(s.trim());
    }
    if (v instanceof Integer || v instanceof Long) {
      return ((Number) v).longValue() != 0;
    }
    return v instanceof BigInteger i && i.signum() != 0;
  }
}
