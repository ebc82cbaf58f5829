package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.cli.HotCommandLineTest.Run;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.heat.testing.LocalHeatExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code hot deploy}, {@code hot outputs}, {@code hot delete} against Heat 19's real engine. */
@ExtendWith(LocalHeatExtension.class)
class DeployCommandLineTest {
  @TempDir
  Path dir;

  private static final String V1 = """
      heat_template_version: 2021-04-16
      parameters:
        greeting: {type: string, default: hello}
      resources:
        word: {type: OS::Heat::Value, properties: {value: {get_param: greeting}}}
        box: {type: OS::Heat::TestResource, properties: {value: one, update_replace: true}}
      outputs:
        greeting: {value: {get_attr: [word, value]}}
        sizes: {value: [1, 2]}
      """;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static Run hot(LocalHeat heat, String... args) throws Exception {
    List<String> a = new ArrayList<>(List.of(args));
    a.addAll(List.of("--heat-url", heat.endpoint().toString()));
    return HotCommandLineTest.hot(a.toArray(String[]::new));
  }

  // Providers are created and updated in DeploymentTest (the deploy module).
  @Test
  void deploysUpdatesReadsOutputsAndDeletes(LocalHeat heat) throws Exception {
    Path root = write("app/root.yaml", V1);
    Path env = write("app/env.yaml", "parameter_defaults:\n  greeting: hey\n");

    Run created = hot(
        heat,
        "deploy",
        root.toString(),
        "-e",
        env.toString(),
        "--stack",
        "cli-app",
        "-P",
        "greeting=hi",
        "--poll",
        "1",
        "--timeout",
        "3");
    assertThat(created.status()).as(created.out() + created.err()).isZero();
    assertThat(created.out())
        .contains("Creating stack cli-app at " + heat.endpoint())
        .containsPattern("(?m)^\\S+Z  word  CREATE_COMPLETE  state changed$")
        .containsPattern("(?m)^CREATE_COMPLETE in \\d+\\.\\d s: 2 created, 0 updated, "
            + "0 replaced, 0 deleted, 0 failed$")
        .contains("Outputs:\n  greeting = hi\n  sizes = [1,2]\n");
    assertThat(created.err()).isEmpty();

    Run json = hot(heat, "outputs", "--stack", "cli-app", "--json");
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(json.out());
    assertThat(o.path("greeting").asText()).isEqualTo("hi");
    assertThat(o.path("sizes").toString()).isEqualTo("[1,2]");
    assertThat(o.size()).isEqualTo(2);

    write("app/root.yaml", V1.replace("value: one", "value: two"));
    Run dry = hot(
        heat,
        "deploy",
        root.toString(),
        "-e",
        env.toString(),
        "--stack",
        "cli-app",
        "-P",
        "greeting=hi",
        "--dry-run");
    assertThat(dry.status()).as(dry.out() + dry.err()).isZero();
    assertThat(dry.out())
        .contains(
            "Update of stack cli-app: what each resource will do\n" + "resource  hot        heat\n")
        .containsPattern("(?m)^box       REPLACE    REPLACE$")
        .containsPattern("(?m)^word      UNCHANGED  UNCHANGED$")
        .doesNotContain("Updating");

    Run updated = hot(
        heat,
        "deploy",
        root.toString(),
        "-e",
        env.toString(),
        "--stack",
        "cli-app",
        "-P",
        "greeting=hi",
        "--poll",
        "1",
        "--timeout",
        "3");
    assertThat(updated.status()).as(updated.out() + updated.err()).isZero();
    assertThat(updated.out())
        .contains("Updating stack cli-app")
        .containsPattern("(?m)^UPDATE_COMPLETE in \\d+\\.\\d s: 0 created, 0 updated, "
            + "1 replaced, 0 deleted, 0 failed$");

    Run deleted = hot(heat, "delete", "--stack", "cli-app", "--poll", "1", "--timeout", "3");
    assertThat(deleted.status()).as(deleted.out() + deleted.err()).isZero();
    assertThat(deleted.out()).containsPattern("(?m)^DELETE_COMPLETE in ");
    Run again = hot(heat, "delete", "--stack", "cli-app");
    assertThat(again.status()).isEqualTo(1);
    assertThat(again.err())
        .isEqualTo("hot delete: delete stack cli-app: Heat says 404 Not Found "
            + "(EntityNotFound): The Stack (cli-app) could not be found.\n");
  }

  @Test
  void aFailedResourceIsExitOneNamingIt(LocalHeat heat) throws Exception {
    Path root = write("fail.yaml", """
        heat_template_version: 2021-04-16
        resources:
          bad: {type: OS::Heat::TestResource, properties: {fail: true}}
        """);
    Run r = hot(
        heat, "deploy", root.toString(), "--stack", "cli-fail", "--poll", "1", "--timeout", "3");
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).containsPattern("(?m)^\\S+Z  bad  CREATE_FAILED  ");
    assertThat(r.err())
        .startsWith("hot deploy: stack cli-fail CREATE_FAILED: resource bad " + "CREATE_FAILED: ")
        .endsWith("\n")
        .hasLineCount(1);
  }

  @Test
  void heatsRefusalIsOneLineExitOne(LocalHeat heat) throws Exception {
    Path root = write("bad.yaml", """
        heat_template_version: 2021-04-16
        resources:
          r: {type: OS::Heat::RandomString, properties: {length: twelve}}
        """);
    Run r = hot(heat, "deploy", root.toString(), "--stack", "cli-bad");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("hot deploy: create stack cli-bad: Heat says 400 Bad Request "
            + "(StackValidationFailed): Property error: resources.r.properties.length")
        .hasLineCount(1);
  }

  @Test
  void usageAndConnectionErrorsAreExitTwo() throws Exception {
    Path root = write("ok.yaml", "heat_template_version: 2021-04-16\n");
    Run noHeat = HotCommandLineTest.hot(
        "deploy", root.toString(), "--stack", "s", "--heat-url", "http://127.0.0.1:9/v1/admin");
    assertThat(noHeat.status()).isEqualTo(2);
    assertThat(noHeat.err())
        .startsWith("hot deploy: orchestration GET "
            + "http://127.0.0.1:9/v1/admin/stacks?name=s: cannot connect")
        .hasLineCount(1);

    Run badParam = HotCommandLineTest.hot(
        "deploy",
        root.toString(),
        "--stack",
        "s",
        "-P",
        "novalue",
        "--heat-url",
        "http://127.0.0.1:9/v1/admin");
    assertThat(badParam.status()).isEqualTo(2);
    assertThat(badParam.err()).isEqualTo("hot deploy: -P novalue: expected KEY=VALUE\n");

    Run both = HotCommandLineTest.hot(
        "outputs", "--stack", "s", "--os-cloud", "c", "--heat-url", "http://127.0.0.1:9/v1/admin");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).isEqualTo("hot outputs: give --heat-url or --os-cloud, not both\n");

    Run noStack = HotCommandLineTest.hot("deploy", root.toString());
    assertThat(noStack.status()).isEqualTo(2);
    assertThat(noStack.err())
        .isEqualTo("hot deploy: give TEMPLATE and --stack NAME, or --stacks FILE\n");

    Run badName = HotCommandLineTest.hot(
        "delete", "--stack", "9lives", "--heat-url", "http://127.0.0.1:9/v1/admin");
    assertThat(badName.status()).isEqualTo(2);
    assertThat(badName.err()).startsWith("hot delete: stack name 9lives: expected a letter");
  }
}
