package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the real templates of /work/shared/corpus (skipped when absent): the server's diagnostics
 * for a template opened from disk equal what {@code hot validate TEMPLATE} reports (its bundle
 * read from disk, {@link BundleValidator#validateAll}), the same paths, messages and severities,
 * and each problem in the template itself sits at the line of its YAML path.
 */
class CorpusDiagnosticsTest {
  static final Path CORPUS =
      Path.of(System.getProperty("hotdsl.corpus", "/work/shared/corpus/heat-templates"));

  static LspSession session;

  @BeforeAll
  static void start() {
    session = new LspSession();
  }

  @AfterAll
  static void stop() throws Exception {
    session.shutdown();
    session.close();
  }

  static Stream<Path> templates() throws IOException {
    if (!Files.isDirectory(CORPUS)) {
      return Stream.of(Path.of("corpus-absent"));
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(CORPUS)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        if (Files.readString(p, StandardCharsets.UTF_8).contains("heat_template_version")) {
          out.add(p);
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void diagnosticsEqualHotValidate(Path template) throws Exception {
    assumeTrue(Files.isRegularFile(template), "the corpus is absent");
    String text = Files.readString(template, StandardCharsets.UTF_8);
    String uri = template.toUri().toString();
    session.open(uri, text);
    List<Diagnostic> ds = session.diagnostics(uri, 1).getDiagnostics();
    String name = template.getFileName().toString();
    List<String> expected = hotValidate(template);
    assertThat(ds)
        .extracting(d -> (d.getSeverity() == DiagnosticSeverity.Error ? "error " : "warning ")
            + d.getCode().getLeft() + ": " + d.getMessage())
        .containsExactlyInAnyOrderElementsOf(expected);
    YamlIndex index = YamlIndex.of(text);
    for (Diagnostic d : ds) {
      String path = d.getCode().getLeft();
      if (index.get(path) != null && !path.contains(": ")) {
        assertThat(d.getRange())
            .as(path)
            .isEqualTo(
                DocumentDiagnostics.namesTheKey(d.getMessage()) && index.keyRange(path) != null
                    ? index.keyRange(path)
                    : index.problemRange(path));
        assertThat(d.getRange().getStart().getLine()).as(path).isPositive();
      }
    }
    // completion on every line start answers (no failure on real text)
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l += 7) {
      List<CompletionItem> items = session
          .server
          .getTextDocumentService()
          .completion(new CompletionParams(
              new TextDocumentIdentifier(uri), new Position(l, lines[l].length())))
          .get(60, TimeUnit.SECONDS)
          .getLeft();
      assertThat(items).isNotNull();
    }
    assertThat(name).isNotEmpty();
  }

  /** {@code hot validate FILE}'s problems as "severity path: message", own paths unprefixed. */
  static List<String> hotValidate(Path template) {
    String own = template.getFileName() + ": ";
    List<String> out = new ArrayList<>();
    Bundle bundle;
    try {
      bundle = Bundle.read(template, List.of());
    } catch (FileAccessException e) { // hot validate prints the refusal alone
      String where = e.where().startsWith(own) ? e.where().substring(own.length()) : e.where();
      return List.of(
          "error " + where + ": " + e.getMessage().substring(e.where().length() + 2));
    }
    for (Problem p : BundleValidator.validateAll(bundle).problems()) {
      String path = p.path().startsWith(own) ? p.path().substring(own.length()) : p.path();
      out.add((p.severity() == Severity.ERROR ? "error " : "warning ") + path + ": " + p.message());
    }
    return out;
  }

  /** What {@code hot validate} says of {@code text} saved as {@code name}: "path: message". */
  static List<String> validate(String name, String text, Path dir) {
    try {
      Path folder = dir != null ? dir : Files.createTempDirectory("hot-lsp");
      Path file = folder.resolve(name);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return hotValidate(file).stream()
          .map(s -> s.substring(s.indexOf(' ') + 1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
