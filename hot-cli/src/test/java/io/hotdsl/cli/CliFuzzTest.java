package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded byte-level mutations of the corpus templates through {@code hot validate} in process:
 * the exit status is 0, 1 or 2, nothing prints a stack trace, and every line on stdout is a
 * diagnostic with a file and a location. {@code -Pfuzz} (or {@code -Dhotdsl.fuzz.cases=N}) runs
 * more cases, {@code -Dhotdsl.fuzz.seed=S} another seed.
 */
class CliFuzzTest {
  static final int CASES = Integer.getInteger("hotdsl.fuzz.cases", 300) / 2;
  static final long SEED = Long.getLong("hotdsl.fuzz.seed", 16L);
  static final byte[][] INVALID_UTF8 = {
    {(byte) 0x80},
    {(byte) 0xC3},
    {(byte) 0xFF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82}
  };
  /** {@code file:line:col: error: ...} or {@code file: path: error: ...} (or warning). */
  static final Pattern DIAGNOSTIC =
      Pattern.compile("^\\S.*(:\\d+:\\d+|: \\S.*): (error|warning): \\S.*$");

  @TempDir
  Path dir;

  @Test
  @Timeout(600)
  void mutatedTemplatesGiveAStatusAndOneLineDiagnostics() throws IOException {
    Optional<Path> corpus = HotCommandLineTest.findCorpus();
    assumeTrue(corpus.isPresent(), "SKIPPED: ../shared/corpus not found");
    List<Path> templates;
    try (Stream<String> lines = Files.lines(corpus.get().resolve("heat-templates/MANIFEST.tsv"))) {
      templates = lines
          .skip(1)
          .map(l -> l.split("\t", -1))
          .filter(f -> f[1].equals("template"))
          .map(f -> corpus.get().resolve("heat-templates").resolve(f[0]))
          .toList();
    }
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Path source = templates.get(i % templates.size());
      // in a scratch folder: the shared corpus is never written to (its get_file targets are
      // then missing, which validate reports like any other problem)
      Path copy = dir.resolve("case-" + i + ".yaml");
      byte[] bytes = mutate(Files.readAllBytes(source), random);
      Files.write(copy, bytes);
      ExitCodesTest.Run r = ExitCodesTest.hot("validate", "--quiet", copy.toString());
      String name = source.getFileName() + " #" + i;
      if (r.status() < 0 || r.status() > 2) {
        failures.add(name + ": exit " + r.status());
      }
      if ((r.out() + r.err()).contains("\tat ")) {
        failures.add(name + ": stack trace\n" + r.err());
      }
      assertThat(r.out()).as(name + ": --quiet prints no verdict").isEmpty();
      for (String line : r.err().lines().toList()) {
        if (!DIAGNOSTIC.matcher(line).matches()) {
          failures.add(name + ": not a diagnostic line: " + line);
        }
      }
      if (r.status() == 1 && r.out().isEmpty() && r.err().isEmpty()) {
        failures.add(name + ": invalid without a message");
      }
    }
    assertThat(failures).as("seed " + SEED).isEmpty();
  }

  static byte[] mutate(byte[] in, Random random) {
    byte[] b = in;
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length);
      switch (random.nextInt(5)) {
        case 0 -> {
          if (b.length > 0) {
            b = b.clone();
            b[at] ^= (byte) (1 << random.nextInt(8));
          }
        }
        case 1 -> b = insert(b, at, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
        case 2 -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(64));
          b = insert(Arrays.copyOf(b, at), at, Arrays.copyOfRange(b, at + len, b.length));
        }
        case 3 -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(128));
          b = insert(
              b, b.length == 0 ? 0 : random.nextInt(b.length), Arrays.copyOfRange(b, at, at + len));
        }
        default ->
          b = insert(b, at, new byte[] {(byte) ":-{}[]&*!|>'\"\t\n ".charAt(random.nextInt(16))});
      }
    }
    return b;
  }

  static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] c = new byte[b.length + what.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(what, 0, c, at, what.length);
    System.arraycopy(b, at, c, at + what.length, b.length - at);
    return c;
  }
}
