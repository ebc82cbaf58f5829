package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLI manners, in process: exit 0 valid, 1 invalid input, 2 usage or I/O error; one line per
 * problem ({@code file:line:col: error: ...} or {@code file: path: error: ...}); results on
 * stdout, diagnostics on stderr; a stack trace only with {@code --debug}.
 */
class ExitCodesTest {
  @TempDir
  Path dir;

  record Run(int status, String out, String err) {
    List<String> lines() {
      return (out + err).lines().toList();
    }

    void hasNoStackTrace() {
      assertThat(out + err).doesNotContain("\tat ");
    }
  }

  static Run hot(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Hot.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static final String VALID = """
      heat_template_version: 2021-04-16
      resources:
        net: {type: OS::Neutron::Net}
      """;

  Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  Path bytes(String name, String before, int bad, String after) throws Exception {
    Path f = dir.resolve(name);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    b.write(bad);
    b.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    Files.write(f, b.toByteArray());
    return f;
  }

  @Test
  void validIsZeroWithTheVerdictOnStdout() throws Exception {
    Run r = hot("validate", file("ok.yaml", VALID).toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).endsWith("ok.yaml: valid (0 errors, 0 warnings)\n");
  }

  @Test
  void problemsAreOneLineEachWithFileAndPath() throws Exception {
    Path t = file("bad.yaml", VALID + "  web: {type: OS::Nova::Server, properties: {image: x}}\n");
    Run r = hot("validate", "-q", t.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(t + ":4:33: error: required property \"flavor\"")
        .hasLineCount(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingFileIsAnIoErrorNotAnInvalidTemplate() throws Exception {
    Path missing = dir.resolve("missing.yaml");
    Run r = hot("validate", missing.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(missing + ": error: no such file\n");
    Run env = hot("validate", file("ok.yaml", VALID).toString(), "-e", missing.toString());
    assertThat(env.status()).isEqualTo(2);
    Run diff = hot("diff", missing.toString(), file("ok.yaml", VALID).toString());
    assertThat(diff.status()).isEqualTo(2);
    assertThat(diff.err()).isEqualTo(missing + ": error: no such file\n");
    Run imported =
        hot("import", missing.toString(), "--java-out", dir.resolve("j").toString());
    assertThat(imported.status()).isEqualTo(2);
  }

  @Test
  void invalidUtf8InATemplateIsOneLineWithLineColumnAndOffset() throws Exception {
    Path t = bytes("t.yaml", "heat_template_version: 2021-04-16\ndescription: ab", 0xFF, "\n");
    Run r = hot("validate", t.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .matches("\\S*t\\.yaml:2:16: error: invalid UTF-8 at byte offset 49 "
            + "\\(0xFF\\); templates and environments must be UTF-8\n");
    r.hasNoStackTrace();
  }

  @Test
  void invalidUtf8InAnEnvironmentOrADiffInputIsOneLine() throws Exception {
    Path env = bytes("env.yaml", "parameters:\n  a: ", 0xC3, "(\n");
    Run r = hot("validate", file("ok.yaml", VALID).toString(), "-e", env.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).matches("\\S*env\\.yaml:2:6: error: invalid UTF-8 at byte offset 17 .*\n");
    r.hasNoStackTrace();
    Path bad = bytes("new.yaml", VALID + "description: ", 0x80, "\n");
    Run diff = hot("diff", file("old.yaml", VALID).toString(), bad.toString());
    assertThat(diff.status()).isEqualTo(1);
    assertThat(diff.out()).isEmpty();
    assertThat(diff.err())
        .matches(
            "\\S*new\\.yaml:4:14: error: invalid UTF-8 at byte offset " + "\\d+ \\(0x80\\).*\n");
    diff.hasNoStackTrace();
  }

  @Test
  void aMisspeltEnvironmentSectionIsNamedWithTheValidOnes() throws Exception {
    Path env = file("env.yaml", "paramters:\n  flavor: m1.small\n");
    Run r = hot("validate", file("ok.yaml", VALID).toString(), "-e", env.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(env + ":1:1: error: environment has wrong section "
            + "\"paramters\"; did you mean \"parameters\"? (the sections are parameters, "
            + "resource_registry, parameter_defaults, encrypted_param_names, event_sinks, "
            + "parameter_merge_strategies)\n");
    r.hasNoStackTrace();
  }

  @Test
  void notAHeatTemplateIsLocatedAndNamesThePathOnce() throws Exception {
    Path t = file("x.yaml", "name: web\nimage: cirros\n");
    Run r = hot("validate", t.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(t + ":1:1: error: not a Heat template: no heat_template_version "
            + "or HeatTemplateFormatVersion or AWSTemplateFormatVersion key at the top level (found "
            + "name, image)\n");
    Run list = hot("validate", file("l.yaml", "# a list\n- a\n").toString());
    assertThat(list.status()).isEqualTo(1);
    assertThat(list.err())
        .endsWith("l.yaml:2:1: error: The template is not a JSON object or YAML " + "mapping.\n");
  }

  @Test
  void usageErrorsAreTwo() throws Exception {
    assertThat(hot("validate").status()).isEqualTo(2);
    assertThat(hot("validate", "--bogus", "x.yaml").status()).isEqualTo(2);
    assertThat(hot("nonsense").status()).isEqualTo(2);
    assertThat(hot("import").status()).isEqualTo(2);
    Run empty = hot("validate", dir.toString());
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo("hot validate: error: no template found in " + dir + "\n");
  }

  /** Whatever crashes inside, the command line prints one line and exits 1. */
  @Test
  void aCrashInsideIsOneLineAndDebugShowsTheTrace() throws Exception {
    Path t = file("modulo.yaml", """
        heat_template_version: 2021-04-16
        parameters:
          n:
            type: number
            default: 3
            constraints: [{modulo: {step: 0, offset: 0}}]
        """);
    Run r = hot("validate", "-q", t.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.lines()).hasSize(1);
    assertThat(r.lines().get(0)).contains("modulo.yaml").contains(": error: ");
    r.hasNoStackTrace();
    Path bad = bytes("t.yaml", "a: ", 0xFF, "\n");
    assertThat(hot("validate", bad.toString()).err()).doesNotContain("\tat ");
    Run debug = hot("--debug", "diff", bad.toString(), bad.toString());
    assertThat(debug.status()).isEqualTo(1);
    assertThat(debug.err()).contains("error: invalid UTF-8").contains("\tat io.hotdsl.");
  }

  @Test
  void controlCharactersFromTheInputAreShownEscaped() throws Exception {
    Path t = file("esc.yaml", VALID + "\"x\\e[2J\\ny\": 1\n");
    Run r = hot("validate", t.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("x\\u001b[2J\\ny").doesNotContain("\u001b");
    assertThat(r.err().lines()).hasSize(1);
  }
}
