package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCommandLineTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void writesTheSourceAndPrintsNotes(@TempDir Path tmp) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ImportCommandLine.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        GOLDEN.resolve("bundle/bundle.yaml").toString(),
        "-e",
        GOLDEN.resolve("bundle/bundle_env.yaml").toString(),
        "--java-out",
        tmp.toString());
    assertThat(rc).isZero();
    assertThat(Files.readString(tmp.resolve("BundleStack.java")))
        .isEqualTo(Files.readString(GOLDEN.resolve("bundle/BundleStack.java")));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("BundleStack.java");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("note: bundle.yaml: resources.app: type My::App has no typed class");
  }

  @Test
  void usageErrors(@TempDir Path tmp) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(ImportCommandLine.run(quiet, quiet)).isEqualTo(2);
    assertThat(ImportCommandLine.run(quiet, quiet, "t.yaml")).isEqualTo(2);
    assertThat(ImportCommandLine.run(quiet, quiet, "t.yaml", "--java-out")).isEqualTo(2);
    assertThat(ImportCommandLine.run(quiet, quiet, "--bogus")).isEqualTo(2);
    assertThat(ImportCommandLine.run(
            quiet, quiet, tmp.resolve("missing.yaml").toString(), "--java-out", tmp.toString()))
        .isEqualTo(2); // a missing file is an I/O error
  }

  static final PrintStream QUIET =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../Evil",
        "class",
        "A{}class B",
        "a..B",
        "Bundle",
        "x.Template",
        "/tmp/Evil",
        "Evil-1",
        ""
      })
  void aClassThatIsNotAJavaNameIsAUsageError(String name, @TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("a/b/out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ImportCommandLine.run(
        QUIET,
        new PrintStream(err, true, StandardCharsets.UTF_8),
        GOLDEN.resolve("hello_world/hello_world.yaml").toString(),
        "--java-out",
        out.toString(),
        "--class",
        name);
    assertThat(rc).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("hot import: --class: ")
        .containsAnyOf("not a Java class name", "would hide")
        .contains(ImportCommandLine.USAGE);
    try (Stream<Path> files = Files.walk(tmp)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void aQualifiedClassGoesInItsPackageFolder(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    assertThat(ImportCommandLine.run(
            QUIET,
            QUIET,
            GOLDEN.resolve("hello_world/hello_world.yaml").toString(),
            "--java-out",
            out.toString(),
            "--class",
            "com.example.Hello"))
        .isZero();
    Path file = out.resolve("com/example/Hello.java");
    assertThat(Files.readString(file))
        .contains("package com.example;\n", "public final class Hello {");
    assertThat(Compiled.compile(List.of(file), tmp.resolve("classes"))).isNull();
    Compiled.runMain(
        tmp.resolve("classes"), "com.example.Hello", tmp.resolve("b").toString());
    assertThat(tmp.resolve("b/hello_world.yaml")).exists();
  }

  @Test
  void aLinkedFolderLeadingOutsideIsRefused(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Path elsewhere = tmp.resolve("elsewhere");
    Files.createDirectories(out);
    Files.createDirectories(elsewhere);
    Files.createSymbolicLink(out.resolve("com"), elsewhere);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(ImportCommandLine.run(
            QUIET,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            GOLDEN.resolve("hello_world/hello_world.yaml").toString(),
            "--java-out",
            out.toString(),
            "--class",
            "com.example.Hello"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("com/example/Hello.java: refused: its folder is a symbolic link to "
            + elsewhere.toRealPath() + ", outside the output folder");
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void theFileIsReplacedWholeAndNoTemporaryFileStays(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("HelloWorld.java"), "old");
    assertThat(ImportCommandLine.run(
            QUIET,
            QUIET,
            GOLDEN.resolve("hello_world/hello_world.yaml").toString(),
            "--java-out",
            tmp.toString()))
        .isZero();
    assertThat(Files.readString(tmp.resolve("HelloWorld.java")))
        .isEqualTo(Files.readString(GOLDEN.resolve("hello_world/HelloWorld.java")));
    // a move that fails (the target is a folder that is not empty) leaves it as it was
    Path other = tmp.resolve("other");
    Files.createDirectories(other.resolve("HelloWorld.java"));
    Files.writeString(other.resolve("HelloWorld.java/keep"), "kept");
    assertThat(ImportCommandLine.run(
            QUIET,
            QUIET,
            GOLDEN.resolve("hello_world/hello_world.yaml").toString(),
            "--java-out",
            other.toString()))
        .isEqualTo(2);
    assertThat(Files.readString(other.resolve("HelloWorld.java/keep"))).isEqualTo("kept");
    try (Stream<Path> files = Files.walk(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void javaThatWouldNotCompileIsNotWritten(@TempDir Path tmp) throws Exception {
    StringBuilder y = new StringBuilder("heat_template_version: 2021-04-16\nresources:\n"
        + "  r:\n    type: OS::Heat::Value\n    properties:\n      value: [");
    for (int i = 0; i < 7000; i++) {
      y.append(i == 0 ? "" : ", ").append(i);
    }
    y.append("]\n");
    Path t = tmp.resolve("big_value.yaml");
    Files.writeString(t, y.toString());
    Path out = tmp.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(ImportCommandLine.run(
            QUIET,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            t.toString(),
            "--java-out",
            out.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("resources.r: too large for one Java statement");
    assertThat(out.resolve("BigValue.java")).doesNotExist();
  }
}
