package io.hotdsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlWriterTest {

  /** Ordered map from alternating keys and values. */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  /** value → how it is written after {@code "k: "}. */
  static Stream<Arguments> scalars() {
    return Stream.of(
        // plain strings
        Arguments.of("foo", "foo"),
        Arguments.of("OS::Nova::Server", "OS::Nova::Server"),
        Arguments.of("http://example.com/a?b=c#d", "http://example.com/a?b=c#d"),
        Arguments.of("a b", "a b"),
        Arguments.of("y", "y"),
        Arguments.of("n", "n"),
        Arguments.of("Y", "Y"),
        Arguments.of("1e3", "1e3"),
        Arguments.of("0o10", "0o10"),
        Arguments.of("+.5", "+.5"),
        Arguments.of("-foo", "-foo"),
        Arguments.of("foo[0]", "foo[0]"),
        Arguments.of("a#b", "a#b"),
        Arguments.of("it's", "it's"),
        Arguments.of("10.0.0.0/24", "10.0.0.0/24"),
        Arguments.of("é中文😀", "é中文😀"),
        Arguments.of("yess", "yess"),
        Arguments.of("<<<", "<<<"),
        // PyYAML booleans
        Arguments.of("yes", "'yes'"),
        Arguments.of("Yes", "'Yes'"),
        Arguments.of("YES", "'YES'"),
        Arguments.of("no", "'no'"),
        Arguments.of("No", "'No'"),
        Arguments.of("NO", "'NO'"),
        Arguments.of("true", "'true'"),
        Arguments.of("True", "'True'"),
        Arguments.of("TRUE", "'TRUE'"),
        Arguments.of("false", "'false'"),
        Arguments.of("False", "'False'"),
        Arguments.of("FALSE", "'FALSE'"),
        Arguments.of("on", "'on'"),
        Arguments.of("On", "'On'"),
        Arguments.of("ON", "'ON'"),
        Arguments.of("off", "'off'"),
        Arguments.of("Off", "'Off'"),
        Arguments.of("OFF", "'OFF'"),
        // PyYAML ints
        Arguments.of("123", "'123'"),
        Arguments.of("-1", "'-1'"),
        Arguments.of("+1", "'+1'"),
        Arguments.of("0", "'0'"),
        Arguments.of("010", "'010'"),
        Arguments.of("0x1F", "'0x1F'"),
        Arguments.of("0b11", "'0b11'"),
        Arguments.of("1_000", "'1_000'"),
        Arguments.of("1:20", "'1:20'"),
        Arguments.of("190:20:30", "'190:20:30'"),
        // PyYAML floats
        Arguments.of("1.0", "'1.0'"),
        Arguments.of(".5", "'.5'"),
        Arguments.of("1.", "'1.'"),
        Arguments.of(".inf", "'.inf'"),
        Arguments.of("-.inf", "'-.inf'"),
        Arguments.of(".nan", "'.nan'"),
        Arguments.of(".NaN", "'.NaN'"),
        Arguments.of("1:20.5", "'1:20.5'"),
        Arguments.of("6.8523015e+5", "'6.8523015e+5'"),
        Arguments.of("1_0.5", "'1_0.5'"),
        // null, timestamp, merge, value
        Arguments.of("~", "'~'"),
        Arguments.of("null", "'null'"),
        Arguments.of("Null", "'Null'"),
        Arguments.of("NULL", "'NULL'"),
        Arguments.of("", "''"),
        Arguments.of("2018-08-31", "'2018-08-31'"),
        Arguments.of("2001-12-14t21:59:43.10-05:00", "'2001-12-14t21:59:43.10-05:00'"),
        Arguments.of("2001-12-14 21:59:43.10 -5", "'2001-12-14 21:59:43.10 -5'"),
        Arguments.of("<<", "'<<'"),
        Arguments.of("=", "'='"),
        // syntax that cannot be plain
        Arguments.of("'quoted'", "'''quoted'''"),
        Arguments.of("\"q\"", "'\"q\"'"),
        Arguments.of("a: b", "'a: b'"),
        Arguments.of("a:", "'a:'"),
        Arguments.of("a #b", "'a #b'"),
        Arguments.of(" lead", "' lead'"),
        Arguments.of("trail ", "'trail '"),
        Arguments.of("- x", "'- x'"),
        Arguments.of("-", "'-'"),
        Arguments.of("? x", "'? x'"),
        Arguments.of(":x", "':x'"),
        Arguments.of("#c", "'#c'"),
        Arguments.of("[a]", "'[a]'"),
        Arguments.of("{a}", "'{a}'"),
        Arguments.of("&a", "'&a'"),
        Arguments.of("*a", "'*a'"),
        Arguments.of("!tag", "'!tag'"),
        Arguments.of("|", "'|'"),
        Arguments.of(">", "'>'"),
        Arguments.of("%x", "'%x'"),
        Arguments.of("@x", "'@x'"),
        Arguments.of("`x", "'`x'"),
        Arguments.of(",", "','"),
        Arguments.of("---", "'---'"),
        Arguments.of("...", "'...'"),
        Arguments.of("--- x", "'--- x'"),
        // double quotes for tabs and non-printables
        Arguments.of("a\tb", "\"a\\tb\""),
        Arguments.of("\r", "\"\\r\""),
        Arguments.of("\0", "\"\\0\""),
        Arguments.of("\u0085", "\"\\N\""),
        Arguments.of("\u2028", "\"\\L\""),
        Arguments.of("\u2029", "\"\\P\""),
        Arguments.of("\ufeff", "\"\\uFEFF\""),
        Arguments.of("\u007f", "\"\\x7F\""),
        Arguments.of("\u001b", "\"\\e\""),
        Arguments.of("a\"\\\t", "\"a\\\"\\\\\\t\""),
        Arguments.of("\n", "\"\\n\""),
        Arguments.of(" \n ", "\" \\n \""),
        Arguments.of("a\r\nb", "\"a\\r\\nb\""),
        // numbers, booleans, null
        Arguments.of(1L, "1"),
        Arguments.of(42, "42"),
        Arguments.of((short) 7, "7"),
        Arguments.of((byte) -3, "-3"),
        Arguments.of(Long.MIN_VALUE, "-9223372036854775808"),
        Arguments.of(BigInteger.ONE.shiftLeft(70), "1180591620717411303424"),
        Arguments.of(1.0, "1.0"),
        Arguments.of(0.5, "0.5"),
        Arguments.of(-0.0, "-0.0"),
        Arguments.of(1e20, "1.0e+20"),
        Arguments.of(1.5e-7, "1.5e-7"),
        Arguments.of(6.8523015e+5, "685230.15"),
        Arguments.of(Double.NaN, ".nan"),
        Arguments.of(Double.POSITIVE_INFINITY, ".inf"),
        Arguments.of(Double.NEGATIVE_INFINITY, "-.inf"),
        Arguments.of(0.1f, "0.1"),
        Arguments.of(Float.NaN, ".nan"),
        Arguments.of(new BigDecimal("1.50"), "1.50"),
        Arguments.of(new BigDecimal("100"), "100.0"),
        Arguments.of(new BigDecimal("1E+3"), "1000.0"),
        Arguments.of(true, "true"),
        Arguments.of(false, "false"),
        Arguments.of(null, "null"));
  }

  @ParameterizedTest
  @MethodSource("scalars")
  void scalarValue(Object value, String expected) {
    assertThat(YamlWriter.write(map("k", value))).isEqualTo("k: " + expected + "\n");
  }

  @ParameterizedTest
  @MethodSource("scalars")
  void stringKeysAreQuotedLikeValues(Object value, String expected) {
    if (value instanceof String && !expected.startsWith("|")) {
      assertThat(YamlWriter.write(map((String) value, 1))).isEqualTo(expected + ": 1\n");
    }
  }

  @ParameterizedTest
  @MethodSource("scalars")
  void scalarListItem(Object value, String expected) {
    assertThat(YamlWriter.write(map("k", list(value)))).isEqualTo("k:\n  - " + expected + "\n");
  }

  /** tree → exact YAML. */
  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of(map(), "{}\n"),
        Arguments.of(map("a", map(), "b", list()), "a: {}\nb: []\n"),
        Arguments.of(map("a", map("b", map("c", 1L))), "a:\n  b:\n    c: 1\n"),
        Arguments.of(map("a", list(1L, "x", null)), "a:\n  - 1\n  - x\n  - null\n"),
        Arguments.of(
            map("a", list(map("k", "v", "k2", "v2"), map("k", list(1L)))),
            "a:\n  - k: v\n    k2: v2\n  - k:\n      - 1\n"),
        Arguments.of(
            map("a", list(list(1L, 2L), list(), list(list(3L)), map())),
            "a:\n  - - 1\n    - 2\n  - []\n  - - - 3\n  - {}\n"),
        Arguments.of(
            map("a", list(map("b", map("c", 1L, "d", list(map("e", "f")))))),
            "a:\n  - b:\n      c: 1\n      d:\n        - e: f\n"),
        Arguments.of(
            map("on", 1L, "1", 2L, "", 3L, "a\nb", 4L), "'on': 1\n'1': 2\n'': 3\n\"a\\nb\": 4\n"),
        // literal blocks and chomping
        Arguments.of(map("k", "a\nb\n"), "k: |\n  a\n  b\n"),
        Arguments.of(map("k", "a\nb"), "k: |-\n  a\n  b\n"),
        Arguments.of(map("k", "a\n\n"), "k: |+\n  a\n\nz: 1\n".replace("z: 1\n", "")),
        Arguments.of(map("k", "a\n\n", "z", 1L), "k: |+\n  a\n\nz: 1\n"),
        Arguments.of(map("k", " a\nb\n"), "k: |2\n   a\n  b\n"),
        Arguments.of(map("k", "\na\n"), "k: |2\n\n  a\n"),
        Arguments.of(map("k", "\tx\ny"), "k: |2-\n  \tx\n  y\n"),
        Arguments.of(map("k", "a \n  b\n"), "k: |\n  a \n    b\n"),
        Arguments.of(map("k", "a\n\n\nb\n"), "k: |\n  a\n\n\n  b\n"),
        Arguments.of(
            map("user_data", "#!/bin/bash\nset -e\n\necho \"hello: world\" # hi\n"),
            "user_data: |\n  #!/bin/bash\n  set -e\n\n  echo \"hello: world\" # hi\n"),
        Arguments.of(
            map("k", list("a\nb\n", map("m", "x\ny"))),
            "k:\n  - |\n    a\n    b\n  - m: |-\n      x\n      y\n"),
        Arguments.of(map("k", map("m", " x\n")), "k:\n  m: |2\n     x\n"),
        // a whole template
        Arguments.of(
            map(
                "heat_template_version", "2018-08-31",
                "description", "Web server",
                "parameters", map("flavor", map("type", "string", "default", "m1.small")),
                "resources",
                    map(
                        "web",
                        map(
                            "type",
                            "OS::Nova::Server",
                            "properties",
                            map(
                                "flavor", map("get_param", "flavor"),
                                "networks", list(map("network", "private")),
                                "user_data", "#!/bin/sh\necho on\n"))),
                "outputs", map("ip", map("value", map("get_attr", list("web", "first_address"))))),
            "heat_template_version: '2018-08-31'\n"
                + "description: Web server\n"
                + "parameters:\n"
                + "  flavor:\n"
                + "    type: string\n"
                + "    default: m1.small\n"
                + "resources:\n"
                + "  web:\n"
                + "    type: OS::Nova::Server\n"
                + "    properties:\n"
                + "      flavor:\n"
                + "        get_param: flavor\n"
                + "      networks:\n"
                + "        - network: private\n"
                + "      user_data: |\n"
                + "        #!/bin/sh\n"
                + "        echo on\n"
                + "outputs:\n"
                + "  ip:\n"
                + "    value:\n"
                + "      get_attr:\n"
                + "        - web\n"
                + "        - first_address\n"));
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void layout(Map<String, Object> tree, String expected) {
    assertThat(YamlWriter.write(tree)).isEqualTo(expected);
  }

  /** Trees of this test, for the PyYAML oracle. */
  static List<Map<String, Object>> layoutTrees() {
    List<Map<String, Object>> trees = new ArrayList<>();
    layouts().forEach(a -> trees.add(castMap(a.get()[0])));
    String longKey = "k".repeat(300);
    trees.add(map(longKey, 1L, "a", map(longKey, map("b", list(longKey)), "on\n" + longKey, "x")));
    trees.add(map("a", list(map(longKey, "v", "w", 2L))));
    scalars().forEach(a -> {
      Object v = a.get()[0];
      if (!(v instanceof Integer
          || v instanceof Short
          || v instanceof Byte
          || v instanceof Float
          || v instanceof BigDecimal)) {
        trees.add(map("k", v, "l", list(v, map("m", v))));
        if (v instanceof String) {
          trees.add(map((String) v, v));
        }
      }
    });
    return trees;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void longKeysUseExplicitKeyIndicator() {
    String key = "k".repeat(300);
    assertThat(YamlWriter.write(map(key, 1L))).isEqualTo("? " + key + "\n: 1\n");
    assertThat(YamlWriter.write(map("a", map(key, map("b", 1L)))))
        .isEqualTo("a:\n  ? " + key + "\n  :\n    b: 1\n");
  }

  /**
   * Keys' written forms are cached by hash: keys of one hash ("Aa" and "BB"), equal keys that
   * are different strings and keys that need quotes are each written as themselves, at every
   * level (the names one level down are not cached).
   */
  @Test
  void keysSharingAHashOrQuotesAreWrittenAsThemselves() {
    Map<String, Object> inner =
        map("Aa", 1L, "BB", 2L, "on", 3L, new String("Aa".toCharArray()), 4L);
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(YamlWriter.write(map("BB", map("Aa", inner, "on", inner), "Aa", list(inner))))
        .isEqualTo("BB:\n  Aa:\n    Aa: 4\n    BB: 2\n    'on': 3\n"
            + "  'on':\n    Aa: 4\n    BB: 2\n    'on': 3\n"
            + "Aa:\n  - Aa: 4\n    BB: 2\n    'on': 3\n");
  }

  @Test
  void topLevelListsAndScalars() {
    assertThat(YamlWriter.write(list("a", list(1L)))).isEqualTo("- a\n- - 1\n");
    assertThat(YamlWriter.write(list())).isEqualTo("[]\n");
    assertThat(YamlWriter.write("on")).isEqualTo("'on'\n");
    assertThat(YamlWriter.write("a\nb")).isEqualTo("\"a\\nb\"\n");
  }

  @Test
  void writesToAnyAppendable() {
    StringWriter w = new StringWriter();
    YamlWriter.write(map("a", list(1L)), w);
    assertThat(w.toString()).isEqualTo("a:\n  - 1\n");
    StringBuilder sb = new StringBuilder("x");
    YamlWriter.write(map("a", 1L), sb);
    assertThat(sb).hasToString("xa: 1\n");
  }

  @Test
  void unsupportedValueNamesPathAndClass() {
    Map<String, Object> tree = map(
        "resources", map("web", map("properties", map("networks", list(new StringBuilder("x"))))));
    assertThatThrownBy(() -> YamlWriter.write(tree))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resources.web.properties.networks[0]")
        .hasMessageContaining("java.lang.StringBuilder");
    StringBuilder out = new StringBuilder("keep");
    assertThatThrownBy(() -> YamlWriter.write(tree, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(out).hasToString("keep");
  }

  @Test
  void nonStringKeyIsRejected() {
    Map<Object, Object> bad = new LinkedHashMap<>();
    bad.put(1, "x");
    assertThatThrownBy(() -> YamlWriter.write(map("parameters", bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameters.1")
        .hasMessageContaining("java.lang.Integer");
  }

  @Test
  void unpairedSurrogateIsRejected() {
    assertThatThrownBy(() -> YamlWriter.write(map("a", list("x\ud800"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a[0]");
  }

  @Test
  void cyclicTreeIsRejected() {
    Map<String, Object> m = map();
    m.put("self", m);
    assertThatThrownBy(() -> YamlWriter.write(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cyclic");
  }
}
