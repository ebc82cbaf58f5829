package io.hotdsl.read;

import io.hotdsl.functions.DidYouMean;
import io.hotdsl.functions.PythonTruth;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterGroup;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.TextFiles;
import io.hotdsl.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads HOT templates (YAML or JSON) into the {@link Template} model.
 *
 * <p>YAML is read with Heat's own rules (PyYAML's YAML 1.1 resolvers, dates kept as strings), so
 * a value means here what it means to Heat. Every resource becomes a generic {@link Resource}; its
 * schema, when its type is known, is still found for validation. Sections, parameter keys and
 * resource keys Heat does not know are rejected with their path, as Heat rejects them.
 */
public final class HotReader {
  private static final Set<String> SECTIONS = Set.of(
      "heat_template_version",
      "description",
      "parameter_groups",
      "parameters",
      "conditions",
      "resources",
      "outputs");
  private static final Set<String> PARAMETER_KEYS = Set.of(
      "type", "label", "description", "default", "hidden", "immutable", "tags", "constraints");
  private static final Set<String> RESOURCE_KEYS = Set.of(
      "type",
      "properties",
      "depends_on",
      "metadata",
      "update_policy",
      "deletion_policy",
      "condition",
      "external_id",
      "description");

  private HotReader() {}

  /** Reads a template from YAML or JSON text; {@code source} names it in error messages. */
  public static Template read(String text, String source) {
    return fromTree(YamlReader.read(text, source), source);
  }

