package io.hotdsl.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.environment.Environment;
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
import java.util.TreeSet;

/**
 * Generates JSON Schemas (draft-07) for HOT templates and environments from resource type schemas,
 * for editors (yaml-language-server) and for a structural first pass when reading.
 *
 * <p>The template schema checks the sections, parameters, outputs and resource keys exactly, and
 * each resource's {@code properties} by its {@code type} (an {@code if}/{@code then} per type):
 * property types, allowed values, required properties and descriptions. Any value may be an
 * intrinsic function: {@code #/$defs/function} is a single-key map whose key is a HOT function
 * name, with the shape of that function's arguments. Property names a type does not declare are
 * allowed (Heat still accepts deprecated names it translates, such as {@code network_id}), and a
 * type's required properties are only demanded when every property set is a declared one.
 */
public final class JsonSchemaGenerator {
  /** Where the schemas go under a resources directory (the classpath). */
  public static final String TEMPLATE_SCHEMA = "io/hotdsl/schema/hot-template.schema.json";
  public static final String ENVIRONMENT_SCHEMA = "io/hotdsl/schema/hot-environment.schema.json";

  private static final String DRAFT = "http://json-schema.org/draft-07/schema#";
  private static final String FUNCTION = "#/$defs/function";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> BOOLEAN_STRINGS = List.of("true", "false", "True", "False",
      "TRUE", "FALSE", "yes", "no", "Yes", "No", "on", "off", "1", "0", "t", "f", "y", "n");

  private final List<ResourceTypeSchema> types;

