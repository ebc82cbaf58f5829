package io.hotdsl.environment;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merging environments as Heat 19 does for {@code openstack stack create -e a.yaml -e b.yaml}:
 * python-heatclient sends the files and their order ({@code environment_files}) and the engine
 * merges them with {@code heat.common.environment_util.merge_environments}: later files win,
 * {@code parameter_merge_strategies} honoured per parameter type, and, from the second file on,
 * {@code parameters}/{@code parameter_defaults} keys that no template declares are dropped; other
 * sections are merged shallowly (a later {@code resource_registry.resources} replaces the whole
 * earlier one).
 */
public final class Environments {
  private Environments() {}

  /**
   * Merges with parameter types taken from {@code templates} (the root and every nested template,
   * as Heat's {@code all_param_schemata(files)} does).
   */
  public static Environment merge(List<Environment> environments, Collection<Template> templates) {
    Map<String, ParameterType> schemata = new LinkedHashMap<>();
    for (Template t : templates) {
      for (Parameter<?> p : t.parameters().values()) {
        schemata.put(p.name(), p.type());
      }
    }
    return merge(environments, schemata);
  }

  /**
   * Merges without templates: every parameter named in an environment counts as declared, typed
   * by the first value given for it (map: json, list: comma_delimited_list, number, boolean,
   * otherwise string).
   */
  public static Environment merge(List<Environment> environments) {
    Map<String, ParameterType> schemata = new LinkedHashMap<>();
    for (Environment e : environments) {
      for (Map<String, Object> section : List.of(e.parameters(), e.parameterDefaults())) {
        section.forEach((k, v) -> schemata.putIfAbsent(k, inferType(v)));
      }
    }
    return merge(environments, schemata);
  }

