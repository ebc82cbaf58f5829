package io.hotdsl.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.environment.Environment;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ValidationResult;
import io.hotdsl.yaml.TextFiles;
import io.hotdsl.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A structural first pass over template and environment trees: validates them against the JSON
 * Schemas generated from Heat's resource types ({@code io/hotdsl/schema/hot-template.schema.json}
 * and {@code hot-environment.schema.json} on the classpath) with networknt's validator.
 *
 * <pre>{@code
 * ValidationResult r = StructuralValidator.templates().validate(YamlReader.read(text, "web.yaml"));
 * Template t = StructuralValidator.readTemplate(Path.of("web.yaml")); // throws on problems
 * }</pre>
 *
 * <p>Problems carry the YAML path of the bad value ({@code resources.web.properties.flavor}).
 * The schema knows shapes, not meaning: {@link io.hotdsl.validate.TemplateValidator} still checks
 * references, attribute names and versions.
 */
public final class StructuralValidator {
  /** Classpath location of the template schema. */
  public static final String TEMPLATE_SCHEMA = "io/hotdsl/schema/hot-template.schema.json";
  /** Classpath location of the environment schema. */
  public static final String ENVIRONMENT_SCHEMA = "io/hotdsl/schema/hot-environment.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile StructuralValidator templates;
  private static volatile StructuralValidator environments;

  private final JsonSchema schema;

