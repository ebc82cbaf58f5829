package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.PyJson;
import io.hotdsl.functions.Value;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import io.hotdsl.schema.SchemaJson;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.TemplateValidator;
import io.hotdsl.validate.ValidationDepth;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One constraint engine: a generated builder and core's validator refuse exactly the same
 * literal values with the same message, for every constraint kind, and that message is the one
 * Heat 19's {@code Property.get_value(value, validate=True)} gives (run on the same table).
 * The schema is a user's own, generated and compiled here as the Maven plugin does it.
 */
class ConstraintAgreementTest {
  static final String TYPE = "Test::Constraint::Thing";
  static final String SMILES = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"; // 3 code points, 6 chars

  /** Each property with the constraints it has, as a user's schema states them. */
  static final Map<String, String> PROPERTIES = new LinkedHashMap<>();

  static {
    PROPERTIES.put("label", prop("string", "{\"length\": {\"min\": 1, \"max\": 3}}"));
    PROPERTIES.put(
        "word",
        prop(
            "string",
            "{\"allowed_pattern\": \"a|ab\"}, " + "{\"custom_constraint\": \"nova.flavor\"}"));
    PROPERTIES.put("count", prop("integer", "{\"range\": {\"min\": 1, \"max\": 10}}"));
    PROPERTIES.put(
        "ratio",
        prop(
            "number",
            "{\"range\": {\"min\": 0.5, \"max\": 2.5}, "
                + "\"description\": \"Half to two and a half.\"}"));
    PROPERTIES.put("odd", prop("number", "{\"modulo\": {\"step\": 2, \"offset\": 1}}"));
    PROPERTIES.put("kind", prop("string", "{\"allowed_values\": [\"a\", \"b\"]}"));
    PROPERTIES.put("flavor", prop("string", "{\"custom_constraint\": \"nova.flavor\"}"));
    PROPERTIES.put("choices", prop("list", "{\"allowed_values\": [\"x\", \"y\"]}"));
    PROPERTIES.put(
        "tags",
        "{\"type\": \"list\", \"required\": false, \"update_allowed\": false,"
            + " \"immutable\": false, \"constraints\": [{\"length\": {\"max\": 3}}], \"schema\":"
            + " {\"*\": " + prop("string", "{\"length\": {\"max\": 2}}") + "}}");
  }

  /**
   * The table: a property, a value, Heat's message (null: accepted). The messages were taken
   * from Heat 19, and {@link #heatGivesTheSameMessages} asks Heat again.
   */
  record Case(String key, Object value, String message) {}

  static final List<Case> CASES = List.of(
      // length: code points, as Python's len() of a str
      new Case("label", "abc", null),
      new Case("label", SMILES, null),
      new Case("label", SMILES + "\uD83D\uDE00", "length (4) is out of range (min: 1, max: 3)"),
      new Case("label", "", "length (0) is out of range (min: 1, max: 3)"),
      new Case("tags", List.of("ab", "cd", "ef"), null),
      new Case(
          "tags", List.of("a", "b", "c", "d"), "length (4) is out of range (min: None, max: 3)"),
      new Case("tags", List.of("ab", "abc"), "length (3) is out of range (min: None, max: 2)"),
      new Case("tags", List.of("\uD83D\uDE00\uD83D\uDE00"), null),
      // allowed_pattern: re.match from the start, and it must reach the end
      new Case("word", "a", null),
      new Case("word", "ab", "\"ab\" does not match pattern \"a|ab\""),
      new Case("word", "b", "\"b\" does not match pattern \"a|ab\""),
      new Case("word", "a\n", "\"a\n\" does not match pattern \"a|ab\""),
      // range: exact decimals; a numeric string as the number Heat makes of it
      new Case("count", 1L, null),
      new Case("count", 10, null),
      new Case("count", 0L, "0 is out of range (min: 1, max: 10)"),
      new Case("count", "11", "11 is out of range (min: 1, max: 10)"),
      new Case(
          "count",
          new BigInteger("100000000000000000000"),
          "100000000000000000000 is out of range (min: 1, max: 10)"),
      new Case("ratio", 0.5, null),
      new Case("ratio", new BigDecimal("2.5"), null),
      new Case("ratio", 2.51, "Half to two and a half."),
      new Case("ratio", 0, "Half to two and a half."),
      // modulo: Python's % (sign of the step), exact for big integers and decimals
      new Case("odd", 7L, null),
      new Case("odd", -1L, null),
      new Case("odd", "7", null),
      new Case("odd", 6L, "6 is not a multiple of 2 with an offset of 1"),
      new Case("odd", 7.5, "7.5 is not a multiple of 2 with an offset of 1"),
      new Case("odd", new BigDecimal("7.0"), null),
      new Case("odd", new BigDecimal("8.0"), "8.0 is not a multiple of 2 with an offset of 1"),
      new Case("odd", new BigInteger("100000000000000000001"), null),
      new Case(
          "odd",
          new BigInteger("100000000000000000000"),
          "100000000000000000000 is not a multiple of 2 with an offset of 1"),
      new Case("odd", "-2", "-2 is not a multiple of 2 with an offset of 1"),
      // allowed_values: json.dumps of the value and of the allowed list
      new Case("kind", "a", null),
      new Case("kind", "c", "\"c\" is not an allowed value [\"a\", \"b\"]"),
      new Case("kind", "\u00e9", "\"\\u00e9\" is not an allowed value [\"a\", \"b\"]"),
      new Case("choices", List.of("x", "y"), null),
      new Case("choices", List.of(), null),
      new Case(
          "choices", List.of("x", "z"), "[\"x\", \"z\"] is not an allowed value [\"x\", \"y\"]"),
      // custom constraints need the cloud: ignored, as template-validate ignores them here
      new Case("flavor", "no such flavor", null));

