package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandLineTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void writesTheSourceAndPrintsNotes(@TempDir Path tmp) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ImportCommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        GOLDEN.resolve("bundle/bundle.yaml").toString(),
        "-e", GOLDEN.resolve("bundle/bundle_env.yaml").toString(),
        "--java-out", tmp.toString());
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
    assertThat(ImportCommandLine.run(quiet, quiet, tmp.resolve("missing.yaml").toString(),
        "--java-out", tmp.toString())).isEqualTo(2); // a missing file is an I/O error
  }
}
