package io.hotdsl.lsp;

import static io.hotdsl.lsp.HotLanguageServerTest.apply;
import static io.hotdsl.lsp.HotLanguageServerTest.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Navigation for conditions, provider templates, their outputs and parameters, get_file targets. */
class NavigationTest {
  @TempDir
  static Path ws;

  static LspSession session;
  static String mainUri;

  static final String MAIN = """
      heat_template_version: 2018-08-31
      parameters:
        env:
          type: string
      conditions:
        prod: {equals: [{get_param: env}, prod]}
        big:
          and: [prod, {not: prod}]
      resources:
        kid:
          type: child.yaml
          condition: prod
          properties:
            size: 3
        cfg:
          type: OS::Heat::SoftwareConfig
          properties:
            config: {get_file: scripts/boot.sh}
            group: {if: [big, script, ungrouped]}
        srv:
          type: My::Server
        far:
          type: OS::Heat::SoftwareConfig
          properties:
            config: {get_file: ../outside.sh}
      outputs:
        addr:
          value: {get_attr: [kid, answer]}
          condition: big
      """;

  static final String CHILD = """
      heat_template_version: 2018-08-31
      parameters:
        size:
          type: number
      resources: {}
      outputs:
        answer:
          value: 42
      """;

  static final String ENV = "resource_registry:\n  My::Server: child.yaml\n";

  /** Another parent of child.yaml, through the environment's type, in a subfolder. */
  static final String OTHER = """
      heat_template_version: 2018-08-31
      resources:
        s:
          type: My::Server
          properties:
            size: 1
        n:
          type: OS::Heat::None
        cfg:
          type: OS::Heat::SoftwareConfig
          properties:
            config: {get_file: ../scripts/boot.sh}
      outputs:
        a:
          value: {get_attr: [s, answer]}
        b:
          value:
            get_attr:
              - s
              - answer
              - deep
        c:
          value: {get_attr: [n, answer]}
      """;

  @BeforeAll
  static void start() throws Exception {
    Files.writeString(ws.resolve("main.yaml"), MAIN);
    Files.writeString(ws.resolve("child.yaml"), CHILD);
    Files.writeString(ws.resolve("env.yaml"), ENV);
    Files.createDirectories(ws.resolve("scripts"));
    Files.writeString(ws.resolve("scripts/boot.sh"), "#!/bin/sh\n");
    Files.createDirectories(ws.resolve("stacks"));
    Files.writeString(ws.resolve("stacks/other.yaml"), OTHER);
    session = new LspSession(ws.toUri().toString());
    mainUri = ws.resolve("main.yaml").toUri().toString();
    session.open(mainUri, MAIN);
    session.diagnostics(mainUri, 1);
  }

  @AfterAll
  static void stop() throws Exception {
    assertThat(session.shutdown()).isZero();
    session.close();
  }

