package io.hotdsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The event-level fast path of {@link YamlReader} gives exactly what the composer path gives: the
 * same tree (values, classes and order) or the same error, on the corpus and on documents that
 * exercise every feature the fast path hands over.
 */
class YamlReaderFastPathTest {

  static final List<String> DOCUMENTS = List.of(
      "",
      "---\n",
      "# only a comment\n",
      "a: 1\n",
      "a: 1\n---\nb: 2\n",
      "- 1\n- 2\n",
      "plain\n",
      "k: yes\nn: No\no: ON\np: y\nq: 010\nr: 0x1F\ns: 1_000\nt: 1:20\nu: 1:20.5\nv: 1e3\n"
          + "w: 2018-08-31\nx: ~\ny: 09\nz: 0\naa: 00\nab: 08\nac: 123456789012345678901234\n"
          + "ad: .inf\nae: -.Inf\naf: .NaN\nag: 1.5e+3\nah: '1'\nai: \"yes\"\naj: =\nak:\n",
      "2018-08-31: date key\n'1': quoted\n\"2\": dq\n",
      "1: int key\n",
      "true: bool key\n",
      "~: null key\n",
      "1.5: float key\n",
      ": empty key\n",
      "= : value key\n",
      "a: =\n",
      "a: <<\n",
      "base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n",
      "a: &x [1, 2]\nb: *x\n",
      "a: !!str 1\nb: !!int '2'\nc: !custom x\nd: ! 5\ne: !\n",
      "a: !!map {b: 1}\nc: !!seq [1]\n",
      "dup: 1\nother: 2\ndup: 3\n",
      "a:\tb\n",
      "a: [x?y, z]\n",
      "a: \"tab\\\tx\"\nb: \"slash\\/\"\n",
      "a: {b: [c, {d: e}]}\n",
      "key: |\n  line 1\n  line 2\n",
      "key: >-\n  folded\n  text\n",
      "{\"a\": 1, \"b\": [true, null]}\n",
      "{a: 1}\n",
      "[1, 2]\n",
      "a: [1, 2\n",
      "a: b: c\n",
      "a: 'unterminated\n",
      "a: 0o17\nb: +12\nc: -0\nd: 0b101\ne: 190:20:30\n",
      "a: 12_\nb: 0x_\nc: 1__0\nd: 0_7\n",
      "&a a: b\n",
      "? complex\n: key\n",
      "? [1]\n: v\n",
      "%YAML 1.1\n---\na: 1\n",
      "a: *undefined\n",
      "a: 1\n...\n",
      "a:\n  - b\n  -\n  - ~\n");

  @Test
  void handWrittenDocuments() {
    for (String doc : DOCUMENTS) {
      assertSame(doc, "doc.yaml");
    }
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      deep.append("[");
    }
    assertSame(deep.toString(), "deep.yaml");
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 99; i++) {
      nested.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    assertSame(nested.toString(), "nested.yaml");
  }

  @Test
  void corpus() {
    Corpus corpus = Corpus.find().orElse(null);
    if (corpus == null) {
      return;
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpus.root())) {
      walk.filter(p -> p.toString().endsWith(".yaml")
              || p.toString().endsWith(".yml")
              || p.toString().endsWith(".template")
              || p.toString().endsWith(".json"))
          .filter(Files::isRegularFile)
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int read = 0;
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        continue; // not UTF-8
      }
      assertSame(text, f.toString());
      read++;
    }
    assertThat(read).isGreaterThan(100);
  }

  private static void assertSame(String text, String source) {
    Object fast;
    Object composed;
    try {
      fast = YamlReader.read(text, source);
    } catch (HotReadException e) {
      fast = "error: " + e.getMessage();
    }
    try {
      composed = YamlReader.readComposed(text, source);
    } catch (HotReadException e) {
      composed = "error: " + e.getMessage();
    }
    assertThat(fast).as(source + ":\n" + text).isEqualTo(composed);
    assertThat(describe(fast)).as(source + ":\n" + text).isEqualTo(describe(composed));
  }

  /** Values with their classes, in order. */
  private static String describe(Object tree) {
    StringBuilder sb = new StringBuilder();
    describe(tree, sb);
    return sb.toString();
  }

  private static void describe(Object tree, StringBuilder sb) {
    if (tree instanceof java.util.Map<?, ?> m) {
      sb.append(m.getClass().getSimpleName()).append('{');
      m.forEach((k, v) -> {
        sb.append(k).append('=');
        describe(v, sb);
        sb.append(',');
      });
      sb.append('}');
    } else if (tree instanceof List<?> l) {
      sb.append(l.getClass().getSimpleName()).append('[');
      l.forEach(v -> {
        describe(v, sb);
        sb.append(',');
      });
      sb.append(']');
    } else {
      sb.append(
          tree == null ? "null" : tree.getClass().getSimpleName() + ":" + Objects.toString(tree));
    }
  }
}
