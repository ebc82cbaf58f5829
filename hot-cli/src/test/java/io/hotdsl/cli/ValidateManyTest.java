package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.cli.ExitCodesTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hot validate} with several files, folders and globs: one call, one verdict each. */
class ValidateManyTest {
  static final String VALID = ExitCodesTest.VALID;
  /** Three errors: the misspelt property, the flavor it leaves unset, no image nor boot volume. */
  static final String INVALID = """
      heat_template_version: 2021-04-16
      resources:
        web: {type: OS::Nova::Server, properties: {flavour: m1.small}}
      """;

  @TempDir
  Path dir;

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void severalFilesAreEachReportedAndSummedUp() throws Exception {
    Path ok = file("a/ok.yaml", VALID);
    Path bad = file("b/bad.yaml", INVALID);

    Run r = ExitCodesTest.hot("validate", ok.toString(), bad.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ":").contains(": error: ").doesNotContain(ok.toString());
    assertThat(r.out())
        .contains(ok + ": valid")
        .contains(bad + ": invalid")
        .endsWith("2 templates: 1 valid, 1 invalid (3 errors, 0 warnings)\n");
  }

  @Test
  void aFolderGivesTheHeatTemplatesBelowIt() throws Exception {
    file("stacks/web.yaml", VALID);
    file("stacks/nested/db.yaml", VALID);
    file("stacks/env.yaml", "parameters: {}\n");
    file("stacks/notes.yaml", "title: not a template\n");

    Run r = ExitCodesTest.hot("validate", dir.resolve("stacks").toString());

    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("web.yaml: valid")
        .contains("db.yaml: valid")
        .doesNotContain("env.yaml")
        .doesNotContain("notes.yaml")
        .endsWith("2 templates: 2 valid, 0 invalid (0 errors, 0 warnings)\n");
  }

  @Test
  void aGlobMatchesBelowTheFolderBeforeItsFirstWildcard() throws Exception {
    file("g/one.yaml", VALID);
    file("g/deep/two.yaml", INVALID);
    file("g/deep/three.yml", VALID);

    Run r = ExitCodesTest.hot("validate", dir.resolve("g") + "/**.yaml");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .contains("two.yaml: invalid")
        .doesNotContain("three.yml")
        .endsWith("2 templates: 1 valid, 1 invalid (3 errors, 0 warnings)\n");
  }

  @Test
  void aMissingFolderOrAnEmptyGlobIsAUsageError() throws Exception {
    file("x/ok.yaml", VALID);

    Run none = ExitCodesTest.hot("validate", dir.resolve("x") + "/*.json");
    Run missing = ExitCodesTest.hot(
        "validate", dir.resolve("x/ok.yaml").toString(), dir.resolve("nowhere") + "/*.yaml");

    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("*.json: error: no file matches");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such folder");
    assertThat(missing.out()).contains("ok.yaml: valid");
    missing.hasNoStackTrace();
  }

  /** The whole corpus in one call agrees with Heat's verdicts, as the one-file runs do. */
  @Test
  void theCorpusInOneCallAgreesWithHeat() throws Exception {
    Optional<Path> corpus = HotCommandLineTest.findCorpus();
    assumeTrue(corpus.isPresent(), "SKIPPED: ../shared/corpus not found");
    Path root = corpus.get().resolve("heat-templates");
    List<String> args =
        new ArrayList<>(List.of("validate", "--root", corpus.get().toString()));
    int valid = 0;
    int invalid = 0;
    try (Stream<String> lines = Files.lines(root.resolve("MANIFEST.tsv"))) {
      for (String line : lines.skip(1).toList()) {
        String[] f = line.split("\t", -1);
        if (f[1].equals("template")) {
          args.add(root.resolve(f[0]).toString());
          if (f[5].equals("ok")) {
            valid++;
          } else {
            invalid++;
          }
        }
      }
    }

    Run r = ExitCodesTest.hot(args.toArray(String[]::new));

    assertThat(r.out())
        .containsPattern((valid + invalid) + " templates: " + valid + " valid, " + invalid
            + " invalid \\(\\d+ errors, \\d+ warnings\\)\n$");
    assertThat(r.status()).isEqualTo(invalid > 0 ? 1 : 0);
  }
}
