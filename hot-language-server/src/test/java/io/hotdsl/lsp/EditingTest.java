package io.hotdsl.lsp;

import static io.hotdsl.lsp.HotLanguageServerTest.apply;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code action adding a missing required property, and completion of property values. */
class EditingTest {
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

  /**
   * Each row: a resource missing a required property (its body, {@code |} for a line break); the
   * property; the text the action adds. After the edit, the validator no longer reports it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
      block mapping;  `    type: OS::Neutron::SecurityGroupRule|    properties:|      direction: ingress|      protocol: tcp`;  security_group; `      protocol: tcp|      security_group: ""|`
      no properties;  `    type: OS::Neutron::SecurityGroupRule`;  security_group; `    type: OS::Neutron::SecurityGroupRule|    properties:|      security_group: ""|`
      flow mapping;   `    type: OS::Neutron::SecurityGroupRule|    properties: {direction: egress}`;  security_group; `{direction: egress, security_group: ""}`
      empty flow;     `    type: OS::Neutron::SecurityGroupRule|    properties: {}`;  security_group; `{security_group: ""}`
      empty value;    `    type: OS::Neutron::SecurityGroupRule|    properties:`;  security_group; `    properties:|      security_group: ""|`
      map of keys;    `    type: OS::Heat::ResourceGroup|    properties:|      count: 2`;  resource_def; `      count: 2|      resource_def:|        type: ""|`
      nested key;     `    type: OS::Heat::ResourceGroup|    properties:|      resource_def:|        properties: {}`;  type; `        properties: {}|        type: ""|`
      last line;      `    type: OS::Heat::Value|    properties:|      type: string`;  value; `      type: string|      value: ""`
      """)
  void addsAMissingRequiredProperty(String what, String body, String property, String added)
      throws Exception {
    String text = "heat_template_version: 2018-08-31\nresources:\n  r:\n" + body.replace('|', '\n')
        + (what.equals("last line") ? "" : "\n");
    String uri = "untitled:/missing" + (++documents) + ".yaml";
    session.open(uri, text);
    List<Diagnostic> ds = session.diagnostics(uri, 1).getDiagnostics();
    List<Diagnostic> missing = ds.stream()
        .filter(d -> d.getMessage().startsWith("required property \"" + property + "\""))
        .toList();
    assertThat(missing).as("%s", ds).hasSize(1);
    List<Either<Command, CodeAction>> actions = actions(uri, missing);
    assertThat(actions)
        .extracting(a -> a.getRight().getTitle())
        .containsExactly("Add required property \"" + property + "\"");
    List<TextEdit> edit = actions.get(0).getRight().getEdit().getChanges().get(uri);
    String fixed = applyInserts(text, edit);
    assertThat(fixed).contains(added.replace('|', '\n'));
    assertThat(CorpusDiagnosticsTest.validate("fixed.yaml", fixed, null))
        .noneMatch(p -> p.contains("required property \"" + property + "\""));
  }

  private static List<Either<Command, CodeAction>> actions(String uri, List<Diagnostic> ds)
      throws Exception {
    if (ds.isEmpty()) {
      return List.of();
    }
    return session
        .server
        .getTextDocumentService()
        .codeAction(new CodeActionParams(
            new TextDocumentIdentifier(uri), ds.get(0).getRange(), new CodeActionContext(ds)))
        .get(60, TimeUnit.SECONDS);
  }

  /** Applies insertions (possibly holding line breaks) to {@code text}. */
  static String applyInserts(String text, List<TextEdit> edits) {
    assertThat(edits).hasSize(1);
    TextEdit e = edits.get(0);
    assertThat(e.getRange().getStart()).isEqualTo(e.getRange().getEnd());
    String[] lines = text.split("\n", -1);
    int offset = 0;
    for (int i = 0; i < e.getRange().getStart().getLine(); i++) {
      offset += lines[i].length() + 1;
    }
    offset += e.getRange().getStart().getCharacter();
    return text.substring(0, offset) + e.getNewText() + text.substring(offset);
  }

  /**
   * Each row: a property line of a resource, the cursor at its end; what completion offers (all
   * of it, in order) and the text the first item inserts.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
      allowed values;  OS::Neutron::SecurityGroupRule; `      direction: `;     ingress egress; ingress
      typed prefix;    OS::Neutron::SecurityGroupRule; `      ethertype: IP`;   IPv4 IPv6; IPv4
      boolean;         OS::Neutron::Port;              `      admin_state_up: `; true false; true
      list item keys;  OS::Heat::RandomString;         `      character_classes:|        - class: `; lettersdigits letters lowercase uppercase digits hexdigits octdigits; lettersdigits
      no constraint;   OS::Neutron::Port;              `      name: `;  ;
      """)
  void completesAllowedValues(
      String what, String type, String lines, String expected, String firstInsert)
      throws Exception {
    String text = "heat_template_version: 2018-08-31\nresources:\n  r:\n    type: " + type
        + "\n    properties:\n" + lines.replace('|', '\n') + "\n";
    String uri = "untitled:/values" + (++documents) + ".yaml";
    session.open(uri, text);
    String[] all = text.split("\n", -1);
    int row = 4 + lines.split("\\|").length;
    List<CompletionItem> items = session
        .server
        .getTextDocumentService()
        .completion(new CompletionParams(
            new TextDocumentIdentifier(uri), new Position(row, all[row].length())))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
    if (expected == null) {
      assertThat(items)
          .extracting(CompletionItem::getLabel)
          .noneMatch(l -> l.equals("true") || l.equals("ingress"));
      return;
    }
    assertThat(items).extracting(CompletionItem::getLabel).containsExactly(expected.split(" "));
    TextEdit edit = items.get(0).getTextEdit().getLeft();
    assertThat(apply(text, List.of(edit)).split("\n", -1)[row])
        .isEqualTo(all[row].replaceAll("[\\w]*$", "") + firstInsert);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', textBlock = """
      tcp;   tcp
      yes;   "yes"
      1;     "1"
      010;   "010"
      '';    ""
      a b;   "a b"
      x: y;  "x: y"
      IPv4;  IPv4
      """)
  void stringsAreInsertedSoYamlReadsThemBackAsStrings(String value, String inserted) {
    assertThat(MissingProperty.scalar(value == null ? "" : value)).isEqualTo(inserted);
  }
}
