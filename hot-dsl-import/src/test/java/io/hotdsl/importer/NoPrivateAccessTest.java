package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The main code reaches generated classes through their public API and the shape codegen
 * publishes: no source opens a private member ({@code setAccessible}, {@code getDeclared…}).
 */
class NoPrivateAccessTest {
  private static final List<String> FORBIDDEN =
      List.of("setAccessible", "getDeclaredField", "getDeclaredMethod", "trySetAccessible");

  @Test
  void noMainSourceOpensPrivateMembers() throws IOException {
    Path main = Path.of("src/main/java");
    assertThat(main).isDirectory();
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> all = Files.walk(main)) {
      for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          for (String word : FORBIDDEN) {
            if (lines.get(i).contains(word)) {
              found.add(main.relativize(f) + ":" + (i + 1) + ": " + word);
            }
          }
        }
      }
    }
    assertThat(files).isPositive();
    assertThat(found).isEmpty();
  }
}
