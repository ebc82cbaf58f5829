package io.hotdsl.deploy;

import static io.hotdsl.deploy.Stacks.bundle;
import static io.hotdsl.deploy.Stacks.client;
import static io.hotdsl.deploy.Stacks.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.heat.testing.LocalHeatExtension;
import io.hotdsl.model.Template;
import io.hotdsl.openstack.OpenStackException;
import io.hotdsl.openstack.Session;
import io.hotdsl.read.HotReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client's calls and Heat's refusals, on the real engine. */
@ExtendWith(LocalHeatExtension.class)
class HeatClientTest {

  private static final String SMALL = """
      heat_template_version: 2021-04-16
      parameters:
        length: {type: number, default: 8}
      resources:
        a: {type: OS::Heat::RandomString, properties: {length: {get_param: length}}}
        b: {type: OS::Heat::Value, properties: {value: {get_attr: [a, value]}}}
        c: {type: OS::Heat::None}
      """;

  @Test
  void anInvalidTemplateIsHeatsOwnMessageOnOneLine(LocalHeat heat) {
    StackRequest bad = StackRequest.fromBundle(bundle("""
        heat_template_version: 2021-04-16
        resources:
          r: {type: OS::Heat::RandomString, properties: {length: twelve}}
        """)).build();

    assertThatThrownBy(() -> client(heat).create("client-invalid", bad))
        .isInstanceOfSatisfying(HeatException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.type()).isEqualTo("StackValidationFailed");
          assertThat(e.heatMessage()).contains("resources.r.properties.length").contains("twelve");
        })
        .hasMessageStartingWith("create stack client-invalid: Heat says 400 Bad Request "
            + "(StackValidationFailed): Property error: resources.r.properties.length: ")
        .hasMessageNotContaining("\n");
    StackRequest unknownType = StackRequest.fromBundle(bundle("""
        heat_template_version: 2021-04-16
        resources:
          r: {type: OS::Nope::Thing}
        """)).build();
    assertThatThrownBy(() -> client(heat).validate(unknownType))
        .isInstanceOfSatisfying(
            HeatException.class, e -> assertThat(e.heatMessage()).contains("OS::Nope::Thing"))
        .hasMessageStartingWith("validate template: Heat says ");
  }

  @Test
  void aMissingStackIs404(LocalHeat heat) {
    HeatClient client = client(heat);
    assertThat(client.find("client-nowhere")).isEmpty();
    assertThatThrownBy(() -> client.show("client-nowhere"))
        .isInstanceOfSatisfying(
            HeatException.class, e -> assertThat(e.notFound()).isTrue())
        .hasMessage("show stack client-nowhere: Heat says 404 Not Found (EntityNotFound): "
            + "The Stack (client-nowhere) could not be found.");
    StackRef ghost = new StackRef("client-nowhere", "8f8e7c1a-0000-4000-8000-000000000000");
    assertThatThrownBy(() -> client.show(ghost))
        .isInstanceOfSatisfying(HeatException.class, e -> assertThat(e.status()).isEqualTo(404))
        .hasMessageStartingWith("show stack client-nowhere: Heat says 404 Not Found")
        .hasMessageContaining("could not be found");
    assertThatThrownBy(() ->
            deployment(client, "client-nowhere", new Stacks.Recorder()).build().delete())
        .isInstanceOf(HeatException.class)
        .hasMessageContaining("404");
  }

  @Test
  void aTakenNameIs409AndNotRetried(LocalHeat heat) {
    HeatClient client = client(heat);
    StackRequest r = StackRequest.fromBundle(bundle(SMALL)).build();
    StackRef ref = client.create("client-twice", r);

    assertThatThrownBy(() -> client.create("client-twice", r))
        .isInstanceOfSatisfying(HeatException.class, e -> {
          assertThat(e.conflict()).isTrue();
          assertThat(e.type()).isEqualTo("StackExists");
        })
        .hasMessage("create stack client-twice: Heat says 409 Conflict (StackExists): "
            + "The Stack (client-twice) already exists.");
    client.delete(ref);
  }

  @Test
  void readsAStacksEventsByMarkerItsResourcesTemplateAndValidation(LocalHeat heat) {
    HeatClient client = client(heat);
    StackRequest r =
        StackRequest.fromBundle(bundle(SMALL)).parameter("length", "10").build();
    DeployResult done = deployment(client, "client-reads", new Stacks.Recorder())
        .request(r)
        .build()
        .run();
    assertThat(done.status()).isEqualTo("CREATE_COMPLETE");
    StackRef ref = done.stack();

    List<StackEvent> all = client.events(ref, null, 0);
    assertThat(all)
        .extracting(StackEvent::status)
        .startsWith("CREATE_IN_PROGRESS")
        .endsWith("CREATE_COMPLETE");
    assertThat(all).filteredOn(e -> e.isStackEvent(ref)).hasSize(2);
    assertThat(all)
        .filteredOn(e -> !e.isStackEvent(ref))
        .extracting(StackEvent::resourceName)
        .containsOnly("a", "b", "c")
        .hasSize(6);
    assertThat(client.events(ref, all.get(2).id(), 0)).isEqualTo(all.subList(3, all.size()));
    assertThat(client.events(ref, all.get(all.size() - 1).id(), 0)).isEmpty();
    assertThat(client.lastEvent(ref, 0)).isEqualTo(all.get(all.size() - 1).id());

    Stack s = client.show(ref);
    assertThat(s.parameters()).containsEntry("length", "10");
    assertThat(s.complete()).isTrue();
    assertThat(client.resources(ref, 0))
        .extracting(StackResource::name, StackResource::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("a", "CREATE_COMPLETE"),
            org.assertj.core.groups.Tuple.tuple("b", "CREATE_COMPLETE"),
            org.assertj.core.groups.Tuple.tuple("c", "CREATE_COMPLETE"));
    assertThat(client.template(ref).path("resources").path("b").path("type").asText())
        .isEqualTo("OS::Heat::Value");

    JsonNode validated = client.validate(r);
    assertThat(validated.path("Parameters").path("length").path("Default").asInt())
        .isEqualTo(8);
    JsonNode created = client.previewCreate("client-preview", r);
    assertThat(created.path("stack").path("stack_name").asText()).isEqualTo("client-preview");
    client.delete(ref);
  }

  /** A request made of a model template carries its compact JSON, which Heat takes as is. */
  @Test
  void aModelTemplateIsCreatedFromItsCompactJson(LocalHeat heat) {
    HeatClient client = client(heat);
    Template t = HotReader.read(SMALL, "small.yaml");
    StackRequest r = StackRequest.of(t).parameter("length", "12").build();

    JsonNode validated = client.validate(r);
    assertThat(validated.path("Parameters").path("length").path("Default").asInt())
        .isEqualTo(8);
    DeployResult done = deployment(client, "client-compact", new Stacks.Recorder())
        .request(r)
        .build()
        .run();
    assertThat(done.status()).isEqualTo("CREATE_COMPLETE");
    assertThat(client.show(done.stack()).parameters()).containsEntry("length", "12");
    assertThat(client.template(done.stack()).path("resources"))
        .isEqualTo(r.template().path("resources"));
    client.delete(done.stack());
  }

  @Test
  void nothingListeningIsAConnectionFailureNamingTheUrl() {
    HeatClient client = HeatClient.of(Session.builder()
        .endpoint("orchestration", "http://127.0.0.1:9/v1/admin")
        .build());
    assertThatThrownBy(() -> client.find("x"))
        .isInstanceOfSatisfying(
            OpenStackException.class,
            e -> assertThat(e.reason()).isEqualTo(OpenStackException.Reason.CONNECTION))
        .hasMessageContaining("http://127.0.0.1:9/v1/admin/stacks?name=x");
  }
}
