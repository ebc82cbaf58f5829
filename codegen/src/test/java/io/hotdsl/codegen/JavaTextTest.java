package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaTextTest {

  static Stream<Arguments> commentLines() {
    return Stream.of(
        arguments("C:\\users\\admin", "C:&#92;users&#92;admin"),
        arguments("a \\u000a b", "a &#92;u000a b"),
        arguments("a \\\\u000a b", "a &#92;&#92;u000a b"),
        arguments("a \\uuuu002a b", "a &#92;uuuu002a b"),
        arguments("*/ class Pwn {} /*", "*&#47; class Pwn {} /&#42;"),
        arguments("/*/", "/&#42;/"),
        arguments("**//", "**&#47;/"),
        arguments("caf\u00e9 \u2603", "caf&#xE9; &#x2603;"),
        arguments("\ud83d\ude00", "&#x1F600;"),
        arguments("tab\there", "tab here"),
        arguments("nul\u0000", "nul&#x0;"));
  }

  /** Hostile and honest texts: what a comment line becomes. */
  @ParameterizedTest
  @MethodSource
  void commentLines(String in, String expected) {
    assertThat(JavaText.commentLines(in)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\rb", "a\r\nb", "a\u2028b", "a\u2029b", "a\u0085b"})
  void everyLineTerminatorSplitsTheLine(String in) {
    assertThat(JavaText.commentLines(in)).containsExactly("a", "b");
    assertThat(JavaText.lineComments(in, "  ")).isEqualTo("  // a\n  // b\n");
  }

  /** Whatever the input, the comment text holds nothing javac could read as code. */
  @ParameterizedTest
  @ValueSource(strings = {"\\", "\\\\u", "*/", "/*", "\r", "\u2028", "x\\u002a/y", "\u00e9*/"})
  void noBackslashNoTerminatorNoNonAscii(String in) {
    String c = JavaText.comment(in + in + in);
    assertThat(c).doesNotContain("\\", "*/", "/*", "\r").matches("[\\x20-\\x7e\\n]*");
  }

  static Stream<Arguments> literals() {
    return Stream.of(
        arguments("plain", "\"plain\""),
        arguments("C:\\users", "\"C:\\\\users\""),
        arguments("say \"hi\"", "\"say \\\"hi\\\"\""),
        arguments("a\nb\rc", "\"a\\nb\\rc\""),
        arguments("\u2028\u00e9", "\"\\u2028\\u00e9\""));
  }

  @ParameterizedTest
  @MethodSource("literals")
  void literal(String in, String expected) {
    assertThat(JavaText.literal(in)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Stack", "_x", "a1", "$a"})
  void names(String ok) {
    assertThat(JavaText.name(ok)).isEqualTo(ok);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "class", "true", "_", "1a", "a.b", "A{}class B", "../Evil", "a b"})
  void notNames(String bad) {
    assertThatThrownBy(() -> JavaText.name(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a valid Java name: \"");
  }

  @ParameterizedTest
  @CsvSource({
    "Stack, true",
    "com.example.Stack, true",
    "com..Stack, false",
    ".Stack, false",
    "Stack., false",
    "com.class.Stack, false",
    "../../Evil, false",
    "'A{}class B', false"
  })
  void qualifiedNames(String name, boolean ok) {
    assertThat(JavaText.isQualifiedName(name)).isEqualTo(ok);
  }
}