  /** The position inside the {@code nth} (0-based) occurrence of {@code token} in {@code text}. */
  static Position inside(String text, String token, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(token, at + 1);
    }
    String before = text.substring(0, at);
    int line = (int) before.chars().filter(c -> c == '\n').count();
    return new Position(line, at - before.lastIndexOf('\n') - 1 + 1);
  }

  static List<? extends Location> definition(String uri, Position p) throws Exception {
    return session
        .server
        .getTextDocumentService()
        .definition(new DefinitionParams(new TextDocumentIdentifier(uri), p))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
  }

  static String uri(String file) {
    return ws.resolve(file).toUri().toString();
  }

  /**
   * Each row: a token of MAIN (its occurrence) the cursor sits in; the file the definition is in
   * (empty: none) and its range.
   */
  @ParameterizedTest(name = "{0}#{1}")
  @CsvSource(delimiter = ';', textBlock = """
      prod;            4;  main.yaml;        5, 2, 5, 6
      prod;            2;  main.yaml;        5, 2, 5, 6
      big;             1;  main.yaml;        6, 2, 6, 5
      big;             2;  main.yaml;        6, 2, 6, 5
      scripts/boot.sh; 0;  scripts/boot.sh;  0, 0, 0, 0
      child.yaml;      0;  child.yaml;       0, 0, 0, 0
      answer;          0;  child.yaml;       6, 2, 6, 8
      size;            0;  child.yaml;       2, 2, 2, 6
      My::Server;      0;  child.yaml;       0, 0, 0, 0
      ../outside.sh;   0;  ;
      """)
  void definitions(String token, int nth, String file, String where) throws Exception {
    List<? extends Location> got = definition(mainUri, inside(MAIN, token, nth));
    if (file == null) {
      assertThat(got).isEmpty();
      return;
    }
    int[] r = java.util.Arrays.stream(where.split(","))
        .map(String::strip)
        .mapToInt(Integer::parseInt)
        .toArray();
    assertThat(got).singleElement().satisfies(l -> {
      assertThat(Path.of(java.net.URI.create(l.getUri()))).isEqualTo(ws.resolve(file));
      assertThat(l.getRange()).isEqualTo(range(r[0], r[1], r[2], r[3]));
    });
  }

  @Test
  void referencesOfAConditionAndItsRename() throws Exception {
    var docs = session.server.getTextDocumentService();
    List<? extends Location> refs = docs.references(new ReferenceParams(
            new TextDocumentIdentifier(mainUri), new Position(5, 3), new ReferenceContext(true)))
        .get(60, TimeUnit.SECONDS);
    String[] lines = MAIN.split("\n");
    assertThat(refs)
        .extracting(l -> l.getRange().getStart().getLine())
        .containsExactlyInAnyOrder(5, 7, 7, 11);
    assertThat(refs).allSatisfy(l -> {
      Range r = l.getRange();
      assertThat(lines[r.getStart().getLine()].substring(
              r.getStart().getCharacter(), r.getEnd().getCharacter()))
          .isEqualTo("prod");
    });
    WorkspaceEdit edit = docs.rename(
            new RenameParams(new TextDocumentIdentifier(mainUri), inside(MAIN, "big", 2), "large"))
        .get(60, TimeUnit.SECONDS);
    assertThat(apply(MAIN, edit.getChanges().get(mainUri)))
        .isEqualTo(MAIN.replace("  big:\n", "  large:\n")
            .replace("[big,", "[large,")
            .replace("condition: big", "condition: large"));
  }

  @Test
  void anEnvironmentsRegistryEntryOpensItsFile() throws Exception {
    String envUri = uri("env.yaml");
    session.open(envUri, ENV);
    session.diagnostics(envUri, 1);
    assertThat(definition(envUri, inside(ENV, "child.yaml", 0)))
        .singleElement()
        .extracting(Location::getUri)
        .isEqualTo(uri("child.yaml"));
  }

  /** "file:line:text" of each location (the text its range covers). */
  static List<String> describe(List<? extends Location> ls) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    for (Location l : ls) {
      Path p = Path.of(java.net.URI.create(l.getUri()));
      Range r = l.getRange();
      String line = Files.readAllLines(p).get(r.getStart().getLine());
      out.add(ws.relativize(p) + ":" + r.getStart().getLine() + ":"
          + line.substring(r.getStart().getCharacter(), r.getEnd().getCharacter()));
    }
    return out;
  }

  static List<? extends Location> references(String uri, Position p, boolean declaration)
      throws Exception {
    return session
        .server
        .getTextDocumentService()
        .references(new ReferenceParams(
            new TextDocumentIdentifier(uri), p, new ReferenceContext(declaration)))
        .get(60, TimeUnit.SECONDS);
  }

  @Test
  void aProvidersOutputIsFoundWhereItsParentsReadIt() throws Exception {
    String childUri = uri("child.yaml");
    session.open(childUri, CHILD);
    session.diagnostics(childUri, 1);
    Position answer = inside(CHILD, "answer", 0);
    List<String> uses = List.of(
        "main.yaml:27:answer", "stacks/other.yaml:14:answer", "stacks/other.yaml:19:answer");
    assertThat(describe(references(childUri, answer, false)))
        .containsExactlyInAnyOrderElementsOf(uses);
    assertThat(describe(references(childUri, answer, true)))
        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("child.yaml:6:answer"), uses.stream())
            .toList());
    // go to definition on the output leads to its uses
    assertThat(describe(definition(childUri, answer))).containsExactlyInAnyOrderElementsOf(uses);
    // from a parent's get_attr: the provider's declaration and every use
    String otherUri = uri("stacks/other.yaml");
    session.open(otherUri, OTHER);
    session.diagnostics(otherUri, 1);
    assertThat(describe(references(otherUri, inside(OTHER, "answer", 1), true)))
        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("child.yaml:6:answer"), uses.stream())
            .toList());
    // n is no provider: its get_attr leads nowhere
    assertThat(references(otherUri, inside(OTHER, "answer", 2), true)).isEmpty();
  }

  @Test
  void aProvidersParameterIsFoundWhereItsParentsSetIt() throws Exception {
    List<String> keys = List.of("main.yaml:13:size", "stacks/other.yaml:5:size");
    String childUri = uri("child.yaml");
    session.open(childUri, CHILD);
    session.diagnostics(childUri, 1);
    assertThat(describe(references(childUri, inside(CHILD, "size", 0), true)))
        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("child.yaml:2:size"), keys.stream())
            .toList());
    assertThat(describe(references(mainUri, inside(MAIN, "size", 0), false)))
        .containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void aProviderTemplateAndAGetFileTargetAreFoundWhereverTheWorkspaceUsesThem() throws Exception {
    // on a resource's type naming a provider: the file, and every resource it is the provider of
    assertThat(describe(references(mainUri, inside(MAIN, "child.yaml", 0), true)))
        .containsExactlyInAnyOrder(
            "child.yaml:0:",
            "main.yaml:10:child.yaml",
            "main.yaml:20:My::Server",
            "stacks/other.yaml:3:My::Server");
    // on a get_file argument: the file, and every get_file reading it (resolved from each folder)
    assertThat(describe(references(mainUri, inside(MAIN, "scripts/boot.sh", 0), false)))
        .containsExactlyInAnyOrder(
            "main.yaml:17:scripts/boot.sh", "stacks/other.yaml:11:../scripts/boot.sh");
    // a file outside the workspace is no target: nothing
    assertThat(references(mainUri, inside(MAIN, "../outside.sh", 0), true)).isEmpty();
  }
}
