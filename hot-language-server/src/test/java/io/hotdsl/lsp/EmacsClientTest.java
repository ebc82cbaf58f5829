package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: Emacs (Debian's {@code emacs-nox}, with {@code elpa-eglot}) run in batch with
 * eglot starts the server as a user's configuration does ({@code eglot-server-programs}), opens a
 * corpus template with a mistake, reads the diagnostics eglot receives, then fixes the line in
 * the buffer, lets eglot send the change (batch Emacs runs no idle timer, so the script calls
 * eglot's own sending function) and sees them clear. Skipped with a message when {@code emacs}
 * is not installed, except under {@code CI=true}, where {@code .ci/run} installs it and its
 * absence fails the test.
 */
class EmacsClientTest {
  @Test
  void emacsShowsTheServersDiagnosticsAndClearsThemAfterAnEdit(@TempDir Path dir) throws Exception {
    Path emacs = onPath("emacs");
    if (emacs == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("emacs is not installed but CI=true: .ci/run installs Debian's emacs-nox and "
            + "elpa-eglot for this test");
      }
      assumeTrue(
          false,
          "Emacs is not installed: apt-get install emacs-nox elpa-eglot to run "
              + "this test with a real editor");
    }
    // hello_world.yaml of the corpus (or, when the corpus is absent, the same kind of template)
    Path corpus = CorpusDiagnosticsTest.CORPUS.resolve("hot/hello_world.yaml");
    String original = Files.isRegularFile(corpus)
        ? Files.readString(corpus, StandardCharsets.UTF_8)
        : HotLanguageServerTest.TEMPLATE.replace(
            "flavor: {get_param: flavor}", "flavor: { get_param: flavor }");
    String good = "flavor: { get_param: flavor }";
    assertThat(original).contains(good);
    String text = original.replace(good, "flavor: { get_param: flavour }");
    Path template = dir.resolve("hello_world.yaml");
    Files.writeString(template, text);
    String[] lines = text.split("\n", -1);
    int row = 0;
    while (!lines[row].contains("flavour")) {
      row++;
    }
    Path script = dir.resolve("diagnostics.el");
    try (InputStream in = EmacsClientTest.class.getResourceAsStream("/emacs/diagnostics.el")) {
      Files.write(script, in.readAllBytes());
    }
    Path out = dir.resolve("out.txt");
    ProcessBuilder pb = new ProcessBuilder(emacs.toString(), "--batch", "-l", script.toString())
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("emacs.log").toFile());
    Map<String, String> env = pb.environment();
    env.put(
        "HOT_LSP_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put(
        "HOT_LSP_CP",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    env.put("HOT_LSP_OUT", out.toString());
    env.put("HOT_LSP_FILE", template.toString());
    env.put("HOT_LSP_FIX_LINE", String.valueOf(row + 1));
    env.put("HOT_LSP_FIX_TEXT", lines[row].replace("flavour", "flavor"));
    env.put("HOME", dir.toString()); // no user init, no package state outside the test
    Process p = pb.start();
    try {
      assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("emacs finished").isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(out).as(Files.readString(dir.resolve("emacs.log"))).exists();
    List<String> got = Files.readAllLines(out);
    // what hot validate reports, as eglot receives it: 0-based line and column of the bad value
    List<String> expected = CorpusDiagnosticsTest.hotValidate(template);
    assertThat(expected).singleElement().asString().contains("flavour");
    int col = lines[row].indexOf("flavour");
    assertThat(got)
        .containsExactly(
            row + ":" + col + ":1:"
                + expected.get(0).substring("error ".length()).replaceFirst(": ", ":"),
            "CLEARED");
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .map(d -> Path.of(d, name))
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(null);
  }
}
