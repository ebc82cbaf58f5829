package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.model.HotVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSchemaGeneratorTest {
  private static final List<Codegen.Source> SOURCES = Codegen.builder().snapshot().build()
      .sources();

  private static JsonSchemaGenerator generator() {
    return new JsonSchemaGenerator(SOURCES.stream().map(Codegen.Source::schema).toList());
  }

  @Test
  void everyTypeHasARuleAndADefinition() {
    ObjectNode schema = generator().templateSchema();
    assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    JsonNode rules = schema.path("$defs").path("resource").path("allOf");
    assertThat(rules.size()).isEqualTo(SOURCES.size());
    for (JsonNode rule : rules) {
      String type = rule.path("if").path("properties").path("type").path("const").asText();
      String ref = rule.path("then").path("properties").path("properties").path("$ref").asText();
      assertThat(ref).isEqualTo("#/$defs/" + JsonSchemaGenerator.defName(type));
      assertThat(schema.path("$defs").has(JsonSchemaGenerator.defName(type))).isTrue();
    }
  }

  @Test
  void serverPropertiesAreTypedDescribedAndAcceptFunctions() {
    JsonNode server = generator().templateSchema().path("$defs").path("type:OS.Nova.Server");
    JsonNode flavor = server.path("properties").path("flavor");
    assertThat(flavor.path("description").asText()).contains("flavor").endsWith("(string,"
        + " required, can be updated)");
    List<String> refs = new ArrayList<>();
    flavor.path("anyOf").forEach(o -> refs.add(o.path("$ref").asText()));
    assertThat(refs).contains("#/$defs/function");
    assertThat(server.path("properties").path("diskConfig").path("anyOf").get(0).path("enum")
        .toString()).isEqualTo("[\"AUTO\",\"MANUAL\"]");
    assertThat(server.path("allOf").get(0).path("then").path("required").toString())
        .isEqualTo("[\"flavor\"]");
  }

  @Test
  void functionsAreTheHotFunctionNames() {
    JsonNode names = generator().templateSchema().path("$defs").path("function")
        .path("propertyNames").path("enum");
    List<String> list = new ArrayList<>();
    names.forEach(n -> list.add(n.asText()));
    assertThat(list).containsExactlyInAnyOrderElementsOf(HotVersion.allFunctionNames());
  }

  @Test
  void writesBothSchemasAsJson(@TempDir Path dir) throws Exception {
    List<Path> files = generator().writeTo(dir);
    assertThat(files).containsExactly(dir.resolve(JsonSchemaGenerator.TEMPLATE_SCHEMA),
        dir.resolve(JsonSchemaGenerator.ENVIRONMENT_SCHEMA));
    JsonNode env = new ObjectMapper().readTree(Files.readString(files.get(1)));
    assertThat(env.path("properties").has("parameter_defaults")).isTrue();
    assertThat(env.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void commandLineWritesSchemasWithJsonSchemaFlag(@TempDir Path dir) {
    Codegen.run("--out", dir.resolve("src").toString(), "--resources-out",
        dir.resolve("res").toString(), "--json-schema");
    assertThat(dir.resolve("res").resolve(JsonSchemaGenerator.TEMPLATE_SCHEMA)).isRegularFile();
  }
}
