package io.hotdsl.codegen;

import static io.hotdsl.codegen.SchemaNodes.F;
import static io.hotdsl.codegen.SchemaNodes.anyOf;
import static io.hotdsl.codegen.SchemaNodes.booleanLike;
import static io.hotdsl.codegen.SchemaNodes.function;
import static io.hotdsl.codegen.SchemaNodes.type;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.model.HotVersion;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code #/$defs/function}: single-key maps named after HOT functions, each with the shape of its
 * arguments and its own description. Each function gets a node built for it alone (editors show
 * the description of the node they match, so two functions sharing one would show one text).
 */
final class FunctionSchemas {
  private FunctionSchemas() {}

  static ObjectNode definition() {
    ObjectNode f = F.objectNode();
    f.put("description", "An intrinsic function: a map with a single key, the function name.");
    f.put("type", "object");
    f.put("minProperties", 1);
    f.put("maxProperties", 1);
    ArrayNode names = F.arrayNode();
    new TreeSet<>(HotVersion.allFunctionNames()).forEach(names::add);
    f.putObject("propertyNames").set("enum", names);
    ObjectNode args = f.putObject("properties");
    Supplier<ObjectNode> str = () -> type("string");
    Supplier<ObjectNode> listOrFn = () -> anyOf(type("array"), function());
    args.set(
        "get_param", fn(anyOf(str.get(), path(1)), "get_param: NAME or [NAME, key or index...]"));
    args.set("get_resource", fn(str.get(), "get_resource: RESOURCE_NAME"));
    args.set("get_attr", fn(path(2), "get_attr: [RESOURCE_NAME, ATTRIBUTE, path...]"));
    args.set("get_file", fn(str.get(), "get_file: PATH or URL"));
    args.set("str_replace", fn(replace(), "str_replace: {template: T, params: {K: V}}"));
    args.set(
        "str_replace_strict",
        fn(
            replace(),
            "str_replace_strict: {template: T, params:"
                + " {K: V}}; fails when a key is not in the template"));
    args.set(
        "str_replace_vstrict",
        fn(
            replace(),
            "str_replace_vstrict: {template: T, params:"
                + " {K: V}}; fails when a key is not in the template or a value is empty"));
    args.set("list_join", fn(join(), "list_join: [DELIMITER, LIST...]"));
    args.set("str_split", fn(join(), "str_split: [DELIMITER, STRING, index]"));
    args.set("digest", fn(fixed(2), "digest: [ALGORITHM, VALUE]"));
    ObjectNode repeat = F.objectNode().put("type", "object");
    repeat.putArray("required").add("for_each").add("template");
    ObjectNode rp = repeat.putObject("properties");
    rp.set("for_each", anyOf(type("object"), function()));
    rp.set("template", F.objectNode());
    rp.set("permutations", booleanLike());
    args.set("repeat", fn(repeat, "repeat: {for_each: {%VAR%: LIST}, template: T}"));
    args.set("map_merge", fn(listOrFn.get(), "map_merge: [MAP...]"));
    args.set("map_replace", fn(listOrFn.get(), "map_replace: [MAP, {keys: ..., values: ...}]"));
    args.set("list_concat", fn(listOrFn.get(), "list_concat: [LIST...]"));
    args.set("list_concat_unique", fn(listOrFn.get(), "list_concat_unique: [LIST...]"));
    args.set("equals", fn(fixed(2), "equals: [A, B]"));
    args.set("contains", fn(fixed(2), "contains: [VALUE, SEQUENCE]"));
    args.set("filter", fn(fixed(2), "filter: [VALUES_TO_REMOVE, LIST]"));
    args.set("if", fn(fixed(3), "if: [CONDITION, VALUE_IF_TRUE, VALUE_IF_FALSE]"));
    args.set("and", fn(type("array"), "and: [CONDITION...]"));
    args.set("or", fn(type("array"), "or: [CONDITION...]"));
    args.set("not", fn(F.objectNode(), "not: CONDITION"));
    ObjectNode yaql = F.objectNode().put("type", "object");
    yaql.putArray("required").add("expression");
    args.set("yaql", fn(yaql, "yaql: {expression: E, data: D}"));
    args.set(
        "make_url",
        fn(
            anyOf(type("object"), function()),
            "make_url: {scheme, host, port, path, query, fragment}"));
    args.set(
        "resource_facade",
        fn(str.get(), "resource_facade: metadata|deletion_policy|update_policy"));
    args.retain(HotVersion.allFunctionNames());
    return f;
  }

  /** {@code schema}, described as {@code text}; {@code schema} must be built for this call. */
  private static ObjectNode fn(ObjectNode schema, String text) {
    return schema.put("description", text);
  }

  /** A path: a list of at least {@code min} strings or functions. */
  private static ObjectNode path(int min) {
    ObjectNode p = F.objectNode().put("type", "array").put("minItems", min);
    ArrayNode items = p.putArray("items");
    for (int i = 0; i < min; i++) {
      items.add(anyOf(type("string"), function()));
    }
    return p;
  }

  private static ObjectNode replace() {
    ObjectNode replace = F.objectNode().put("type", "object").put("additionalProperties", false);
    replace.putArray("required").add("template").add("params");
    ObjectNode props = replace.putObject("properties");
    props.set("template", F.objectNode());
    props.set("params", anyOf(type("object"), function()));
    return replace;
  }

  private static ObjectNode join() {
    ObjectNode join = F.objectNode().put("type", "array").put("minItems", 2);
    join.putArray("items").add(anyOf(type("string"), function()));
    return join;
  }

  private static ObjectNode fixed(int n) {
    return F.objectNode().put("type", "array").put("minItems", n).put("maxItems", n);
  }
}
