package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.read.HotReader;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource type a provider template becomes: the schema is what Heat 19 itself reports for
 * the template registered as a type ({@code GET /resource_types/{type}}), and the class generated
 * from it compiles and checks its values as Heat would.
 */
class ProviderTemplatesTest {
  static final Path PROVIDERS = Path.of("src/test/resources/providers");
  static final List<String> FILES = List.of("every_type.yaml", "bare.yaml", "docs.yaml");
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode normalized(Object tree) throws Exception {
    return JSON.readTree(JSON.writeValueAsString(tree));
  }

  @Test
  void theDerivedSchemaIsWhatHeatReports() throws Exception {
    var oracle = HeatOracle.find();
    Assumptions.assumeTrue(oracle.isPresent(), "SKIPPED: Heat oracle unavailable");
    List<HeatCase> batch = new ArrayList<>();
    for (int i = 0; i < FILES.size(); i++) {
      batch.add(HeatCase.resourceSchema(
          FILES.get(i), "My::Provider::T" + i, Files.readString(PROVIDERS.resolve(FILES.get(i)))));
    }
    List<HeatVerdict> verdicts = oracle.get().run(batch);
    for (int i = 0; i < FILES.size(); i++) {
      HeatVerdict v = verdicts.get(i);
      assertThat(v.ok()).as(FILES.get(i) + ": " + v.error()).isTrue();
      Map<String, Object> ours = ProviderTemplates.schema(
          "My::Provider::T" + i, HotReader.read(PROVIDERS.resolve(FILES.get(i))));
      assertThat(normalized(ours)).as(FILES.get(i)).isEqualTo(normalized(v.tree()));
    }
  }

  @Test
  void cleandocAsPython() {
    assertThat(ProviderTemplates.cleandoc("  First\n    second\n      third\n\n"))
        .isEqualTo("First\nsecond\n  third");
    assertThat(ProviderTemplates.cleandoc("\n\tTabbed\n\t  x  ")).isEqualTo("Tabbed\n  x");
  }

  @Test
  void aTypeNameWithoutColonsIsRefused() {
    assertThatThrownBy(() ->
            ProviderTemplates.schema("server.yaml", HotReader.read(PROVIDERS.resolve("bare.yaml"))))
        .hasMessage("a provider type name has :: in it: server.yaml");
  }

  @Test
  void aBrokenProviderTemplateIsNamedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, "heat_template_version: 2021-04-16\nparameters:\n  p:\n" + "    type: strin\n");
    assertThatThrownBy(() -> Codegen.builder().providerTemplate("My::Bad", bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(bad + ": unknown parameter type \"strin\"; expected one of [string, number,"
            + " json, comma_delimited_list, boolean] (at parameters.p.type)");
    assertThatThrownBy(() -> Codegen.run(
            "--out", dir.toString(), "--provider", "My::Missing=" + dir.resolve("missing.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read provider template " + dir.resolve("missing.yaml"));
    assertThatThrownBy(() -> Codegen.run("--out", dir.toString(), "--provider", "My::Type"))
        .hasMessage("--provider takes TYPE=FILE, not My::Type");
  }

  /** The generated class: typed setters, Heat's required rule and the parameters' constraints. */
  @Test
  void theGeneratedClassCompilesAndChecksAsHeatDoes(@TempDir Path dir) throws Throwable {
    Path out = dir.resolve("out");
    Path resources = dir.resolve("res");
    Codegen.Result r = Codegen.run(
        "--out",
        out.toString(),
        "--resources-out",
        resources.toString(),
        "--package",
        "com.example.hot",
        "--provider",
        "My::App::Server=" + PROVIDERS.resolve("every_type.yaml"));
    assertThat(r.types()).isEqualTo(1);
    assertThat(resources.resolve("com/example/hot/resource-types/My__App__Server.json"))
        .exists();
    Path source = out.resolve("com/example/hot/my/app/Server.java");
    String java = Files.readString(source);
    assertThat(java)
        .contains("public static final String TYPE = \"My::App::Server\";")
        .contains("public Builder cidr(String cidr)")
        .contains("public Builder count(Number count)")
        .contains("public Builder names(List<?> names)")
        .contains("public Builder meta(Map<String, ?> meta)")
        .contains("public Builder flag(boolean flag)")
        .contains("public Builder img(Img img)")
        .contains("public Builder img(Parameter<String> img)")
        .contains("public Value<Object> networkId()")
        .contains("The CIDR");

    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of(
        "-d",
        classes.toString(),
        "-Xlint:all",
        "-Werror",
        "-Xlint:-processing",
        "-cp",
        System.getProperty("java.class.path")));
    try (var files = Files.walk(out)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(javac.run(null, null, err, args.toArray(String[]::new)))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    try (URLClassLoader cl =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> server = cl.loadClass("com.example.hot.my.app.Server");
      Object builder = server.getMethod("builder", String.class).invoke(null, "app");
      Class<?> b = builder.getClass();
      b.getMethod("cidr", String.class).invoke(builder, "10.0.0.0/8abc");
      b.getMethod("count", Number.class).invoke(builder, 4);
      Method build = b.getMethod("build");
      assertThatThrownBy(() -> invoke(build, builder))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(String.join(
              "\n",
              "resource app (My::App::Server): property \"cidr\": digits",
              "resource app (My::App::Server): property \"count\": 4 is not a multiple of 2 with"
                  + " an offset of 1",
              "resource app (My::App::Server): required property \"meta\" is not set",
              "resource app (My::App::Server): required property \"img\" is not set"));
    }
  }

  static Object invoke(Method m, Object target) throws Throwable {
    try {
      return m.invoke(target);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