  /**
   * Heat's {@code merge_environments(environment_files, files, params, param_schemata)} starting
   * from empty sections; {@code schemata} maps each declared parameter to its type.
   *
   * @throws EnvironmentMergeException where Heat rejects (or fails on) the merge
   */
  @SuppressWarnings("unchecked")
  public static Environment merge(
      List<Environment> environments, Map<String, ParameterType> schemata) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (String s : Environment.SECTIONS) {
      if (!s.equals("parameter_merge_strategies")) {
        params.put(
            s,
            s.equals("encrypted_param_names") || s.equals("event_sinks")
                ? new ArrayList<>()
                : new LinkedHashMap<>());
      }
    }
    Map<String, MergeStrategy> available = new LinkedHashMap<>();
    int index = 0;
    for (Environment env : environments) {
      String file = "env" + index++;
      Map<String, Object> parsed = (Map<String, Object>) Trees.toTree(env.toTree());
      Map<String, Object> strategies =
          (Map<String, Object>) parsed.remove("parameter_merge_strategies");
      if (strategies == null) {
        strategies = new LinkedHashMap<>();
      }
      for (Map.Entry<String, Object> e : parsed.entrySet()) {
        String key = e.getKey();
        Object value = e.getValue();
        if (!truthy(value)) {
          continue;
        }
        if (key.equals("parameters") || key.equals("parameter_defaults")) {
          params.put(
              key,
              mergeParameters(
                  (Map<String, Object>) params.get(key),
                  (Map<String, Object>) value,
                  schemata,
                  strategies,
                  available,
                  file));
        } else {
          params.put(key, mergeMap(params.get(key), value, false));
        }
      }
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (truthy(v)) {
        tree.put(k, v);
      }
    });
    return Environment.fromTree(tree, "merged");
  }

  static ParameterType inferType(Object v) {
    if (v instanceof Map) {
      return ParameterType.JSON;
    }
    if (v instanceof List) {
      return ParameterType.COMMA_DELIMITED_LIST;
    }
    if (v instanceof Number) {
      return ParameterType.NUMBER;
    }
    if (v instanceof Boolean) {
      return ParameterType.BOOLEAN;
    }
    return ParameterType.STRING;
  }

  private static MergeStrategy strategyFor(
      Map<String, Object> inFile, String key, Map<String, MergeStrategy> available) {
    Object envDefault = inFile.getOrDefault("default", "overwrite");
    Object chosen = inFile.containsKey(key)
        ? inFile.get(key)
        : available.containsKey(key) ? available.get(key).key() : envDefault;
    return MergeStrategy.fromKey(chosen)
        .orElseGet(() -> MergeStrategy.fromKey(envDefault)
            .orElseThrow(() -> new EnvironmentMergeException(
                "Heat fails: unknown default merge strategy '" + envDefault + "'")));
  }

  private static Map<String, Object> mergeParameters(
      Map<String, Object> old,
      Map<String, Object> neu,
      Map<String, ParameterType> schemata,
      Map<String, Object> inFile,
      Map<String, MergeStrategy> available,
      String file) {
    for (Map.Entry<String, Object> e : neu.entrySet()) {
      String key = e.getKey();
      if (schemata.containsKey(key) && e.getValue() != null) {
        MergeStrategy s = strategyFor(inFile, key, available);
        if (!available.containsKey(key)) {
          available.put(key, s);
        } else if (s != available.get(key)) {
          throw new EnvironmentMergeException("Conflicting merge strategy '" + s.key()
              + "' for parameter '" + key + "' in file '" + file + "'.");
        }
      }
    }
    if (!truthy(old)) {
      return neu;
    }
    for (Map.Entry<String, Object> e : neu.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      if (!schemata.containsKey(key) || value == null) {
        continue;
      }
      MergeStrategy s = available.get(key);
      if (s == MergeStrategy.OVERWRITE) {
        old.put(key, value);
      } else {
        paramMerge(old, key, value, schemata.get(key), s == MergeStrategy.DEEP_MERGE);
      }
    }
    return old;
  }

  private static void paramMerge(
      Map<String, Object> old, String key, Object value, ParameterType type, boolean deep) {
    Object v = parseParam(value, type);
    switch (type) {
      case JSON -> old.put(key, mergeMap(old.getOrDefault(key, new LinkedHashMap<>()), v, deep));
      case COMMA_DELIMITED_LIST -> old.put(key, mergeList(old.get(key), v));
      case STRING -> old.put(key, concat(old.getOrDefault(key, ""), v));
      case NUMBER -> {
        Object o = old.getOrDefault(key, 0L);
        if (o instanceof String so && v instanceof String sv) {
          old.put(key, so + sv);
        } else {
          throw new EnvironmentMergeException(
              "Heat fails: cannot add " + v + " to " + o + " for parameter '" + key + "'");
        }
      }
      default ->
        throw new EnvironmentMergeException(
            "Invalid merge strategy 'merge' for parameter '" + key + "'.");
    }
  }

  private static Object parseParam(Object value, ParameterType type) {
    if (type == ParameterType.JSON) {
      if (value instanceof String s && !s.isEmpty()) {
        try {
          return Trees.toTree(
              new com.fasterxml.jackson.databind.ObjectMapper().readValue(s, Object.class));
        } catch (java.io.IOException e) {
          throw new EnvironmentMergeException(
              "Invalid parameter in environment " + e.getMessage() + ".");
        }
      }
      return value;
    }
    if (!(value instanceof String) && !(value instanceof List)) {
      throw new EnvironmentMergeException("Invalid parameter in environment .");
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Object mergeList(Object old, Object neu) {
    if (!truthy(old)) {
      return neu;
    }
    if (neu instanceof List<?> l) {
      if (!(old instanceof List)) {
        throw new EnvironmentMergeException("Heat fails: cannot extend " + old + " with a list");
      }
      List<Object> out = new ArrayList<>((List<Object>) old);
      out.addAll(l);
      return out;
    }
    return concat(concat(old, ","), neu);
  }

  private static String concat(Object a, Object b) {
    if (a instanceof String sa && b instanceof String sb) {
      return sa + sb;
    }
    throw new EnvironmentMergeException("Heat fails: cannot join " + a + " and " + b);
  }

  @SuppressWarnings("unchecked")
  private static Object mergeMap(Object old, Object neu, boolean deep) {
    if (!truthy(old)) {
      return neu;
    }
    if (!(neu instanceof Map<?, ?> nm) || !(old instanceof Map)) {
      throw new EnvironmentMergeException("Heat fails: cannot merge " + neu + " into " + old);
    }
    Map<String, Object> out = (Map<String, Object>) old;
    for (Map.Entry<?, ?> e : nm.entrySet()) {
      String k = (String) e.getKey();
      Object v = e.getValue();
      if (v == null) {
        continue;
      }
      if (!deep) {
        out.put(k, v);
      } else if (v instanceof Map) {
        Object oldV = out.get(k);
        out.put(k, truthy(oldV) ? mergeMap(oldV, v, true) : v);
      } else if (v instanceof List) {
        Object oldV = out.get(k);
        out.put(k, truthy(oldV) ? mergeList(oldV, v) : v);
      } else if (v instanceof String s) {
        out.put(k, concat(out.getOrDefault(k, ""), s));
      } else {
        out.put(k, v);
      }
    }
    return out;
  }

  /** Python truthiness of a tree value. */
  static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    return true;
  }
}