  static Path classes;
  static URLClassLoader loader;

  static String prop(String type, String constraints) {
    return "{\"type\": \"" + type + "\", \"required\": false, \"update_allowed\": false,"
        + " \"immutable\": false, \"constraints\": [" + constraints + "]}";
  }

  static String schemaJson() {
    StringBuilder props = new StringBuilder();
    PROPERTIES.forEach((k, v) -> props
        .append(props.length() == 0 ? "" : ", ")
        .append('"')
        .append(k)
        .append("\": ")
        .append(v));
    return "{\"resource_type\": \"" + TYPE + "\", \"description\": \"\", \"properties\": {" + props
        + "}, \"attributes\": {}}";
  }

  @BeforeAll
  static void generateAndCompile(@TempDir Path dir) throws Exception {
    Map<String, String> sources = Codegen.builder()
        .basePackage("com.example")
        .json(schemaJson().getBytes(StandardCharsets.UTF_8), "thing.json")
        .build()
        .javaSources();
    assertThat(sources.keySet()).noneMatch(k -> k.contains("internal"));
    List<String> args = new ArrayList<>(List.of(
        "-d",
        dir.resolve("classes").toString(),
        "-proc:none",
        "-nowarn",
        "-encoding",
        "UTF-8",
        "-cp",
        System.getProperty("java.class.path")));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = dir.resolve("src").resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    Files.createDirectories(dir.resolve("classes"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, err, args.toArray(String[]::new));
    assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
    classes = dir.resolve("classes");
    loader = new URLClassLoader(
        new java.net.URL[] {classes.toUri().toURL()},
        ConstraintAgreementTest.class.getClassLoader());
    ResourceTypes.register(schema());
  }

  static ResourceTypeSchema schema() {
    return SchemaJson.parse(schemaJson(), "thing.json");
  }

  /** The builder's message for the value (its "property ...: " prefix taken off), or null. */
  static String builderMessage(String key, Object value) throws Exception {
    Class<?> type = loader.loadClass("com.example.test.constraint.Thing");
    Object builder = type.getMethod("builder", String.class).invoke(null, "r");
    String setter = ApiShapes.of("com.example", schema()).properties().get(key).setter();
    builder.getClass().getMethod(setter, Value.class).invoke(builder, Value.of(value));
    try {
      builder.getClass().getMethod("build").invoke(builder);
      return null;
    } catch (InvocationTargetException e) {
      assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
      // "property \"tags[*]\": " for a list's items, as codegen labels them
      String message = e.getCause().getMessage();
      String head = "resource r (" + TYPE + "): property \"" + key;
      assertThat(message).startsWith(head).doesNotContain("\nresource");
      String rest = message.substring(head.length());
      rest = rest.startsWith("[*]") ? rest.substring(3) : rest;
      assertThat(rest).startsWith("\": ");
      return rest.substring(3);
    }
  }

  /** The validator's message about the value of {@code key} (without its depth label), or null. */
  static String validatorMessage(String key, Object value) {
    Template.Builder b = Template.builder(HotVersion.LATEST);
    b.resource(Resource.builder("r", TYPE).property(key, value).build());
    Template t = b.build();
    List<Problem> problems = TemplateValidator.validate(t).errors().stream()
        .filter(p -> p.path().startsWith("resources.r.properties." + key))
        .toList();
    assertThat(problems).hasSizeLessThanOrEqualTo(1);
    if (problems.isEmpty()) {
      return null;
    }
    // Heat checks property values at stack create, not in template-validate: so labelled
    Problem p = problems.get(0);
    assertThat(p.depth()).isEqualTo(ValidationDepth.CREATE);
    assertThat(p.message()).endsWith("; " + Problem.AT_CREATE);
    return p.message().substring(0, p.message().length() - Problem.AT_CREATE.length() - 2);
  }

  @Test
  void builderAndValidatorRefuseTheSameValuesWithTheSameMessage() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Case c : CASES) {
      String built = builderMessage(c.key(), c.value());
      String validated = validatorMessage(c.key(), c.value());
      if (!java.util.Objects.equals(built, c.message())
          || !java.util.Objects.equals(validated, c.message())) {
        wrong.add(c + ": builder " + built + ", validator " + validated);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * What the published shape says build() reports ({@link TypeShape#problems}, which the
   * importer and the adopter use instead of calling the class) is what the compiled build()
   * throws, message for message.
   */
  @Test
  void theShapesProblemsAreTheCompiledBuildersMessages() throws Exception {
    TypeShape shape = ApiShapes.of("com.example", schema());
    Class<?> type = loader.loadClass("com.example.test.constraint.Thing");
    for (Case c : CASES) {
      Object builder = type.getMethod("builder", String.class).invoke(null, "r");
      String setter = shape.properties().get(c.key()).setter();
      builder.getClass().getMethod(setter, Value.class).invoke(builder, Value.of(c.value()));
      String thrown = null;
      try {
        builder.getClass().getMethod("build").invoke(builder);
      } catch (InvocationTargetException e) {
        thrown = e.getCause().getMessage();
      }
      List<String> problems = shape.problems(Map.of(c.key(), Value.of(c.value())));
      String said = null;
      try {
        io.hotdsl.model.BuilderChecks.throwIfAny(problems, "resource r (" + TYPE + ")");
      } catch (IllegalArgumentException e) {
        said = e.getMessage();
      }
      assertThat(said).as(c.toString()).isEqualTo(thrown);
      assertThat(problems.isEmpty()).as(c.toString()).isEqualTo(c.message() == null);
    }
  }

  @Test
  void expressionsAreHeatsToEvaluate() throws Exception {
    Class<?> type = loader.loadClass("com.example.test.constraint.Thing");
    for (String key : List.of("label", "count", "odd", "kind", "tags", "choices")) {
      Object builder = type.getMethod("builder", String.class).invoke(null, "r");
      String setter =
          ApiShapes.of("com.example", schema()).properties().get(key).setter();
      builder.getClass().getMethod(setter, Value.class).invoke(builder, Fn.getParam("p"));
      builder.getClass().getMethod("build").invoke(builder); // no exception
      Template.Builder t = Template.builder(HotVersion.LATEST);
      t.parameter(Parameter.string("p"));
      t.resource(Resource.builder("r", TYPE).property(key, Fn.getParam("p")).build());
      assertThat(TemplateValidator.validate(t.build()).errors()).as(key).isEmpty();
    }
    // a list holding an expression: its length is not checked (the validator skips it too)
    assertThat(builderMessage("tags", Arrays.asList("a", "b", "c", Fn.getParam("p"))))
        .isNull();
  }

  @Test
  void heatGivesTheSameMessages() throws Exception {
    ResourceTypeSchema s = schema();
    List<Object> cases = new ArrayList<>();
    for (Case c : CASES) {
      var p = s.properties().get(c.key());
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("type", p.type());
      one.put("constraints", p.constraints().stream().map(x -> x.toTree()).toList());
      if (p.itemSchema() != null) {
        one.put(
            "item",
            Map.of(
                "type",
                p.itemSchema().type(),
                "constraints",
                p.itemSchema().constraints().stream().map(x -> x.toTree()).toList()));
      }
      one.put("value", c.value());
      cases.add(one);
    }
    Path script = Files.createTempFile("heat-constraints", ".py");
    try (InputStream in = getClass().getResourceAsStream("/heat_property_constraints.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process heat = new ProcessBuilder("/usr/bin/python3", script.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    heat.getOutputStream()
        .write(
            PyJson.dumps(io.hotdsl.functions.Trees.toTree(cases)).getBytes(StandardCharsets.UTF_8));
    heat.getOutputStream().close();
    List<String> lines = new String(heat.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines()
        .toList();
    assertThat(heat.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Files.delete(script);
    assertThat(lines).hasSameSizeAs(CASES);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      String line = lines.get(i);
      String heatMessage = line.equals("-")
          ? null
          : line.substring(1)
              .replaceFirst("^Property error: \\[[0-9]+\\]: ", "")
              .replace("\\n", "\n")
              .replace("\\\\", "\\");
      if (!java.util.Objects.equals(heatMessage, CASES.get(i).message())) {
        wrong.add(CASES.get(i) + ": Heat says " + heatMessage);
      }
    }
    assertThat(wrong).isEmpty();
  }
}
