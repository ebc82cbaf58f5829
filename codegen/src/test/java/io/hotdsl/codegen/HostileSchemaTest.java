package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own schema is untrusted: descriptions, names and allowed values that would end a
 * comment, form a unicode escape or break a line reach the generated Java as text, never as code.
 */
class HostileSchemaTest {

  static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Test
  void hostileTextStaysText(@TempDir Path dir) throws Exception {
    Path marker = dir.resolve("pwned");
    String stmt = "try { java.nio.file.Files.createFile(java.nio.file.Path.of("
        + json(marker.toString()) + ")); } catch (Exception e) { }";
    String pwn = "*\\u002f static { " + stmt + " } /**";
    String type = "Evil::Ty*/pe";
    String schema = "{\"resource_type\": " + json(type) + ", \"description\": "
        + json(pwn + " C:\\users\\admin \r" + stmt + " \u2028 caf\u00e9 */ class Pwn {} /*")
        + ", \"support_status\": {\"status\": \"DEPRECATED\", \"version\": " + json("1*/") + ","
        + " \"message\": " + json("\\u000a" + stmt) + ", \"previous_status\": null},"
        + " \"properties\": {" + json("na*/me\\u000a") + ": {\"type\": \"string\","
        + " \"description\": " + json("x \\u000a " + stmt) + ", \"required\": false,"
        + " \"update_allowed\": false,"
        + " \"immutable\": false, \"constraints\": [{\"allowed_values\": ["
        + json("a\"b\\u0022c") + ", " + json("C:\\x") + "], \"description\": "
        + json("*/ " + stmt) + "}]}},"
        + " \"attributes\": {" + json("at*/tr") + ": {\"description\": " + json("\r" + stmt)
        + ", \"type\": \"string\"}}}";
    Map<String, String> sources = Codegen.builder()
        .basePackage("com.example")
        .json(schema.getBytes(StandardCharsets.UTF_8), "evil.json")
        .build()
        .javaSources();
    String name = sources.keySet().stream()
        .filter(k -> k.startsWith("com.example.evil."))
        .findFirst()
        .orElseThrow();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    String evil = sources.get(name);
    assertThat(evil).isNotNull().doesNotContain("\r", "\u2028").contains("C:&#92;users&#92;admin");

    Path src = dir.resolve("src");
    Path out = dir.resolve("classes");
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of(
        "-d",
        out.toString(),
        "-proc:none",
        "-nowarn",
        "-encoding",
        "UTF-8",
        "-cp",
        System.getProperty("java.class.path")));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, err, args.toArray(String[]::new));
    assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
    List<String> classes;
    try (Stream<Path> files = Files.list(out.resolve("com/example/evil"))) {
      classes = files.map(p -> p.getFileName().toString()).toList();
    }
    assertThat(classes).allMatch(c -> c.equals(simple + ".class") || c.startsWith(simple + "$"));

    try (URLClassLoader cl =
        new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> pe = cl.loadClass(name);
      assertThat(pe.getField("TYPE").get(null)).isEqualTo(type);
      Object b = pe.getMethod("builder", String.class).invoke(null, "r");
      for (var m : b.getClass().getMethods()) {
        if (m.getName().startsWith("na")
            && m.getParameterCount() == 1
            && m.getParameterTypes()[0] == String.class) {
          m.invoke(b, "C:\\x");
        }
      }
      Object r = b.getClass().getMethod("build").invoke(b);
      assertThat(((io.hotdsl.model.Resource) r).toTree().get("properties"))
          .isEqualTo(Map.of("na*/me\\u000a", "C:\\x"));
    }
    assertThat(marker).doesNotExist();
  }
}
