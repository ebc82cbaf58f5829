package io.hotdsl.conformance;

import static io.hotdsl.conformance.FunctionShapes.map;
import static io.hotdsl.conformance.Mutator.pick;
import static io.hotdsl.conformance.Mutator.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations that pair a template with an environment file, sent to Heat as python-heatclient
 * sends {@code -e env.yaml} (the file in the files map, named in {@code environment_files}) and
 * to hot-dsl as a bundle: parameter values and defaults of the right and of a wrong type or for
 * no parameter, resource_registry mappings to a missing file, an unknown type, a known type or
 * a template of the bundle, and sections Heat's environment format does or does not have.
 */
final class EnvironmentMutations {
  private EnvironmentMutations() {}

  /** A child template the registry may map to (in the files map as {@link #CHILD}). */
  static final String CHILD = "zz_child.yaml";

  static final Map<String, Object> CHILD_TEMPLATE = map(
      "heat_template_version",
      "2016-10-14",
      "parameters",
      map("size", map("type", "number", "default", 1)),
      "resources",
      map("v", map("type", "OS::Heat::Value", "properties", map("value", "x"))),
      "outputs",
      map("value", map("value", map("get_attr", List.of("v", "value")))));

  /** The environment's tree, the files it needs and what it changed; null when n/a. */
  record Change(String detail, Map<String, Object> environment, Map<String, Object> child) {}

  interface EnvMutation {
    Change apply(Map<String, Object> t, Random rnd);
  }

  static final Map<String, EnvMutation> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("env_parameter_type", EnvironmentMutations::parameterType);
    KINDS.put("env_registry", EnvironmentMutations::registry);
    KINDS.put("env_sections", (t, r) -> {
      Map<String, Object> env = new LinkedHashMap<>();
      Object[] variants = {
        map("bogus_section", map("a", 1)),
        map("parameter_defaults", List.of(1)),
        map("parameters", "abc"),
        map("resource_registry", "abc"),
        map("resource_registry", map("resources", map("zz_nothing", map("hooks", "pre-create")))),
        map("event_sinks", List.of()),
        map("encrypted_param_names", List.of()),
        map("parameter_merge_strategies", map("default", "overwrite")),
        map("parameter_merge_strategies", map("default", "bogus")),
        map("Parameters", map()),
      };
      @SuppressWarnings("unchecked")
      Map<String, Object> v = (Map<String, Object>) pick(r, variants);
      env.putAll(v);
      return new Change("environment " + env, env, null);
    });
  }

  /** A parameter of one type and a value or default for it in the environment. */
  private static Change parameterType(Map<String, Object> t, Random r) {
    String type = pick(r, "number", "boolean", "string", "comma_delimited_list", "json");
    Object good = switch (type) {
      case "number" -> 3;
      case "boolean" -> true;
      case "comma_delimited_list" -> "a,b";
      case "json" -> map("a", 1);
      default -> "x";
    };
    Object value = switch (type) {
      case "number" -> pick(r, "abc", 5, "7", List.of(1), true, "1.5");
      case "boolean" -> pick(r, "yes", false, "abc", 1, "True", "on");
      case "string" -> pick(r, List.of(1), map("a", 1), 5, "y", true);
      case "comma_delimited_list" -> pick(r, "c,d", List.of(1, 2), map("a", 1), 5);
      default -> pick(r, map("b", 2), "{\"b\": 2}", "not json", List.of(1), 5);
    };
    section(t, "parameters").put("zz_env", map("type", type, "default", good));
    String where = pick(
        r,
        "parameter_defaults",
        "parameters",
        "parameter_defaults",
        "parameters_unknown",
        "parameter_defaults_unknown");
    Map<String, Object> env = new LinkedHashMap<>();
    switch (where) {
      case "parameters_unknown" -> env.put("parameters", map("zz_no_such", value));
      case "parameter_defaults_unknown" -> env.put("parameter_defaults", map("zz_no_such", value));
      default -> env.put(where, map("zz_env", value));
    }
    return new Change("parameters.zz_env (" + type + ") and environment " + env, env, null);
  }

  /** A resource of a type only the environment's registry maps. */
  private static Change registry(Map<String, Object> t, Random r) {
    String target = pick(
        r, "zz_missing.yaml", "OS::No::Such", "OS::Heat::None", CHILD, CHILD, "OS::Heat::Value");
    Map<String, Object> res = new LinkedHashMap<>();
    res.put("type", "Zz::Env::Thing");
    if (target.equals(CHILD) && r.nextBoolean()) {
      res.put("properties", map("size", pick(r, 2, "abc", map("a", 1))));
    } else if (target.equals(CHILD) && r.nextBoolean()) {
      res.put("properties", map("no_such", 1));
    } else if (target.equals("OS::Heat::Value")) {
      res.put("properties", map("value", 1));
    }
    section(t, "resources").put("zz_env_res", res);
    Map<String, Object> env = map("resource_registry", map("Zz::Env::Thing", target));
    return new Change(
        "resources.zz_env_res = " + res + ", environment " + env,
        env,
        target.equals(CHILD) ? CHILD_TEMPLATE : null);
  }
}
