package io.hotdsl.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.files.FileAccessException.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileRootTest {
  @TempDir
  Path tmp;

  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("x.sh", "lib/x.sh", null),
        Arguments.of("../x.sh", "x.sh", null),
        Arguments.of("./a/../x.sh", "lib/x.sh", null),
        Arguments.of("../../x.sh", null, Rule.OUTSIDE_ROOT),
        Arguments.of("a/../../../x.sh", null, Rule.OUTSIDE_ROOT),
        Arguments.of("/etc/hostname", null, Rule.ABSOLUTE),
        Arguments.of("", null, Rule.INVALID_NAME),
        Arguments.of("x\0y", null, Rule.INVALID_NAME));
  }

  @ParameterizedTest(name = "[{index}] {1} {2}")
  @MethodSource("references")
  void resolvesRelativeToTheReferencingFileInsideTheRoot(String ref, String expected, Rule rule) {
    FileRoot root = FileRoot.of(tmp);
    Path from = tmp.resolve("lib/t.yaml");
    if (rule == null) {
      assertThat(root.relative(root.resolve(from, ref, "t.yaml: x"))).isEqualTo(expected);
    } else {
      assertThatThrownBy(() -> root.resolve(from, ref, "lib/t.yaml: a.get_file"))
          .isInstanceOfSatisfying(FileAccessException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.path()).isEqualTo(ref);
            assertThat(e.where()).isEqualTo("lib/t.yaml: a.get_file");
          })
          .hasMessageStartingWith("lib/t.yaml: a.get_file: " + ref + ": refused: ");
    }
  }

  @Test
  void rootIsADirectoryAndTheCapIsBounded() throws IOException {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    assertThatThrownBy(() -> FileRoot.of(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("read root " + file + " is not a directory");
    assertThat(FileRoot.of(tmp).maxFileSize()).isEqualTo(524_288);
    assertThatThrownBy(() -> FileRoot.of(tmp).maxFileSize(0))
        .hasMessageContaining("maxFileSize is between 1 and");
  }

  @Test
  void absentFilesAreEmptyOrMissing() {
    FileRoot root = FileRoot.of(tmp);
    assertThat(root.readIfPresent(tmp.resolve("none"), "w")).isEmpty();
    assertThatThrownBy(() -> root.read(tmp.resolve("none"), "w"))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> root.read(tmp.getParent().resolve("x"), "w"))
        .isInstanceOfSatisfying(
            FileAccessException.class, e -> assertThat(e.rule()).isEqualTo(Rule.OUTSIDE_ROOT));
  }

  @Test
  void aDanglingLinkIsAbsent() throws IOException {
    Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("gone"));
    assertThat(FileRoot.of(tmp).readIfPresent(tmp.resolve("dangling"), "w")).isEmpty();
  }
}
