package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server driven over JSON-RPC pipes as an editor drives it, on a small template. */
class HotLanguageServerTest {
  static final String TEMPLATE = """
      heat_template_version: 2018-08-31
      parameters:
        image:
          type: string
        flavor:
          type: string
          default: m1.small
      resources:
        port:
          type: OS::Neutron::Port
          properties:
            network: private
        web:
          type: OS::Nova::Server
          depends_on: [port]
          properties:
            image: {get_param: image}
            flavor: {get_param: flavor}
            networks:
              - port: {get_resource: port}
      outputs:
        ip:
          value: {get_attr: [web, first_address]}
      """;

  static LspSession session;
  static int documents;

  @BeforeAll
  static void start() {
    session = new LspSession();
  }

  @AfterAll
  static void stop() throws Exception {
    assertThat(session.shutdown()).isZero();
    session.close();
  }

  /** A new document (each test its own URI) with its first diagnostics received. */
  static String open(String text) {
    String uri = "untitled:/t" + (++documents) + ".yaml";
    session.open(uri, text);
    session.diagnostics(uri, 1);
    return uri;
  }

  @Test
  void announcesItsCapabilities() {
    var c = session.initialized.getCapabilities();
    assertThat(c.getHoverProvider().getLeft()).isTrue();
    assertThat(c.getDefinitionProvider().getLeft()).isTrue();
    assertThat(c.getRenameProvider().getLeft()).isTrue();
    assertThat(c.getCompletionProvider()).isNotNull();
  }

  @Test
  void aValidTemplateHasNoDiagnostics() {
    String uri = "untitled:/valid.yaml";
    session.open(uri, TEMPLATE);
    assertThat(session.diagnostics(uri, 1).getDiagnostics()).isEmpty();
  }

