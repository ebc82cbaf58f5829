package io.hotdsl.conformance;

import static io.hotdsl.conformance.FunctionShapes.map;

import io.hotdsl.model.Constraint;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import io.hotdsl.schema.SupportStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seed templates for the differential run, written by hand and generated from the registered
 * Heat 19 schema snapshot: one template per resource type with a minimal instance of it (its
 * required properties, each given the simplest value its schema and constraints allow), plus a
 * template of each template version with a parameter, a condition and an output.
 */
final class SeedTemplates {
  private SeedTemplates() {}

  static final List<String> VERSIONS =
      List.of("2015-04-30", "2016-10-14", "2018-08-31", "2021-04-16");

  /** Seeds by id: hand-written ones first, then one per type of the snapshot. */
  static Map<String, Map<String, Object>> all() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (String v : VERSIONS) {
      out.put("hand-" + v, handWritten(v));
    }
    new TreeMap<>(ResourceTypes.all()).forEach((type, schema) -> {
      // only Heat's own types: other tests of the same JVM register types of their own
      // (Test::Server), which Heat does not know
      boolean heats = type.startsWith("OS::") || type.startsWith("AWS::");
      if (heats
          && (schema.supportStatus() == null
              || !"HIDDEN".equals(String.valueOf(schema.supportStatus().status())))) {
        out.put("type-" + type, oneType(schema));
      }
    });
    return out;
  }

  static Map<String, Object> handWritten(String version) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("heat_template_version", version);
    t.put(
        "parameters",
        map(
            "env",
            map(
                "type",
                "string",
                "default",
                "prod",
                "constraints",
                List.of(map("allowed_values", List.of("prod", "dev")))),
            "size",
            map(
                "type",
                "number",
                "default",
                8,
                "constraints",
                List.of(map("range", map("min", 1, "max", 64))))));
    boolean conditions = version.compareTo("2016-10-14") >= 0;
    if (conditions) {
      t.put("conditions", map("is_prod", map("equals", List.of(map("get_param", "env"), "prod"))));
    }
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("anchor", map("type", "OS::Heat::Value", "properties", map("value", "anchored")));
    resources.put(
        "rand",
        map(
            "type",
            "OS::Heat::RandomString",
            "properties",
            map(
                "length",
                map("get_param", "size"),
                "character_classes",
                List.of(map("class", "lowercase", "min", 1)))));
    Map<String, Object> server = map(
        "type",
        "OS::Nova::Server",
        "properties",
        map(
            "image",
            "cirros",
            "flavor",
            "m1.small",
            "networks",
            List.of(map("network", "private"))),
        "metadata",
        map("role", "web"),
        "deletion_policy",
        "Delete");
    if (conditions) {
      server.put("condition", "is_prod");
    }
    resources.put("server", server);
    resources.put(
        "volume",
        map("type", "OS::Cinder::Volume", "properties", map("size", 1), "depends_on", "anchor"));
    resources.put(
        "group",
        map(
            "type",
            "OS::Heat::ResourceGroup",
            "properties",
            map(
                "count",
                2,
                "resource_def",
                map("type", "OS::Heat::RandomString", "properties", map("length", 4)))));
    t.put("resources", resources);
    t.put(
        "outputs",
        map(
            "joined",
            map(
                "value",
                map(
                    "list_join",
                    List.of("-", List.of("a", map("get_attr", List.of("anchor", "value")))))),
            "secret",
            map("value", map("get_attr", List.of("rand", "value")), "description", "d")));
    return t;
  }

  static Map<String, Object> oneType(ResourceTypeSchema schema) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("heat_template_version", "2021-04-16");
    Map<String, Object> res = new LinkedHashMap<>();
    res.put("type", schema.type());
    Map<String, Object> props = minimalProperties(schema.properties());
    if (!props.isEmpty()) {
      res.put("properties", props);
    }
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("res", res);
    resources.put("anchor", map("type", "OS::Heat::Value", "properties", map("value", "x")));
    t.put("resources", resources);
    t.put("outputs", map("ref", map("value", map("get_resource", "res"))));
    return t;
  }

  static Map<String, Object> minimalProperties(Map<String, PropertySchema> schema) {
    Map<String, Object> out = new LinkedHashMap<>();
    schema.forEach((k, ps) -> {
      if (ps.required() && ps.defaultValue() == null && !isHidden(ps)) {
        out.put(k, minimalValue(ps));
      }
    });
    return out;
  }

  private static boolean isHidden(PropertySchema ps) {
    SupportStatus s = ps.supportStatus();
    return s != null && "HIDDEN".equals(String.valueOf(s.status()));
  }

  /** The simplest value {@code ps} allows. */
  static Object minimalValue(PropertySchema ps) {
    List<?> allowed = ps.allowedValues();
    if (!allowed.isEmpty()) {
      return allowed.get(0);
    }
    Number min = bound(ps, Constraint.Kind.RANGE, "min");
    Number minLength = bound(ps, Constraint.Kind.LENGTH, "min");
    String type = ps.type() == null ? "string" : ps.type();
    return switch (type) {
      case "integer", "number" -> min != null ? min : 1;
      case "boolean" -> true;
      case "list" -> {
        List<Object> l = new ArrayList<>();
        int n = minLength == null ? 0 : minLength.intValue();
        PropertySchema item = ps.itemSchema();
        for (int i = 0; i < Math.max(n, 0); i++) {
          l.add(item == null ? "x" : minimalValue(item));
        }
        yield l;
      }
      case "map" -> minimalProperties(ps.schema());
      default -> "x".repeat(Math.max(1, minLength == null ? 1 : minLength.intValue()));
    };
  }

  private static Number bound(PropertySchema ps, Constraint.Kind kind, String key) {
    for (Constraint c : ps.constraints()) {
      if (c.kind() == kind && c.spec() instanceof Map<?, ?> m && m.get(key) instanceof Number n) {
        return n;
      }
    }
    return null;
  }
}
