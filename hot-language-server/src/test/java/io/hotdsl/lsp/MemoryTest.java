package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The heap the server keeps for a workspace: every corpus template opened (and checked) at once,
 * measured after a full collection, against the server before any was opened; then all closed.
 * Prints the figures; asserts a generous bound (1 MiB per open template on average), no timing.
 */
class MemoryTest {
  private static final long MIB = 1024 * 1024;

  @Test
  void theHeapForEveryCorpusTemplateOpenAtOnceIsBounded() throws Exception {
    assumeTrue(Files.isDirectory(CorpusDiagnosticsTest.CORPUS), "the corpus is absent");
    List<Path> templates;
    try (Stream<Path> s = CorpusDiagnosticsTest.templates()) {
      templates = s.toList();
    }
    try (LspSession session = new LspSession()) {
      // warm: the JSON-RPC machinery and the schemas of one template's types
      session.open("untitled:/warm.yaml", HotLanguageServerTest.TEMPLATE);
      session.diagnostics("untitled:/warm.yaml", 1);
      long before = usedAfterGc();
      List<String> uris = new ArrayList<>();
      for (Path t : templates) {
        String uri = t.toUri().toString();
        session.open(uri, Files.readString(t, StandardCharsets.UTF_8));
        session.diagnostics(uri, 1);
        uris.add(uri);
      }
      long open = usedAfterGc();
      for (String uri : uris) {
        session
            .server
            .getTextDocumentService()
            .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
      }
      session.open("untitled:/after.yaml", HotLanguageServerTest.TEMPLATE);
      session.diagnostics("untitled:/after.yaml", 1); // every close handled before this
      long closed = usedAfterGc();
      long perTemplate = (open - before) / templates.size();
      System.out.printf(
          "hot-language-server heap: %d templates open: %.1f MiB more than one "
              + "(%d KiB per template; heap in use %.1f MiB); all closed again: %.1f MiB more%n",
          templates.size(),
          (open - before) / (double) MIB,
          perTemplate / 1024,
          open / (double) MIB,
          (closed - before) / (double) MIB);
      assertThat(open - before)
          .as("heap kept for %d open templates", templates.size())
          .isLessThan(templates.size() * MIB);
      assertThat(closed - before)
          .as("heap kept once they are closed")
          .isLessThan(Math.max(open - before, 16 * MIB));
      assertThat(session.shutdown()).isZero();
    }
  }

  /** The heap in use after full collections (until it stops shrinking, at most 5). */
  private static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return Math.min(now, used);
      }
      used = now;
    }
    return used;
  }
}