  /** A generator for {@code types} (sorted by name in the output). */
  public JsonSchemaGenerator(Collection<ResourceTypeSchema> types) {
    List<ResourceTypeSchema> sorted = new ArrayList<>(types);
    sorted.sort(java.util.Comparator.comparing(ResourceTypeSchema::type));
    this.types = List.copyOf(sorted);
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
    props.set("heat_template_version", described(enumOf(versions),
        "The HOT version: a date or a release name; it decides which functions are allowed."));
    props.set("description", described(type("string"), "What the template does."));
    props.set("parameter_groups", described(arrayOf(ref("#/$defs/parameter_group")),
        "Groups of parameters, for user interfaces."));
    props.set("parameters", described(nullableMapOf(ref("#/$defs/parameter")),
        "Input parameters by name."));
    props.set("conditions", described(nullableMapOf(ref("#/$defs/condition")),
        "Conditions by name, evaluated from parameters."));
    props.set("resources", described(nullableMapOf(ref("#/$defs/resource")),
        "The resources of the stack by name."));
    props.set("outputs", described(nullableMapOf(ref("#/$defs/output")),
        "Outputs of the stack by name."));
    ObjectNode defs = root.putObject("$defs");
    defs.set("function", functionSchema());
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
    ObjectNode root = F.objectNode();
    root.put("$schema", DRAFT);
    root.put("$id", "https://hotdsl.io/schema/hot-environment.schema.json");
    root.put("title", "OpenStack Heat environment, Heat 19");
    root.put("type", "object");
    root.put("additionalProperties", false);
    ObjectNode props = root.putObject("properties");
    for (String s : Environment.SECTIONS) {
      props.set(s, F.objectNode());
    }
    props.set("parameters", described(nullableMapOf(F.objectNode()),
        "Parameter values of the root template by name."));
    props.set("parameter_defaults", described(nullableMapOf(F.objectNode()),
        "Parameter defaults for every template of the stack, nested ones included."));
    props.set("encrypted_param_names", described(nullable(arrayOf(type("string"))),
        "Parameters whose values Heat stores encrypted."));
    props.set("event_sinks", described(nullable(arrayOf(type("object"))),
        "Where Heat sends stack events (zaqar-queue sinks)."));
    ObjectNode strategy = F.objectNode().put("type", "string");
    strategy.set("enum", F.arrayNode().add("overwrite").add("merge").add("deep_merge"));
    props.set("parameter_merge_strategies", described(nullableMapOf(strategy),
        "How values of a parameter from several environments combine."));
    ArrayNode typeNames = F.arrayNode();
    types.forEach(t -> typeNames.add(t.type()));
    ObjectNode target = anyOf(type("string"), type("null"));
    ObjectNode registry = F.objectNode();
    registry.putArray("type").add("object").add("null");
    registry.put("description", "Maps resource types to templates or other types.");
    ObjectNode rprops = registry.putObject("properties");
    rprops.set("base_url", described(type("string"), "The base of relative template paths."));
    ObjectNode perResource = F.objectNode();
    perResource.putArray("type").add("object").add("null");
    ObjectNode resEntry = F.objectNode().put("type", "object");
    ObjectNode reProps = resEntry.putObject("properties");
    ObjectNode hook = F.objectNode().put("type", "string");
    hook.set("enum", F.arrayNode().add("pre-create").add("pre-update").add("pre-delete")
        .add("pre-signal"));
    reProps.set("hooks", anyOf(hook, arrayOf(hook)));
    ObjectNode action = F.objectNode().put("type", "string");
    action.set("enum", F.arrayNode().add("update").add("replace"));
    reProps.set("restricted_actions", anyOf(action, arrayOf(action)));
    resEntry.set("additionalProperties", target);
    perResource.set("additionalProperties", resEntry);
    rprops.set("resources", described(perResource,
        "Mappings, hooks and restricted actions of resources by name (glob patterns)."));
    ObjectNode names = F.objectNode();
    names.set("anyOf", F.arrayNode().add(enumOf(typeNames)).add(type("string")));
    registry.set("propertyNames", names);
    registry.set("additionalProperties", described(target,
        "The template file, URL or type a resource type maps to; null removes a mapping."));
    props.set("resource_registry", registry);
    return root;
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
    props.set("type", described(type, "A resource type, a template file or a type an"
        + " environment maps."));
    props.set("description", type("string"));
    ObjectNode properties = F.objectNode();
    properties.putArray("type").add("object").add("null");
    props.set("properties", described(properties, "The properties, as the type declares them."));
    props.set("depends_on", described(nullable(anyOf(type("string"), arrayOf(type("string")))),
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
      ifs.putObject("properties").putObject("type").put("const", t.type());
      ObjectNode then = rule.putObject("then");
      then.putObject("properties").putObject("properties")
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
    requiredUnlessUndeclared(s, t.properties());
    return s;
  }

  /**
   * {@code required} for the required properties, unless a property the schema does not declare
   * is set (a deprecated name Heat translates, which may stand for a required one).
   */
  private static void requiredUnlessUndeclared(ObjectNode s, Map<String, PropertySchema> props) {
    List<String> required = props.entrySet().stream().filter(e -> e.getValue().required()
        && e.getValue().defaultValue() == null).map(Map.Entry::getKey).toList();
    if (required.isEmpty()) {
      return;
    }
    ObjectNode req = F.objectNode();
    ArrayNode r = req.putArray("required");
    required.forEach(r::add);
    ArrayNode known = F.arrayNode();
    new TreeSet<>(props.keySet()).forEach(known::add);
    // if every set property is declared, the required ones must be there
    ObjectNode rule = F.objectNode();
    ObjectNode ifs = rule.putObject("if");
    ifs.put("type", "object");
    ifs.putObject("propertyNames").set("enum", known);
    rule.set("then", req);
    s.set("allOf", F.arrayNode().add(rule));
  }

  /** A property value: its type, or a function, or null. */
  private ObjectNode value(PropertySchema p) {
    ObjectNode typed = typed(p);
    ObjectNode v = anyOf(typed, ref(FUNCTION), type("null"));
    String d = p.description();
    if (d != null) {
      v.put("description", d + " (" + p.type() + (p.required() ? ", required" : "")
          + (p.updateAllowed() ? ", can be updated" : "") + ")");
    }
    if (p.defaultValue() != null) {
      v.set("default", F.pojoNode(p.defaultValue()));
    }
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
      l.set("items", anyOf(enumOf(e), ref(FUNCTION)));
      if (item != null) {
        l.set("items", F.objectNode().set("allOf", F.arrayNode().add(items)
            .add(anyOf(enumOf(e), ref(FUNCTION)))));
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
        ObjectNode s = F.objectNode().put("type", "string")
            .put("pattern", "^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$");
        return anyOf(type("number"), s);
      }
      case "boolean":
        return booleanLike();
      case "map": {
        // Heat converts a list to JSON text for map properties that allow conversion
        ObjectNode m = typesOf("object", "array");
        if (!p.schema().isEmpty()) {
          ObjectNode props = m.putObject("properties");
          p.schema().forEach((k, sub) -> props.set(k, value(sub)));
          requiredUnlessUndeclared(m, p.schema());
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

  private static ObjectNode booleanLike() {
    ObjectNode s = F.objectNode();
    ArrayNode e = F.arrayNode();
    BOOLEAN_STRINGS.forEach(e::add);
    s.set("enum", e);
    return anyOf(type("boolean"), s, type("integer"));
  }

  /** Single-key maps named after HOT functions, each with the shape of its arguments. */
  private static ObjectNode functionSchema() {
    ObjectNode f = F.objectNode();
    f.put("description", "An intrinsic function: a map with a single key, the function name.");
    f.put("type", "object");
    f.put("minProperties", 1);
    f.put("maxProperties", 1);
    ArrayNode names = F.arrayNode();
    new TreeSet<>(HotVersion.allFunctionNames()).forEach(names::add);
    f.putObject("propertyNames").set("enum", names);
    ObjectNode args = f.putObject("properties");
    ObjectNode str = type("string");
    ObjectNode strOrFn = anyOf(type("string"), ref(FUNCTION));
    ObjectNode list = type("array");
    ObjectNode listOrFn = anyOf(type("array"), ref(FUNCTION));
    ObjectNode pathArgs = F.objectNode().put("type", "array").put("minItems", 1);
    pathArgs.putArray("items").add(strOrFn);
    args.set("get_param", described(anyOf(str, pathArgs),
        "get_param: NAME or [NAME, key or index...]"));
    args.set("get_resource", described(str, "get_resource: RESOURCE_NAME"));
    ObjectNode attr = F.objectNode().put("type", "array").put("minItems", 2);
    attr.putArray("items").add(strOrFn).add(strOrFn);
    args.set("get_attr", described(attr, "get_attr: [RESOURCE_NAME, ATTRIBUTE, path...]"));
    args.set("get_file", described(str, "get_file: PATH or URL"));
    ObjectNode replace = F.objectNode().put("type", "object").put("additionalProperties", false);
    replace.putArray("required").add("template").add("params");
    replace.putObject("properties").set("template", F.objectNode());
    ((ObjectNode) replace.get("properties")).set("params", anyOf(type("object"), ref(FUNCTION)));
    args.set("str_replace", described(replace, "str_replace: {template: T, params: {K: V}}"));
    args.set("str_replace_strict", replace);
    args.set("str_replace_vstrict", replace);
    ObjectNode join = F.objectNode().put("type", "array").put("minItems", 2);
    join.putArray("items").add(strOrFn);
    args.set("list_join", described(join, "list_join: [DELIMITER, LIST...]"));
    args.set("str_split", described(join, "str_split: [DELIMITER, STRING, index]"));
    ObjectNode digest = F.objectNode().put("type", "array").put("minItems", 2).put("maxItems", 2);
    args.set("digest", described(digest, "digest: [ALGORITHM, VALUE]"));
    ObjectNode repeat = F.objectNode().put("type", "object");
    repeat.putArray("required").add("for_each").add("template");
    ObjectNode rp = repeat.putObject("properties");
    rp.set("for_each", anyOf(type("object"), ref(FUNCTION)));
    rp.set("template", F.objectNode());
    rp.set("permutations", booleanLike());
    args.set("repeat", described(repeat, "repeat: {for_each: {%VAR%: LIST}, template: T}"));
    args.set("map_merge", described(listOrFn, "map_merge: [MAP...]"));
    args.set("map_replace", described(listOrFn, "map_replace: [MAP, {keys: ..., values: ...}]"));
    args.set("list_concat", described(listOrFn, "list_concat: [LIST...]"));
    args.set("list_concat_unique", described(listOrFn, "list_concat_unique: [LIST...]"));
    ObjectNode two = F.objectNode().put("type", "array").put("minItems", 2).put("maxItems", 2);
    args.set("equals", described(two, "equals: [A, B]"));
    args.set("contains", described(two, "contains: [VALUE, SEQUENCE]"));
    args.set("filter", described(two, "filter: [VALUES_TO_REMOVE, LIST]"));
    ObjectNode three = F.objectNode().put("type", "array").put("minItems", 3).put("maxItems", 3);
    args.set("if", described(three, "if: [CONDITION, VALUE_IF_TRUE, VALUE_IF_FALSE]"));
    args.set("and", described(list, "and: [CONDITION...]"));
    args.set("or", described(list, "or: [CONDITION...]"));
    ObjectNode yaql = F.objectNode().put("type", "object");
    yaql.putArray("required").add("expression");
    args.set("yaql", described(yaql, "yaql: {expression: E, data: D}"));
    args.set("make_url", described(anyOf(type("object"), ref(FUNCTION)),
        "make_url: {scheme, host, port, path, query, fragment}"));
    args.set("resource_facade", described(str, "resource_facade: metadata|deletion_policy|"
        + "update_policy"));
    return f;
  }

  // ---- helpers ----

  private static ObjectNode type(String t) {
    return F.objectNode().put("type", t);
  }

  private static ObjectNode typesOf(String... ts) {
    ObjectNode n = F.objectNode();
    ArrayNode a = n.putArray("type");
    for (String t : ts) {
      a.add(t);
    }
    return n;
  }

  private static ObjectNode ref(String ref) {
    return F.objectNode().put("$ref", ref);
  }

  private static ObjectNode enumOf(ArrayNode values) {
    ObjectNode n = F.objectNode();
    n.set("enum", values);
    return n;
  }

  private static ObjectNode anyOf(ObjectNode... options) {
    ObjectNode n = F.objectNode();
    ArrayNode a = n.putArray("anyOf");
    for (ObjectNode o : options) {
      a.add(o);
    }
    return n;
  }

  private static ObjectNode arrayOf(ObjectNode items) {
    ObjectNode n = F.objectNode().put("type", "array");
    n.set("items", items);
    return n;
  }

  private static ObjectNode nullable(ObjectNode schema) {
    return anyOf(schema, type("null"));
  }

  private static ObjectNode nullableMapOf(ObjectNode values) {
    ObjectNode n = F.objectNode();
    n.putArray("type").add("object").add("null");
    n.set("additionalProperties", values);
    return n;
  }

  private static ObjectNode described(ObjectNode schema, String description) {
    schema.put("description", description);
    return schema;
  }

  private static void add(ArrayNode a, Object v) {
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
