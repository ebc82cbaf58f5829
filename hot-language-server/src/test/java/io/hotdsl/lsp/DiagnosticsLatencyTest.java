package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.schema.Catalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figures of the module README: how long after a change the diagnostics of the largest corpus
 * template arrive once warm, and what the server's reuse saves. Run by hand ({@code
 * -Dhotdsl.lsp.latency=true}); it prints medians and asserts no timing, only that each edit's
 * diagnostics are those of a check from scratch.
 *
 * <ul>
 *   <li>Over the protocol: an edit after a pause (longer than the debounce) of a value (the tree
 *       changes: validated again) and of a comment (the tree is the same: not validated again),
 *       wall time from sending {@code didChange} to receiving {@code publishDiagnostics}.
 *   <li>In process, interleaved, the CPU time of the check of one version: from scratch (what
 *       each change cost before: the text read and indexed, read again and validated) against
 *       the server's (read once, validated unless the tree is unchanged).
 * </ul>
 */
@EnabledIfSystemProperty(named = "hotdsl.lsp.latency", matches = "true")
class DiagnosticsLatencyTest {
  private static final int WARM = 40;
  private static final int MEASURED = 60;

  @Test
  void largestCorpusTemplate() throws Exception {
    Path file = largest();
    assumeTrue(file != null, "the corpus is absent");
    String original = Files.readString(file, StandardCharsets.UTF_8);
    String uri = file.toUri().toString();
    String[] lines = original.split("\n", -1);
    int valueLine = 0;
    while (!lines[valueLine].strip().startsWith("description:")
        || lines[valueLine].strip().endsWith(">")
        || lines[valueLine].strip().endsWith("|")) {
      valueLine++;
    }
    int end = lines[valueLine].length();
    int last = lines.length - 1; // the comment goes at the end: no line below it moves
    List<Long> valueWall = new ArrayList<>();
    List<Long> commentWall = new ArrayList<>();
    try (LspSession session = new LspSession(file.getParent().toUri().toString())) {
      session.open(uri, original);
      session.diagnostics(uri, 1);
      int version = 1;
      for (int i = 0; i < WARM + MEASURED; i++) {
        boolean value = i % 2 == 0;
        boolean insert = i % 4 < 2;
        Range r = value
            ? (insert ? at(valueLine, end, valueLine, end) : at(valueLine, end, valueLine, end + 1))
            : (insert ? at(last, 0, last, 0) : at(last, 0, last + 1, 0));
        String text = value ? (insert ? "x" : "") : (insert ? "# a comment\n" : "");
        Thread.sleep(HotTextDocumentService.DEBOUNCE_MS + 100);
        long t0 = System.nanoTime();
        session.edit(uri, ++version, r, text);
        session.diagnostics(uri, version);
        long wall = System.nanoTime() - t0;
        if (i >= WARM) {
          (value ? valueWall : commentWall).add(wall);
        }
      }
      session.shutdown();
    }

    // in process: CPU time of one version's check, from scratch and with the server's reuse
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Bundle disk = Bundle.read(file, List.of());
    String name = file.getFileName().toString();
    DocumentChecks checks = new DocumentChecks(Catalog.standard());
    OpenDocument previous = OpenDocument.of(uri, 0, original, null);
    checks.readDisk(previous);
    checks.diagnostics(previous);
    List<Long> scratch = new ArrayList<>();
    List<Long> reusedValue = new ArrayList<>();
    List<Long> reusedComment = new ArrayList<>();
    for (int i = 0; i < 2 * (WARM + MEASURED); i++) {
      boolean value = i % 2 == 0;
      boolean insert = i % 4 < 2;
      // a value edit toggles an "x" at the end of the description, a comment edit a last line
      boolean x = value ? insert : i % 4 >= 1 && i % 4 <= 2;
      boolean comment = !value ? insert : i % 4 == 2;
      String text = (x
              ? original.replaceFirst(
                  java.util.regex.Pattern.quote(lines[valueLine]), lines[valueLine] + "x")
              : original)
          + (comment ? "# a comment\n" : "");
      long t0 = cpu.getCurrentThreadCpuTime();
      OpenDocument fresh = OpenDocument.of(uri, i + 1, text, null);
      List<Diagnostic> expected =
          DocumentDiagnostics.of(fresh.text, name, disk, fresh.index, Catalog.standard());
      long t1 = cpu.getCurrentThreadCpuTime();
      OpenDocument doc = OpenDocument.of(uri, i + 1, text, previous);
      List<Diagnostic> got = checks.diagnostics(doc);
      long t2 = cpu.getCurrentThreadCpuTime();
      previous = doc;
      assertThat(got).isEqualTo(expected);
      if (i >= 2 * WARM) {
        scratch.add(t1 - t0);
        (value ? reusedValue : reusedComment).add(t2 - t1);
      }
    }
    System.out.printf(
        "hot-language-server latency, %s (%d bytes), %d edits after a pause: "
            + "change to diagnostics median %.1f ms (90th percentile %.1f) for a value, %.1f ms "
            + "(%.1f) for a comment; CPU time of a check: from scratch median %.1f ms, the "
            + "server's %.1f ms for a value (%.2fx), %.1f ms for a comment (%.2fx); load average "
            + "%.1f on %d cores%n",
        file.getFileName(),
        original.length(),
        MEASURED,
        ms(median(valueWall)),
        ms(p90(valueWall)),
        ms(median(commentWall)),
        ms(p90(commentWall)),
        ms(median(scratch)),
        ms(median(reusedValue)),
        (double) median(reusedValue) / median(scratch),
        ms(median(reusedComment)),
        (double) median(reusedComment) / median(scratch),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  /** The largest Heat template of the corpus, or null. */
  static Path largest() throws Exception {
    Path found = null;
    for (Path p : CorpusDiagnosticsTest.templates().toList()) {
      if (Files.isRegularFile(p) && (found == null || Files.size(p) > Files.size(found))) {
        found = p;
      }
    }
    return found;
  }

  private static Range at(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }

  private static long median(List<Long> xs) {
    List<Long> s = xs.stream().sorted().toList();
    return s.get(s.size() / 2);
  }

  private static long p90(List<Long> xs) {
    List<Long> s = xs.stream().sorted(Comparator.naturalOrder()).toList();
    return s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.9) - 1));
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
