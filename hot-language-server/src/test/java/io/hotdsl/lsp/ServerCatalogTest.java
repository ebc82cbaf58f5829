package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.SchemaJson;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/**
 * The server's one catalog reaches completion, hover and diagnostics: a type the user adds to it
 * is offered, described and validated, and the standard catalog knows nothing of it.
 */
class ServerCatalogTest {
  static final ResourceTypeSchema CUSTOM = SchemaJson.parse("""
      {"resource_type": "My::Custom::Thing",
       "properties": {"size": {"type": "integer", "description": "How big.", "required": true,
                               "update_allowed": false, "immutable": false}},
       "attributes": {}}
      """, "custom.json");
  static final Catalog WITH_CUSTOM = Catalog.standard().with(CUSTOM);

  static final String TEMPLATE = """
      heat_template_version: 2021-04-16
      resources:
        r:
          type: My::Custom::Thing
          properties:
            size: 3
      """;

  @Test
  void completionOffersTheCatalogsTypes() {
    OpenDocument doc = OpenDocument.of(
        "file:///t.yaml",
        1,
        "heat_template_version: 2021-04-16\nresources:\n  r:\n    type: \n",
        null);
    Position end = new Position(3, 10);
    assertThat(Completions.at(doc, end, WITH_CUSTOM))
        .extracting(CompletionItem::getLabel)
        .contains("My::Custom::Thing", "OS::Nova::Server");
    assertThat(Completions.at(doc, end, Catalog.standard()))
        .extracting(CompletionItem::getLabel)
        .contains("OS::Nova::Server")
        .doesNotContain("My::Custom::Thing");
  }

  @Test
  void hoverDescribesTheCatalogsProperties() {
    OpenDocument doc = OpenDocument.of("file:///t.yaml", 1, TEMPLATE, null);
    Position onSize = new Position(5, 7);
    Hover hover = Hovers.at(doc, onSize, WITH_CUSTOM);
    assertThat(hover).isNotNull();
    assertThat(hover.getContents().getRight().getValue()).contains("How big.");
    assertThat(Hovers.at(doc, onSize, Catalog.standard())).isNull();
  }

  @Test
  void diagnosticsValidateAgainstTheCatalog() {
    String missing = TEMPLATE.replace("    properties:\n      size: 3\n", "");
    assertThat(missing).doesNotContain("size");
    OpenDocument doc = OpenDocument.of("file:///t.yaml", 1, missing, null);
    List<String> custom = messages(missing, doc, WITH_CUSTOM);
    assertThat(custom).anyMatch(m -> m.contains("required property \"size\""));
    assertThat(custom).noneMatch(m -> m.contains("My::Custom::Thing") && m.contains("unknown"));
    assertThat(messages(missing, doc, Catalog.standard()))
        .anyMatch(m -> m.contains("My::Custom::Thing"))
        .noneMatch(m -> m.contains("required property \"size\""));
  }

  private static List<String> messages(String text, OpenDocument doc, Catalog catalog) {
    return DocumentDiagnostics.of(text, "t.yaml", null, doc.index, catalog).stream()
        .map(Diagnostic::getMessage)
        .toList();
  }
}
