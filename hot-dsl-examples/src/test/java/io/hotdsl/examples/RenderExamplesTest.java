package io.hotdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.yaml.YamlReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderExamplesTest {

  @Test
  void rendersAndValidatesEveryExample(@TempDir Path out) throws Exception {
    List<RenderExamples.Result> results = RenderExamples.render(Examples.all(), out);
    assertThat(results)
        .extracting(RenderExamples.Result::example)
        .containsExactly(
            "large-cloud",
            "flavors",
            "metadata",
            "cloud-images",
            "cloud-config",
            "golden-images",
            "placement",
            "autoscaling",
            "nested-stacks",
            "trove",
            "designate",
            "barbican",
            "three-tier");
    assertThat(results).allSatisfy(r -> {
      assertThat(r.problems()).as(r.example()).isEmpty();
      assertThat(r.resources()).as(r.example()).isPositive();
      Path root = out.resolve(r.example()).resolve("template.yaml");
      assertThat(root).exists();
      Map<?, ?> tree = (Map<?, ?>) YamlReader.read(Files.readString(root), root.toString());
      assertThat(tree.get("heat_template_version")).isEqualTo("2021-04-16");
    });
    assertThat(out.resolve("nested-stacks/dev.yaml")).exists();
    assertThat(out.resolve("nested-stacks/prod.yaml")).exists();
    assertThat(out.resolve("nested-stacks/network.yaml")).exists();
    assertThat(out.resolve("nested-stacks/app_server.yaml")).exists();
    assertThat(out.resolve("autoscaling/web_member.yaml")).exists();
    assertThat(out.resolve("large-cloud/app.yaml")).exists();
    assertThat(results.stream()
            .filter(r -> r.example().equals("nested-stacks"))
            .findFirst()
            .orElseThrow()
            .files())
        .isEqualTo(5);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RenderExamples.print(results, out, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table)
        .startsWith("example")
        .contains("three-tier")
        .endsWith("13 examples rendered into " + out + ", 0 failed\n");
  }

  @Test
  void aFailingExampleIsReported(@TempDir Path out) {
    Example broken = new Example() {
      public String name() {
        return "broken";
      }

      public String description() {
        return "throws";
      }

      public io.hotdsl.bundle.Bundle bundle() {
        throw new IllegalStateException("no bundle");
      }
    };
    List<RenderExamples.Result> results = RenderExamples.render(List.of(broken), out);
    assertThat(results.get(0).ok()).isFalse();
    assertThat(results.get(0).problems())
        .containsExactly("failed: java.lang.IllegalStateException: no bundle");
  }
}