  private StructuralValidator(JsonNode schemaNode) {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
    this.schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode, config);
  }

  /** A validator for the given schema (a generated one for custom types, say). */
  public static StructuralValidator of(JsonNode schema) {
    return new StructuralValidator(Objects.requireNonNull(schema, "schema"));
  }

  /** The validator of HOT templates (the schema is loaded once). */
  public static StructuralValidator templates() {
    StructuralValidator v = templates;
    if (v == null) {
      v = templates = new StructuralValidator(load(TEMPLATE_SCHEMA));
    }
    return v;
  }

  /** The validator of environment files. */
  public static StructuralValidator environments() {
    StructuralValidator v = environments;
    if (v == null) {
      v = environments = new StructuralValidator(load(ENVIRONMENT_SCHEMA));
    }
    return v;
  }

  private static JsonNode load(String resource) {
    ClassLoader cl = StructuralValidator.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the classpath" + " (it ships in hot-dsl-resources)");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Validates a tree (as {@link YamlReader#read} gives it); every problem is an error, one per
   * YAML path and kind, sorted by path.
   */
  public ValidationResult validate(Object tree) {
    JsonNode node = MAPPER.valueToTree(tree);
    List<ValidationMessage> sorted = new ArrayList<>(schema.validate(node));
    sorted.sort(Comparator.comparing(StructuralValidator::pathOf)
        .thenComparing(ValidationMessage::getMessage));
    Map<String, List<ValidationMessage>> byPath = new LinkedHashMap<>();
    for (ValidationMessage m : sorted) {
      byPath.computeIfAbsent(pathOf(m), k -> new ArrayList<>()).add(m);
    }
    Set<String> functions = functionNames(tree);
    Map<String, Problem> problems = new LinkedHashMap<>();
    for (Map.Entry<String, List<ValidationMessage>> e : byPath.entrySet()) {
      String path = e.getKey();
      for (ValidationMessage m : relevant(e.getValue(), tree, functions)) {
        String text = describe(m);
        problems.putIfAbsent(
            path + "\u0000" + text, Problem.error(path.isEmpty() ? "(root)" : path, text));
      }
    }
    return new ValidationResult(new ArrayList<>(problems.values()));
  }

  /**
   * The messages worth showing among those of one path. A value may be "a typed value, or a
   * function, or null": when all three fail, the function and null alternatives only add noise,
   * unless the value is a function call, whose own messages then are the ones that matter.
   */
  private static List<ValidationMessage> relevant(
      List<ValidationMessage> messages, Object tree, Set<String> functions) {
    if (messages.size() < 2) {
      return messages;
    }
    JsonNode instance = messages.get(0).getInstanceNode();
    boolean singleKey = instance != null && instance.isObject() && instance.size() == 1;
    // the one rule of core's trees, on the value as read (not its JSON copy)
    boolean call =
        singleKey && Trees.isFunction(at(tree, messages.get(0).getInstanceLocation()), functions);
    List<ValidationMessage> out = new ArrayList<>();
    for (ValidationMessage m : messages) {
      boolean function = String.valueOf(m.getSchemaLocation()).contains("/$defs/function");
      boolean nullBranch = m.getSchemaNode() != null
          && m.getSchemaNode().isTextual()
          && m.getSchemaNode().asText().equals("null")
          && "type".equals(m.getType());
      if (nullBranch || call && !function || !singleKey && function) {
        continue;
      }
      out.add(m);
    }
    // a call's own problems are at the paths inside it
    return out.isEmpty() && !call ? messages : out;
  }

  /**
   * The function names of the tree's template version (its functions and condition functions),
   * or every version's where it names none hot-dsl knows (an environment, a bad version).
   */
  static Set<String> functionNames(Object tree) {
    Object key = tree instanceof Map<?, ?> m ? m.get("heat_template_version") : null;
    return HotVersion.fromKey(String.valueOf(key))
        .<Set<String>>map(v -> {
          Set<String> names = new HashSet<>(v.functions());
          names.addAll(v.conditionFunctions());
          return names;
        })
        .orElse(HotVersion.allFunctionNames());
  }

  /** The value of {@code tree} at {@code path} (map keys as their text, list indexes), or null. */
  static Object at(Object tree, JsonNodePath path) {
    Object node = tree;
    for (int i = 0; node != null && i < path.getNameCount(); i++) {
      Object step = path.getElement(i);
      if (step instanceof Integer index) {
        node = node instanceof List<?> l && index < l.size() ? l.get(index) : null;
      } else if (node instanceof Map<?, ?> m) {
        Object found = null;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (String.valueOf(e.getKey()).equals(step)) {
            found = e.getValue();
            break;
          }
        }
        node = found;
      } else {
        node = null;
      }
    }
    return node;
  }

  /** Reads a template, checking its structure first; throws listing every structural problem. */
  public static Template readTemplate(String text, String source) {
    Object tree = YamlReader.read(text, source);
    templates().validate(tree).orThrow();
    return HotReader.fromTree(tree, source);
  }

  /** Reads a template file, checking its structure first. */
  public static Template readTemplate(Path file) {
    return readTemplate(readString(file), file.toString());
  }

  /** Reads an environment, checking its structure first. */
  public static Environment readEnvironment(String text, String source) {
    Object tree = YamlReader.read(text, source);
    environments().validate(tree).orThrow();
    return EnvironmentYaml.fromTree(tree, source);
  }

  private static String readString(Path file) {
    try {
      return TextFiles.read(file); // strict UTF-8, at most 10 MiB, located errors
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The YAML path a message is about: an unknown key's own path, not its map's. */
  private static String pathOf(ValidationMessage m) {
    String path = yamlPath(m.getInstanceLocation());
    if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
      return path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
    }
    return path;
  }

  /** {@code resources.web.properties.networks[0].port} from a JSON node path. */
  static String yamlPath(JsonNodePath p) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < p.getNameCount(); i++) {
      Object e = p.getElement(i);
      if (e instanceof Integer idx) {
        b.append('[').append(idx).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(e);
      }
    }
    return b.toString();
  }

  private static String describe(ValidationMessage m) {
    String msg = m.getMessage();
    // networknt prefixes the instance location (a JSON pointer): "/resources/web: ..."
    String prefix = m.getInstanceLocation().toString() + ": ";
    return msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg;
  }

  /** Throws {@link HotValidationException} if {@code tree} has structural problems. */
  public void check(Object tree) {
    validate(tree).orThrow();
  }
}
