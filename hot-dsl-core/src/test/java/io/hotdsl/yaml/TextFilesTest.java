package io.hotdsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Template files are UTF-8: anything else is named by line, column and byte offset. */
class TextFilesTest {
  @TempDir
  Path dir;

  static byte[] bytes(String before, int[] bad, String after) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int x : bad) {
      b.write(x);
    }
    b.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  /** text before, bad bytes → line, column, byte offset, bytes shown. */
  static Stream<Arguments> invalid() {
    String head = "heat_template_version: 2021-04-16\ndescription: \"caf\u00e9 ";
    int offset = head.getBytes(StandardCharsets.UTF_8).length;
    return Stream.of(
        Arguments.of(head, new int[] {0xFF}, 2, 20, offset, "0xFF"),
        Arguments.of(head, new int[] {0x80}, 2, 20, offset, "0x80"),
        Arguments.of(head, new int[] {0xC3, 0x28}, 2, 20, offset, "0xC3"),
        Arguments.of(head, new int[] {0xC0, 0x80}, 2, 20, offset, "0xC0"),
        Arguments.of(head, new int[] {0xED, 0xA0, 0x80}, 2, 20, offset, "0xED"),
        Arguments.of("", new int[] {0xFE, 0xFF}, 1, 1, 0, "0xFE"),
        Arguments.of("a: \uD83D\uDE00\n\nb: ", new int[] {0xE2, 0x82}, 3, 4, 12, "0xE2"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidUtf8IsNamedByLineColumnAndByteOffset(
      String before, int[] bad, int line, int column, int offset, String shown) throws Exception {
    Path f = dir.resolve("t.yaml");
    Files.write(f, bytes(before, bad, "\"\n"));
    assertThatThrownBy(() -> TextFiles.read(f))
        .isInstanceOfSatisfying(HotReadException.class, e -> {
          assertThat(e.getSourceName()).isEqualTo(f.toString());
          assertThat(e.getLine()).isEqualTo(line);
          assertThat(e.getColumn()).isEqualTo(column);
          assertThat(e.getProblem())
              .startsWith("invalid UTF-8 at byte offset " + offset + " (" + shown);
          assertThat(e.diagnostic())
              .startsWith(f + ":" + line + ":" + column + ": error: invalid UTF-8");
        });
  }

  @Test
  void validUtf8IsReadAsIs() throws Exception {
    Path f = dir.resolve("ok.yaml");
    String text = "\uFEFFa: caf\u00e9 \uD83D\uDE00\r\n";
    Files.writeString(f, text, StandardCharsets.UTF_8);
    assertThat(TextFiles.read(f)).isEqualTo(text);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
    Path f = dir.resolve("big.yaml");
    Files.write(f, new byte[101]);
    assertThatThrownBy(() -> TextFiles.read(f, 100))
        .isInstanceOf(HotReadException.class)
        .hasMessage(f + ": the file is larger than the limit of 100 bytes");
    assertThat(TextFiles.read(f, 101)).hasSize(101);
  }
}
