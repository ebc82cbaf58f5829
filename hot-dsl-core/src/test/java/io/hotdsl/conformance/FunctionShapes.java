package io.hotdsl.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values {@link Mutator} puts into templates: function calls of right and wrong argument
 * shapes (as {@code heat/engine/hot/functions.py} parses them), condition definitions (as
 * {@code heat/engine/conditions.py} and {@code hot/template.py} read them) and parameter
 * definitions (as {@code heat/engine/parameters.py} and {@code constraints.py} read them).
 */
final class FunctionShapes {
  private FunctionShapes() {}

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Map<String, Object> fn(String name, Object args) {
    return map(name, args);
  }

  /** Function calls, valid and not, for a value of any type (OS::Heat::Value's value). */
  static final List<Object> ALL = new ArrayList<>();
  /** Condition definitions, valid and not. */
  static final List<Object> CONDITIONS = new ArrayList<>();
  /** Parameter definitions, valid and not. */
  static final List<Object> PARAMETERS = new ArrayList<>();

  static {
    ALL.add(fn("str_replace", map("template", "a $x")));
    ALL.add(fn("str_replace", map("template", "a $x", "params", List.of("a"))));
    ALL.add(fn("str_replace", map("template", "a $x", "params", map("$x", "b"))));
    ALL.add(fn("str_replace", map("params", map("$x", "b"))));
    ALL.add(fn("str_replace", "a $x"));
    ALL.add(fn("str_replace", map("template", "a", "params", map("$x", "b"), "extra", 1)));
    ALL.add(fn("str_replace_strict", map("template", "a $x", "params", map("$y", "b"))));
    ALL.add(fn("repeat", map("template", "a")));
    ALL.add(fn("repeat", map("for_each", map("%x%", List.of("a")))));
    ALL.add(fn("repeat", map("for_each", List.of("a"), "template", "%x%")));
    ALL.add(fn("repeat", map("for_each", map("%x%", List.of("a", "b")), "template", "%x%")));
    ALL.add(fn("repeat", map("for_each", map("%x%", "a"), "template", "%x%")));
    ALL.add(fn("yaql", map("data", map())));
    ALL.add(fn("yaql", map("expression", "$.data.a", "data", map("a", 1))));
    ALL.add(fn("yaql", map("expression", 1)));
    ALL.add(fn("yaql", "$.data"));
    ALL.add(fn("contains", List.of("a")));
    ALL.add(fn("contains", List.of("a", List.of("a", "b"))));
    ALL.add(fn("contains", List.of("a", "abc")));
    ALL.add(fn("list_join", List.of(",")));
    ALL.add(fn("list_join", ","));
    ALL.add(fn("list_join", List.of(",", List.of("a", "b"))));
    ALL.add(fn("list_join", List.of(",", "ab")));
    ALL.add(fn("list_join", List.of(1, List.of("a"))));
    ALL.add(fn("map_merge", List.of(map("a", 1))));
    ALL.add(fn("map_merge", map("a", 1)));
    ALL.add(fn("map_merge", List.of(map("a", 1), List.of("b"))));
    ALL.add(fn("map_merge", List.of(map("a", 1), map("b", 2))));
    ALL.add(fn("map_replace", List.of(map("a", 1), map("keys", map("a", "b")))));
    ALL.add(fn("map_replace", List.of(map("a", 1), map("bogus", map()))));
    ALL.add(fn("map_replace", map("a", 1)));
    ALL.add(fn("if", List.of(true, "a")));
    ALL.add(fn("if", List.of(true, "a", "b")));
    ALL.add(fn("if", "a"));
    ALL.add(fn("equals", List.of("a", "b", "c")));
    ALL.add(fn("str_split", List.of(",", "a,b")));
    ALL.add(fn("str_split", List.of(",", "a,b", 5)));
    ALL.add(fn("str_split", ","));
    ALL.add(fn("filter", List.of(List.of("a"), List.of("a", "b"))));
    ALL.add(fn("filter", List.of("a")));
    ALL.add(fn("list_concat", List.of(List.of("a"), List.of("b"))));
    ALL.add(fn("list_concat", List.of("a", List.of("b"))));
    ALL.add(fn("list_concat_unique", List.of(List.of("a"), List.of("a"))));
    ALL.add(fn("digest", List.of("sha256", "x")));
    ALL.add(fn("digest", List.of("nope", "x")));
    ALL.add(fn("digest", "x"));
    ALL.add(fn("make_url", map("host", "example.com", "scheme", "https")));
    ALL.add(fn("make_url", map("host", "example.com", "bogus", 1)));
    ALL.add(fn("make_url", "x"));
    ALL.add(fn("resource_facade", "bogus"));
    ALL.add(fn("resource_facade", "metadata"));
    ALL.add(fn("get_param", List.of()));
    ALL.add(fn("get_param", 1));
    ALL.add(fn("get_resource", List.of("x")));
    ALL.add(fn("get_file", 1));
    ALL.add(fn("Fn::Select", List.of("0", List.of("a"))));
    ALL.add(fn("Fn::Join", List.of(",", List.of("a"))));
    ALL.add(fn("Ref", "OS::stack_name"));
    ALL.add(map("map_merge", List.of(map("a", 1)), "other", 1));

    CONDITIONS.add(fn("equals", List.of("a", "b", "c")));
    CONDITIONS.add(fn("equals", List.of("a")));
    CONDITIONS.add(fn("equals", List.of("a", "a")));
    CONDITIONS.add(fn("equals", "a"));
    CONDITIONS.add(fn("not", List.of(true, false)));
    CONDITIONS.add(fn("not", true));
    CONDITIONS.add(fn("and", List.of(true)));
    CONDITIONS.add(fn("and", List.of(true, fn("equals", List.of(1, 1)))));
    CONDITIONS.add(fn("and", true));
    CONDITIONS.add(fn("or", List.of(false, true)));
    CONDITIONS.add(fn("contains", List.of("a", List.of("a"))));
    CONDITIONS.add(fn("contains", List.of("a")));
    CONDITIONS.add(fn("get_attr", List.of("x", "y")));
    CONDITIONS.add(fn("yaql", map("expression", "true")));
    CONDITIONS.add("no_such_condition");
    CONDITIONS.add(List.of(true));
    CONDITIONS.add(1);
    CONDITIONS.add(true);
    CONDITIONS.add("true");

    PARAMETERS.add(map("type", "string", "constraints", List.of(map("allowed_pattern", "["))));
    PARAMETERS.add(map(
        "type",
        "string",
        "constraints",
        List.of(map("allowed_pattern", "[a-z]+")),
        "default",
        "abc"));
    PARAMETERS.add(map("type", "string", "constraints", List.of(map("allowed_values", "a"))));
    PARAMETERS.add(
        map("type", "string", "constraints", List.of(map("allowed_values", map("a", 1)))));
    PARAMETERS.add(map(
        "type",
        "string",
        "constraints",
        List.of(map("allowed_values", List.of("a", "b"))),
        "default",
        "A"));
    PARAMETERS.add(map("type", "String", "default", "x"));
    PARAMETERS.add(map("type", "Number", "default", 1));
    PARAMETERS.add(map("type", "comma_delimited_list", "default", "a,b"));
    PARAMETERS.add(map(
        "type",
        "string",
        "default",
        123,
        "constraints",
        List.of(map("length", map("min", 1, "max", 2)))));
    PARAMETERS.add(map("type", "string", "default", 12));
    PARAMETERS.add(map("type", "string", "default", map("a", 1)));
    PARAMETERS.add(map("type", "string", "default", List.of("a")));
    PARAMETERS.add(map("type", "string", "hidden", "yes"));
    PARAMETERS.add(map("type", "string", "hidden", "abc"));
    PARAMETERS.add(map("type", "string", "immutable", "abc"));
    PARAMETERS.add(map("type", "string", "hidden", true, "default", "s"));
    PARAMETERS.add(map("type", "number", "default", "abc"));
    PARAMETERS.add(map("type", "number", "default", "12"));
    PARAMETERS.add(
        map("type", "number", "constraints", List.of(map("modulo", map("step", 0, "offset", 0)))));
    PARAMETERS.add(map(
        "type",
        "number",
        "default",
        4,
        "constraints",
        List.of(map("modulo", map("step", 2, "offset", 0)))));
    PARAMETERS.add(
        map("type", "number", "constraints", List.of(map("range", map("min", 5, "max", 1)))));
    PARAMETERS.add(map("type", "number", "constraints", List.of(map("range", map("min", "a")))));
    PARAMETERS.add(map("type", "string", "constraints", List.of(map("length", map("min", "a")))));
    PARAMETERS.add(map("type", "string", "constraints", List.of(map("length", 3))));
    PARAMETERS.add(map("type", "json", "default", "x"));
    PARAMETERS.add(map("type", "json", "default", "{\"a\": 1}"));
    PARAMETERS.add(map("type", "boolean", "default", "yes"));
    PARAMETERS.add(map("type", "boolean", "default", "maybe"));
    PARAMETERS.add(map("type", "comma_delimited_list", "default", List.of("a", "b")));
    PARAMETERS.add(map("type", "comma_delimited_list", "default", map("a", 1)));
    PARAMETERS.add(map("type", "string", "constraints", List.of(map("custom_constraint", 1))));
    PARAMETERS.add(map("type", "string", "tags", "a"));
    PARAMETERS.add(map("type", "string", "label", List.of("a")));
    PARAMETERS.add(map("type", "string", "default", null));
  }
}
