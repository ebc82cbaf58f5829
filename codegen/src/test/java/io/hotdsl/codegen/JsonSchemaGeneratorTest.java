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
  private static final List<Codegen.Source> SOURCES =
      Codegen.builder().snapshot().build().sources();

  private static JsonSchemaGenerator generator() {
    return new JsonSchemaGenerator(SOURCES.stream().map(Codegen.Source::schema).toList());
  }

  @Test
  void everyTypeHasARuleAndADefinition() {
    ObjectNode schema = generator().templateSchema();
    assertThat(schema.path("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
    JsonNode rules = schema.path("$defs").path("resource").path("allOf");
    assertThat(rules.size()).isEqualTo(SOURCES.size());
    for (JsonNode rule : rules) {
      String type =
          rule.path("if").path("properties").path("type").path("const").asText();
      String pattern =
          rule.path("if").path("properties").path("type").path("pattern").asText();
      assertThat(java.util.regex.Pattern.matches(pattern, type)).as(pattern).isTrue();
      assertThat(java.util.regex.Pattern.matches(pattern, type + "Group"))
          .as(pattern)
          .isFalse();
      String ref =
          rule.path("then").path("properties").path("properties").path("$ref").asText();
      assertThat(ref).isEqualTo("#/$defs/" + JsonSchemaGenerator.defName(type));
      assertThat(schema.path("$defs").has(JsonSchemaGenerator.defName(type))).isTrue();
    }
  }

  @Test
  void serverPropertiesAreTypedDescribedAndAcceptFunctions() {
    JsonNode server = generator().templateSchema().path("$defs").path("type:OS.Nova.Server");
    JsonNode flavor = server.path("properties").path("flavor");
    assertThat(flavor.path("description").asText())
        .contains("flavor")
        .endsWith("(string," + " required, can be updated)");
    // the description comes first in allOf, ahead of the alternatives (hover shows the first)
    assertThat(flavor.path("allOf").get(0).toString())
        .isEqualTo("{\"description\":" + flavor.path("description").toString() + "}");
    List<String> refs = new ArrayList<>();
    flavor
        .path("allOf")
        .get(1)
        .path("anyOf")
        .forEach(o -> refs.add(o.path("$ref").asText()));
    assertThat(refs).contains("#/$defs/function");
    assertThat(server
            .path("properties")
            .path("diskConfig")
            .path("allOf")
            .get(1)
            .path("anyOf")
            .get(0)
            .path("enum")
            .toString())
        .isEqualTo("[\"AUTO\",\"MANUAL\"]");
    assertThat(server.path("required").toString()).isEqualTo("[\"flavor\"]");
    assertThat(server.path("additionalProperties").asBoolean(true)).isFalse();
  }

  /** Hidden names Heat translates are listed, typed as their target; either name is enough. */
  @Test
  void hiddenPropertiesHeatTranslatesAreListed() {
    JsonNode defs = generator().templateSchema().path("$defs");
    JsonNode port = defs.path("type:OS.Neutron.Port");
    assertThat(port.path("properties").path("network_id").path("description").asText())
        .startsWith("Deprecated: Heat 19 translates network_id to network; use network.");
    assertThat(port.path("required").isMissingNode()).isTrue();
    assertThat(port.path("allOf").toString())
        .isEqualTo("[{\"anyOf\":[{\"required\":[\"network\"]},{\"required\":[\"network_id\"]}]}]");
    JsonNode iface = defs.path("type:OS.Neutron.RouterInterface").path("properties");
    assertThat(iface.has("router_id") && iface.has("subnet_id") && iface.has("port_id"))
        .isTrue();
    assertThat(defs.path("type:OS.Nova.Server").path("properties").has("admin_user"))
        .isTrue();
    JsonNode none = new JsonSchemaGenerator(
            SOURCES.stream().map(Codegen.Source::schema).toList(), HiddenProperties.none())
        .templateSchema()
        .path("$defs")
        .path("type:OS.Neutron.Port");
    assertThat(none.path("properties").has("network_id")).isFalse();
    assertThat(none.path("required").toString()).isEqualTo("[\"network\"]");
  }

  /** Each function has a node and a description of its own, naming the function. */
  @Test
  void eachFunctionHasItsOwnDescription() {
    JsonNode args = generator().templateSchema().path("$defs").path("function").path("properties");
    List<String> names = new ArrayList<>();
    args.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .contains("get_resource", "resource_facade", "list_join", "str_split", "and", "or");
    for (String name : names) {
      assertThat(args.path(name).path("description").asText()).as(name).startsWith(name + ":");
    }
  }

  @Test
  void exactPatternsEscapeRegexCharacters() {
    assertThat(SchemaNodes.exactly("OS::Nova::Server")).isEqualTo("^OS::Nova::Server$");
    assertThat(SchemaNodes.exactly("a.b+c(d)")).isEqualTo("^a\\.b\\+c\\(d\\)$");
    assertThat("a.b+c(d)").matches(SchemaNodes.exactly("a.b+c(d)"));
    assertThat("aXb+c(d)").doesNotMatch(SchemaNodes.exactly("a.b+c(d)"));
  }

  @Test
  void functionsAreTheHotFunctionNames() {
    JsonNode names = generator()
        .templateSchema()
        .path("$defs")
        .path("function")
        .path("propertyNames")
        .path("enum");
    List<String> list = new ArrayList<>();
    names.forEach(n -> list.add(n.asText()));
    assertThat(list).containsExactlyInAnyOrderElementsOf(HotVersion.allFunctionNames());
  }

  @Test
  void writesBothSchemasAsJson(@TempDir Path dir) throws Exception {
    List<Path> files = generator().writeTo(dir);
    assertThat(files)
        .containsExactly(
            dir.resolve(JsonSchemaGenerator.TEMPLATE_SCHEMA),
            dir.resolve(JsonSchemaGenerator.ENVIRONMENT_SCHEMA));
    JsonNode env = new ObjectMapper().readTree(Files.readString(files.get(1)));
    assertThat(env.path("properties").has("parameter_defaults")).isTrue();
    assertThat(env.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void commandLineWritesSchemasWithJsonSchemaFlag(@TempDir Path dir) {
    Codegen.run(
        "--out",
        dir.resolve("src").toString(),
        "--resources-out",
        dir.resolve("res").toString(),
        "--json-schema");
    assertThat(dir.resolve("res").resolve(JsonSchemaGenerator.TEMPLATE_SCHEMA)).isRegularFile();
  }
}
