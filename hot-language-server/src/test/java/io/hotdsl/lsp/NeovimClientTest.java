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
 * A real editor: Neovim (Debian's {@code neovim}, 0.7+) run headless with its built-in LSP client
 * starts the server as a user's configuration does, opens a corpus template with a mistake, reads
 * the diagnostics the server publishes, then fixes the line in the buffer and sees them clear.
 * Skipped with a message when {@code nvim} is not installed, except under {@code CI=true}, where
 * {@code .ci/run} installs it and its absence fails the test.
 */
class NeovimClientTest {
  @Test
  void neovimShowsTheServersDiagnosticsAndClearsThemAfterAnEdit(@TempDir Path dir)
      throws Exception {
    Path nvim = onPath("nvim");
    if (nvim == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("nvim is not installed but CI=true: .ci/run installs Debian's neovim for this test");
      }
      assumeTrue(
          false,
          "Neovim (nvim) is not installed: apt-get install neovim to run this "
              + "test with a real editor");
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
    Path script = dir.resolve("diagnostics.lua");
    try (InputStream in = NeovimClientTest.class.getResourceAsStream("/nvim/diagnostics.lua")) {
      Files.write(script, in.readAllBytes());
    }
    Path out = dir.resolve("out.txt");
    ProcessBuilder pb = new ProcessBuilder(
            nvim.toString(),
            "--headless",
            "--clean",
            "-n",
            "-c",
            "luafile " + script,
            template.getFileName().toString())
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("nvim.log").toFile());
    Map<String, String> env = pb.environment();
    env.put(
        "HOT_LSP_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put(
        "HOT_LSP_CP",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    env.put("HOT_LSP_OUT", out.toString());
    env.put("HOT_LSP_FIX_LINE", String.valueOf(row + 1));
    env.put("HOT_LSP_FIX_TEXT", lines[row].replace("flavour", "flavor"));
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    env.put("XDG_STATE_HOME", dir.resolve("state").toString());
    env.put("XDG_DATA_HOME", dir.resolve("data").toString());
    env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    Process p = pb.start();
    try {
      assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("nvim finished").isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(out).as(Files.readString(dir.resolve("nvim.log"))).exists();
    List<String> got = Files.readAllLines(out);
    // what hot validate reports, as Neovim shows it: 0-based line and column of the bad value
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
