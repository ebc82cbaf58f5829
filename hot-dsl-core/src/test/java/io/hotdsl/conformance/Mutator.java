package io.hotdsl.conformance;

import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Single, seeded mutations of a template tree, driven by Heat's schemas (the registered Heat 19
 * snapshot) and by the classes of issue 18: resource-level keys, properties (null, removed,
 * wrong scalar type, allowed-value case), function argument shapes, functions newer than the
 * template version, outputs, conditions and parameter schemas, and the plugins' cross-property
 * rules ({@link PluginMutations}). Some variants keep the template valid. Each mutation works on
 * a deep copy and says what it changed.
 */
final class Mutator {
  /** One mutant: the kind of mutation, what it changed, and the mutated tree. */
  record Mutant(String id, String kind, String detail, Map<String, Object> tree) {}

  /** A mutation: changes {@code t} in place and returns what it did, or null when n/a. */
  interface Mutation {
    String apply(Map<String, Object> t, Random rnd);
  }

  /** The name of the resource mutations add to hold a value under test. */
  static final String PROBE = "zz_probe";

  static final Map<String, Mutation> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put(
        "deletion_policy",
        (t, r) -> setResourceKey(
            t,
            r,
            "deletion_policy",
            pick(
                r,
                "Delete",
                "Retain",
                "Snapshot",
                "snapshot",
                "retain",
                "delete",
                "DELETE",
                List.of("Retain"),
                1,
                Map.of("a", 1))));
    KINDS.put(
        "resource_description",
        (t, r) -> setResourceKey(
            t, r, "description", pick(r, Map.of("a", 1), List.of("a"), 1, "a description", true)));
    KINDS.put(
        "metadata",
        (t, r) -> setResourceKey(
            t, r, "metadata", pick(r, List.of("a"), "abc", 1, Map.of("a", 1), Map.of())));
    KINDS.put(
        "update_policy",
        (t, r) -> setResourceKey(t, r, "update_policy", pick(r, "abc", List.of(1), Map.of())));
    KINDS.put(
        "resource_condition",
        (t, r) -> setResourceKey(
            t,
            r,
            "condition",
            pick(
                r,
                List.of("x"),
                Map.of("a", 1),
                true,
                false,
                "no_such_condition",
                Map.of("equals", List.of(1, 1)))));
    KINDS.put("depends_on", (t, r) -> {
      String other = anyResource(t, r);
      return other == null
          ? null
          : setResourceKey(
              t,
              r,
              "depends_on",
              pick(
                  r,
                  List.of(1),
                  Map.of("a", 1),
                  "no_such_resource",
                  other,
                  List.of(),
                  List.of(other),
                  List.of(other, other)));
    });
    KINDS.put(
        "property_null",
        (t, r) -> withProperty(t, r, false, (props, key, ps) -> {
          props.put(key, null);
          return key + " = null";
        }));
    KINDS.put(
        "required_removed",
        (t, r) -> withProperty(t, r, true, (props, key, ps) -> {
          props.remove(key);
          return "removed " + key;
        }));
    KINDS.put(
        "wrong_scalar",
        (t, r) -> withProperty(t, r, false, (props, key, ps) -> {
          Object v = switch (ps.type() == null ? "" : ps.type()) {
            case "integer" -> pick(r, 1.5, true, "abc", "12", 1.0, "1.0");
            case "number" -> pick(r, "abc", true, "1.5", 2);
            case "string" -> pick(r, 1.5, true, 12, List.of("a"), Map.of("a", 1));
            case "boolean" -> pick(r, "yes", "abc", 1, "True", "false", "on");
            case "list" -> pick(r, "abc", Map.of("a", 1), "a,b");
            case "map" -> pick(r, List.of("a"), "abc");
            default -> null;
          };
          if (v == null) {
            return null;
          }
          props.put(key, v);
          return key + " (" + ps.type() + ") = " + v;
        }));
    KINDS.put(
        "allowed_case",
        (t, r) -> withProperty(t, r, false, (props, key, ps) -> {
          List<Object> allowed = new ArrayList<>();
          ps.allowedValues().stream().filter(v -> v instanceof String).forEach(allowed::add);
          if (allowed.isEmpty()) {
            return null;
          }
          String v = (String) allowed.get(r.nextInt(allowed.size()));
          String variant = switch (r.nextInt(3)) {
            case 0 -> v.toLowerCase(Locale.ROOT);
            case 1 -> v.toUpperCase(Locale.ROOT);
            default -> v;
          };
          props.put(key, variant);
          return key + " = " + variant + " (allowed " + allowed + ")";
        }));
    KINDS.put("get_attr_shape", (t, r) -> {
      String res = anyResource(t, r);
      if (res == null) {
        return null;
      }
      return probe(
          t,
          Map.of(
              "get_attr",
              pick(
                  r,
                  List.of(res, 123),
                  List.of(List.of(res), "show"),
                  List.of(res),
                  List.of(res, "show"),
                  List.of(res, "no_such_attribute"),
                  res,
                  List.of(res, "show", "id"),
                  List.of("no_such_resource", "show"))));
    });
    KINDS.put("function_shape", (t, r) -> probe(t, pick(r, FunctionShapes.ALL)));
    KINDS.put("output", (t, r) -> {
      Map<String, Object> outputs = section(t, "outputs");
      String res = anyResource(t, r);
      Object out = pick(
          r,
          Map.of("description", "no value"),
          Map.of("value", 1, "foo", 2),
          Map.of("value", Map.of("get_attr", List.of("no_such_resource", "x"))),
          Map.of("value", Map.of("get_resource", "no_such_resource")),
          Map.of("value", Map.of("get_param", "no_such_parameter")),
          Map.of("value", res == null ? "x" : Map.of("get_resource", res)),
          Map.of("value", pick(r, FunctionShapes.ALL)),
          "just a string",
          List.of(1),
          Map.of("value", 1, "condition", "no_such_condition"));
      outputs.put("zz_output", out);
      return "outputs.zz_output = " + out;
    });
    KINDS.put("condition", (t, r) -> {
      Map<String, Object> conditions = section(t, "conditions");
      Object def = pick(r, FunctionShapes.CONDITIONS);
      conditions.put("zz_cond", def);
      if (r.nextBoolean()) {
        // used by a resource, so Heat resolves it
        Map<String, Object> probe = new LinkedHashMap<>();
        probe.put("type", "OS::Heat::None");
        probe.put("condition", "zz_cond");
        section(t, "resources").put(PROBE, probe);
      }
      return "conditions.zz_cond = " + def;
    });
    KINDS.put(
        "if_inline_condition",
        (t, r) -> probe(
            t,
            Map.of(
                "if",
                List.of(
                    pick(
                        r,
                        Map.of("equals", List.of(1, 1)),
                        Map.of("not", true),
                        Map.of("and", List.of(true, false)),
                        true,
                        Map.of("or", List.of(true))),
                    "a",
                    "b"))));
    KINDS.put("condition_removed_referenced", (t, r) -> {
      section(t, "conditions").put("zz_never", false);
      Map<String, Object> gated = new LinkedHashMap<>();
      gated.put("type", "OS::Heat::Value");
      gated.put("properties", Map.of("value", "x"));
      gated.put("condition", "zz_never");
      section(t, "resources").put("zz_gated", gated);
      Object ref = pick(
          r, Map.of("get_attr", List.of("zz_gated", "value")), Map.of("get_resource", "zz_gated"));
      if (r.nextBoolean()) {
        section(t, "outputs").put("zz_output", Map.of("value", ref));
        return "output references a resource removed by its condition: " + ref;
      }
      return probe(t, ref);
    });
    KINDS.put("parameter_schema", (t, r) -> {
      Object def = pick(r, FunctionShapes.PARAMETERS);
      section(t, "parameters").put("zz_param", def);
      return "parameters.zz_param = " + def;
    });
    PluginMutations.register(KINDS);
    // last, and drawing no random numbers: the other kinds' mutants stay as they were
    ResolvedMutations.register(KINDS);
  }

  private final Random random;

  Mutator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} mutants of {@code seed}, kinds chosen at random among those that apply. */
  List<Mutant> mutate(String seedId, Map<String, Object> seed, int count) {
    List<String> kinds = new ArrayList<>(KINDS.keySet());
    List<Mutant> out = new ArrayList<>();
    for (int attempt = 0; out.size() < count && attempt < count * 4; attempt++) {
      String kind = kinds.get(random.nextInt(kinds.size()));
      Map<String, Object> copy = copy(seed);
      String detail = KINDS.get(kind).apply(copy, random);
      if (detail != null) {
        out.add(new Mutant(seedId + "#" + out.size() + ":" + kind, kind, detail, copy));
      }
    }
    return out;
  }

  /**
   * {@code count} mutants of {@code seed} for each kind that applies (the full run), or for the
   * kinds listed in {@code -Dhotdsl.differential.kinds=a,b} (to re-check a few quickly).
   */
  List<Mutant> mutateEveryKind(String seedId, Map<String, Object> seed, int count) {
    List<Mutant> out = new ArrayList<>();
    String only = System.getProperty("hotdsl.differential.kinds", "");
    for (Map.Entry<String, Mutation> k : KINDS.entrySet()) {
      if (!only.isBlank() && !List.of(only.split(",")).contains(k.getKey())) {
        continue;
      }
      for (int i = 0; i < count; i++) {
        Map<String, Object> copy = copy(seed);
        String detail = k.getValue().apply(copy, random);
        if (detail != null) {
          out.add(new Mutant(seedId + "#" + k.getKey() + i, k.getKey(), detail, copy));
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ helpers

  @SuppressWarnings("unchecked")
  static Map<String, Object> section(Map<String, Object> t, String name) {
    Object s = t.get(name);
    if (!(s instanceof Map)) {
      s = new LinkedHashMap<String, Object>();
      t.put(name, s);
    }
    return (Map<String, Object>) s;
  }

  private static String probe(Map<String, Object> t, Object value) {
    Map<String, Object> probe = new LinkedHashMap<>();
    probe.put("type", "OS::Heat::Value");
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("value", value);
    probe.put("properties", props);
    section(t, "resources").put(PROBE, probe);
    return PROBE + ".value = " + value;
  }

  private static String anyResource(Map<String, Object> t, Random r) {
    List<String> names = new ArrayList<>(section(t, "resources").keySet());
    return names.isEmpty() ? null : names.get(r.nextInt(names.size()));
  }

  @SuppressWarnings("unchecked")
  private static String setResourceKey(Map<String, Object> t, Random r, String key, Object value) {
    String name = anyResource(t, r);
    if (name == null || !(section(t, "resources").get(name) instanceof Map<?, ?> def)) {
      return null;
    }
    ((Map<String, Object>) def).put(key, value);
    return "resources." + name + "." + key + " = " + value;
  }

  interface PropertyEdit {
    String apply(Map<String, Object> props, String key, PropertySchema schema);
  }

  /** Applies {@code edit} to a property of a resource whose type has a schema. */
  @SuppressWarnings("unchecked")
  private static String withProperty(
      Map<String, Object> t, Random r, boolean requiredOnly, PropertyEdit edit) {
    List<String> names = new ArrayList<>(section(t, "resources").keySet());
    java.util.Collections.shuffle(names, r);
    for (String name : names) {
      if (!(section(t, "resources").get(name) instanceof Map<?, ?> def)
          || !(def.get("type") instanceof String type)) {
        continue;
      }
      ResourceTypeSchema schema = ResourceTypes.lookup(type).orElse(null);
      if (schema == null || schema.properties().isEmpty()) {
        continue;
      }
      List<String> keys = new ArrayList<>();
      schema.properties().forEach((k, ps) -> {
        if (!requiredOnly || ps.required()) {
          keys.add(k);
        }
      });
      if (keys.isEmpty()) {
        continue;
      }
      Object p = def.get("properties");
      Map<String, Object> props;
      if (p instanceof Map<?, ?> m) {
        props = (Map<String, Object>) m;
      } else {
        props = new LinkedHashMap<>();
        ((Map<String, Object>) def).put("properties", props);
      }
      String key = keys.get(r.nextInt(keys.size()));
      String done = edit.apply(props, key, schema.properties().get(key));
      if (done != null) {
        return "resources." + name + " (" + type + ") properties." + done;
      }
    }
    return null;
  }

  @SafeVarargs
  static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  static <T> T pick(Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  /** A deep, mutable copy of a tree. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T tree) {
    if (tree instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
      return (T) out;
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(copy(v)));
      return (T) out;
    }
    return tree;
  }
}
