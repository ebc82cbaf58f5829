package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's manners, through {@link Hot#run}: problems on stderr as {@code
 * path:line:col: severity: message} with the path as given, verdicts on stdout, plurals, "did you
 * mean", {@code --quiet}, {@code --json}, {@code --color}.
 */
class CliMannersTest {
  @TempDir
  Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Hot.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static final String HEAD = "heat_template_version: 2021-04-16\nresources:\n";

  /** One misspelling each: the line and column of the bad value and the suggestion. */
  static Stream<Arguments> misspellings() {
    return Stream.of(
        Arguments.of(
            "property",
            """
              mon:
                type: OS::Octavia::HealthMonitor
                properties:
                  pool: p
                  type: HTTP
                  delay: 3
                  timeout: 3
                  max_retries: 3
                  max_retries_down: 3
            """,
            "t.yaml:11:7: error: unknown property \"max_retries_down\"",
            "did you mean \"max_retries\"?"),
        Arguments.of(
            "resource type", """
              web:
                type: OS::Nova::Servr
            """, "t.yaml:4:11: error: ", "did you mean \"OS::Nova::Server\"?"),
        Arguments.of(
            "attribute",
            """
              net: {type: OS::Neutron::Net}
              out:
                type: OS::Heat::Value
                properties:
                  value: {get_attr: [net, sttus]}
            """,
            "t.yaml:7:15: error: resource \"net\" (OS::Neutron::Net) has no attribute "
                + "\"sttus\"",
            "did you mean \"status\"?"),
        Arguments.of(
            "function",
            """
              out:
                type: OS::Heat::TestResource
                properties:
                  fail: {get_parm: x}
            """,
            "t.yaml:6:7: error: expected a boolean",
            "did you mean the function " + "\"get_param\"?"),
        Arguments.of(
            "resource",
            """
              net: {type: OS::Neutron::Net}
              sub:
                type: OS::Neutron::Subnet
                properties:
                  network: {get_resource: nett}
                  cidr: 10.0.0.0/24
            """,
            "t.yaml:7:31: error: unknown resource \"nett\"",
            "did you mean \"net\"?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misspellings")
  void aMisspellingIsLocatedAndGetsASuggestion(
      String what, String resources, String where, String suggestion) throws Exception {
    Path t = Files.writeString(dir.resolve("t.yaml"), HEAD + resources);
    Run r = run("validate", "--color=never", t.toString());
    assertThat(r.status()).isEqualTo(1);
    String line =
        r.err().lines().filter(l -> l.contains(suggestion)).findFirst().orElse("");
    assertThat(line)
        .as(r.err())
        .startsWith(dir.resolve(where).toString())
        .endsWith(suggestion
            + (what.equals("function")
                ? " {get_parm: ...} is a plain map to Heat; fails at stack " + "create"
                : ""));
  }

  @Test
  void problemsGoToStderrAndTheVerdictToStdoutWithPlurals() throws Exception {
    Path t = Files.writeString(
        dir.resolve("one.yaml"),
        HEAD + "  web:\n    type: OS::Nova::Server\n    properties: {image: cirros}\n");
    Run r = run("validate", t.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(t + ": invalid (1 error, 0 warnings)\n");
    assertThat(r.err())
        .isEqualTo(t + ":5:5: error: required property \"flavor\" of resource "
            + "type OS::Nova::Server is not set; fails at stack create\n");
    Run quiet = run("validate", "--quiet", t.toString());
    assertThat(quiet.out()).isEmpty();
    assertThat(quiet.err()).isEqualTo(r.err());
  }

  /** The file as the user named it, in the problems and in the verdict alike. */
  @Test
  void thePathIsShownAsGiven() throws Exception {
    Files.createDirectories(dir.resolve("stacks"));
    Files.writeString(
        dir.resolve("stacks/t.yaml"),
        HEAD + "  web:\n    type: OS::Nova::Server\n    properties: {image: cirros}\n");
    String given = dir + "/./stacks/../stacks/t.yaml";
    Run r = run("validate", given);
    assertThat(r.err()).startsWith(given + ":5:5: error: ");
    assertThat(r.out()).startsWith(given + ": invalid");
  }

  @Test
  void jsonIsOneDocumentOnStdoutAndNothingOnStderr() throws Exception {
    Path bad = Files.writeString(
        dir.resolve("bad.yaml"),
        HEAD
            + "  web:\n    type: OS::Nova::Server\n    properties: {image: cirros, flavour: m1}\n");
    Path ok = Files.writeString(dir.resolve("ok.yaml"), HEAD + "  net: {type: OS::Neutron::Net}\n");
    Path missing = dir.resolve("missing.yaml");
    Run r = run("validate", "--json", ok.toString(), bad.toString(), missing.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("files")).hasSize(3);
    assertThat(doc.get("files").get(0).get("status").asText()).isEqualTo("valid");
    assertThat(doc.get("files").get(1).get("status").asText()).isEqualTo("invalid");
    assertThat(doc.get("files").get(2).get("status").asText()).isEqualTo("unreadable");
    JsonNode first = doc.get("problems").get(0);
    assertThat(first.get("file").asText()).isEqualTo(bad.toString());
    assertThat(first.get("line").asInt()).isEqualTo(5);
    assertThat(first.get("column").asInt()).isEqualTo(33);
    assertThat(first.get("path").asText()).isEqualTo("resources.web.properties.flavour");
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("message").asText())
        .startsWith("unknown property \"flavour\"")
        .endsWith("did you mean \"flavor\"?");
    JsonNode last = doc.get("problems").get(doc.get("problems").size() - 1);
    assertThat(last.get("file").asText()).isEqualTo(missing.toString());
    assertThat(last.has("line")).isFalse();
    JsonNode summary = doc.get("summary");
    assertThat(List.of(
            summary.get("templates").asInt(),
            summary.get("valid").asInt(),
            summary.get("invalid").asInt(),
            summary.get("unreadable").asInt()))
        .containsExactly(3, 1, 1, 1);
  }

  static Stream<Arguments> colours() {
    return Stream.of(
        Arguments.of(new String[] {"--color=always"}, true),
        Arguments.of(new String[] {"--color", "never"}, false),
        Arguments.of(new String[] {"--color=auto"}, false), // no console under the test
        Arguments.of(new String[] {}, false));
  }

  @ParameterizedTest
  @MethodSource("colours")
  void colourOnlyWhenAskedOrOnATerminal(String[] option, boolean coloured) throws Exception {
    Path t = Files.writeString(dir.resolve("c.yaml"), HEAD + "  x: {type: OS::Nova::Servr}\n");
    String[] args = Stream.concat(
            Stream.of("validate"), Stream.concat(Stream.of(option), Stream.of(t.toString())))
        .toArray(String[]::new);
    Run r = run(args);
    assertThat(r.err().contains("\u001b[1;31merror:\u001b[0m")).as(r.err()).isEqualTo(coloured);
    assertThat(r.err().contains("\u001b")).isEqualTo(coloured);
  }

  @Test
  void colourFollowsNoColorAndTheTerminal() {
    assertThat(Style.of(Style.Choice.AUTO, null, true).coloured()).isTrue();
    assertThat(Style.of(Style.Choice.AUTO, "1", true).coloured()).isFalse();
    assertThat(Style.of(Style.Choice.AUTO, "", true).coloured()).isTrue();
    assertThat(Style.of(Style.Choice.AUTO, null, false).coloured()).isFalse();
    assertThat(Style.of(Style.Choice.ALWAYS, "1", false).coloured()).isTrue();
    assertThat(Style.of(Style.Choice.NEVER, null, true).coloured()).isFalse();
  }

  @Test
  void aWrongColourIsAUsageError() {
    Run r = run("validate", "--color=sometimes", "x.yaml");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("expected auto, always or never, not 'sometimes'");
  }

  /**
   * Heat's hidden properties (servers_in_new_neutron_net.yaml's subnet_id): validate warns and
   * names the replacement; a release that still accepts them gets warnings, not errors, once.
   */
  @Test
  void hiddenPropertiesWarnNameTheReplacementAndAreNoDriftErrors() throws Exception {
    Path t =
        Files.writeString(dir.resolve("n.yaml"), HEAD.replace("2021-04-16", "2016-10-14") + """
          router: {type: OS::Neutron::Router}
          net: {type: OS::Neutron::Net}
          sub:
            type: OS::Neutron::Subnet
            properties: {network: {get_resource: net}, cidr: 10.0.0.0/24}
          iface:
            type: OS::Neutron::RouterInterface
            properties:
              router: {get_resource: router}
              subnet_id: {get_resource: sub}
        """);
    Run r = run("validate", t.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err())
        .isEqualTo(t + ":12:7: warning: property \"subnet_id\" of "
            + "OS::Neutron::RouterInterface is hidden (deprecated) since Heat 5.0.0; Heat "
            + "still accepts it and reads it as \"subnet\": use \"subnet\"\n");
    assertThat(r.out()).isEqualTo(t + ": valid (0 errors, 1 warning)\n");
    Run queens = run("validate", "--target-release", "queens", t.toString());
    assertThat(queens.status()).isZero();
    assertThat(queens.err()).isEqualTo(r.err());
  }

  /** The summary of a drift error says the version once, not after its own path. */
  @Test
  void noRepeatedPrefix() throws Exception {
    Path t = Files.writeString(dir.resolve("v.yaml"), HEAD + "  net: {type: OS::Neutron::Net}\n");
    Run r = run("validate", "--target-release", "queens", t.toString());
    assertThat(r.err())
        .isEqualTo(t + ":1:24: error: version 2021-04-16 needs Wallaby (Heat "
            + "16.0.0); Queens (Heat 10.0.0) knows up to 2018-03-02\n");
  }
}
