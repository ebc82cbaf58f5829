package io.hotdsl.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.files.FileAccessException.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafeOutputTest {
  @TempDir
  Path tmp;

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("../x.yaml", Rule.OUTSIDE_ROOT),
        Arguments.of("a/../../x.yaml", Rule.OUTSIDE_ROOT),
        Arguments.of("a/..", Rule.OUTSIDE_ROOT),
        Arguments.of(".", Rule.OUTSIDE_ROOT),
        Arguments.of("/etc/x.yaml", Rule.ABSOLUTE),
        Arguments.of("", Rule.INVALID_NAME),
        Arguments.of("a\0b", Rule.INVALID_NAME));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("refused")
  void pathsLeavingTheFolderAreRefused(String path, Rule rule) throws IOException {
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> SafeOutput.in(out).write(path, "x"))
        .isInstanceOfSatisfying(FileAccessException.class, e -> {
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.getMessage()).startsWith("output folder " + out.toAbsolutePath() + ": ");
        });
    try (Stream<Path> s = Files.walk(tmp)) {
      assertThat(s.toList()).containsExactly(tmp);
    }
  }

  @Test
  void writesInsideCreatingFoldersAndReplacing() throws IOException {
    SafeOutput out = SafeOutput.in(tmp.resolve("out"));
    Path f = out.write("a/b/c.yaml", "one\n");
    assertThat(f).isEqualTo(tmp.resolve("out/a/b/c.yaml").toAbsolutePath());
    out.write("a/./b/c.yaml", "two\n");
    assertThat(Files.readString(f)).isEqualTo("two\n");
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertThat(s.toList()).containsExactly(f); // no temporary file left behind
    }
  }

  @Test
  void aFailedMoveLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.createDirectories(out.resolve("t.yaml"));
    Files.writeString(out.resolve("t.yaml/keep"), "kept\n");
    assertThatThrownBy(() -> SafeOutput.in(out).write("t.yaml", "new\n"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot write " + out.resolve("t.yaml").toAbsolutePath());
    assertThat(Files.readString(out.resolve("t.yaml/keep"))).isEqualTo("kept\n");
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.toList()).containsExactly(out.resolve("t.yaml"));
    }
  }

  @Test
  void writeFileReplacesOneNamedFileAtomically() throws IOException {
    Path f = tmp.resolve("schemas/hot.schema.json");
    SafeOutput.writeFile(f, "{}\n".getBytes());
    SafeOutput.writeFile(f, "{\"a\": 1}\n".getBytes());
    assertThat(Files.readString(f)).isEqualTo("{\"a\": 1}\n");
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertThat(s.toList()).isEqualTo(List.of(f));
    }
  }

  @Test
  void aFileHoldingTheSameBytesIsLeftAlone() throws IOException {
    for (SafeOutput out :
        List.of(SafeOutput.in(tmp.resolve("a")), SafeOutput.regenerable(tmp.resolve("b")))) {
      Path f = out.write("x/t.yaml", "one\n");
      java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000);
      Files.setLastModifiedTime(f, old);
      assertThat(out.write("x/t.yaml", "one\n")).isEqualTo(f);
      assertThat(Files.getLastModifiedTime(f)).isEqualTo(old);
      out.write("x/t.yaml", "two\n");
      assertThat(Files.readString(f)).isEqualTo("two\n");
      assertThat(Files.getLastModifiedTime(f)).isNotEqualTo(old);
      out.write("x/t.yaml", "twO\n"); // same size, other bytes
      assertThat(Files.readString(f)).isEqualTo("twO\n");
      try (Stream<Path> s = Files.list(f.getParent())) {
        assertThat(s.toList()).containsExactly(f);
      }
    }
  }

  @Test
  void aLinkWhereTheFileGoesIsReplacedNotFollowed() throws IOException {
    Path elsewhere = Files.writeString(tmp.resolve("elsewhere.txt"), "same\n");
    SafeOutput out = SafeOutput.regenerable(tmp.resolve("out"));
    Files.createDirectories(out.dir());
    Path link = Files.createSymbolicLink(out.dir().resolve("t.txt"), elsewhere);
    assertThat(out.write("t.txt", "same\n")).isEqualTo(link);
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(Files.readString(link)).isEqualTo("same\n");
    assertThat(Files.readString(elsewhere)).isEqualTo("same\n");
  }
}
