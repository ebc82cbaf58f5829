package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.cli.HotCommandLineTest.Run;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.heat.testing.LocalHeatExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code hot deploy --stacks FILE --concurrency N} against Heat 19's real engine. */
@ExtendWith(LocalHeatExtension.class)
class DeployStacksCommandLineTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void deploysEveryStackAndExitsOneWhenOneFails(LocalHeat heat) throws Exception {
    write("stacks/random.yaml", """
        heat_template_version: 2021-04-16
        parameters:
          size: {type: number}
        resources:
          r: {type: OS::Heat::RandomString, properties: {length: {get_param: size}}}
        """);
    write("stacks/value.yaml", """
        heat_template_version: 2021-04-16
        parameters:
          greeting: {type: string}
        resources:
          v: {type: OS::Heat::Value, properties: {value: {get_param: greeting}}}
        """);
    write("stacks/env.yaml", "parameter_defaults:\n  greeting: hey\n");
    write("stacks/fail.yaml", """
        heat_template_version: 2021-04-16
        resources:
          bad: {type: OS::Heat::TestResource, properties: {fail: true}}
        """);
    Path manifest = write("stacks/all.yaml", """
        stacks:
          - name: many-random
            template: random.yaml
            parameters: {size: 12}
          - name: many-fail
            template: fail.yaml
          - name: many-value
            template: value.yaml
            environments: [env.yaml]
        """);

    Run r = HotCommandLineTest.hot(
        "deploy",
        "--stacks",
        manifest.toString(),
        "--concurrency",
        "2",
        "--poll",
        "1",
        "--timeout",
        "3",
        "--heat-url",
        heat.endpoint().toString());

    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out())
        .startsWith("Deploying 3 stacks, at most 2 at once, at " + heat.endpoint() + "\n")
        .containsPattern("(?m)^many-random  \\S+Z  r  CREATE_COMPLETE  state changed$")
        .containsPattern("(?m)^many-value  \\S+Z  v  CREATE_COMPLETE  state changed$")
        .containsPattern("(?m)^many-fail  \\S+Z  bad  CREATE_FAILED  ");
    String summary = r.out().substring(r.out().indexOf("Summary:\n"));
    assertThat(summary.lines().toList()).hasSize(4);
    assertThat(summary.lines().toList().get(1))
        .matches("  many-random: CREATE_COMPLETE in \\d+\\.\\d s: 1 created, .*");
    assertThat(summary.lines().toList().get(2))
        .matches("  many-fail: CREATE_FAILED in .* — resource bad CREATE_FAILED: .*");
    assertThat(summary.lines().toList().get(3))
        .matches("  many-value: CREATE_COMPLETE in \\d+\\.\\d s: 1 created, .*");
    assertThat(r.err()).isEqualTo("hot deploy: 1 of 3 stacks did not complete: many-fail\n");

    Run outputs = HotCommandLineTest.hot(
        "outputs", "--stack", "many-value", "--heat-url", heat.endpoint().toString());
    assertThat(outputs.status()).as(outputs.err()).isZero();
  }

  static List<List<String>> badManifests() {
    return List.of(
        List.of("stacks: [{name: a, template: t.yaml}\n", "hot deploy: {m}:2:1: not YAML: "),
        List.of(
            "stacks:\n  - name: a\n    template: ../t.yaml\n",
            "hot deploy: {m}:3:15: stacks[0].template: ../t.yaml: refused: "),
        List.of(
            "stacks:\n  - name: a\n    template: /etc/passwd\n",
            "hot deploy: {m}:3:15: stacks[0].template: /etc/passwd: refused: "),
        List.of(
            "stacks:\n  - name: a\n    templat: t.yaml\n",
            "hot deploy: {m}:3:5: stacks[0].templat: unknown key"),
        List.of(
            "stacks:\n  - name: a\n",
            "hot deploy: {m}:2:5: stacks[0]: expected 'name' and 'template'"),
        List.of(
            "stacks:\n  - {name: a, template: t.yaml}\n  - {name: a, template: t.yaml}\n",
            "hot deploy: {m}:3:5: stacks[1].name: stack a is listed twice (first at {m}:2:5)"),
        List.of(
            "stacks:\n  - {name: 9lives, template: t.yaml}\n",
            "hot deploy: {m}:2:5: stack name 9lives: expected a letter"),
        List.of(
            "stacks:\n  - {name: a, template: t.yaml, parameters: [x]}\n",
            "hot deploy: {m}:2:45: stacks[0].parameters: expected a mapping"),
        List.of(
            "stacks:\n  - {name: a, template: t.yaml, parameters: {p: [1]}}\n",
            "hot deploy: {m}:2:49: stacks[0].parameters.p: expected a value"),
        List.of("stacks: []\n", "hot deploy: {m}:1:9: stacks: expected a non-empty list"),
        List.of("", "hot deploy: {m}: empty"));
  }

  @ParameterizedTest
  @MethodSource("badManifests")
  void aBadManifestIsOneLineNamingTheSpotAndNothingIsSent(List<String> c) throws Exception {
    write("t.yaml", "heat_template_version: 2021-04-16\n");
    Path m = write("m.yaml", c.get(0));
    // an unreachable Heat: a manifest error comes before anything is sent
    Run r = HotCommandLineTest.hot(
        "deploy", "--stacks", m.toString(), "--heat-url", "http://127.0.0.1:9/v1/admin");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).startsWith(c.get(1).replace("{m}", m.toString())).hasLineCount(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void usageErrorsAreExitTwo() throws Exception {
    Path m = write("m.yaml", "stacks: [{name: a, template: t.yaml}]\n");
    write("t.yaml", "heat_template_version: 2021-04-16\n");
    String url = "http://127.0.0.1:9/v1/admin";
    Run mixed =
        HotCommandLineTest.hot("deploy", "t.yaml", "--stacks", m.toString(), "--heat-url", url);
    assertThat(mixed.status()).isEqualTo(2);
    assertThat(mixed.err()).startsWith("hot deploy: --stacks FILE takes").hasLineCount(1);
    Run zero = HotCommandLineTest.hot(
        "deploy", "--stacks", m.toString(), "--concurrency", "0", "--heat-url", url);
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err()).isEqualTo("hot deploy: --concurrency: expected 1..64, not 0\n");
    Run single = HotCommandLineTest.hot(
        "deploy", "t.yaml", "--stack", "a", "--concurrency", "2", "--heat-url", url);
    assertThat(single.status()).isEqualTo(2);
    assertThat(single.err()).isEqualTo("hot deploy: --concurrency goes with --stacks FILE\n");
    Run unreachable = HotCommandLineTest.hot("deploy", "--stacks", m.toString(), "--heat-url", url);
    assertThat(unreachable.status()).isEqualTo(2);
    assertThat(unreachable.out()).contains("  a: orchestration GET " + url);
  }
}
