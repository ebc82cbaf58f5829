package io.hotdsl.cli;

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
 * No shipped module opens a private member ({@code setAccessible}, {@code getDeclared…}): the
 * importer and the adopter reach generated classes through their public API and the shape codegen
 * publishes. One test for every module's main sources (this module sits on top of the tree); the
 * JMH harness in {@code benchmarks}, which is not shipped, is the one exception.
 */
class NoPrivateAccessTest {
  private static final List<String> FORBIDDEN =
      List.of("setAccessible", "getDeclaredField", "getDeclaredMethod", "trySetAccessible");

  @Test
  void noShippedMainSourceOpensPrivateMembers() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> modules;
    try (Stream<Path> dirs = Files.list(root)) {
      modules = dirs.filter(d -> !d.getFileName().toString().equals("benchmarks"))
          .map(d -> d.resolve("src/main/java"))
          .filter(Files::isDirectory)
          .sorted()
          .toList();
    }
    assertThat(modules)
        .extracting(m -> root.relativize(m).getName(0).toString())
        .contains("hot-dsl-import", "hot-dsl-adopt", "hot-dsl-core", "codegen", "hot-cli");
    List<String> found = new ArrayList<>();
    for (Path main : modules) {
      try (Stream<Path> all = Files.walk(main)) {
        for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            for (String word : FORBIDDEN) {
              if (lines.get(i).contains(word)) {
                found.add(root.relativize(f) + ":" + (i + 1) + ": " + word);
              }
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
