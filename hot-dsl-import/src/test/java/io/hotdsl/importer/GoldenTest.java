package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact source a reader gets for three small imports ({@code src/test/resources/golden/}).
 * Run with {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change.
 */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @CsvSource({
    "hello_world, hello_world.yaml, ''",
    "mixed, mixed.yaml, ''",
    "bundle, bundle.yaml, bundle_env.yaml",
  })
  void importsAsExpected(
      String dir, String template, String env, @org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path d = GOLDEN.resolve(dir);
    List<Path> envs = env.isEmpty() ? List.of() : List.of(d.resolve(env));
    ImportResult r = HotImporter.importFiles(d.resolve(template), envs);
    Path expected = d.resolve(r.className() + ".java");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, r.source(), StandardCharsets.UTF_8);
    }
    assertThat(r.source()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));

    // and it runs: the bundle it writes reads back as the imported one
    Path src = tmp.resolve(r.fileName());
    Files.writeString(src, r.source(), StandardCharsets.UTF_8);
    assertThat(Compiled.compile(List.of(src), tmp.resolve("classes"))).isNull();
    Compiled.runMain(tmp.resolve("classes"), r.className(), tmp.resolve("out").toString());
    io.hotdsl.bundle.Bundle in = io.hotdsl.bundle.Bundle.read(d.resolve(template), envs);
    io.hotdsl.bundle.Bundle out = io.hotdsl.bundle.Bundle.read(
        tmp.resolve("out").resolve(template),
        env.isEmpty() ? List.of() : List.of(tmp.resolve("out").resolve(env)));
    assertThat(out.templates().keySet()).isEqualTo(in.templates().keySet());
    in.templates()
        .forEach((k, v) ->
            assertThat(Src.treeEquals(out.templates().get(k), v)).as(k).isTrue());
    assertThat(out.files()).isEqualTo(in.files());
    in.environments()
        .forEach(
            (k, v) -> assertThat(out.environments().get(k).toTree()).as(k).isEqualTo(v.toTree()));
  }
}
