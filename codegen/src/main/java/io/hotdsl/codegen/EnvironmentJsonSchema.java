package io.hotdsl.codegen;

import static io.hotdsl.codegen.SchemaNodes.F;
import static io.hotdsl.codegen.SchemaNodes.anyOf;
import static io.hotdsl.codegen.SchemaNodes.arrayOf;
import static io.hotdsl.codegen.SchemaNodes.described;
import static io.hotdsl.codegen.SchemaNodes.enumOf;
import static io.hotdsl.codegen.SchemaNodes.nullable;
import static io.hotdsl.codegen.SchemaNodes.nullableMapOf;
import static io.hotdsl.codegen.SchemaNodes.type;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.environment.Environment;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.List;

/**
 * The JSON Schema (draft-07) of a Heat environment file ({@link JsonSchemaGenerator#environmentSchema}):
 * its sections, and a resource registry whose keys may be the known type names (offered for
 * completion) or any other name.
 */
final class EnvironmentJsonSchema {
  private EnvironmentJsonSchema() {}

  /** The schema of an environment file whose registry may name {@code types}. */
  static ObjectNode of(List<ResourceTypeSchema> types, String draft) {
    ObjectNode root = F.objectNode();
    root.put("$schema", draft);
    root.put("$id", "https://hotdsl.io/schema/hot-environment.schema.json");
    root.put("title", "OpenStack Heat environment, Heat 19");
    root.put("type", "object");
    root.put("additionalProperties", false);
    ObjectNode props = root.putObject("properties");
    for (String s : Environment.SECTIONS) {
      props.set(s, F.objectNode());
    }
    props.set(
        "parameters",
        described(nullableMapOf(F.objectNode()), "Parameter values of the root template by name."));
    props.set(
        "parameter_defaults",
        described(
            nullableMapOf(F.objectNode()),
            "Parameter defaults for every template of the stack, nested ones included."));
    props.set(
        "encrypted_param_names",
        described(
            nullable(arrayOf(type("string"))), "Parameters whose values Heat stores encrypted."));
    props.set(
        "event_sinks",
        described(
            nullable(arrayOf(type("object"))),
            "Where Heat sends stack events (zaqar-queue sinks)."));
    ObjectNode strategy = F.objectNode().put("type", "string");
    strategy.set("enum", F.arrayNode().add("overwrite").add("merge").add("deep_merge"));
    props.set(
        "parameter_merge_strategies",
        described(
            nullableMapOf(strategy),
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
    hook.set(
        "enum",
        F.arrayNode().add("pre-create").add("pre-update").add("pre-delete").add("pre-signal"));
    reProps.set("hooks", anyOf(hook, arrayOf(hook)));
    ObjectNode action = F.objectNode().put("type", "string");
    action.set("enum", F.arrayNode().add("update").add("replace"));
    reProps.set("restricted_actions", anyOf(action, arrayOf(action)));
    resEntry.set("additionalProperties", target);
    perResource.set("additionalProperties", resEntry);
    rprops.set(
        "resources",
        described(
            perResource,
            "Mappings, hooks and restricted actions of resources by name (glob patterns)."));
    ObjectNode names = F.objectNode();
    names.set("anyOf", F.arrayNode().add(enumOf(typeNames)).add(type("string")));
    registry.set("propertyNames", names);
    registry.set(
        "additionalProperties",
        described(
            target,
            "The template file, URL or type a resource type maps to; null removes a mapping."));
    props.set("resource_registry", registry);
    return root;
  }
}
