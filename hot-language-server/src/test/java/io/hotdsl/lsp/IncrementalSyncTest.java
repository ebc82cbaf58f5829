package io.hotdsl.lsp;

import static io.hotdsl.lsp.HotLanguageServerTest.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.schema.Catalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Incremental sync: the editor sends the changed ranges, the server applies them to its copy of
 * the text, and its diagnostics after any sequence of edits are those of the whole resulting text
 * opened afresh; an edit that leaves the template's tree as it was (a comment, spacing) is not
 * validated again, yet its diagnostics move with the text.
 */
class IncrementalSyncTest {
  static LspSession session;

  @BeforeAll
  static void start() {
    session = new LspSession();
  }

  @AfterAll
  static void stop() throws Exception {
    assertThat(session.shutdown()).isZero();
    session.close();
  }

  @Test
  void theServerAsksForIncrementalChanges() {
    assertThat(session.initialized.getCapabilities().getTextDocumentSync().getLeft())
        .isEqualTo(TextDocumentSyncKind.Incremental);
  }

  /**
   * Each row: a text ({@code \n} written {@code |}, {@code \r} written {@code ^}), a range (start
   * line, column, end line, column) and its replacement, and the text after.
   */
  @ParameterizedTest(name = "{0} [{1}] <- {2}")
  @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
      ab|cd;        0,1,0,1;   X;    aXb|cd
      ab|cd;        1,0,1,2;   ;     ab|
      ab|cd;        0,1,1,1;   ;     ad
      ab|cd;        0,9,0,9;   X;    abX|cd
      ab|cd;        7,0,7,0;   X;    ab|cdX
      ab^|cd;       1,0,1,0;   X;    ab^|Xcd
      ab^|cd;       0,2,1,0;   ;     abcd
      ab^cd;        1,1,1,1;   X;    ab^cXd
      a😀b|c;       0,3,0,4;   X;    a😀X|c
      ;             0,0,0,0;   x: 1; x: 1
      """)
  void aRangeIsReplaced(String text, String range, String replacement, String after) {
    int[] r =
        java.util.Arrays.stream(range.split(",")).mapToInt(Integer::parseInt).toArray();
    String t = text == null ? "" : text.replace('|', '\n').replace('^', '\r');
    assertThat(TextChanges.apply(
            t,
            new TextDocumentContentChangeEvent(
                range(r[0], r[1], r[2], r[3]), replacement == null ? "" : replacement)))
        .isEqualTo(after.replace('|', '\n').replace('^', '\r'));
  }

  @Test
  void changesApplyInOrderAndAChangeWithoutARangeIsTheWholeText() {
    assertThat(TextChanges.apply(
            "abc",
            List.of(
                new TextDocumentContentChangeEvent(range(0, 0, 0, 1), "xy"),
                new TextDocumentContentChangeEvent(range(0, 2, 0, 3), ""))))
        .isEqualTo("xyc");
    assertThat(TextChanges.apply(
            "abc",
            List.of(
                new TextDocumentContentChangeEvent(range(0, 0, 0, 1), "xy"),
                new TextDocumentContentChangeEvent("new"),
                new TextDocumentContentChangeEvent(range(0, 3, 0, 3), "!"))))
        .isEqualTo("new!");
  }

  /** An edit: the {@code nth} (0-based) occurrence of {@code token} becomes {@code replacement}. */
  record Edit(String token, int nth, String replacement) {}

  @Test
  void afterEachEditTheDiagnosticsAreThoseOfTheWholeText(@TempDir Path dir) throws Exception {
    Path source = CorpusDiagnosticsTest.CORPUS.resolve("hot/hello_world.yaml");
    String text = Files.isRegularFile(source)
        ? Files.readString(source, StandardCharsets.UTF_8)
        : HotLanguageServerTest.TEMPLATE;
    Path file = dir.resolve("hello_world.yaml");
    Files.writeString(file, text);
    String uri = file.toUri().toString();
    session.open(uri, text);
    session.diagnostics(uri, 1);
    List<Edit> edits = List.of(
        new Edit("flavor: {", 0, "flavour: {"), // an unknown property, a missing one
        new Edit("resources:", 0, "# a comment\nresources:"), // a line above the problems
        new Edit("flavour: {", 0, "flavor: {"), // fixed
        new Edit("heat_template_version", 0, "# top\nheat_template_version"),
        new Edit("resources:", 0, "resources: ["), // not YAML
        new Edit("resources: [", 0, "resources:"));
    int version = 1;
    List<List<String>> seen = new ArrayList<>();
    for (Edit e : edits) {
      int at = nth(text, e.token(), e.nth());
      Range r = new Range(position(text, at), position(text, at + e.token().length()));
      text = text.substring(0, at)
          + e.replacement()
          + text.substring(at + e.token().length());
      session.edit(uri, ++version, r, e.replacement());
      List<Diagnostic> got = session.diagnostics(uri, version).getDiagnostics();
      String fresh = dir.resolve("fresh" + version + ".yaml").toUri().toString();
      session.open(fresh, text);
      List<Diagnostic> expected = session.diagnostics(fresh, 1).getDiagnostics();
      assertThat(describe(got)).as("after %s", e).isEqualTo(describe(expected));
      seen.add(describe(got));
    }
    // the edits did something: a problem came, moved a line down with the comment, and went
    assertThat(seen.get(0)).isNotEmpty();
    assertThat(seen.get(1)).isNotEqualTo(seen.get(0));
    assertThat(seen.get(2)).isEmpty();
    assertThat(seen.get(4)).isNotEmpty();
    assertThat(seen.get(5)).isEmpty();
  }

  @Test
  void anEditThatLeavesTheTreeAsItWasIsNotValidatedAgain() {
    DocumentChecks checks = new DocumentChecks(Catalog.standard());
    String text =
        HotLanguageServerTest.TEMPLATE.replace("{get_param: flavor}", "{get_param: flavour}");
    OpenDocument v1 = OpenDocument.of("untitled:/a.yaml", 1, text, null);
    List<String> first = describe(checks.diagnostics(v1));
    assertThat(first).singleElement().asString().startsWith("17:");
    assertThat(checks.validations()).isEqualTo(1);
    OpenDocument v2 = OpenDocument.of(
        v1.uri, 2, "# a comment\n" + text.replace("image:\n", "'image':   # quoted now\n"), v1);
    assertThat(describe(checks.diagnostics(v2))).singleElement().asString().startsWith("18:");
    assertThat(checks.validations()).isEqualTo(1);
    OpenDocument v3 = OpenDocument.of(v1.uri, 3, v2.text.replace("flavour", "flavor"), v2);
    assertThat(checks.diagnostics(v3)).isEmpty();
    assertThat(checks.validations()).isEqualTo(2);
    checks.forget(v1.uri);
    assertThat(checks.diagnostics(v3)).isEmpty();
    assertThat(checks.validations()).isEqualTo(3);
  }

  static List<String> describe(List<Diagnostic> ds) {
    return ds.stream()
        .map(d -> d.getRange().getStart().getLine() + ":"
            + d.getRange().getStart().getCharacter() + "-"
            + d.getRange().getEnd().getLine() + ":"
            + d.getRange().getEnd().getCharacter() + " " + d.getSeverity() + " "
            + d.getCode().getLeft() + ": " + d.getMessage())
        .sorted()
        .toList();
  }

  private static int nth(String text, String token, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(token, at + 1);
    }
    assertThat(at).as(token).isNotNegative();
    return at;
  }

  private static Position position(String text, int offset) {
    String before = text.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count();
    return new Position(line, offset - before.lastIndexOf('\n') - 1);
  }
}
