package io.hotdsl.functions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Factories for HOT intrinsic functions, each returning a value of the type Heat's function yields.
 *
 * <p>Arguments may be literals or other values. Which template versions allow each function is
 * {@link io.hotdsl.model.HotVersion}'s table; the validator reports a function used in a version
 * that does not allow it, naming the lowest version that does.
 *
 * <p>Naming: Java keywords and {@code Object} methods can't be method names, so {@code if} is
 * {@link #ifElse}, {@code equals} is {@link #equalTo}, {@code not}/{@code and}/{@code or} keep
 * their names.
 */
public final class Fn {
  /** The keys of the {@code str_replace} functions' argument map, shared by all of them. */
  private static final String[] TEMPLATE_PARAMS = {"template", "params"};

  private Fn() {}

  /** A call of any function by name, for functions the library has no factory for. */
  public static <T> Value<T> call(String name, Object args) {
    return new FunctionCall<>(name, args);
  }

  /** {@code get_param: name}, or {@code get_param: [name, path…]} into a json/list parameter. */
  public static <T> Value<T> getParam(String name, Object... path) {
    requireName(name, "parameter");
    return new FunctionCall<>("get_param", path.length == 0 ? name : prepend(name, path));
  }

  /**
   * {@code get_param: OS::stack_name}: the stack's name, a pseudo parameter Heat gives every
   * template (hot/template.py {@code HOTemplate20130523.param_schemata}); in a nested stack it is
   * the nested stack's own name.
   */
  public static Value<String> stackName() {
    return new FunctionCall<>("get_param", "OS::stack_name");
  }

  /** {@code get_param: OS::stack_id}: the stack's ID, a pseudo parameter. */
  public static Value<String> stackId() {
    return new FunctionCall<>("get_param", "OS::stack_id");
  }

  /** {@code get_param: OS::project_id}: the ID of the stack's project, a pseudo parameter. */
  public static Value<String> projectId() {
    return new FunctionCall<>("get_param", "OS::project_id");
  }

  /** {@code get_resource: name}: the physical resource ID. */
  public static Value<String> getResource(String resource) {
    requireName(resource, "resource");
    return new FunctionCall<>("get_resource", resource);
  }

  /** {@code get_attr: [resource, attribute, path…]}. */
  public static <T> Value<T> getAttr(String resource, String attribute, Object... path) {
    requireName(resource, "resource");
    Object[] args = new Object[2 + path.length];
    args[0] = resource;
    args[1] = Objects.requireNonNull(attribute, "attribute");
    System.arraycopy(path, 0, args, 2, path.length);
    return new FunctionCall<>("get_attr", ImmutableCopies.frozenList(args));
  }

  /** {@code get_file: path}: the content of a file in the files map (relative or a URL). */
  public static Value<String> getFile(String path) {
    requireName(path, "file path");
    return new FunctionCall<>("get_file", path);
  }

  /** {@code str_replace: {template, params}}. */
  public static Value<String> strReplace(Object template, Map<String, ?> params) {
    return replaceFn("str_replace", template, params);
  }

  /** {@code str_replace_strict}: fails when a param key is not found in the template. */
  public static Value<String> strReplaceStrict(Object template, Map<String, ?> params) {
    return replaceFn("str_replace_strict", template, params);
  }

  /** {@code str_replace_vstrict}: strict, and empty or null param values are errors too. */
  public static Value<String> strReplaceVstrict(Object template, Map<String, ?> params) {
    return replaceFn("str_replace_vstrict", template, params);
  }

  /** {@code list_join: [delimiter, list, list…]}. */
  public static Value<String> listJoin(String delimiter, Object... lists) {
    return new FunctionCall<>("list_join", prepend(Objects.requireNonNull(delimiter), lists));
  }

  /** {@code str_split: [delimiter, string]}. */
  public static Value<List<String>> strSplit(String delimiter, Object string) {
    return new FunctionCall<>("str_split", List.of(delimiter, string));
  }

  /** {@code str_split: [delimiter, string, index]}: one item of the split. */
  public static Value<String> strSplit(String delimiter, Object string, int index) {
    return new FunctionCall<>("str_split", List.of(delimiter, string, index));
  }

  /** {@code digest: [algorithm, value]} (md5, sha1, sha256, sha512 …). */
  public static Value<String> digest(String algorithm, Object value) {
    return new FunctionCall<>("digest", List.of(algorithm, value));
  }

  /** {@code repeat: {template, for_each}}. */
  public static Value<List<Object>> repeat(Object template, Map<String, ?> forEach) {
    return repeat(template, forEach, true);
  }

  /** {@code repeat: {template, for_each, permutations}}. */
  public static Value<List<Object>> repeat(
      Object template, Map<String, ?> forEach, boolean permutations) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("template", template);
    args.put("for_each", forEach);
    if (!permutations) {
      args.put("permutations", false);
    }
    return new FunctionCall<>("repeat", args);
  }

  /** {@code map_merge: [map, map…]}: later maps win. */
  public static Value<Map<String, Object>> mapMerge(Object... maps) {
    return new FunctionCall<>("map_merge", List.of(maps));
  }

  /** {@code map_replace: [map, {keys: …, values: …}]}. */
  public static Value<Map<String, Object>> mapReplace(
      Object map, Map<String, ?> keys, Map<String, ?> values) {
    Map<String, Object> spec = new LinkedHashMap<>();
    if (keys != null && !keys.isEmpty()) {
      spec.put("keys", keys);
    }
    if (values != null && !values.isEmpty()) {
      spec.put("values", values);
    }
    return new FunctionCall<>("map_replace", List.of(map, spec));
  }

  /** {@code yaql: {expression, data}}. */
  public static <T> Value<T> yaql(String expression, Object data) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("expression", expression);
    args.put("data", data);
    return new FunctionCall<>("yaql", args);
  }

  /** {@code list_concat: [list, list…]}. */
  public static Value<List<Object>> listConcat(Object... lists) {
    return new FunctionCall<>("list_concat", List.of(lists));
  }

  /** {@code list_concat_unique: [list, list…]}. */
  public static Value<List<Object>> listConcatUnique(Object... lists) {
    return new FunctionCall<>("list_concat_unique", List.of(lists));
  }

  /** {@code contains: [value, sequence]}. */
  public static Value<Boolean> contains(Object value, Object sequence) {
    return new FunctionCall<>("contains", Arrays.asList(value, sequence));
  }

  /** {@code filter: [values to remove, list]}. */
  public static Value<List<Object>> filter(Object valuesToRemove, Object list) {
    return new FunctionCall<>("filter", Arrays.asList(valuesToRemove, list));
  }

  /** {@code make_url: {scheme, host, port, path, query, fragment, …}}. */
  public static Value<String> makeUrl(Map<String, ?> parts) {
    return new FunctionCall<>("make_url", parts);
  }

  /** {@code equals: [a, b]}. */
  public static Value<Boolean> equalTo(Object a, Object b) {
    return new FunctionCall<>("equals", Arrays.asList(a, b));
  }

  /** {@code not: condition}. */
  public static Value<Boolean> not(Object condition) {
    return new FunctionCall<>("not", condition);
  }

  /** {@code and: [conditions…]}. */
  public static Value<Boolean> and(Object... conditions) {
    return new FunctionCall<>("and", List.of(conditions));
  }

  /** {@code or: [conditions…]}. */
  public static Value<Boolean> or(Object... conditions) {
    return new FunctionCall<>("or", List.of(conditions));
  }

  /**
   * {@code if: [condition, whenTrue, whenFalse]}; {@code condition} is the name of a condition of
   * the template's conditions section, or a condition expression.
   */
  public static <T> Value<T> ifElse(Object condition, Object whenTrue, Object whenFalse) {
    return new FunctionCall<>("if", Arrays.asList(condition, whenTrue, whenFalse));
  }

  /** {@code resource_facade: metadata | deletion_policy | update_policy}. */
  public static Value<Object> resourceFacade(String section) {
    if (!List.of("metadata", "deletion_policy", "update_policy").contains(section)) {
      throw new IllegalArgumentException(
          "resource_facade takes metadata, deletion_policy or update_policy, not " + section);
    }
    return new FunctionCall<>("resource_facade", section);
  }

  private static Value<String> replaceFn(String name, Object template, Map<String, ?> params) {
    if (template == null || params == null) { // the message only when it is thrown
      throw new NullPointerException(name + (template == null ? " template" : " params"));
    }
    return new FunctionCall<>(
        name, ImmutableCopies.frozenMap(TEMPLATE_PARAMS, new Object[] {template, params}));
  }

  /** {@code first} and then {@code rest}, copied into the list {@link FunctionCall} keeps. */
  private static List<Object> prepend(Object first, Object[] rest) {
    Object[] out = new Object[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return ImmutableCopies.frozenList(out);
  }

  private static void requireName(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " name must not be empty");
    }
  }
}