  @Test
  void diagnosticsSitAtTheBadValueAndFollowChanges() {
    String uri = "untitled:/changes.yaml";
    String bad = TEMPLATE
        .replace("{get_resource: port}", "{get_resource: prot}")
        .replace("flavor: {get_param: flavor}", "flavour: {get_param: flavor}");
    session.open(uri, bad);
    List<Diagnostic> ds = session.diagnostics(uri, 1).getDiagnostics();
    assertThat(ds)
        .extracting(d -> d.getCode().getLeft())
        .containsExactlyInAnyOrder(
            "resources.web.properties.networks[0].port.get_resource",
            "resources.web.properties.flavour",
            "resources.web.properties.flavor");
    // a missing property: at the key of the mapping it is missing from
    assertThat(byCode(ds, "resources.web.properties.flavor").getRange())
        .isEqualTo(range(15, 4, 15, 14));
    Diagnostic ref = byCode(ds, "resources.web.properties.networks[0].port.get_resource");
    assertThat(ref.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
    assertThat(ref.getRange()).isEqualTo(range(19, 31, 19, 35)); // "prot"
    assertThat(ref.getMessage()).contains("prot");
    Diagnostic prop = byCode(ds, "resources.web.properties.flavour");
    assertThat(prop.getRange()).isEqualTo(range(17, 6, 17, 13)); // the key "flavour"
    assertThat(prop.getMessage())
        .startsWith("unknown property \"flavour\" of resource type OS::Nova::Server");
    // the user fixes one, then breaks the YAML, then fixes everything
    session.change(uri, 2, bad.replace("prot}", "port}"));
    assertThat(session.diagnostics(uri, 2).getDiagnostics())
        .extracting(d -> d.getCode().getLeft())
        .containsExactlyInAnyOrder(
            "resources.web.properties.flavour", "resources.web.properties.flavor");
    session.change(uri, 3, TEMPLATE.replace("    networks:", "   networks: : ["));
    PublishDiagnosticsParams broken = session.diagnostics(uri, 3);
    assertThat(broken.getDiagnostics()).hasSize(1);
    assertThat(broken.getDiagnostics().get(0).getRange().getStart().getLine()).isEqualTo(18);
    session.change(uri, 4, TEMPLATE);
    assertThat(session.diagnostics(uri, 4).getDiagnostics()).isEmpty();
  }

  @Test
  void anUnknownPropertyIsShownAtItsName() {
    String uri = "untitled:/names.yaml";
    session.open(uri, TEMPLATE.replace("network: private", "netwrk: private"));
    Diagnostic d =
        byCode(session.diagnostics(uri, 1).getDiagnostics(), "resources.port.properties.netwrk");
    assertThat(d.getRange()).isEqualTo(range(11, 6, 11, 12));
  }

  @Test
  void diagnosticsEqualTheValidatorsProblems() {
    String bad = TEMPLATE
        .replace("first_address", "no_such_attribute")
        .replace("depends_on: [port]", "depends_on: [port, ghost]");
    String uri = "untitled:/same.yaml";
    session.open(uri, bad);
    List<Diagnostic> ds = session.diagnostics(uri, 1).getDiagnostics();
    assertThat(ds)
        .extracting(d -> d.getCode().getLeft() + ": " + d.getMessage())
        .containsExactlyInAnyOrderElementsOf(
            CorpusDiagnosticsTest.validate("same.yaml", bad, null));
    assertThat(byCode(ds, "resources.web.depends_on[1]").getRange())
        .isEqualTo(range(14, 23, 14, 28));
  }

  @Test
  void aFileOnDiskIsCheckedWithTheTemplatesItNames(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("child.yaml"), """
        heat_template_version: 2018-08-31
        parameters:
          size:
            type: number
        resources:
          r:
            type: OS::Heat::RandomString
            properties:
              length: {get_param: size}
              character_classes: {get_param: missing}
        """);
    String root = """
        heat_template_version: 2018-08-31
        resources:
          kid:
            type: child.yaml
            properties:
              size: 3
              colour: blue
        """;
    Path file = dir.resolve("root.yaml");
    Files.writeString(file, root);
    String uri = file.toUri().toString();
    session.open(uri, root);
    List<Diagnostic> ds = session.diagnostics(uri, 1).getDiagnostics();
    List<String> expected = CorpusDiagnosticsTest.hotValidate(file);
    assertThat(expected)
        .anyMatch(p -> p.contains("child.yaml: resources.r.properties.character_classes.get_param"))
        .anyMatch(p -> p.contains("resources.kid.properties.colour"));
    assertThat(ds)
        .extracting(d -> (d.getSeverity() == DiagnosticSeverity.Error ? "error " : "warning ")
            + d.getCode().getLeft() + ": " + d.getMessage())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      type      | '    type: OS::Nova::Ser'               | '    type: OS::Nova::Ser'               | OS::Nova::Server
      property  | '      flav'                            | '      flav'                            | flavor
      nested    | '          fixed'                       | '          fixed'                       | fixed_ip
      resource  | '    depends_on: [p'                    | '    depends_on: [p'                    | port
      get_res   | '      admin_pass: {get_resource: '     | '      admin_pass: {get_resource: '     | port
      attribute | '    value: {get_attr: [web, add'       | '    value: {get_attr: [web, add'       | addresses
      parameter | '      admin_pass: {get_param: '        | '      admin_pass: {get_param: '        | image
      function  | '      admin_pass: {'                   | '      admin_pass: {'                   | list_concat
      """)
  void completes(String what, String line, String prefix, String expected) throws Exception {
    String text = switch (what) {
      case "type" -> TEMPLATE.replace("    type: OS::Nova::Server", line);
      case "nested" ->
        TEMPLATE.replace(
            "        - port: {get_resource: port}",
            "        - port: {get_resource: port}\n" + line);
      case "attribute" -> TEMPLATE.replace("    value: {get_attr: [web, first_address]}", line);
      case "resource" -> TEMPLATE.replace("    depends_on: [port]", line);
      default -> TEMPLATE.replace("      flavor: {get_param: flavor}", line);
    };
    String uri = "untitled:/c" + (++documents) + ".yaml";
    session.open(uri, text);
    String[] lines = text.split("\n", -1);
    int row = 0;
    while (!lines[row].equals(line)) {
      row++;
    }
    List<CompletionItem> items = session
        .server
        .getTextDocumentService()
        .completion(new CompletionParams(
            new TextDocumentIdentifier(uri), new Position(row, prefix.length())))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
    assertThat(items).extracting(CompletionItem::getLabel).contains(expected);
    CompletionItem item =
        items.stream().filter(i -> i.getLabel().equals(expected)).findFirst().orElseThrow();
    // the edit replaces the word being typed
    TextEdit edit = item.getTextEdit().getLeft();
    assertThat(edit.getRange().getEnd()).isEqualTo(new Position(row, prefix.length()));
    String typed = prefix.substring(edit.getRange().getStart().getCharacter());
    assertThat(expected).startsWith(typed);
  }

  @Test
  void completionDetailsAndVersionAwareFunctions() throws Exception {
    String text = TEMPLATE.replace("    type: OS::Nova::Server", "    type: OS::Nova::");
    String uri = open(text);
    List<CompletionItem> types = complete(uri, 13, 20);
    CompletionItem server = types.stream()
        .filter(i -> i.getLabel().equals("OS::Nova::Server"))
        .findFirst()
        .orElseThrow();
    assertThat(server.getDetail()).startsWith("SUPPORTED");
    assertThat(types).extracting(CompletionItem::getLabel).doesNotContain("OS::Nova::Server_");
    // 2013-05-23 has no list_join: a template of that version is not offered it
    String old = TEMPLATE
        .replace("2018-08-31", "2013-05-23")
        .replace("      flavor: {get_param: flavor}", "      admin_pass: {");
    String oldUri = open(old);
    List<String> fns =
        complete(oldUri, 17, 19).stream().map(CompletionItem::getLabel).toList();
    assertThat(fns)
        .contains("get_param", "get_resource")
        .doesNotContain("yaql", "repeat", "if", "map_merge");
    List<String> props =
        complete(uri, 16, 6).stream().map(CompletionItem::getLabel).toList();
    assertThat(props).isEmpty(); // the type is not known yet: no property names
  }

  @Test
  void hoverShowsHeatsDocumentation() throws Exception {
    String uri = open(TEMPLATE);
    Hover flavor = hover(uri, 17, 8);
    String md = flavor.getContents().getRight().getValue();
    assertThat(md)
        .contains(
            "**flavor** `string`, required",
            "Update: updated in place",
            "Support status: SUPPORTED",
            "Constraint: custom_constraint nova.flavor");
    assertThat(flavor.getRange()).isEqualTo(range(17, 6, 17, 12));
    String image = hover(uri, 16, 7).getContents().getRight().getValue();
    assertThat(image).contains("**image**", "Update: updated in place");
    String nested = hover(uri, 19, 12).getContents().getRight().getValue();
    assertThat(nested).contains("**port** `string`");
    String type = hover(uri, 13, 14).getContents().getRight().getValue();
    assertThat(type).startsWith("**OS::Nova::Server**").contains("Support status: SUPPORTED");
    assertThat(hover(uri, 1, 3)).isNull();
  }

  @Test
  void definitionReferencesAndRename() throws Exception {
    String uri = open(TEMPLATE);
    var docs = session.server.getTextDocumentService();
    // get_resource: port -> resources.port
    List<? extends Location> def = docs.definition(
            new DefinitionParams(new TextDocumentIdentifier(uri), new Position(19, 33)))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
    assertThat(def).extracting(Location::getRange).containsExactly(range(8, 2, 8, 6));
    List<? extends Location> param = docs.definition(
            new DefinitionParams(new TextDocumentIdentifier(uri), new Position(16, 26)))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
    assertThat(param).extracting(Location::getRange).containsExactly(range(2, 2, 2, 7));
    List<? extends Location> attr = docs.definition(
            new DefinitionParams(new TextDocumentIdentifier(uri), new Position(22, 24)))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
    assertThat(attr).extracting(Location::getRange).containsExactly(range(12, 2, 12, 5));
    List<? extends Location> refs = docs.references(new ReferenceParams(
            new TextDocumentIdentifier(uri), new Position(8, 3), new ReferenceContext(true)))
        .get(60, TimeUnit.SECONDS);
    assertThat(refs)
        .extracting(Location::getRange)
        .containsExactlyInAnyOrder(range(8, 2, 8, 6), range(14, 17, 14, 21), range(19, 31, 19, 35));
    WorkspaceEdit edit = docs.rename(
            new RenameParams(new TextDocumentIdentifier(uri), new Position(14, 18), "nic"))
        .get(60, TimeUnit.SECONDS);
    String renamed = apply(TEMPLATE, edit.getChanges().get(uri));
    assertThat(renamed)
        .isEqualTo(TEMPLATE
            .replace("  port:\n    type", "  nic:\n    type")
            .replace("[port]", "[nic]")
            .replace("get_resource: port", "get_resource: nic"));
    WorkspaceEdit p = docs.rename(
            new RenameParams(new TextDocumentIdentifier(uri), new Position(2, 3), "os_image"))
        .get(60, TimeUnit.SECONDS);
    assertThat(apply(TEMPLATE, p.getChanges().get(uri)))
        .isEqualTo(TEMPLATE
            .replace("  image:\n    type", "  os_image:\n    type")
            .replace("get_param: image", "get_param: os_image"));
    assertThatThrownBy(() -> docs.rename(
                new RenameParams(new TextDocumentIdentifier(uri), new Position(2, 3), "a: b"))
            .get(60, TimeUnit.SECONDS))
        .hasMessageContaining("a parameter name is letters");
  }

  @Test
  void codeActionsFixNamesAndQuoteSurprisingScalars() throws Exception {
    String text = TEMPLATE
        .replace("flavor: {get_param: flavor}", "flavr: {get_param: flavor}")
        .replace("network: private", "network: private\n      port_security_enabled: yes");
    String uri = "untitled:/actions.yaml";
    session.open(uri, text);
    List<Diagnostic> ds = session.diagnostics(uri, 1).getDiagnostics();
    Diagnostic flavr = byCode(ds, "resources.web.properties.flavr");
    List<Either<org.eclipse.lsp4j.Command, CodeAction>> fix = session
        .server
        .getTextDocumentService()
        .codeAction(new CodeActionParams(
            new TextDocumentIdentifier(uri),
            flavr.getRange(),
            new CodeActionContext(List.of(flavr))))
        .get(60, TimeUnit.SECONDS);
    assertThat(fix)
        .extracting(a -> a.getRight().getTitle())
        .containsExactly("Change \"flavr\" to \"flavor\"");
    assertThat(apply(text, fix.get(0).getRight().getEdit().getChanges().get(uri)))
        .contains("      flavor: {get_param: flavor}");
    Range yes = range(12, 29, 12, 32);
    List<Either<org.eclipse.lsp4j.Command, CodeAction>> quote = session
        .server
        .getTextDocumentService()
        .codeAction(new CodeActionParams(
            new TextDocumentIdentifier(uri), yes, new CodeActionContext(List.of())))
        .get(60, TimeUnit.SECONDS);
    assertThat(quote)
        .extracting(a -> a.getRight().getTitle())
        .containsExactly("Quote \"yes\" (YAML 1.1 reads it as bool)");
    assertThat(apply(text, quote.get(0).getRight().getEdit().getChanges().get(uri)))
        .contains("port_security_enabled: \"yes\"");
  }

  @ParameterizedTest
  @CsvSource({
    "yes,true",
    "No,true",
    "on,true",
    "true,false",
    "010,true",
    "0x1F,true",
    "1_000,true",
    "1:20,true",
    "1:20.5,true",
    "80,false",
    "-3,false",
    "1.5,false",
    "1e3,false",
    "y,false",
    "web,false"
  })
  void surprisingScalars(String scalar, boolean surprising) {
    assertThat(CodeActions.surprising(scalar)).isEqualTo(surprising);
  }

  static Diagnostic byCode(List<Diagnostic> ds, String code) {
    return ds.stream()
        .filter(d -> d.getCode().getLeft().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + ds));
  }

  static Range range(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }

  static List<CompletionItem> complete(String uri, int line, int col) throws Exception {
    return session
        .server
        .getTextDocumentService()
        .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, col)))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
  }

  static Hover hover(String uri, int line, int col) throws Exception {
    return session
        .server
        .getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, col)))
        .get(60, TimeUnit.SECONDS);
  }

  /** The text with {@code edits} applied (non-overlapping, any order). */
  static String apply(String text, List<TextEdit> edits) {
    String[] lines = text.split("\n", -1);
    List<TextEdit> sorted = edits.stream()
        .sorted((a, b) -> {
          Position x = a.getRange().getStart();
          Position y = b.getRange().getStart();
          return x.getLine() != y.getLine()
              ? y.getLine() - x.getLine()
              : y.getCharacter() - x.getCharacter();
        })
        .toList();
    for (TextEdit e : sorted) {
      Range r = e.getRange();
      assertThat(r.getStart().getLine()).isEqualTo(r.getEnd().getLine());
      String l = lines[r.getStart().getLine()];
      lines[r.getStart().getLine()] = l.substring(0, r.getStart().getCharacter())
          + e.getNewText()
          + l.substring(r.getEnd().getCharacter());
    }
    return String.join("\n", lines);
  }
}
