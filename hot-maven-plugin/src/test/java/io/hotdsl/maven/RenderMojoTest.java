package io.hotdsl.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.TemplateDefinition;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.SchemaJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hot:render} validates each definition against the definition's own catalog, and a
 * definition's failing code is reported as that definition's error, never as a crash.
 */
class RenderMojoTest {
  static final String TYPE = "RenderMojoTest::Widget";

  @TempDir
  Path dir;

  static Bundle usesWidget() {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    t.resource(Resource.builder("w", TYPE));
    return Bundle.builder("w.yaml", t.build()).build();
  }

  static ResourceTypeSchema widget() {
    return SchemaJson.parse(
        "{\"resource_type\": \"" + TYPE + "\", \"properties\": {}, \"attributes\": {},"
            + " \"support_status\": {\"status\": \"SUPPORTED\"}}",
        "test");
  }

  /** A definition made of two suppliers, named "d". */
  record Definition(Supplier<Bundle> bundles, Supplier<Catalog> catalogs)
      implements TemplateDefinition {
    @Override
    public Bundle bundle() {
      return bundles.get();
    }

    @Override
    public Catalog catalog() {
      return catalogs == null ? TemplateDefinition.super.catalog() : catalogs.get();
    }

    @Override
    public String name() {
      return "d";
    }
  }

  List<String> render(TemplateDefinition def) throws Exception {
    RenderMojo m = new RenderMojo();
    m.outputDirectory = dir.toFile();
    List<String> errors = new ArrayList<>();
    m.render(def.name(), def, errors);
    return errors;
  }

  @Test
  void aTypeOfTheDefinitionsCatalogIsKnown() throws Exception {
    assertThat(render(new Definition(RenderMojoTest::usesWidget, null)))
        .as("the default catalog: what the definition's class loader sees")
        .singleElement()
        .asString()
        .startsWith("d/w.yaml: resources.w.type: resource type " + TYPE + " is not registered");
    assertThat(render(
            new Definition(RenderMojoTest::usesWidget, () -> Catalog.standard().with(widget()))))
        .isEmpty();
    assertThat(dir.resolve("d/w.yaml")).exists();
  }

  @Test
  void aDefinitionsFailureIsItsError() throws Exception {
    String cls = Definition.class.getName();
    assertThat(render(new Definition(
            () -> {
              throw new IllegalStateException("no cloud today");
            },
            null)))
        .containsExactly(
            "d: " + cls + ".bundle() failed: java.lang.IllegalStateException: no" + " cloud today");
    assertThat(render(new Definition(() -> null, null)))
        .containsExactly("d: " + cls + ".bundle() returned null");
    assertThat(render(new Definition(RenderMojoTest::usesWidget, () -> null)))
        .containsExactly("d: " + cls + ".catalog() returned null");
    assertThat(Files.exists(dir.resolve("d")))
        .as("nothing written for a failed definition")
        .isFalse();
  }
}
