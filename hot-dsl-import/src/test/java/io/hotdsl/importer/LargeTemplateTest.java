package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template too large for one Java method (1,000 and 10,000 resources: before, javac said "code
 * too large") is imported in parts that compile, run and write the same template back.
 */
class LargeTemplateTest {

  static String template(int n) {
    StringBuilder y = new StringBuilder("heat_template_version: 2021-04-16\n"
        + "description: " + n + " resources\n"
        + "parameters:\n  length:\n    type: number\n    default: 12\n"
        + "resources:\n");
    for (int i = 0; i < n; i += 2) {
      y.append("  secret_")
          .append(i)
          .append(":\n    type: OS::Heat::RandomString\n")
          .append("    properties:\n      length: {get_param: length}\n")
          .append("      salt: s")
          .append(i)
          .append('\n');
      y.append("  value_")
          .append(i + 1)
          .append(":\n    type: OS::Heat::Value\n")
          .append("    description: copy of secret ")
          .append(i)
          .append('\n')
          .append("    properties:\n      value: {get_attr: [secret_")
          .append(i)
          .append(", value]}\n      type: string\n");
    }
    y.append("outputs:\n");
    for (int i = 0; i < n; i += 100) {
      y.append("  out_")
          .append(i)
          .append(":\n    value: {get_resource: secret_")
          .append(i)
          .append("}\n");
    }
    return y.toString();
  }

  @Test
  void thousandResources(@TempDir Path tmp) throws Exception {
    importsCompilesAndRoundTrips(1_000, tmp);
  }

  /** 80 s on a shared, loaded 2-core machine (1,000: 35 s); run with {@code -Plarge}. */
  @Test
  @EnabledIfSystemProperty(named = "hotdsl.large", matches = "true")
  void tenThousandResources(@TempDir Path tmp) throws Exception {
    importsCompilesAndRoundTrips(10_000, tmp);
  }

  static void importsCompilesAndRoundTrips(int n, Path tmp) throws Exception {
    Path t = tmp.resolve("large.yaml");
    Files.writeString(t, template(n), StandardCharsets.UTF_8);
    ImportResult r = HotImporter.importFiles(t, List.of());
    assertThat(r.source())
        .contains("Part1.add(t);")
        .contains("  /**\n   * Part 1 of ")
        .contains(
            "  private static final class Part1 {\n    static void add(Template.Builder t) {\n");
    Path src = tmp.resolve(r.fileName());
    Files.writeString(src, r.source(), StandardCharsets.UTF_8);
    assertThat(Compiled.compile(List.of(src), tmp.resolve("classes"))).isNull();
    Compiled.runMain(tmp.resolve("classes"), r.className(), tmp.resolve("out").toString());
    Bundle in = Bundle.read(t, List.of());
    Bundle out = Bundle.read(tmp.resolve("out").resolve("large.yaml"), List.of());
    assertThat(Src.treeEquals(out.rootTemplate(), in.rootTemplate())).isTrue();
  }
}
