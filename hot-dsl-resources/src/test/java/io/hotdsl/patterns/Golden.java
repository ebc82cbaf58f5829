package io.hotdsl.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The exact YAML a pattern renders, kept in {@code src/test/resources/patterns/}. Run with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change (a missing file
 * fails otherwise).
 */
final class Golden {
  static final Path DIR = Path.of("src/test/resources/patterns");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path expected = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("golden file (create it with -Dgolden.update=true)").exists();
    assertThat(actual)
        .as(expected.toString())
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
