package io.hotdsl.codegen;

import static io.hotdsl.codegen.SchemaNodes.F;
import static io.hotdsl.codegen.SchemaNodes.FUNCTION;
import static io.hotdsl.codegen.SchemaNodes.add;
import static io.hotdsl.codegen.SchemaNodes.anyOf;
import static io.hotdsl.codegen.SchemaNodes.arrayOf;
import static io.hotdsl.codegen.SchemaNodes.booleanLike;
import static io.hotdsl.codegen.SchemaNodes.described;
import static io.hotdsl.codegen.SchemaNodes.enumOf;
import static io.hotdsl.codegen.SchemaNodes.exactly;
import static io.hotdsl.codegen.SchemaNodes.function;
import static io.hotdsl.codegen.SchemaNodes.nullable;
import static io.hotdsl.codegen.SchemaNodes.nullableMapOf;
import static io.hotdsl.codegen.SchemaNodes.ref;
import static io.hotdsl.codegen.SchemaNodes.type;
import static io.hotdsl.codegen.SchemaNodes.typesOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.files.SafeOutput;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.ParameterType;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates JSON Schemas (draft-07) for HOT templates and environments from resource type schemas,
 * for editors (yaml-language-server) and for a structural first pass when reading.
 *
 * <p>The template schema checks the sections, parameters, outputs and resource keys exactly, and
 * each resource's {@code properties} by its {@code type} (an {@code if}/{@code then} per type whose
 * condition matches the type name exactly: a {@code const} and an anchored {@code pattern}, since
 * yaml-language-server's completion takes a {@code const} as a prefix): property types, allowed
 * values, required properties and descriptions. A known type's {@code properties} take only the
 * names it declares plus the hidden ones Heat still translates ({@code network_id} →
 * {@code network}), and a required property is satisfied by its hidden name too. Any value may be
 * an intrinsic function: {@code #/$defs/function} is a single-key map whose key is a HOT function
 * name, with the shape of that function's arguments.
 *
 * <p>A property's description is both on the property and first in its {@code allOf}, ahead of the
 * value's alternatives: yaml-language-server's hover shows the first description it meets among
 * the schemas a value matches, and would otherwise show the function definition's.
 */
public final class JsonSchemaGenerator {
  /** Where the schemas go under a resources directory (the classpath). */
  public static final String TEMPLATE_SCHEMA = "io/hotdsl/schema/hot-template.schema.json";

  public static final String ENVIRONMENT_SCHEMA = "io/hotdsl/schema/hot-environment.schema.json";

  private static final String DRAFT = "http://json-schema.org/draft-07/schema#";

  private final List<ResourceTypeSchema> types;
  private final HiddenProperties hidden;

  /** A generator for {@code types} (sorted by name in the output), with Heat 19's hidden
   * properties. */
  public JsonSchemaGenerator(Collection<ResourceTypeSchema> types) {
    this(types, HiddenProperties.heat19());
  }

  JsonSchemaGenerator(Collection<ResourceTypeSchema> types, HiddenProperties hidden) {
    List<ResourceTypeSchema> sorted = new ArrayList<>(types);
    sorted.sort(java.util.Comparator.comparing(ResourceTypeSchema::type));
    this.types = List.copyOf(sorted);
    this.hidden = hidden;
  }

  /** Writes both schemas under {@code resourcesDir} at {@link #TEMPLATE_SCHEMA} and
   * {@link #ENVIRONMENT_SCHEMA}; returns the files written. */
  public List<Path> writeTo(Path resourcesDir) {
    try {
      SafeOutput out = SafeOutput.in(resourcesDir);
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Path t = out.write(TEMPLATE_SCHEMA, m.writeValueAsString(templateSchema()) + "\n");
      Path e = out.write(ENVIRONMENT_SCHEMA, m.writeValueAsString(environmentSchema()) + "\n");
      return List.of(t, e);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The schema of a HOT template. */
  public ObjectNode templateSchema() {
    ObjectNode root = F.objectNode();
    root.put("$schema", DRAFT);
    root.put("$id", "https://hotdsl.io/schema/hot-template.schema.json");
    root.put("title", "OpenStack Heat Orchestration Template (HOT), Heat 19");
    root.put("type", "object");
    root.putArray("required").add("heat_template_version");
    root.put("additionalProperties", false);
    ObjectNode props = root.putObject("properties");
    ArrayNode versions = F.arrayNode();
    for (HotVersion v : HotVersion.values()) {
      versions.add(v.key());
    }
    props.set(
        "heat_template_version",
        described(
            enumOf(versions),
            "The HOT version: a date or a release name; it decides which functions are allowed."));
    props.set("description", described(type("string"), "What the template does."));
    props.set(
        "parameter_groups",
        described(
            arrayOf(ref("#/$defs/parameter_group")), "Groups of parameters, for user interfaces."));
    props.set(
        "parameters",
        described(nullableMapOf(ref("#/$defs/parameter")), "Input parameters by name."));
    props.set(
        "conditions",
        described(
            nullableMapOf(ref("#/$defs/condition")),
            "Conditions by name, evaluated from parameters."));
    props.set(
        "resources",
        described(nullableMapOf(ref("#/$defs/resource")), "The resources of the stack by name."));
    props.set(
        "outputs",
        described(nullableMapOf(ref("#/$defs/output")), "Outputs of the stack by name."));
    ObjectNode defs = root.putObject("$defs");
    defs.set("function", FunctionSchemas.definition());
    defs.set("any", F.objectNode().put("description", "Any value; functions allowed."));
    defs.set("string_or_function", anyOf(type("string"), ref(FUNCTION)));
    defs.set("condition", anyOf(type("boolean"), type("string"), ref(FUNCTION)));
    defs.set("parameter_group", parameterGroup());
    defs.set("parameter", parameter());
    defs.set("constraint", constraint());
    defs.set("output", output());
    defs.set("resource", resource());
    for (ResourceTypeSchema t : types) {
      defs.set(defName(t.type()), typeProperties(t));
    }
    return root;
  }

  /** The schema of an environment file. */
  public ObjectNode environmentSchema() {
    return EnvironmentJsonSchema.of(types, DRAFT);
  }

  // ---- template parts ----

  private static ObjectNode parameterGroup() {
    ObjectNode g = F.objectNode().put("type", "object").put("additionalProperties", false);
    ObjectNode p = g.putObject("properties");
    p.set("label", type("string"));
    p.set("description", type("string"));
    p.set("parameters", arrayOf(type("string")));
    return g;
  }

  private static ObjectNode parameter() {
    ObjectNode p = F.objectNode().put("type", "object").put("additionalProperties", false);
    p.putArray("required").add("type");
    ObjectNode props = p.putObject("properties");
    ArrayNode types = F.arrayNode();
    for (ParameterType t : ParameterType.values()) {
      types.add(t.key());
    }
    props.set("type", described(enumOf(types), "The parameter's type."));
    props.set("label", type("string"));
    props.set("description", type("string"));
    props.set("default", described(F.objectNode(), "The value when the stack gives none."));
    props.set("hidden", described(booleanLike(), "Whether Heat hides the value in API answers."));
    props.set("immutable", described(booleanLike(), "Whether an update may change the value."));
    props.set("tags", arrayOf(type("string")));
    props.set("constraints", nullable(arrayOf(ref("#/$defs/constraint"))));
    return p;
  }

  private static ObjectNode constraint() {
    ObjectNode c = F.objectNode().put("type", "object").put("additionalProperties", false);
    c.put("minProperties", 1);
    ObjectNode props = c.putObject("properties");
    ObjectNode bounds = F.objectNode().put("type", "object").put("additionalProperties", false);
    bounds.putObject("properties").set("min", anyOf(type("number"), type("string")));
    ((ObjectNode) bounds.get("properties")).set("max", anyOf(type("number"), type("string")));
    props.set("length", bounds);
    props.set("range", bounds);
    ObjectNode modulo = F.objectNode().put("type", "object").put("additionalProperties", false);
    modulo.putObject("properties").set("step", type("number"));
    ((ObjectNode) modulo.get("properties")).set("offset", type("number"));
    props.set("modulo", modulo);
    props.set("allowed_values", type("array"));
    props.set("allowed_pattern", type("string"));
    props.set("custom_constraint", type("string"));
    props.set("description", type("string"));
    ArrayNode oneKind = F.arrayNode();
    for (Constraint.Kind k : Constraint.Kind.values()) {
      oneKind.add(F.objectNode().set("required", F.arrayNode().add(k.key())));
    }
    c.set("anyOf", oneKind);
    return c;
  }

  private static ObjectNode output() {
    ObjectNode o = F.objectNode().put("type", "object").put("additionalProperties", false);
    ObjectNode props = o.putObject("properties");
    props.set("value", described(F.objectNode(), "The output's value, usually a get_attr."));
    props.set("description", type("string"));
    props.set("condition", ref("#/$defs/condition"));
    return o;
  }

  private ObjectNode resource() {
    ObjectNode r = F.objectNode().put("type", "object").put("additionalProperties", false);
    r.putArray("required").add("type");
    ObjectNode props = r.putObject("properties");
    ArrayNode names = F.arrayNode();
    types.forEach(t -> names.add(t.type()));
    ObjectNode type = F.objectNode();
    type.set("anyOf", F.arrayNode().add(enumOf(names)).add(type("string")));
    props.set(
        "type",
        described(type, "A resource type, a template file or a type an" + " environment maps."));
    props.set("description", type("string"));
    ObjectNode properties = F.objectNode();
    properties.putArray("type").add("object").add("null");
    props.set("properties", described(properties, "The properties, as the type declares them."));
    props.set(
        "depends_on",
        described(
            nullable(anyOf(type("string"), arrayOf(type("string")))),
            "Resources created before this one."));
    props.set("metadata", F.objectNode());
    props.set("update_policy", F.objectNode());
    ObjectNode policy = F.objectNode();
    policy.set("enum", F.arrayNode().add("Delete").add("Retain").add("Snapshot"));
    props.set("deletion_policy", anyOf(policy, ref(FUNCTION)));
    props.set("condition", ref("#/$defs/condition"));
    props.set("external_id", ref("#/$defs/string_or_function"));
    ArrayNode all = r.putArray("allOf");
    for (ResourceTypeSchema t : types) {
      ObjectNode rule = F.objectNode();
      ObjectNode ifs = rule.putObject("if");
      ifs.putArray("required").add("type");
      ifs.putObject("properties")
          .putObject("type")
          .put("const", t.type())
          .put("pattern", exactly(t.type()));
      ObjectNode then = rule.putObject("then");
      then.putObject("properties")
          .putObject("properties")
          .put("$ref", "#/$defs/" + defName(t.type()));
      all.add(rule);
    }
    return r;
  }

  static String defName(String type) {
    return "type:" + type.replace("::", ".");
  }

  private ObjectNode typeProperties(ResourceTypeSchema t) {
    ObjectNode s = F.objectNode();
    if (t.description() != null) {
      s.put("description", t.description());
    }
    s.putArray("type").add("object").add("null");
    ObjectNode props = s.putObject("properties");
    t.properties().forEach((name, p) -> props.set(name, value(p)));
    Map<String, Optional<String>> hiddenNames = hidden.of(t.type());
    hiddenNames.forEach((name, target) -> {
      if (!props.has(name)) {
        props.set(name, hiddenValue(t, name, target));
      }
    });
    s.put("additionalProperties", false);
    required(s, t.properties(), hiddenNames);
    return s;
  }

  /** A hidden property: typed as the property Heat translates it to, described as deprecated. */
  private ObjectNode hiddenValue(ResourceTypeSchema t, String name, Optional<String> target) {
    PropertySchema to = target.map(n -> t.properties().get(n)).orElse(null);
    String text = to == null
        ? "Deprecated: hidden from Heat 19's schema of " + t.type() + ", still accepted."
        : "Deprecated: Heat 19 translates " + name + " to " + target.get() + "; use " + target.get()
            + ". " + (to.description() == null ? "" : to.description());
    ObjectNode alternatives = to == null ? F.objectNode() : alternatives(to);
    return propertyValue(text.strip(), alternatives, null);
  }

  /**
   * {@code required} for the required properties without a default; a required property that a
   * hidden name stands for (Heat translates it) is satisfied by either name.
   */
  private static void required(
      ObjectNode s, Map<String, PropertySchema> props, Map<String, Optional<String>> hiddenNames) {
    ArrayNode plain = F.arrayNode();
    ArrayNode either = F.arrayNode();
    props.forEach((name, p) -> {
      if (!p.required() || p.defaultValue() != null) {
        return;
      }
      List<String> sources = hiddenNames.entrySet().stream()
          .filter(e -> e.getValue().filter(name::equals).isPresent())
          .map(Map.Entry::getKey)
          .toList();
      if (sources.isEmpty()) {
        plain.add(name);
      } else {
        ObjectNode one = F.objectNode();
        ArrayNode names = one.putArray("anyOf");
        names.add(F.objectNode().set("required", F.arrayNode().add(name)));
        sources.forEach(
            h -> names.add(F.objectNode().set("required", F.arrayNode().add(h))));
        either.add(one);
      }
    });
    if (!plain.isEmpty()) {
      s.set("required", plain);
    }
    if (!either.isEmpty()) {
      s.set("allOf", either);
    }
  }

  /** A property value: its type, or a function, or null. */
  private ObjectNode value(PropertySchema p) {
    String d = p.description();
    String text = d == null
        ? null
        : d + " (" + p.type() + (p.required() ? ", required" : "")
            + (p.updateAllowed() ? ", can be updated" : "") + ")";
    return propertyValue(text, alternatives(p), p.defaultValue());
  }

  /**
   * The value's alternatives. The null branch has a description of its own: yaml-language-server's
   * hover takes an anyOf whose branches all look matched (same title, description and properties
   * as some matched schema) for "all matched" and then shows every branch's text instead of the
   * property's, which a bare {@code {type: null}} triggers when a map property holds a function.
   */
  private ObjectNode alternatives(PropertySchema p) {
    return anyOf(typed(p), function(), described(type("null"), "null: as if not set"));
  }

  /**
   * {@code {description, default, allOf: [{description}, alternatives]}}: the description on the
   * property for completion, and first in allOf for hover (see the class comment).
   */
  private static ObjectNode propertyValue(
      String description, ObjectNode alternatives, Object defaultValue) {
    ObjectNode v = F.objectNode();
    if (description == null) {
      if (defaultValue != null) {
        alternatives.set("default", F.pojoNode(defaultValue));
      }
      return alternatives;
    }
    v.put("description", description);
    if (defaultValue != null) {
      v.set("default", F.pojoNode(defaultValue));
    }
    v.putArray("allOf").add(F.objectNode().put("description", description)).add(alternatives);
    return v;
  }

  private ObjectNode typed(PropertySchema p) {
    List<?> allowed = p.allowedValues();
    if (!allowed.isEmpty() && "list".equals(p.type())) {
      // Heat checks a list's allowed values on each item
      ObjectNode l = type("array");
      PropertySchema item = p.itemSchema();
      ObjectNode items = item == null ? F.objectNode() : value(item);
      ArrayNode e = F.arrayNode();
      allowed.forEach(a -> add(e, a));
      l.set("items", anyOf(enumOf(e), function()));
      if (item != null) {
        l.set(
            "items",
            F.objectNode()
                .set("allOf", F.arrayNode().add(items).add(anyOf(enumOf(e), function()))));
      }
      return l;
    }
    if (!allowed.isEmpty()) {
      ArrayNode e = F.arrayNode();
      for (Object a : allowed) {
        add(e, a);
        if (a instanceof Number || a instanceof Boolean) {
          e.add(String.valueOf(a));
        }
      }
      return enumOf(e);
    }
    String t = p.type() == null ? "any" : p.type();
    switch (t) {
      case "string":
        return typesOf("string", "number", "boolean");
      case "integer": {
        ObjectNode s = F.objectNode().put("type", "string").put("pattern", "^\\s*[-+]?[0-9]+\\s*$");
        return anyOf(type("integer"), s);
      }
      case "number": {
        ObjectNode s = F.objectNode()
            .put("type", "string")
            .put("pattern", "^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$");
        return anyOf(type("number"), s);
      }
      case "boolean":
        return booleanLike();
      case "map": {
        // only a provider template's map properties take a list (Heat's allow_conversion)
        ObjectNode m = type("object");
        if (!p.schema().isEmpty()) {
          ObjectNode props = m.putObject("properties");
          p.schema().forEach((k, sub) -> props.set(k, value(sub)));
          required(m, p.schema(), Map.of());
        }
        return m;
      }
      case "list": {
        ObjectNode l = type("array");
        PropertySchema item = p.itemSchema();
        if (item != null) {
          l.set("items", value(item));
        }
        return l;
      }
      default:
        return F.objectNode();
    }
  }
}
