package io.hotdsl.cli;

import static io.hotdsl.cli.HotCommandLineTest.hot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.cli.HotCommandLineTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json} of the commands that print data, through the entry point: one JSON document on
 * stdout, nothing on stderr, the usual exit status ({@code validate}, {@code diff} and
 * {@code outputs} have their own tests).
 */
class JsonOutputTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void typesAsJson() throws Exception {
    Run r = hot("types", "OS::Nova::Server*", "--json");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode types = JSON.readTree(r.out());
    assertThat(types.isArray()).isTrue();
    assertThat(types.findValuesAsText("type"))
        .containsExactly("OS::Nova::Server", "OS::Nova::ServerGroup");
    assertThat(types.get(0).path("status").asText()).isEqualTo("SUPPORTED");
  }

  @Test
  void typesAsJsonMatchingNothingIsAnEmptyArrayAndExitOne() throws Exception {
    Run r = hot("types", "Nope::*", "--json");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(JSON.readTree(r.out()).toString()).isEqualTo("[]");
  }

  @Test
  void typesAsJsonGiveTheReleaseAndMessageWhereHeatHasThem() throws Exception {
    Run r = hot("types", "OS::Neutron::*", "--json");
    assertThat(r.status()).isZero();
    JsonNode byType = JSON.createObjectNode();
    for (JsonNode t : JSON.readTree(r.out())) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) byType)
          .set(t.path("type").asText(), t);
    }
    assertThat(byType.path("OS::Neutron::AddressScope").toString())
        .isEqualTo("{\"type\":\"OS::Neutron::AddressScope\",\"status\":\"SUPPORTED\","
            + "\"since\":\"6.0.0\"}");
    assertThat(byType.path("OS::Neutron::ExtraRoute").toString())
        .isEqualTo("{\"type\":\"OS::Neutron::ExtraRoute\",\"status\":\"UNSUPPORTED\","
            + "\"message\":\"Use this resource at your own risk.\"}");
    assertThat(byType.path("OS::Neutron::Net").has("message")).isFalse();
  }

  @Test
  void renderAsJson(@TempDir Path dir) throws Exception {
    Run r = hot("render", "three-tier", "--json", "-o", dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.path("out").asText()).isEqualTo(dir.toString());
    assertThat(doc.path("failed").asLong()).isZero();
    JsonNode example = doc.path("examples").get(0);
    assertThat(example.path("example").asText()).isEqualTo("three-tier");
    assertThat(example.path("files").asInt()).isEqualTo(2);
    assertThat(example.path("resources").asInt()).isEqualTo(19);
    assertThat(example.path("ok").asBoolean()).isTrue();
    assertThat(example.path("problems").size()).isZero();
    assertThat(dir.resolve("three-tier").resolve("template.yaml")).exists();
  }
}
