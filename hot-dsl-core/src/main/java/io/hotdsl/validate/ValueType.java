package io.hotdsl.validate;

import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code OS::Heat::Value}'s {@code type}, as {@code heat/engine/resources/openstack/heat/value.py
 * Value.reparse} reads it: when the resource is built, so in Heat's template-validate too, it
 * reads {@code properties[type]} (converted without validation, {@code Property._get_string}: a
 * map, a list or a float fails there, an error at template-validate depth); a type of
 * {@code HOTParamSchema.TYPES} then becomes the schema type of {@code value}
 * ({@code string}, {@code number}, {@code comma_delimited_list} a list, {@code json} a map,
 * {@code boolean}), whose value Heat checks before stack create.
 */
final class ValueType {
  static final String TYPE = "OS::Heat::Value";

  /** value.py Value.reparse: param_type_map. */
  private static final Map<String, String> SCHEMA_TYPES = Map.of(
      "string",
      "string",
      "number",
      "number",
      "comma_delimited_list",
      "list",
      "json",
      "map",
      "boolean",
      "boolean");

  private ValueType() {}

  /** The value checked as its type says, unless {@code type} itself fails to convert. */
  static void check(PluginRules rules, YamlPath at, ResourceTypeSchema schema, Map<?, ?> props) {
    if (BuildTimeReads.check(rules, at, schema, props) || !props.containsKey("value")) {
      return;
    }
    Object type = rules.value(props, schema.properties(), "type");
    String schemaType = type instanceof String s ? SCHEMA_TYPES.get(s) : null;
    if (schemaType == null || io.hotdsl.functions.Trees.node(props.get("value")) == null) {
      return;
    }
    PropertySchema value =
        new PropertySchema(schemaType, null, null, true, true, false, List.of(), Map.of(), null);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("value", props.get("value"));
    List<Problem> byType = new ArrayList<>();
    new PropertyChecker(byType, rules.parameters(), rules.version())
        .checkMap(at, Map.of("value", value), values, "OS::Heat::Value with type " + type);
    for (Problem p : byType) {
      rules
          .problems()
          .add(
              p.depth() == ValidationDepth.CREATE
                  ? Problem.createError(
                      p.path(),
                      p.message().replace("; " + Problem.AT_CREATE, "") + " (type " + type
                          + " makes value a " + schemaType + ")")
                  : p);
    }
  }
}
