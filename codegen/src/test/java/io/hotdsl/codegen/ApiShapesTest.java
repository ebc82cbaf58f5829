package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shapes {@link ApiShapes} publishes name what the generated source has: every setter and
 * adder it lists is a method of the class it names, with the parameter kind it claims.
 */
class ApiShapesTest {
  private static ResourceTypeSchema schema(String file) throws IOException {
    try (InputStream in = ApiShapesTest.class.getResourceAsStream("/schemas/" + file)) {
      return SchemaJson.parse(in, file);
    }
  }

  @Test
  void theServerShapeNamesItsSettersAddersAndNestedClasses() throws IOException {
    TypeShape server = ApiShapes.of("io.hotdsl.resources", schema("Test__Compute__Server.json"));

    assertThat(server.canonicalName()).isEqualTo("io.hotdsl.resources.test.compute.Server");
    assertThat(server.binaryName()).isEqualTo("io.hotdsl.resources.test.compute.Server");
    assertThat(server.heatPath()).isEqualTo("Test::Compute::Server");
    PropertyShape name = server.property("name").orElseThrow();
    assertThat(name.setter()).isEqualTo("nameProperty");
    assertThat(name.kind()).isEqualTo(TypeMapping.Kind.STRING);
    assertThat(name.takesValue()).isTrue();
    assertThat(server.property("default").orElseThrow().setter()).isEqualTo("defaultProperty");
    assertThat(server.property("size").orElseThrow().kind()).isEqualTo(TypeMapping.Kind.INTEGER);
    assertThat(server.property("anything").orElseThrow().takesValue()).isFalse();
    PropertyShape tags = server.property("tags").orElseThrow();
    assertThat(tags.adder()).isEqualTo("addTag");
    assertThat(tags.itemKind()).isEqualTo(TypeMapping.Kind.STRING);
    assertThat(tags.adderTakesValue()).isTrue();
    PropertyShape networks = server.property("networks").orElseThrow();
    assertThat(networks.adder()).isEqualTo("addNetwork");
    assertThat(networks.itemKind()).isEqualTo(TypeMapping.Kind.NESTED_MAP);
    assertThat(networks.struct().canonicalName())
        .isEqualTo("io.hotdsl.resources.test.compute.Server.Network");
    assertThat(networks.struct().binaryName())
        .isEqualTo("io.hotdsl.resources.test.compute.Server$Network");
    assertThat(networks.struct().property("network").orElseThrow().setter()).isEqualTo("network");
    assertThat(server.property("disk").orElseThrow().struct().simpleName()).isEqualTo("Disk");
    assertThat(server.properties()).isUnmodifiable();
  }

  @Test
  void everyPublishedSetterAndAdderIsAMethodOfTheGeneratedSource() throws IOException {
    Map<String, String> sources = GoldenTest.codegen().javaSources();
    for (String file : GoldenTest.SCHEMAS) {
      TypeShape shape = ApiShapes.of("io.hotdsl.resources", schema(file));
      String source = sources.get(shape.canonicalName());
      assertThat(source).as(file).isNotNull();
      check(shape, source);
    }
  }

  private static void check(TypeShape shape, String source) {
    for (PropertyShape p : shape.properties().values()) {
      assertThat(source)
          .as(shape.canonicalName() + " " + p.key())
          .containsPattern("public Builder " + Pattern.quote(p.setter()) + "\\(");
      if (p.adder() != null) {
        assertThat(source).containsPattern("public Builder " + Pattern.quote(p.adder()) + "\\(");
      }
      if (p.struct() != null) {
        assertThat(source).contains("public static final class " + p.struct().simpleName() + " ");
        check(p.struct(), source);
      }
    }
  }
}
