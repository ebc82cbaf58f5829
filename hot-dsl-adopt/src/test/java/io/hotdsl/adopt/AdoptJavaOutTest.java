package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cloud says is untrusted: a Keystone project ID that would end a comment or form a
 * unicode escape lands in the template description and reaches {@code --java-out} as text only.
 */
class AdoptJavaOutTest {

  static String plant(Path marker) {
    return "try { java.nio.file.Files.createFile(java.nio.file.Path.of(\\\"" + marker
        + "\\\")); } catch (Exception e) { }";
  }

  @Test
  void aHostileProjectIdStaysText(@TempDir Path tmp) throws Exception {
    // JSON text: \\u stays a backslash and a u, \r is a CR
    String id = "p1 *\\\\u002f class Pwn { static { " + plant(tmp.resolve("m1"))
        + " } } /** \\\\u000a " + plant(tmp.resolve("m2")) + " \\r " + plant(tmp.resolve("m3"))
        + " C:\\\\users\\\\admin \\u2028 */ class Pwn2 {} /*";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AdoptCommandLine cli = new AdoptCommandLine(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put("/identity/v3/auth/tokens", ex -> {
        ex.getResponseHeaders().add("X-Subject-Token", FakeCloud.TOKEN);
        return new FakeCloud.Answer(
            201,
            cloud
                .catalogToken()
                .replace("\"id\": \"" + FakeCloud.PROJECT + "\"", "\"id\": \"" + id + "\""));
      });
      Path clouds = tmp.resolve("clouds.yaml");
      Files.writeString(clouds, cloud.cloudsYaml("loop"));
      System.setProperty("OS_CLIENT_CONFIG_FILE", clouds.toString());
      try {
        assertThat(cli.run(
                "adopt",
                "--cloud",
                "loop",
                "--out",
                tmp.resolve("out").toString(),
                "--java-out",
                tmp.resolve("java").toString()))
            .as(err.toString(StandardCharsets.UTF_8))
            .isZero();
      } finally {
        System.clearProperty("OS_CLIENT_CONFIG_FILE");
      }
    }
    Path template = tmp.resolve("out").resolve(Adoption.TEMPLATE_FILE);
    assertThat((String) Bundle.read(template, List.of()).rootTemplate().get("description"))
        .contains("project p1 *\\u002f class Pwn", "\r", "\u2028");
    List<Path> sources;
    try (Stream<Path> files = Files.list(tmp.resolve("java"))) {
      sources = files.toList();
    }
    assertThat(sources).hasSize(1);
    String source = Files.readString(sources.get(0));
    assertThat(source).matches("[\\x20-\\x7e\\n]*").contains("C:&#92;users&#92;admin");

    Path classes = tmp.resolve("classes");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of(
        "-classpath",
        System.getProperty("java.class.path"),
        "-encoding",
        "UTF-8",
        "-proc:none",
        "-nowarn",
        "-d",
        classes.toString(),
        sources.get(0).toString()));
    ByteArrayOutputStream javac = new ByteArrayOutputStream();
    assertThat(ToolProvider.getSystemJavaCompiler()
            .run(null, null, javac, args.toArray(String[]::new)))
        .as(javac.toString(StandardCharsets.UTF_8))
        .isZero();
    String name = sources.get(0).getFileName().toString().replace(".java", "");
    try (Stream<Path> files = Files.list(classes)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(n -> n.equals(name + ".class") || n.startsWith(name + "$"));
    }
    try (URLClassLoader cl =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = cl.loadClass(name).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[] {tmp.resolve("again").toString()});
    }
    assertThat(Bundle.read(tmp.resolve("again").resolve(Adoption.TEMPLATE_FILE), List.of())
            .rootTemplate())
        .isEqualTo(Bundle.read(template, List.of()).rootTemplate());
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("m"));
    }
  }
}
