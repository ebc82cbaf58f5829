package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cloud answers are untrusted: every field of every sample item, replaced by a value of another
 * shape, either adopts or fails with an {@link AdoptException}, never with another exception.
 */
class AdopterShapesTest {

  static final List<String> WRONG =
      List.of("null", "-1.5", "\"x\"", "[null, 1, \"x\"]", "{\"a\": null}");

  @Test
  void everyFieldOfTheWrongShapeAdoptsOrFailsWithAMessage() throws Exception {
    ProjectSnapshot samples = Samples.snapshot();
    List<String> escaped = new ArrayList<>();
    int runs = 0;
    for (Kind kind : Kind.values()) {
      List<JsonNode> items = samples.items(kind);
      for (int i = 0; i < items.size(); i++) {
        for (Iterator<String> f = items.get(i).fieldNames(); f.hasNext(); ) {
          String field = f.next();
          for (String wrong : WRONG) {
            ProjectSnapshot.Builder b = ProjectSnapshot.builder().projectId(samples.projectId());
            runs++;
            try {
              for (Kind k : Kind.values()) {
                List<JsonNode> its = samples.items(k);
                for (int j = 0; j < its.size(); j++) {
                  b.add(k, k == kind && j == i ? changed(its.get(j), field, wrong) : its.get(j));
                }
              }
              Adopter.create().externalIds(runs % 2 == 0).adopt(b.build());
            } catch (AdoptException e) {
              assertThat(e.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
              escaped.add(kind.key() + "[" + i + "]." + field + " = " + wrong + ": " + e);
            }
          }
        }
      }
    }
    assertThat(runs).isGreaterThan(500);
    assertThat(escaped).isEmpty();
  }

  static JsonNode changed(JsonNode item, String field, String value) throws Exception {
    ObjectNode copy = item.deepCopy();
    copy.set(field, ProjectSnapshot.JSON.readTree(value));
    return copy;
  }

  @Test
  void anItemWithoutItsIdentifierIsNamed() throws Exception {
    ProjectSnapshot.Builder b = ProjectSnapshot.builder();
    for (String body : new String[] {
      "{\"networks\": [{\"id\": \"n1\"}, {\"name\": \"x\"}]}",
      "{\"networks\": [{\"id\": 7}]}",
      "{\"networks\": [{\"id\": \"\"}]}"
    }) {
      JsonNode tree = ProjectSnapshot.JSON.readTree(body);
      assertThat(org.assertj.core.api.Assertions.catchThrowable(
              () -> b.addBody(Kind.NETWORKS, tree, "GET /v2.0/networks")))
          .isInstanceOf(AdoptException.class)
          .hasMessageStartingWith("GET /v2.0/networks: networks[")
          .hasMessageContaining("].id: expected a non-empty string, found ");
    }
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
            b.add(Kind.KEYPAIRS, ProjectSnapshot.JSON.readTree("{\"keypair\": {\"name\": null}}"))))
        .hasMessage("an item of keypairs.keypair.name: expected a non-empty string, found null");
  }
}
