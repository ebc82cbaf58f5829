package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The argument shapes Heat 19 accepts for each function, as the function classes of
 * {@code heat/engine/hot/functions.py} check them when Heat parses a template (their
 * {@code __init__}) and validates it (their {@code validate()}): both happen in template-validate.
 * Each message is Heat's own.
 */
final class FunctionArgs {
  private static final Set<String> FACADE_ATTRIBUTES =
      Set.of("metadata", "deletion_policy", "update_policy");

  private FunctionArgs() {}

  /**
   * Why Heat refuses {@code args} for function {@code name} in {@code version}, or null. Values
   * computed by other functions are left alone.
   */
  static String problem(String name, Object args, HotVersion version) {
    Set<String> functions = NameSet.functions(version);
    return switch (name) {
      // Replace.__init__ / _parse_args (ReplaceJson, ReplaceJsonStrict, ReplaceJsonVeryStrict)
      case "str_replace", "str_replace_strict", "str_replace_vstrict" -> {
        if (!(args instanceof Map<?, ?> m)) {
          yield "Arguments to \"" + name + "\" must be a map";
        }
        if (!m.containsKey("params") || !m.containsKey("template")) {
          yield "\"" + name + "\" syntax should be {template: <string>, params: {<key>: "
              + "<value>, …}}";
        }
        Object params = Trees.node(m.get("params"));
        yield params instanceof Map || Trees.isFunction(params, functions)
            ? null
            : "\"" + name + "\" parameters must be a mapping";
      }
      // Repeat._parse_args and Repeat.validate
      case "repeat" -> {
        if (!(args instanceof Map<?, ?> m)) {
          yield "Arguments to \"repeat\" must be a map";
        }
        if (!m.containsKey("for_each") || !m.containsKey("template")) {
          yield "\"repeat\" syntax should be {template: <value>, for_each: {<var>: <list>}}";
        }
        Object forEach = Trees.node(m.get("for_each"));
        yield forEach instanceof Map || Trees.isFunction(forEach, functions)
            ? null
            : "The \"for_each\" argument to \"repeat\" must contain a map";
      }
      // Yaql.__init__ and Yaql.validate
      case "yaql" -> {
        if (!(args instanceof Map<?, ?> m)) {
          yield "Arguments to \"yaql\" must be a map.";
        }
        if (!m.containsKey("expression")
            || !Set.of("expression", "data")
                .containsAll(m.keySet().stream().map(String::valueOf).toList())) {
          yield "\"yaql\" syntax should be {expression: <string>, data: {<var>: <value>}}";
        }
        Object expression = Trees.node(m.get("expression"));
        yield expression instanceof String || Trees.isFunction(expression, functions)
            ? null
            : "The \"expression\" argument to yaql must contain a string.";
      }
      // Equals.__init__
      case "equals" ->
        args instanceof List<?> l && l.size() == 2
            ? null
            : "Arguments to \"equals\" must be of the form: [value_1, value_2]";
      // Contains.__init__
      case "contains" ->
        args instanceof List<?> l && l.size() == 2
            ? null
            : "Arguments to \"contains\" must be of the form: [value1, [value1, value2]]";
      // ConditionBoolean._check_args (and, or); Not takes one condition
      case "and", "or" ->
        args instanceof List<?> l && l.size() >= 2
            ? null
            : "the minimum number of condition arguments to \"" + name + "\" is 2";
      // ResourceFacade.__init__
      case "resource_facade" ->
        args instanceof String s && FACADE_ATTRIBUTES.contains(s)
            ? null
            : "Incorrect arguments to \"resource_facade\" should be one of: metadata, "
                + "deletion_policy, update_policy";
      case "get_attr" -> getAttrProblem(args, version);
      // Filter.__init__ (2017-02-24+)
      case "filter" ->
        args instanceof List<?> l && l.size() == 2
            ? null
            : "\"filter\" expected 2 arguments of the form [values, sequence]";
      // StrSplit.__init__: a string or a map is refused at once (the rest when resolved)
      case "str_split" ->
        args instanceof String || args instanceof Map
            ? "Incorrect arguments "
                + "to \"str_split\" should be: \"str_split\" : [ \",\", \"apples,pears\", <index>]"
            : null;
      // MakeURL.validate / _check_args
      case "make_url" -> {
        if (Trees.isFunction(args, functions)) {
          yield null;
        }
        if (!(args instanceof Map<?, ?> m)) {
          yield "The arguments to \"make_url\" must be a map";
        }
        List<String> bad = m.keySet().stream()
            .map(String::valueOf)
            .filter(k -> !MAKE_URL_KEYS.contains(k))
            .sorted()
            .toList();
        yield bad.isEmpty() ? null : "Invalid arguments to \"make_url\": " + String.join(", ", bad);
      }
      // Not takes one condition: a list is no condition (conditions.py is_enabled)
      case "not" ->
        args instanceof List
            ? "Invalid condition " + args + "; \"not\" takes one " + "condition"
            : null;
      default -> null;
    };
  }

  /**
   * {@link #problem} of {@code get_attr} (GetAttThenSelect._parse_args; GetAttAllAttributes,
   * 2015-10-15+, takes [resource] alone): apart, so that the walk of calls asks it without the
   * switch on the name.
   */
  static String getAttrProblem(Object args, HotVersion version) {
    if (!(args instanceof List<?> l)) {
      return "Argument to \"get_attr\" must be a list";
    }
    int least = version.isAtLeast(HotVersion.V2015_10_15) ? 1 : 2;
    if (l.size() < least) {
      return "Arguments to \"get_attr\" must be of the form [resource_name, attribute, "
          + "(path), ...]";
    }
    Set<String> functions = NameSet.functions(version);
    Object resource = Trees.node(l.get(0));
    if (!(resource instanceof String || Trees.isFunction(resource, functions))) {
      return "the first argument to \"get_attr\" must be a resource name, not "
          + Trees.describe(resource);
    }
    Object attribute = l.size() > 1 ? Trees.node(l.get(1)) : "";
    return attribute instanceof String || Trees.isFunction(attribute, functions)
        ? null
        : "the attribute name in \"get_attr\" must be a string, not " + Trees.describe(attribute)
            + " (Heat fails on it)";
  }

  private static final Set<String> MAKE_URL_KEYS =
      Set.of("scheme", "username", "password", "host", "port", "path", "query", "fragment");
}
