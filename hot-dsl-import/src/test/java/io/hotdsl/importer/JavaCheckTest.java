package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The last check refuses source that is not exactly the class asked for. */
class JavaCheckTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "public final class A {} | A",
        "package p.q;\\npublic final class A { static class B {} } | p.q.A",
      })
  void accepts(String source, String name) {
    assertThatCode(() -> JavaCheck.check(source.replace("\\n", "\n"), name))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "public final class A { | A | line 1: reached end of file while parsing",
        "/** C:\\users */ public final class A {} | A | line 1: illegal unicode escape",
        "public final class A {} class Pwn {} | A | it declares [A, Pwn] instead of the one class A",
        "class Pwn {} public final class A {} | A | it declares [Pwn, A]",
        "public final class B {} | A | it declares [B]",
        "public final class A {} | p.A | package  instead of p",
      })
  void refuses(String source, String name, String why) {
    assertThatThrownBy(() -> JavaCheck.check(source, name))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "the generated Java of " + name.replaceAll(".*\\.", "") + " is not valid (" + why)
        .hasMessageEndingWith("; nothing written");
  }

  @org.junit.jupiter.api.Test
  void refusesAMethodTooLargeForAClassFile() {
    StringBuilder s = new StringBuilder(
        "public final class A { static Object[] a() { return " + "new Object[] {");
    for (int i = 0; i < 6000; i++) {
      s.append(i).append(", ");
    }
    s.append("}; } }");
    assertThatThrownBy(() -> JavaCheck.check(s.toString(), "A"))
        .hasMessageContaining("method a is too large for a class file (6002 literals and names)");
  }
}
