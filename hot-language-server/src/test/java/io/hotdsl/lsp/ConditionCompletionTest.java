package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Completion where a condition goes: condition names and the condition functions of the
 * template's version in {@code and}/{@code or} items, {@code not}, {@code if}'s first item (flow
 * and block), a name after a resource's or output's {@code condition:}, a function for a
 * definition of the {@code conditions} section; nothing of the kind elsewhere.
 */
class ConditionCompletionTest {
  static LspSession session;
  static int documents;

  static final String TEMPLATE = """
      heat_template_version: 2018-08-31
      parameters:
        env: {type: string}
      conditions:
        prod: {equals: [{get_param: env}, prod]}
        dev: {equals: [{get_param: env}, dev]}
      @CONDITIONS
      resources:
        r:
          type: OS::Heat::None
          @RESOURCE
      outputs:
        o:
          @OUTPUT
      """;

  @BeforeAll
  static void start() {
    session = new LspSession();
  }

  @AfterAll
  static void stop() throws Exception {
    assertThat(session.shutdown()).isZero();
    session.close();
  }

  static final List<String> C2017 =
      List.of("and", "contains", "equals", "get_param", "not", "or", "yaql");
  static final List<String> C2016 = List.of("and", "equals", "get_param", "not", "or");
  static final List<String> NAMES = List.of("dev", "prod");

  static List<String> both(List<String> functions) {
    return Stream.concat(NAMES.stream(), functions.stream()).toList();
  }

  /**
   * Each: where the text goes (@CONDITIONS, @RESOURCE, @OUTPUT), the text with the cursor as
   * {@code |}, the version, the labels offered (exactly), and the text one of them inserts
   * ("label=text"; none when only names).
   */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "@CONDITIONS", "  big: {and: [prod, |", "2018-08-31", both(C2017), "equals={equals: }"),
        Arguments.of("@CONDITIONS", "  big: {or: [|", "2018-08-31", both(C2017), "prod=prod"),
        Arguments.of("@CONDITIONS", "  big: {not: p|", "2018-08-31", both(C2017), "prod=prod"),
        Arguments.of("@CONDITIONS", "  big: {and: [prod, {|", "2018-08-31", C2017, "equals=equals"),
        Arguments.of("@CONDITIONS", "  big: {and: [prod, {|", "2016-10-14", C2016, "not=not"),
        Arguments.of(
            "@CONDITIONS", "  big:\n    and:\n      - |", "2018-08-31", both(C2017), "or=or: "),
        Arguments.of(
            "@CONDITIONS",
            "  big:\n    or:\n      - dev\n      - |",
            "2016-10-14",
            both(C2016),
            "dev=dev"),
        Arguments.of("@CONDITIONS", "  big: |", "2018-08-31", C2017, "not={not: }"),
        Arguments.of("@CONDITIONS", "  big:\n    |", "2018-08-31", C2017, "and=and: "),
        Arguments.of("@RESOURCE", "condition: |", "2018-08-31", NAMES, "dev=dev"),
        Arguments.of("@OUTPUT", "condition: d|", "2018-08-31", NAMES, "dev=dev"),
        Arguments.of("@OUTPUT", "value: {if: [|", "2018-08-31", both(C2017), "prod=prod"),
        Arguments.of("@OUTPUT", "value: {if: [{|", "2016-10-14", C2016, "equals=equals"),
        Arguments.of(
            "@OUTPUT", "value:\n      if:\n        - |", "2018-08-31", both(C2017), "prod=prod"));
  }

  @ParameterizedTest(name = "{1} ({2})")
  @MethodSource("cases")
  void offersConditionNamesAndFunctions(
      String marker, String line, String version, List<String> labels, String inserts)
      throws Exception {
    List<CompletionItem> items = complete(marker, line, version);
    assertThat(items)
        .extracting(CompletionItem::getLabel)
        .containsExactlyInAnyOrderElementsOf(labels);
    String label = inserts.substring(0, inserts.indexOf('='));
    assertThat(items)
        .filteredOn(i -> i.getLabel().equals(label))
        .singleElement()
        .satisfies(i -> assertThat(i.getTextEdit().getLeft().getNewText())
            .isEqualTo(inserts.substring(inserts.indexOf('=') + 1)));
  }

  /** Elsewhere no condition is offered: the second item of if, a parameter, a property. */
  @ParameterizedTest(name = "{1}")
  @MethodSource("elsewhere")
  void offersNoConditionWhereNoneGoes(String marker, String line) throws Exception {
    assertThat(complete(marker, line, "2018-08-31"))
        .extracting(CompletionItem::getLabel)
        .doesNotContain("prod", "dev");
  }

  static Stream<Arguments> elsewhere() {
    return Stream.of(
        Arguments.of("@OUTPUT", "value: {if: [prod, |"),
        Arguments.of("@OUTPUT", "value: {get_param: |"),
        Arguments.of("@CONDITIONS", "  big: {equals: [{get_param: |"),
        Arguments.of("@RESOURCE", "depends_on: [|"));
  }

  private static List<CompletionItem> complete(String marker, String line, String version)
      throws Exception {
    String text =
        TEMPLATE.replace("2018-08-31", version).replace(marker, line).replaceAll("\\s*@[A-Z]+", "");
    int at = text.indexOf('|');
    String before = text.substring(0, at);
    text = before + text.substring(at + 1);
    int row = (int) before.chars().filter(c -> c == '\n').count();
    int col = at - before.lastIndexOf('\n') - 1;
    String uri = "untitled:/cond" + (++documents) + ".yaml";
    session.open(uri, text);
    return session
        .server
        .getTextDocumentService()
        .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(row, col)))
        .get(60, TimeUnit.SECONDS)
        .getLeft();
  }
}
