package io.hotdsl.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the root README compiles as written, against the library's
 * jars (this module's test class path holds core, resources and assertj).
 *
 * <p>A block becomes the body of a method; its own {@code import} lines become the file's. The
 * file also imports, on demand, the hot-dsl packages a reader's IDE would suggest for a type
 * name (model, functions, render, read, yaml, bundle, environment, cloudinit, validate, nova resources,
 * {@code java.util} and {@code java.nio.file}), never a static member: a method used without its
 * {@code import static} fails. Variables a block takes from its context are declared in an
 * HTML comment on the line before the fence, {@code <!-- given: Template template -->}, and
 * become the method's parameters.
 */
class ReadmeSnippetsTest {
  static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOCK =
      Pattern.compile("(?:<!-- given: ([^\\n]*?) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> TYPE_IMPORTS = List.of(
      "io.hotdsl.model.*",
      "io.hotdsl.functions.*",
      "io.hotdsl.render.*",
      "io.hotdsl.read.*",
      "io.hotdsl.yaml.*",
      "io.hotdsl.bundle.*",
      "io.hotdsl.environment.*",
      "io.hotdsl.cloudinit.*",
      "io.hotdsl.validate.*",
      "io.hotdsl.resources.nova.*",
      "java.util.List",
      "java.util.Map",
      "java.nio.file.Path");

  record Snippet(int line, String given, String code) {}

  static List<Snippet> snippets(String markdown) {
    List<Snippet> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(markdown);
    while (m.find()) {
      int line = 1
          + (int)
              markdown.substring(0, m.start(2)).chars().filter(c -> c == '\n').count();
      out.add(new Snippet(line, m.group(1) == null ? "" : m.group(1).trim(), m.group(2)));
    }
    return out;
  }

  static String source(String className, Snippet s) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : s.code().split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    StringBuilder src = new StringBuilder();
    TYPE_IMPORTS.forEach(i -> src.append("import ").append(i).append(";\n"));
    src.append(imports)
        .append("\n// README.md line ")
        .append(s.line())
        .append('\n')
        .append("class ")
        .append(className)
        .append(" {\n")
        .append("  void snippet(")
        .append(s.given())
        .append(") throws Exception {\n")
        .append(body)
        .append("  }\n}\n");
    return src.toString();
  }

  @Test
  void everyJavaBlockOfTheReadmeCompiles(@TempDir Path dir) throws Exception {
    List<Snippet> snippets = snippets(Files.readString(README, StandardCharsets.UTF_8));
    assertThat(snippets).as("java blocks in " + README).hasSizeGreaterThanOrEqualTo(4);
    List<String> args = new ArrayList<>(List.of(
        "-classpath",
        System.getProperty("java.class.path"),
        "-encoding",
        "UTF-8",
        "-proc:none",
        "-Xlint:none",
        "-d",
        dir.resolve("classes").toString()));
    for (int i = 0; i < snippets.size(); i++) {
      Path file = dir.resolve("Snippet" + i + ".java");
      Files.writeString(file, source("Snippet" + i, snippets.get(i)), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(
        null,
        null,
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args.toArray(String[]::new));
    assertThat(err.toString(StandardCharsets.UTF_8)).as("javac").isEmpty();
    assertThat(rc).isZero();
  }

  @Test
  void aMissingStaticImportFails(@TempDir Path dir) throws Exception {
    Snippet s = new Snippet(1, "Template template", "assertThat(template).isValid();\n");
    Path file = dir.resolve("Snippet.java");
    Files.writeString(file, source("Snippet", s), StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ToolProvider.getSystemJavaCompiler()
        .run(
            null,
            null,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            "-classpath",
            System.getProperty("java.class.path"),
            "-proc:none",
            "-d",
            dir.toString(),
            file.toString());
    assertThat(rc).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot find symbol");
  }

  @Test
  void givenVariablesBecomeParameters() {
    List<Snippet> s = snippets(
        "x\n<!-- given: Template t -->\n```java\nt.build();\n```\n" + "```java\nint a = 1;\n```\n");
    assertThat(s)
        .containsExactly(
            new Snippet(4, "Template t", "t.build();\n"), new Snippet(7, "", "int a = 1;\n"));
  }
}
