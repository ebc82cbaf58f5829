package io.hotdsl.yaml.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hotdsl.testing.Corpus;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/** The linear reader: what the scanner sees is SnakeYAML's reader's, the work is linear. */
class LinearStreamReaderTest {
  static final int K = LinearStreamReader.CHUNK;

  static Stream<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "",
        "a: 1\n",
        "\uFEFFa: 1\n",
        "a: " + "x".repeat(3 * K) + "\nb: [1, 2]\n",
        // a surrogate pair split by the chunk boundary
        "k: " + "x".repeat(K - 4) + "\uD83D\uDE00tail\n",
        "k: " + "x".repeat(K - 3) + "\uD83D\uDE00tail\n",
        // CR LF split by the boundary, NEL and LS line breaks
        "a: " + "x".repeat(K - 4) + "\r\nb: c\r\n",
        "a: b\u0085c: d\u2028e\n",
        // characters YAML forbids, at and around chunk boundaries
        "a: b\u0001\n",
        "a: " + "x".repeat(K - 4) + "\u0007\n",
        "a: " + "x".repeat(K - 3) + "\u0007",
        "a: " + "x".repeat(2 * K) + "\u001b[31m\n",
        "a: \uDE00b\n",
        "a: \uD83Db\n",
        "a: b\uD83D",
        "a: " + "x".repeat(K - 4) + "\uD83D",
        // syntax errors after a long scalar
        "a: " + "y".repeat(5 * K) + ": b: c\n",
        "- [" + "z".repeat(2 * K) + "\n"));
    Corpus.find().ifPresent(c -> {
      try (Stream<Path> s = Files.walk(c.root())) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().limit(40).forEach(p -> {
          try {
            texts.add(Files.readString(p));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    return texts.stream();
  }

  /** Every token with its marks and value, then the error (message and position) if any. */
  static List<String> scan(StreamReader reader) {
    List<String> out = new ArrayList<>();
    ScannerImpl scanner = new ScannerImpl(reader, new LoaderOptions());
    try {
      while (true) {
        scanner.peekToken();
        Token t = scanner.getToken();
        out.add(t.getTokenId() + " " + mark(t.getStartMark()) + "-" + mark(t.getEndMark())
            + (t instanceof ScalarToken s ? " " + s.getValue() : ""));
        if (t.getTokenId() == Token.ID.StreamEnd) {
          return out;
        }
      }
    } catch (ReaderException e) {
      out.add("ReaderException " + e.getPosition() + " " + e.getCodePoint() + " " + e.getMessage());
    } catch (MarkedYAMLException e) {
      out.add(e.getClass().getSimpleName() + " " + e.getContext() + " " + mark(e.getContextMark())
          + " " + e.getProblem() + " " + mark(e.getProblemMark()));
    }
    return out;
  }

  static String mark(Mark m) {
    return m == null ? "-" : m.getIndex() + "@" + m.getLine() + ":" + m.getColumn();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theScannerSeesWhatSnakeYamlsReaderGivesIt(String text) {
    assertThat(scan(new LinearStreamReader(text))).isEqualTo(scan(new StreamReader(text)));
  }

  static long work(String text) {
    LinearStreamReader reader = new LinearStreamReader(text);
    ParserImpl parser = new ParserImpl(reader, new LoaderOptions());
    while (!parser.checkEvent(Event.ID.StreamEnd)) {
      parser.getEvent();
    }
    return reader.work();
  }

  /** Work counted, not timed: doubling one plain scalar at most doubles (plus a little) it. */
  @Test
  void workOnOneLongPlainScalarIsLinear() {
    String one = "description: " + "x".repeat(1 << 20) + "\n";
    String two = "description: " + "x".repeat(2 << 20) + "\n";
    long w1 = work(one);
    long w2 = work(two);
    assertThat(w1).isLessThanOrEqualTo(3L * one.length());
    assertThat(w2).isLessThan(w1 * 5 / 2);
  }

  /**
   * The one wall-clock check (SnakeYAML's own reader took 25 s for 8 MiB and about 40 s for
   * this, on the 2-core build machine; the linear reader well under a second): a generous bound
   * that only a quadratic reader misses, not a benchmark.
   */
  @Test
  void aScalarJustUnderTheLimitReadsInLinearTime() {
    String text = "description: " + "x".repeat(10 * 1024 * 1024 - 20) + "\n";
    Object tree =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> YamlReader.read(text, "big.yaml"));
    assertThat(((Map<?, ?>) tree).get("description").toString()).hasSize(10 * 1024 * 1024 - 20);
  }

  @Test
  void aTextOverTheLimitIsRefusedBeforeItIsScanned() {
    String text = "a: 1\nb: " + "x".repeat(12 * 1024 * 1024) + "\n";
    assertThatThrownBy(() -> YamlReader.read(text, "big.yaml"))
        .isInstanceOfSatisfying(HotReadException.class, e -> {
          assertThat(e.getProblem())
              .isEqualTo("the document has " + text.length()
                  + " code points, more than the limit of 10485760 (10 MiB)");
          assertThat(e.getLine()).isEqualTo(2);
          assertThat(e.getColumn()).isEqualTo(10 * 1024 * 1024 - 5 + 1);
        });
    assertThatThrownBy(() -> YamlReader.readJson("[\"" + "x".repeat(11 << 20) + "\"]", "j"))
        .hasMessageContaining("more than the limit of 10485760");
  }

  /** Each libyaml leniency re-reads the text; the re-reading is bounded in total. */
  @Test
  void libyamlCorrectionsAreBoundedByTheirTotalWork() {
    String small = tabs(400 * 1024, 150); // a template of a size Heat accepts keeps every fix
    assertThat(((Map<?, ?>) YamlReader.read(small, "t.yaml")).containsKey("k149"))
        .isTrue();
    String big = tabs(2 * 1024 * 1024, 100); // 100 re-readings of 2 MiB: over the budget
    assertThatThrownBy(() -> YamlReader.read(big, "t.yaml"))
        .isInstanceOf(HotReadException.class)
        .hasMessageContaining("cannot start any token");
  }

  private static String tabs(int size, int count) {
    StringBuilder sb = new StringBuilder("description: " + "x".repeat(size) + "\n");
    for (int i = 0; i < count; i++) {
      sb.append("k").append(i).append(": {a: 1,\tb: 2}\n");
    }
    return sb.toString();
  }
}
