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

/** {@code hot diff --stack NAME TEMPLATE}: the running stack on Heat 19's real engine. */
@ExtendWith(LocalHeatExtension.class)
class DiffStackCommandLineTest {
  @TempDir
  Path dir;

  private static final String V1 = """
      heat_template_version: 2021-04-16
      parameters:
        greeting: {type: string, default: hello}
        big: {type: string, default: 'no'}
      conditions:
        large: {equals: [{get_param: big}, 'yes']}
      resources:
        word: {type: OS::Heat::Value, properties: {value: {get_param: greeting}}}
        box: {type: OS::Heat::TestResource, properties: {value: one, update_replace: true}}
        kept: {type: OS::Heat::TestResource, properties: {value: {list_join: ['', [o, k]]}}}
        extra: {type: OS::Heat::TestResource, condition: large}
        stub: {type: OS::Heat::None, properties: {anything: 1}}
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

  @Test
  void diffsTheRunningStackAgainstATemplateAndItsEnvironment(LocalHeat heat) throws Exception {
    Path root = write("app/root.yaml", V1);
    Run created = hot(
        heat,
        "deploy",
        root.toString(),
        "--stack",
        "diff-app",
        "-P",
        "greeting=hi",
        "--poll",
        "1",
        "--timeout",
        "3");
    assertThat(created.status()).as(created.out() + created.err()).isZero();

    Run same = hot(heat, "diff", "--stack", "diff-app", root.toString(), "-P", "greeting=hi");
    assertThat(same.status()).as(same.out() + same.err()).isZero();
    assertThat(same.out())
        .isEqualTo("Resources\n0 to add, 0 to remove, 0 to update in place, "
            + "0 to replace, 0 failing, 4 unchanged\n");

    // without -P the update resets greeting to its default; with --existing (PATCH) it keeps hi
    Run reset = hot(heat, "diff", "--stack", "diff-app", root.toString());
    assertThat(reset.out())
        .contains("  greeting: hi -> hello\n")
        .containsPattern("(?m)^~ word OS::Heat::Value  UPDATE  value: hi -> hello ");
    Run kept = hot(heat, "diff", "--stack", "diff-app", root.toString(), "--existing");
    assertThat(kept.status()).as(kept.out() + kept.err()).isZero();
    assertThat(kept.out()).isEqualTo(same.out());

    // the new template: box's value changes (update_replace: replaced), kept is written as
    // its value (unchanged), stub gets other properties (None never updates), the environment
    // turns the condition true and changes the greeting
    Path next = write(
        "app/next.yaml",
        V1.replace("value: one", "value: two")
            .replace("{list_join: ['', [o, k]]}", "ok")
            .replace("anything: 1", "other: 2"));
    Path env = write("app/env.yaml", "parameter_defaults:\n  big: 'yes'\n  greeting: hey\n");
    Run diff = hot(heat, "diff", "--stack", "diff-app", next.toString(), "-e", env.toString());
    assertThat(diff.status()).as(diff.out() + diff.err()).isZero();
    assertThat(diff.err()).isEmpty();
    assertThat(diff.out())
        .startsWith("Parameters\n  greeting: hi -> hey\n  big: no -> yes\nResources\n")
        .containsPattern("(?m)^~ word OS::Heat::Value  UPDATE  value: hi -> hey ")
        .containsPattern("(?m)^~ box OS::Heat::TestResource  REPLACE  value: one -> two "
            + "\\(update_replace is true")
        .containsPattern("(?m)^\\+ extra OS::Heat::TestResource  ADD")
        .doesNotContain("kept")
        .doesNotContain("stub")
        .endsWith("1 to add, 0 to remove, 1 to update in place, 1 to replace, 0 failing, "
            + "2 unchanged\n");

    Run json =
        hot(heat, "diff", "--stack", "diff-app", next.toString(), "-e", env.toString(), "--json");
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.path("summary").path("REPLACED").asInt()).isEqualTo(1);
    assertThat(tree.path("summary").path("ADDED").asInt()).isEqualTo(1);

    // what Heat then does agrees
    Run updated = hot(
        heat,
        "deploy",
        next.toString(),
        "-e",
        env.toString(),
        "--stack",
        "diff-app",
        "--poll",
        "1",
        "--timeout",
        "3");
    assertThat(updated.status()).as(updated.out() + updated.err()).isZero();
    assertThat(updated.out())
        .containsPattern(
            "(?m)^UPDATE_COMPLETE in \\d+\\.\\d s: .*" + "1 replaced, 0 deleted, 0 failed$");
  }

  @Test
  void aMissingStackIsExitOneAndBadUsageExitTwo(LocalHeat heat) throws Exception {
    Path root = write("ok.yaml", "heat_template_version: 2021-04-16\n");
    Run missing = hot(heat, "diff", "--stack", "nope", root.toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err())
        .isEqualTo("hot diff: stack nope not found at " + heat.endpoint() + "\n");

    Run both = HotCommandLineTest.hot("diff", "--stack", "s", root.toString(), root.toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).isEqualTo("hot diff: give OLD NEW, or --stack NAME TEMPLATE\n");

    Run noHeat = HotCommandLineTest.hot(
        "diff", "--stack", "s", root.toString(), "--heat-url", "http://127.0.0.1:9/v1/admin");
    assertThat(noHeat.status()).isEqualTo(2);
    assertThat(noHeat.err())
        .startsWith("hot diff: orchestration GET "
            + "http://127.0.0.1:9/v1/admin/stacks?name=s: cannot connect")
        .hasLineCount(1);
  }
}