  /** Reads a template file. */
  public static Template read(Path file) {
    try {
      return read(TextFiles.read(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Builds the model of a template tree (as {@link YamlReader} produces). */
  public static Template fromTree(Object tree, String source) {
    Map<?, ?> root = map(tree, "", source, "the template must be a mapping");
    for (Object key : root.keySet()) {
      if (!SECTIONS.contains(key)) {
        throw error(
            source,
            String.valueOf(key),
            "unknown template section \"" + key + "\""
                + DidYouMean.hint(String.valueOf(key), SECTIONS) + "; expected one of "
                + new java.util.TreeSet<>(SECTIONS));
      }
    }
    Object v = root.get("heat_template_version");
    if (v == null) {
      throw error(
          source,
          "heat_template_version",
          "missing heat_template_version; expected one of " + versionKeys());
    }
    HotVersion version = HotVersion.fromKey(String.valueOf(v))
        .orElseThrow(() -> error(
            source,
            "heat_template_version",
            "unknown version \"" + v + "\"; expected one of " + versionKeys()));
    Template.Builder b = Template.builder(version);
    if (root.containsKey("description")) {
      b.description(
          root.get("description") == null ? null : String.valueOf(root.get("description")));
    }
    located(
        source,
        "parameter_groups",
        () -> readParameterGroups(b, root.get("parameter_groups"), source));
    Map<?, ?> params = optionalMap(root.get("parameters"), "parameters", source);
    params.forEach((name, def) -> located(
        source,
        "parameters." + name,
        () -> b.parameter(parameter(String.valueOf(name), def, source))));
    Map<?, ?> conditions = optionalMap(root.get("conditions"), "conditions", source);
    conditions.forEach((name, expr) ->
        located(source, "conditions." + name, () -> b.condition(String.valueOf(name), expr)));
    Map<?, ?> resources = optionalMap(root.get("resources"), "resources", source);
    resources.forEach((name, def) -> located(
        source,
        "resources." + name,
        () -> b.resource(resource(String.valueOf(name), def, source))));
    Map<?, ?> outputs = optionalMap(root.get("outputs"), "outputs", source);
    outputs.forEach((name, def) -> located(
        source, "outputs." + name, () -> b.output(output(String.valueOf(name), def, source))));
    return b.build();
  }

  /**
   * Runs {@code step}, turning the model's own checks (a name Heat does not allow, a duplicate)
   * into a {@link HotReadException} at {@code path}.
   */
  private static void located(String source, String path, Runnable step) {
    try {
      step.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(source, path, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static void readParameterGroups(Template.Builder b, Object groups, String source) {
    if (groups == null) {
      return;
    }
    if (!(groups instanceof List<?> list)) {
      throw error(source, "parameter_groups", "expected a list of groups");
    }
    for (int i = 0; i < list.size(); i++) {
      String path = "parameter_groups[" + i + "]";
      Map<?, ?> g = map(list.get(i), path, source, "expected a group mapping");
      Object ps = g.get("parameters");
      if (!(ps instanceof List<?> names)) {
        throw error(source, path + ".parameters", "expected a list of parameter names");
      }
      List<String> strings = new ArrayList<>();
      names.forEach(n -> strings.add(String.valueOf(n)));
      b.parameterGroup(
          new ParameterGroup(string(g.get("label")), string(g.get("description")), strings));
    }
  }

  private static Parameter<Object> parameter(String name, Object def, String source) {
    String path = "parameters." + name;
    Map<?, ?> m = map(def, path, source, "expected a parameter definition mapping");
    for (Object key : m.keySet()) {
      if (!PARAMETER_KEYS.contains(key)) {
        throw error(
            source,
            path + "." + key,
            "unknown parameter key \"" + key + "\"; expected one of "
                + new java.util.TreeSet<>(PARAMETER_KEYS));
      }
    }
    Object type = m.get("type");
    if (type == null) {
      throw error(
          source,
          path + ".type",
          "missing parameter type; expected one of " + List.of(ParameterType.values()));
    }
    // hot/parameters.py HOTParamSchema.TYPES: lower case only ("Invalid type (String)")
    ParameterType pt = ParameterType.fromKey(String.valueOf(type))
        .filter(t -> t.key().equals(type))
        .orElseThrow(() -> error(
            source,
            path + ".type",
            "unknown parameter type \"" + type + "\"; expected one of "
                + List.of(ParameterType.values())));
    Parameter.Builder<Object> b = Parameter.ofType(name, pt)
        .label(string(m.get("label")))
        .description(string(m.get("description")));
    if (m.containsKey("default")) {
      b.defaultTree(m.get("default"));
    }
    // hot/parameters.py from_dict keeps hidden and immutable as written; the engine tests them
    // for truth (parameters.py hidden(), update's immutable check): Python's truth, as here
    b.hidden(PythonTruth.of(m.get("hidden")));
    b.immutable(PythonTruth.of(m.get("immutable")));
    if (m.get("tags") instanceof List<?> tags) {
      tags.forEach(t -> b.tags(String.valueOf(t)));
    } else if (m.get("tags") != null) {
      throw error(source, path + ".tags", "expected a list of strings");
    }
    Object cs = m.get("constraints");
    if (cs != null) {
      if (!(cs instanceof List<?> list)) {
        throw error(source, path + ".constraints", "expected a list of constraints");
      }
      for (int i = 0; i < list.size(); i++) {
        b.constraint(constraint(list.get(i), path + ".constraints[" + i + "]", source));
      }
    }
    return b.build();
  }

  private static Constraint constraint(Object tree, String path, String source) {
    Map<?, ?> m = map(tree, path, source, "expected a constraint mapping");
    Constraint.Kind kind = null;
    Object spec = null;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if ("description".equals(e.getKey())) {
        continue;
      }
      Constraint.Kind k = Constraint.Kind.fromKey(String.valueOf(e.getKey()));
      if (k == null || kind != null) {
        throw error(
            source,
            path + "." + e.getKey(),
            kind != null
                ? "a constraint has one kind; found " + kind.key() + " and " + e.getKey()
                : "unknown constraint \"" + e.getKey() + "\"; expected one of length, range, "
                    + "modulo, allowed_values, allowed_pattern, custom_constraint");
      }
      kind = k;
      spec = e.getValue();
    }
    if (kind == null || spec == null) {
      throw error(
          source,
          path,
          "expected a constraint (length, range, modulo, allowed_values, "
              + "allowed_pattern or custom_constraint) with its value");
    }
    return new Constraint(kind, spec, string(m.get("description")));
  }

  private static Resource resource(String name, Object def, String source) {
    String path = "resources." + name;
    Map<?, ?> m = map(def, path, source, "expected a resource definition mapping");
    for (Object key : m.keySet()) {
      if (!RESOURCE_KEYS.contains(key)) {
        throw error(
            source,
            path + "." + key,
            "unknown resource key \"" + key + "\"; expected one of "
                + new java.util.TreeSet<>(RESOURCE_KEYS));
      }
    }
    Object type = m.get("type");
    if (!(type instanceof String t) || t.isEmpty()) {
      throw error(source, path + ".type", "expected the resource type as a string");
    }
    Resource.GenericBuilder b = Resource.builder(name, t);
    Object props = m.get("properties");
    if (props instanceof Map<?, ?> pm) {
      // an explicit null stays in the tree, as Heat sees it
      pm.forEach((k, v) -> b.property(String.valueOf(k), v == null ? Value.of(null) : v));
    } else if (props != null) {
      throw error(
          source,
          path + ".properties",
          "expected a mapping of properties, not " + Trees.describe(props));
    }
    if (m.get("description") != null && !(m.get("description") instanceof String)) {
      // template_common.py _rsrc_defn_args
      throw error(
          source, path + ".description", "Resource " + name + " description type must be string");
    } else if (m.get("description") != null) {
      b.description(String.valueOf(m.get("description")));
    }
    Object deps = m.get("depends_on");
    if (deps instanceof String d) {
      b.dependsOn(d);
    } else if (deps instanceof List<?> l) {
      if (!l.stream().allMatch(d -> d instanceof String)) {
        // template_common.py _rsrc_defn_args, for every resource (even one its condition removes)
        throw error(
            source,
            path + ".depends_on",
            "Resource " + name + " depends_on must be a " + "list of strings");
      }
      b.dependsOn(l.stream().map(String::valueOf).toList());
    } else if (deps != null) {
      throw error(source, path + ".depends_on", "expected a resource name or a list of names");
    }
    b.metadata(m.get("metadata"));
    b.updatePolicy(m.get("update_policy"));
    b.deletionPolicy(m.get("deletion_policy"));
    if (m.get("condition") != null) {
      b.condition(m.get("condition"));
    }
    b.externalId(m.get("external_id"));
    return b.build();
  }

  private static Output output(String name, Object def, String source) {
    String path = "outputs." + name;
    Map<?, ?> m = map(def, path, source, "expected an output definition mapping");
    // template_common.py outputs reads value, description and condition and ignores any other
    // key (hot/template.py validate_section refuses them only for a provider template's schema);
    // validate.ReadLeniency warns of them. The value key must be there, though null will do
    // (template_common.py outputs: "if self.OUTPUT_VALUE not in val"), which the model, whose
    // outputs always render a value, cannot tell: it is checked here
    if (!m.containsKey("value")) {
      throw error(source, path, "Each output definition must contain a value key.");
    }
    return new Output(name, m.get("value"), string(m.get("description")), m.get("condition"));
  }

  private static Map<?, ?> optionalMap(Object tree, String path, String source) {
    if (tree == null) {
      return Map.of();
    }
    return map(tree, path, source, "expected a mapping");
  }

  private static Map<?, ?> map(Object tree, String path, String source, String expected) {
    if (!(tree instanceof Map<?, ?> m)) {
      throw error(source, path, expected + ", not " + Trees.describe(tree));
    }
    return m;
  }

  private static String string(Object v) {
    return v == null ? null : String.valueOf(v);
  }

  private static List<String> versionKeys() {
    return java.util.Arrays.stream(HotVersion.values()).map(HotVersion::key).toList();
  }

  private static HotReadException error(String source, String path, String message) {
    return new HotReadException(source, 0, 0, message, path, null);
  }
}
