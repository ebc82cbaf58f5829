package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command named on the command line is the only one picocli sets up: {@code hot validate}
 * loads neither the other commands nor the deploy client (counted from the JVM's class-loading
 * log of a real process, not timed); with no command, {@code hot --help} still lists them all.
 */
class LazySubcommandsTest {
  @TempDir
  Path dir;

  static final List<String> OTHER_COMMANDS = List.of(
      "RenderCommand",
      "TypesCommand",
      "DiffCommand",
      "SchemaCommand",
      "DeployCommand",
      "OutputsCommand",
      "DeleteCommand");

  /** The classes a process of {@code hot ARGS} loaded from io.hotdsl. */
  private String loadedClasses(String... args) throws Exception {
    Path log = dir.resolve("classes.log");
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:off",
        "-Xlog:class+load=info:file=" + log,
        "-cp",
        System.getProperty("java.class.path"),
        Hot.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return Files.readString(log);
  }

  @Test
  void validateLoadsNoOtherCommandNorTheDeployClient() throws Exception {
    Path t = dir.resolve("ok.yaml");
    Files.writeString(t, """
        heat_template_version: 2021-04-16
        resources:
          web:
            type: OS::Nova::Server
            properties: {flavor: m1.small, image: cirros}
        """);
    String loaded = loadedClasses("validate", t.toString());
    assertThat(loaded).contains("io.hotdsl.cli.ValidateCommand ");
    for (String other : OTHER_COMMANDS) {
      assertThat(loaded).as(other).doesNotContain("io.hotdsl.cli." + other + " ");
    }
    assertThat(loaded).doesNotContain("io.hotdsl.deploy.");
  }

  @Test
  void helpWithoutACommandListsEveryCommandInOrder() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int status = Hot.run(
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
        new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
        "--help");
    assertThat(status).isZero();
    String help = out.toString(StandardCharsets.UTF_8);
    String commands = help.substring(help.indexOf("Commands:"));
    int at = 0;
    for (String name : List.of(
        "render",
        "validate",
        "types",
        "diff",
        "schema",
        "deploy",
        "outputs",
        "delete",
        "abandon",
        "help")) {
      int found = commands.indexOf("\n  " + name + " ", at);
      assertThat(found)
          .as(name + " listed after the one before it in:\n" + commands)
          .isGreaterThan(at - 1);
      at = found;
    }
  }
}
