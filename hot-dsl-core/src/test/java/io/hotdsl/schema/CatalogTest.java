package io.hotdsl.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.TemplateValidator;
import io.hotdsl.validate.ValidationDepth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A catalog is a value: what one validation knows, another does not unless it is given it. */
class CatalogTest {
  private static final String WIDGET = "CatalogTest::Widget";
  private static final String GADGET = "CatalogTest::Gadget";

  private static final Template TEMPLATE = HotReader.read("""
      heat_template_version: 2018-08-31
      resources:
        w:
          type: CatalogTest::Widget
          properties:
            size: 3
      """, "catalog-test.yaml");

  private static ResourceTypeSchema widget(int maxSize) {
    return SchemaJson.parse(
        "{\"resource_type\": \"" + WIDGET + "\", \"properties\": {\"size\": "
            + "{\"type\": \"integer\", \"constraints\": [{\"range\": {\"max\": " + maxSize
            + "}}]}},"
            + " \"attributes\": {}, \"support_status\": {\"status\": \"SUPPORTED\"}}",
        "test");
  }

  private static ResourceTypeSchema gadget() {
    return SchemaJson.parse(
        "{\"resource_type\": \"" + GADGET + "\", \"properties\": {},"
            + " \"attributes\": {}, \"support_status\": {\"status\": \"SUPPORTED\"}}",
        "test");
  }

  private static List<String> messages(List<Problem> problems) {
    return problems.stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void twoValidationsWithDifferentCatalogsSeeOnlyTheirOwnTypes() {
    Catalog knowsWidget = Catalog.of(widget(10), gadget());
    Catalog knowsGadget = Catalog.of(gadget());

    assertThat(TemplateValidator.validate(TEMPLATE, knowsWidget).problems()).isEmpty();
    assertThat(messages(TemplateValidator.validate(TEMPLATE, knowsGadget).errors()))
        .singleElement()
        .asString()
        .startsWith("resources.w.type: unknown resource type \"" + WIDGET + "\"");
    // and again, in the other order: nothing of one run stays for the next
    assertThat(TemplateValidator.validate(TEMPLATE, knowsWidget).problems()).isEmpty();

    assertThat(knowsGadget.lookup(WIDGET)).isEmpty();
    assertThat(Catalog.standard().lookup(WIDGET)).isEmpty();
    assertThat(Catalog.standard().lookup(GADGET)).isEmpty();
    assertThat(ResourceTypes.lookup(WIDGET)).isEmpty();
  }

  @Test
  void theBundleValidatesWithTheCatalogItIsGiven() {
    Bundle bundle = Bundle.builder("root.yaml", TEMPLATE).build();

    assertThat(BundleValidator.validateAll(bundle, ValidationDepth.CREATE, Catalog.of(widget(10)))
            .problems())
        .isEmpty();
    assertThat(messages(
            BundleValidator.validateAll(bundle, ValidationDepth.CREATE, Catalog.of(gadget()))
                .errors()))
        .isNotEmpty()
        .allMatch(m -> m.contains("CatalogTest::Widget"));
  }

  @Test
  void aLaterSchemaOfTheSameTypeWinsInANewCatalog() {
    Catalog lenient = Catalog.of(widget(10));
    Catalog strict = lenient.with(widget(2));

    assertThat(TemplateValidator.validate(TEMPLATE, lenient).problems()).isEmpty();
    assertThat(messages(TemplateValidator.validate(TEMPLATE, strict).errors()))
        .singleElement()
        .asString()
        .startsWith("resources.w.properties.size: ");
    assertThat(lenient.lookup(WIDGET).orElseThrow().properties().get("size").constraints())
        .isNotEqualTo(
            strict.lookup(WIDGET).orElseThrow().properties().get("size").constraints());
  }

  @Test
  void typesAreSortedAndAnEmptyCatalogKnowsNothing() {
    Catalog c = Catalog.of(widget(1), gadget());
    assertThat(c.types()).containsExactly(GADGET, WIDGET);
    assertThat(c.all()).containsOnlyKeys(GADGET, WIDGET);
    assertThat(c.isEmpty()).isFalse();
    assertThat(Catalog.of().isEmpty()).isTrue();
    assertThat(Catalog.of().types()).isEmpty();
    assertThat(Catalog.of().lookup(WIDGET)).isEmpty();
    assertThatThrownBy(() -> c.with((ResourceTypeSchema) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void anEmptyCatalogReportsNoUnknownTypes() {
    // without any schema, known and unknown types can't be told apart (as before)
    assertThat(TemplateValidator.validate(TEMPLATE, Catalog.of()).errors()).isEmpty();
  }
}
