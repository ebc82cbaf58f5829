package io.hotdsl.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.testing.HeatSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemaJson} reads schemas with jackson-core's streaming parser; it must give exactly what
 * it gave on Jackson databind's tree ({@link DatabindSchemaJson}): the same records, the same
 * value classes in defaults and constraints (Integer, Long, Double), the same texts.
 */
class SchemaJsonTest {

  @Test
  void everySnapshotSchemaReadsAsDatabindReadIt() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(HeatSchemas.snapshot())) {
      files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(180);
    for (Path f : files) {
      ResourceTypeSchema expected;
      try (InputStream in = Files.newInputStream(f)) {
        expected = DatabindSchemaJson.parse(in, f.toString());
      } catch (IllegalArgumentException notASchema) {
        continue;
      }
      try (InputStream in = Files.newInputStream(f)) {
        assertThat(SchemaJson.parse(in, f.toString())).as(f.toString()).isEqualTo(expected);
      }
    }
  }

  @Test
  void oddButReadableSchemasReadAsDatabindReadThem() {
    String[] schemas = {
      "{\"resource_type\": \"T\"}",
      "{\"resource_type\": \"T\", \"description\": 7, \"properties\": [], \"attributes\": 1}",
      "{\"resource_type\": \"T\", \"properties\": {\"p\": {\"type\": \"integer\","
          + " \"default\": 12345678901, \"required\": \"true \", \"update_allowed\": 1,"
          + " \"immutable\": 0, \"constraints\": [{\"range\": {\"min\": 1, \"max\": 2.5},"
          + " \"description\": {\"x\": 1}}, {\"allowed_values\": [1, \"a\", null, true]}],"
          + " \"schema\": {\"q\": {\"default\": {\"k\": [1.0, 1e400, 123456789012345678901]}}},"
          + " \"support_status\": {\"status\": \"DEPRECATED\", \"version\": 10,"
          + " \"previous_status\": {\"status\": \"SUPPORTED\", \"previous_status\": null}}}},"
          + " \"attributes\": {\"a\": {\"type\": [\"x\"], \"description\": null}},"
          + " \"support_status\": \"no object\"}",
      "{\"resource_type\": \"T\", \"properties\": {\"p\": {\"constraints\":"
          + " {\"one\": {\"length\": {\"min\": 1}}}, \"default\": null}},"
          + " \"resource_type\": \"U\"} trailing",
    };
    for (String json : schemas) {
      assertThat(SchemaJson.parse(json, "s"))
          .as(json)
          .isEqualTo(DatabindSchemaJson.parse(json, "s"));
    }
  }

  @Test
  void badSchemasFailAsBefore() {
    for (String json : new String[] {"", "[]", "{\"resource_type\": 1}", "null"}) {
      assertThatThrownBy(() -> SchemaJson.parse(json, "s.json"))
          .as(json)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("s.json: resource_type: expected the type name");
    }
    String unknown = "{\"resource_type\": \"T\", \"properties\": {\"p\": {\"constraints\":"
        + " [{\"nope\": [1, \"x\"], \"n\": null}]}}}";
    assertThatThrownBy(() -> SchemaJson.parse(unknown, "s.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "s.json: properties.p.constraints: unknown constraint {\"nope\":[1,\"x\"],\"n\":null}");
    assertThatThrownBy(() -> DatabindSchemaJson.parse(unknown, "s.json"))
        .hasMessage(
            "s.json: properties.p.constraints: unknown constraint {\"nope\":[1,\"x\"],\"n\":null}");
    assertThatThrownBy(() -> SchemaJson.parse("{\"resource_type\": ", "s.json"))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("cannot read resource type schema s.json");
  }
}
