package io.hotdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact files of the examples built from the patterns ({@code src/test/resources/golden/}),
 * so that a change in a pattern's output shows as a diff. Run with {@code -Dgolden.update=true}
 * to rewrite them after a deliberate change.
 */
class ExamplesGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Example> examples() {
    return Stream.of(new ThreeTierApp(), new Autoscaling(), new BarbicanTls());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void rendersItsGoldenFiles(Example example, @TempDir Path dir) throws Exception {
    List<Path> written = example.bundle().writeTo(dir);
    Path expectedDir = GOLDEN.resolve(example.name());
    for (Path file : written) {
      String relative = dir.relativize(file).toString();
      String actual = Files.readString(file, StandardCharsets.UTF_8);
      Path expected = expectedDir.resolve(relative);
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(expected)
          .as("golden file (create it with -Dgolden.update=true)")
          .exists();
      assertThat(actual)
          .as(expected.toString())
          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
    try (Stream<Path> files = Files.walk(expectedDir)) {
      assertThat(files.filter(Files::isRegularFile).count())
          .as("files in " + expectedDir)
          .isEqualTo(written.size());
    }
  }
}
