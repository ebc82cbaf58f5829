package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the three tiny schemas of {@code src/test/resources/schemas} and compares every
 * generated source with {@code src/test/resources/golden}. After an intended change, regenerate
 * the golden files with {@code mvn -pl codegen test -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
  static final String[] SCHEMAS = {
    "Test__Compute__Server.json", "Test__Net__Port.json", "Test__Legacy__Thing.json"
  };
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Codegen codegen() throws IOException {
    Codegen.Builder b = Codegen.builder().basePackage("io.hotdsl.resources");
    for (String s : SCHEMAS) {
      try (InputStream in = GoldenTest.class.getResourceAsStream("/schemas/" + s)) {
        b.json(in.readAllBytes(), s);
      }
    }
    return b.build();
  }

  static Map<String, String> sources;

  @BeforeAll
  static void generate() throws IOException {
    sources = codegen().javaSources();
  }

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      try (Stream<Path> old = Files.list(GOLDEN)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      for (Map.Entry<String, String> e : sources.entrySet()) {
        Files.writeString(GOLDEN.resolve(e.getKey() + ".java.txt"), e.getValue());
      }
    }
    List<String> golden;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      golden = files
          .map(p -> p.getFileName().toString().replace(".java.txt", ""))
          .sorted()
          .toList();
    }
    assertThat(golden).containsExactlyInAnyOrderElementsOf(sources.keySet());
    for (Map.Entry<String, String> e : sources.entrySet()) {
      String expected = Files.readString(GOLDEN.resolve(e.getKey() + ".java.txt"));
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected);
    }
  }

  @Test
  void classNamesAndPackages() {
    assertThat(sources)
        .containsKeys(
            "io.hotdsl.resources.test.compute.Server",
            "io.hotdsl.resources.test.net.Port",
            "io.hotdsl.resources.test.legacy.Thing",
            "io.hotdsl.resources.HeatResourceTypes")
        .doesNotContainKey("io.hotdsl.resources.internal.Checks");
  }

  @Test
  void theGeneratedApi() {
    String server = sources.get("io.hotdsl.resources.test.compute.Server");
    assertThat(server)
        .contains("@Generated(\"io.hotdsl.codegen.Codegen\")")
        .contains("public static final String TYPE = \"Test::Compute::Server\";")
        .contains("public Builder flavor(String flavor)")
        .contains("public Builder flavor(Value<String> flavor)")
        .contains("public Builder nameProperty(String nameProperty)")
        .contains("public Builder defaultProperty(boolean defaultProperty)")
        .contains("public Builder diskConfig(DiskConfig diskConfig)")
        .contains("public Builder bindingVnicType(BindingVnicType bindingVnicType)")
        .contains("public Builder size(long size)")
        .contains("public Builder size(Value<? extends Number> size)")
        .contains("public Builder networks(List<Network> networks)")
        .contains("public Builder addNetwork(Network network)")
        .contains("public Builder networks(Value<? extends List<?>> networks)")
        .contains("public Builder disk(Disk disk)")
        .contains("public Builder metadataProperty(Map<String, ?> metadataProperty)")
        .contains("public static final class Network implements Value<Map<String, Object>>")
        .contains("public Builder buildProperty(String buildProperty)")
        .contains("public Value<String> firstAddress()")
        .contains("public Value<String> nameAttr()")
        .contains("public Value<Object> canonicalHostedZoneNameID()")
        .contains("public <T> Value<T> networks(Object... path)")
        .contains("@Deprecated\n    public Builder oldOption(String oldOption)")
        .contains("Custom constraint {@code nova.flavor}")
        .contains("&lt;html&gt; &amp; &#92;u escapes *&#47; and &#64;tags")
        .contains("Available since Heat 2014.1");
    String port = sources.get("io.hotdsl.resources.test.net.Port");
    assertThat(port)
        .contains("@Deprecated\npublic final class Port")
        .contains("@deprecated Deprecated since Heat 10.0.0. Use Test::Compute::Server networks.")
        .contains("public Builder classProperty(String classProperty)")
        .contains("public Value<String> typeAttr()")
        .contains("public Builder addPort(long port)");
    String thing = sources.get("io.hotdsl.resources.test.legacy.Thing");
    assertThat(thing)
        .contains("<b>Unsupported</b> since Heat 12.0.0")
        .contains("public Builder xContainerRead(String xContainerRead)")
        .contains("public Builder xContainerRead2(String xContainerRead2)")
        .contains("public Builder weights(List<? extends Number> weights)")
        .contains("public Builder addRule(Map<String, ?> rule)")
        .contains("public Builder addMode(Mode mode)")
        .contains("public static final class ThingThing implements");
  }

  /** Compiles the generated sources and uses them: the golden files are valid Java that works. */
  @Test
  void generatedClassesCompileAndWork(@TempDir Path dir) throws Throwable {
    Path src = dir.resolve("src");
    Path out = dir.resolve("classes");
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of(
        "-d",
        out.toString(),
        "-Xlint:all",
        "-Werror",
        "-Xlint:-processing",
        "-Xlint:-deprecation",
        "-cp",
        System.getProperty("java.class.path")));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int rc = javac.run(null, null, err, args.toArray(String[]::new));
    assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();

    try (URLClassLoader cl =
        new URLClassLoader(new URL[] {out.toUri().toURL()}, GoldenTest.class.getClassLoader())) {
      Class<?> server = cl.loadClass("io.hotdsl.resources.test.compute.Server");
      Object builder = server.getMethod("builder", String.class).invoke(null, "web");
      Class<?> b = builder.getClass();
      // required flavor and size missing, name too long and off-pattern: all reported at once
      b.getMethod("nameProperty", String.class).invoke(builder, "Web_Server01");
      Method build = b.getMethod("build");
      assertThatThrownBy(() -> invoke(build, builder))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(String.join(
              "\n",
              "resource web (Test::Compute::Server): required property \"flavor\" is not set",
              "resource web (Test::Compute::Server): property \"name\": length (12) is out of"
                  + " range (min: 1, max: 8)",
              "resource web (Test::Compute::Server): property \"name\": \"Web_Server01\" does"
                  + " not match pattern \"[a-z][a-z0-9-]*\"",
              "resource web (Test::Compute::Server): required property \"size\" is not set"));
      b.getMethod("flavor", String.class).invoke(builder, "m1.small");
      b.getMethod("nameProperty", String.class).invoke(builder, "web-1");
      b.getMethod("size", long.class).invoke(builder, 3);
      b.getMethod("ratio", Number.class).invoke(builder, 3.0);
      b.getMethod("bindingVnicType", String.class).invoke(builder, "macvtap");
      b.getMethod("addTag", String.class).invoke(builder, "toolong");
      assertThatThrownBy(() -> invoke(build, builder))
          .hasMessage(String.join(
              "\n",
              "resource web (Test::Compute::Server): property \"binding:vnic_type\": Pick a VNIC"
                  + " type.",
              "resource web (Test::Compute::Server): property \"size\": 3 is not a multiple of 2"
                  + " with an offset of 0",
              "resource web (Test::Compute::Server): property \"ratio\": 3.0 is out of range"
                  + " (min: 0.5, max: 2.5)",
              "resource web (Test::Compute::Server): property \"tags[*]\": length (7) is out of"
                  + " range (min: None, max: 4)"));
      b.getMethod("size", long.class).invoke(builder, 4);
      b.getMethod("ratio", Number.class).invoke(builder, 1);
      b.getMethod("tags", List.class).invoke(builder, List.of("a", "b"));
      Class<?> vnic = cl.loadClass("io.hotdsl.resources.test.compute.Server$BindingVnicType");
      b.getMethod("bindingVnicType", vnic).invoke(builder, vnic.getEnumConstants()[1]);

      Class<?> network = cl.loadClass("io.hotdsl.resources.test.compute.Server$Network");
      Object nb = network.getMethod("builder").invoke(null);
      Method nbuild = nb.getClass().getMethod("build");
      assertThatThrownBy(() -> invoke(nbuild, nb))
          .hasMessage(
              "Test::Compute::Server networks[*]: required property \"network\" is not set");
      nb.getClass().getMethod("network", String.class).invoke(nb, "private");
      Class<?> allocate = cl.loadClass("io.hotdsl.resources.test.compute.Server$Allocate");
      nb.getClass().getMethod("allocate", allocate).invoke(nb, allocate.getEnumConstants()[0]);
      b.getMethod("addNetwork", network).invoke(builder, invoke(nbuild, nb));

      Object resource = invoke(build, builder);
      assertThat(resource).isInstanceOf(io.hotdsl.model.Resource.class);
      Map<String, Object> tree = ((io.hotdsl.model.Resource) resource).toTree();
      assertThat(tree)
          .isEqualTo(Map.of(
              "type",
              "Test::Compute::Server",
              "properties",
              new java.util.LinkedHashMap<>(Map.of(
                  "name",
                  "web-1",
                  "flavor",
                  "m1.small",
                  "size",
                  4L,
                  "ratio",
                  1L,
                  "binding:vnic_type",
                  "direct-physical",
                  "tags",
                  List.of("a", "b"),
                  "networks",
                  List.of(Map.of("network", "private", "allocate", "auto"))))));
      Object first = server.getMethod("firstAddress").invoke(resource);
      assertThat(((io.hotdsl.functions.Value<?>) first).toTree())
          .isEqualTo(Map.of("get_attr", List.of("web", "first_address")));
    }
  }

  static Object invoke(Method m, Object target, Object... args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
