package io.hotdsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.render.Trees;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlReaderTest {

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

  private static Object valueOf(String yamlScalar) {
    return ((Map<?, ?>) YamlReader.read("k: " + yamlScalar + "\n", "t.yaml")).get("k");
  }

  /** text after {@code "k: "} → value PyYAML (Heat) gives. */
  static Stream<Arguments> scalars() {
    return Stream.of(
        Arguments.of("yes", true),
        Arguments.of("Yes", true),
        Arguments.of("YES", true),
        Arguments.of("On", true),
        Arguments.of("on", true),
        Arguments.of("ON", true),
        Arguments.of("true", true),
        Arguments.of("True", true),
        Arguments.of("no", false),
        Arguments.of("Off", false),
        Arguments.of("FALSE", false),
        Arguments.of("y", "y"),
        Arguments.of("n", "n"),
        Arguments.of("yEs", "yEs"),
        Arguments.of("010", 8L),
        Arguments.of("0o10", "0o10"),
        Arguments.of("0x1F", 31L),
        Arguments.of("-0x1F", -31L),
        Arguments.of("0b11", 3L),
        Arguments.of("1_000", 1000L),
        Arguments.of("1:20", 80L),
        Arguments.of("-1:20", -80L),
        Arguments.of("190:20:30", 685230L),
        Arguments.of("0", 0L),
        Arguments.of("-0", 0L),
        Arguments.of("+12", 12L),
        Arguments.of("09", "09"),
        Arguments.of("12345678901234567890", new BigInteger("12345678901234567890")),
        Arguments.of("9223372036854775807", Long.MAX_VALUE),
        Arguments.of("1:20.5", 80.5),
        Arguments.of("1e3", "1e3"),
        Arguments.of("1.5e+3", 1500.0),
        Arguments.of("1.5e3", "1.5e3"),
        Arguments.of("1.0", 1.0),
        Arguments.of("1.", 1.0),
        Arguments.of(".5", 0.5),
        Arguments.of("-.5", "-.5"),
        Arguments.of("+.5", "+.5"),
        Arguments.of("1_0.5", 10.5),
        Arguments.of("6.8523015e+5", 685230.15),
        Arguments.of(".inf", Double.POSITIVE_INFINITY),
        Arguments.of("-.Inf", Double.NEGATIVE_INFINITY),
        Arguments.of(".NaN", Double.NaN),
        Arguments.of("-0.0", -0.0),
        Arguments.of("~", null),
        Arguments.of("null", null),
        Arguments.of("Null", null),
        Arguments.of("NULL", null),
        Arguments.of("", null),
        Arguments.of("nULL", "nULL"),
        Arguments.of("2018-08-31", "2018-08-31"),
        Arguments.of("2001-12-14t21:59:43.10-05:00", "2001-12-14t21:59:43.10-05:00"),
        Arguments.of("'yes'", "yes"),
        Arguments.of("\"010\"", "010"),
        Arguments.of("'~'", "~"),
        Arguments.of("'it''s'", "it's"),
        Arguments.of("\"a\\tb\\u00e9\\N\"", "a\tb\u00e9\u0085"),
        Arguments.of("!!str 010", "010"),
        Arguments.of("!!int '010'", 8L),
        Arguments.of("!!float '1'", 1.0),
        Arguments.of("!!bool 'TrUe'", true),
        Arguments.of("!!null 'x'", null),
        Arguments.of("! 12", 12L),
        Arguments.of("!!timestamp 2001-12-14", "2001-12-14"),
        Arguments.of("!", ""),
        Arguments.of("[http://h/p?a=b&c=d, e]", list("http://h/p?a=b&c=d", "e")),
        Arguments.of("\ta", "a"),
        Arguments.of("[1,\t2]", list(1L, 2L)),
        Arguments.of("a\tb", "a\tb"),
        Arguments.of("{a:\t1}\t# c", map("a", 1L)),
        Arguments.of("OS::Nova::Server", "OS::Nova::Server"),
        Arguments.of("a:b", "a:b"),
        Arguments.of("http://x/y#z", "http://x/y#z"),
        Arguments.of("a #comment", "a"),
        Arguments.of("|\n  a\n  b\n", "a\nb\n"),
        Arguments.of("|-\n  a\n  b\n", "a\nb"),
        Arguments.of("|+\n  a\n", "a\n\n"),
        Arguments.of("|2\n   a\n  b\n", " a\nb\n"),
        Arguments.of(">\n  a\n  b\n\n  c\n", "a b\nc\n"));
  }

  @ParameterizedTest
  @MethodSource("scalars")
  void resolvesScalarsLikePyYaml(String text, Object expected) {
    Object v = valueOf(text);
    assertThat(v).isEqualTo(expected);
    if (expected != null) {
      assertThat(v).isInstanceOf(expected.getClass());
    }
  }

  /** whole documents → tree. */
  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("", map()),
        Arguments.of("# only a comment\n", map()),
        Arguments.of("~\n", map()),
        Arguments.of("a: 1\na: 2\nb: 3\n", map("a", 2L, "b", 3L)),
        Arguments.of(
            "base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n  z: 4\n",
            map("base", map("x", 1L, "y", 2L), "m", map("x", 1L, "y", 3L, "z", 4L))),
        Arguments.of(
            "a: &a {x: 1, q: 0}\nb: &b {x: 2, y: 2}\nm:\n  <<: [*a, *b]\n",
            map(
                "a",
                map("x", 1L, "q", 0L),
                "b",
                map("x", 2L, "y", 2L),
                "m",
                map("x", 1L, "y", 2L, "q", 0L))),
        Arguments.of("m:\n  z: 0\n  <<: {z: 1, w: 2}\n", map("m", map("z", 0L, "w", 2L))),
        Arguments.of("m: {'<<': 1, =: 2}\n", map("m", map("<<", 1L, "=", 2L))),
        Arguments.of(
            "a: &x [1, 2]\nb: *x\nc: &s hello\nd: *s\n",
            map("a", list(1L, 2L), "b", list(1L, 2L), "c", "hello", "d", "hello")),
        Arguments.of("? complex\n: 1\n2018-01-01: 2\n", map("complex", 1L, "2018-01-01", 2L)),
        Arguments.of(
            "{\"a\": 1e3, \"b\": [1, 1.0, NaN], \"a\": 2}",
            map("a", 2L, "b", list(1L, 1.0, Double.NaN))),
        Arguments.of("  {\"x\": \"y\"}", map("x", "y")),
        Arguments.of("{a: 1e3, b: yes,}", map("a", "1e3", "b", true)),
        Arguments.of("%YAML 1.1\n---\na: 1\n...\n", map("a", 1L)),
        Arguments.of(
            "s: |\n  #!/bin/bash\n\n  echo hi\n\nt: 1\n",
            map("s", "#!/bin/bash\n\necho hi\n", "t", 1L)));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readsDocuments(String text, Map<String, Object> expected) {
    Object tree = YamlReader.read(text, "t.yaml");
    assertThat(Trees.diff(expected, tree, "")).isNull();
  }

  /** text → expected line, column, message fragment. */
  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("a: 1\nb: c: d\n", 2, 5, "mapping values are not allowed here", null),
        Arguments.of("a:\n  - 1\n - 2\n", 3, 2, "expected <block end>", null),
        Arguments.of("a: [1, 2\n", 2, 1, "expected ',' or ']'", null),
        Arguments.of(
            "a: !!python/object:os.system x\n",
            1,
            4,
            "could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system'",
            "a"),
        Arguments.of(
            "a: !foo x\n", 1, 4, "could not determine a constructor for the tag '!foo'", "a"),
        Arguments.of("a: !!binary aGk=\n", 1, 4, "not supported", "a"),
        Arguments.of("a: =\n", 1, 4, "tag:yaml.org,2002:value", "a"),
        Arguments.of("a: <<\n", 1, 4, "tag:yaml.org,2002:merge", "a"),
        Arguments.of(
            "m:\n  <<: 1\n", 2, 7, "expected a mapping or list of mappings for merging", "m"),
        Arguments.of("parameters:\n  1: x\n", 2, 3, "mapping key must be a string", "parameters.1"),
        Arguments.of(
            "parameters:\n  yes: x\n", 2, 3, "mapping key must be a string", "parameters.True"),
        Arguments.of("a:\n  ~: x\n", 2, 3, "mapping key must be a string", "a.null"),
        Arguments.of("? [1]\n: x\n", 1, 3, "unhashable key", null),
        Arguments.of("a: &x [*x]\n", 1, 4, "recursive", "a[0]"),
        Arguments.of("a: !!int abc\n", 1, 4, "invalid integer", "a"),
        Arguments.of("a: !!map x\n", 1, 4, "expected a mapping node, but found scalar", "a"),
        Arguments.of("- 1\n", 1, 1, "not a JSON object or YAML mapping", null),
        Arguments.of("# only\n\n---\n  42\n", 4, 3, "not a JSON object or YAML mapping", null),
        Arguments.of(
            "a: 1\nb: x\u0001y\n", 2, 5, "special characters are not allowed: U+0001", null),
        Arguments.of(
            "a: 1\nb: [x, \"\u0007\"]\n", 2, 9, "special characters are not allowed: U+0007", null),
        Arguments.of("a: 1\n---\nb: 2\n", 2, 1, "expected a single document", null),
        Arguments.of("a: *nope\n", 1, 4, "found undefined alias", null));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void reportsErrorsWithLineAndColumn(
      String text, int line, int column, String message, String path) {
    assertThatThrownBy(() -> YamlReader.read(text, "web.yaml"))
        .isInstanceOfSatisfying(HotReadException.class, e -> {
          assertThat(e.getProblem()).contains(message);
          assertThat(e.getSourceName()).isEqualTo("web.yaml");
          assertThat(e.getLine()).as("line of %s", e.getMessage()).isEqualTo(line);
          assertThat(e.getColumn()).as("column of %s", e.getMessage()).isEqualTo(column);
          assertThat(e.getPath()).isEqualTo(path);
          if (line > 0) {
            assertThat(e.getMessage()).startsWith("web.yaml:" + line + ":" + column + ": ");
          }
        });
  }

  @Test
  void syntaxErrorMessageFormat() {
    assertThatThrownBy(() -> YamlReader.read("a: 1\nb: c: d\n", "web.yaml"))
        .hasMessage("web.yaml:2:5: mapping values are not allowed here");
  }

  @Test
  void aliasBombIsRejected() {
    StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    String prev = "a";
    for (int i = 0; i < 9; i++) {
      String name = "l" + i;
      sb.append(name).append(": &").append(name).append(" [");
      for (int j = 0; j < 10; j++) {
        sb.append(j == 0 ? "" : ", ").append('*').append(prev);
      }
      sb.append("]\n");
      prev = name;
    }
    assertThatThrownBy(() -> YamlReader.read(sb.toString(), "bomb.yaml"))
        .isInstanceOf(HotReadException.class)
        .hasMessageContaining("aliases");
  }

  @Test
  void tooDeepNestingIsRejected() {
    String deep = "a: " + "[".repeat(150) + "]".repeat(150) + "\n";
    assertThatThrownBy(() -> YamlReader.read(deep, "deep.yaml"))
        .isInstanceOf(HotReadException.class)
        .hasMessageContaining("Nesting Depth");
    String ok = "a: " + "[".repeat(90) + "]".repeat(90) + "\n";
    assertThat(YamlReader.read(ok, "ok.yaml")).isInstanceOf(Map.class);
  }

  @Test
  void jsonErrorsHaveLineAndColumn() {
    assertThatThrownBy(() -> YamlReader.readJson("{\n  \"a\": [1,\n  }\n", "t.json"))
        .isInstanceOfSatisfying(HotReadException.class, e -> {
          assertThat(e.getLine()).isEqualTo(3);
          assertThat(e.getColumn()).isEqualTo(3);
        });
    assertThat(YamlReader.readJson("[1, 2.0, \"x\", null, true, 123456789012345678901]", "t.json"))
        .isEqualTo(list(1L, 2.0, "x", null, true, new BigInteger("123456789012345678901")));
  }

  // ------------------------------------------------------------------ PyYAML oracle

  static List<String> oracleSnippets() {
    List<String> texts = new ArrayList<>();
    scalars().forEach(a -> texts.add("k: " + a.get()[0] + "\n"));
    documents().forEach(a -> texts.add((String) a.get()[0]));
    errors().forEach(a -> texts.add((String) a.get()[0]));
    texts.addAll(List.of(
        "k:\t- a\n",
        "k:\n  - a:\tb\n",
        "k: &x\tv\n",
        "k: !!str\tv\n",
        "k: [a,\tb]\n",
        "k: [\ta]\n",
        "k:\t|\n  x\n",
        "? a\n:\tb\n",
        "k:\n  -\ta\n",
        "k: {a: 1,\tb: 2}\n",
        "k: [a\t, b]\n",
        "k:\t\t'x'\t\n",
        "k:\n\t- a\n",
        "k: a\n\t# c\n",
        "k: \"a\tb\"\n",
        "k: |\n  \ta\n",
        "\tk: v\n",
        "k:\n  x:\t1\n  y: 2\n",
        "k: [http://h/p?a=b, c]\n",
        "k: {u: x?y, ? z : 1}\n",
        "k: [a ?b]\n",
        "k: [a, ?b]\n",
        "k: [? a]\n",
        "k: [\"a\"?]\n",
        "k: {a?: 1}\n",
        "k: [a?\n  b]\n",
        "{\"a\": [1, 2.5, \"x\", null, true, false, NaN, -Infinity, 1e400, 123456789012345678901234567890]}",
        "{\"a\": 1,}",
        "{\"a\": \"\\u00e9\\ud83d\\ude00\"}",
        "{\"a\": 01}",
        "{\"a\": 1}\n# c\n",
        "{\"a\":\"b\"}{}",
        "{\"a\": +Infinity}",
        "{\"a\": Infinity}",
        "{\"a\": 1, \"a\": {\"b\": -0}}",
        "{\"a\": \"x\ty\"}",
        "\ufeffa: 1\n",
        "\ufeff{\"a\": 1}",
        "a: 1\r\nb: |\r\n  x\r\n",
        "a: 1.0e+400\n",
        "a: -1.0e+400\n",
        "a: 0b\n",
        "a: 0x_\n",
        "a: 0_\n",
        "a: 1__0\n",
        "a: 00\n",
        "a: 0:30.5\n",
        "a: 1:60\n",
        "a: 1:7\n",
        "a: +0x1f\n",
        "a: 1_2:3_0\n",
        "a: 2001-1-2 3:04:05\n",
        "a: 2001-01-02T03:04:05Z\n",
        "a: 2001-01-02 03:04:05 +01:00\n",
        "a: !!float 1e3\n",
        "a: !!float inf\n",
        "a: !!int ' 12 '\n",
        "a: !!bool yes\n",
        "a: !!str\n",
        "a: !!null ''\n",
        "a: !!seq [1]\n",
        "a: !!map {b: 1}\n",
        "a: !<tag:yaml.org,2002:str> 12\n",
        "%TAG !e! tag:yaml.org,2002:\n---\na: !e!int '7'\n",
        "a: &x 1\nb: *x\n",
        "a: [&x {b: 1}, *x]\n",
        "<<: {a: 1}\nb: 2\n",
        "a: {<<: [{x: 1}, {x: 2, y: 3}], y: 4}\n",
        "a: >-\n  x\n\n   y\n  z\n",
        "a: \"x\\\n  y\"\n",
        "a: 'x\n\n  y'\n",
        "a: x\n  y\n\n  z\n"));
    Random r = new Random(11);
    while (texts.size() < 600) {
      String s = Trees.randomString(r).replace("\r", "").replace("\n", " ");
      switch (r.nextInt(5)) {
        case 0:
          texts.add("k: " + s + "\n");
          break;
        case 1:
          texts.add(s + ": v\n");
          break;
        case 2:
          texts.add("k:\n  - " + s + "\n  - " + Trees.randomString(r) + "\n");
          break;
        case 3:
          texts.add("k: [" + s + "]\n");
          break;
        default:
          texts.add("k: {a: " + s + "}\n");
      }
    }
    return texts;
  }

  @Test
  void agreesWithPyYaml() throws Exception {
    List<String> texts = oracleSnippets();
    List<PyYamlOracle.Answer> answers = PyYamlOracle.load(texts);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      PyYamlOracle.Answer a = answers.get(i);
      Object mine;
      String myError = null;
      try {
        mine = YamlReader.read(text, "s.yaml");
      } catch (HotReadException e) {
        mine = null;
        myError = e.getMessage();
      }
      String d;
      if (a.ok()) {
        d = myError != null
            ? "we fail (" + myError + "), PyYAML reads " + a.tree()
            : Trees.diff(a.tree(), mine, "");
      } else {
        d = myError == null ? "PyYAML fails (" + a.error() + "), we read " + mine : null;
      }
      if (d != null) {
        failures.add(d + "\n--- yaml: " + text.replace("\n", "\\n"));
      }
    }
    assertThat(failures)
        .as("%d of %d snippets differ", failures.size(), texts.size())
        .isEmpty();
  }

  /**
   * Mutated writer output (inserted/deleted YAML indicators, tabs, quotes, breaks) loaded by both:
   * never a different tree, never accepted when Heat rejects; the only tolerated difference is
   * failing where libyaml is lenient in ways SnakeYAML cannot be taught (a tab in the
   * indentation of a plain scalar's continuation line, a comment glued to a block indicator).
   */
  @Test
  void fuzzedDocumentsNeverDifferSilently() throws Exception {
    String[] inserts = {
      " ", "\t", ":", ": ", "-", "- ", "#", " #", "?", "? ", "[", "]", "{", "}", ",", "&a ", "*a",
      "!", "!!str ", "\"", "'", "|", ">", "\n", "\n  ", "<<: ", "~", "%", "@", "\\", "\r", "...",
      "---"
    };
    Random r = new Random(2024);
    List<String> texts = new ArrayList<>();
    while (texts.size() < 2000) {
      StringBuilder sb =
          new StringBuilder(io.hotdsl.yaml.YamlWriter.write(Trees.randomDocument(r)));
      for (int i = 0, m = 1 + r.nextInt(3); i < m; i++) {
        int p = r.nextInt(sb.length() + 1);
        if (r.nextBoolean() && p < sb.length()) {
          sb.deleteCharAt(p);
        } else {
          sb.insert(p, inserts[r.nextInt(inserts.length)]);
        }
      }
      texts.add(sb.toString());
    }
    List<PyYamlOracle.Answer> answers = PyYamlOracle.load(texts);
    List<String> failures = new ArrayList<>();
    int tolerated = 0;
    for (int i = 0; i < texts.size(); i++) {
      PyYamlOracle.Answer a = answers.get(i);
      Object mine = null;
      HotReadException myError = null;
      try {
        mine = YamlReader.read(texts.get(i), "f.yaml");
      } catch (HotReadException e) {
        myError = e;
      }
      String d = null;
      if (a.ok() && myError == null) {
        d = Trees.diff(a.tree(), mine, "");
      } else if (!a.ok() && myError == null) {
        d = "PyYAML fails (" + a.error() + "), we read " + mine;
      } else if (a.ok()) {
        String p = myError.getProblem();
        if (p.contains("(TAB)") || p.contains("expected chomping or indentation indicators")) {
          tolerated++;
        } else {
          d = "we fail (" + myError.getMessage() + "), PyYAML reads " + a.tree();
        }
      }
      if (d != null) {
        failures.add(d + "\n--- yaml:\n" + texts.get(i));
      }
    }
    System.out.println("fuzz: " + tolerated + " of " + texts.size()
        + " documents rejected by us but accepted by libyaml (tabs in indentation / '>#')");
    assertThat(tolerated).isLessThan(texts.size() / 100);
    assertThat(failures)
        .as("%d of %d fuzzed documents differ", failures.size(), texts.size())
        .isEmpty();
  }
}
