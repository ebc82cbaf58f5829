package io.hotdsl.deploy;

import static io.hotdsl.deploy.Stacks.bundle;
import static io.hotdsl.deploy.Stacks.client;
import static io.hotdsl.deploy.Stacks.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.heat.testing.LocalHeatExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Abandon, export and adopt, and many stacks at once, on Heat 19's real engine. */
@ExtendWith(LocalHeatExtension.class)
class AdoptAndManyStacksTest {

  private static final String KEPT = """
      heat_template_version: 2021-04-16
      resources:
        secret: {type: OS::Heat::RandomString, properties: {length: 16}}
        marker: {type: OS::Heat::TestResource, properties: {value: kept}}
      outputs:
        secret: {value: {get_attr: [secret, value]}}
        marker: {value: {get_attr: [marker, output]}}
      """;

  @Test
  void anAbandonedStackIsAdoptedWithItsResourcesAndTheirData(LocalHeat heat) {
    HeatClient client = client(heat);
    DeployResult first = deployment(client, "adopt-source", new Stacks.Recorder())
        .bundle(bundle(KEPT))
        .build()
        .run();
    assertThat(first.status())
        .as(() -> first.reason() + "\n" + heat.logTail(60))
        .isEqualTo("CREATE_COMPLETE");
    String secret = first.outputs().string("secret");

    JsonNode exported = client.export(first.stack());
    assertThat(client.find("adopt-source")).as("export keeps the stack").isPresent();
    JsonNode data =
        deployment(client, "adopt-source", new Stacks.Recorder()).build().abandon();

    assertThat(data.path("resources").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("secret", "marker");
    assertThat(data.path("resources")).isEqualTo(exported.path("resources"));
    assertThat(client.find("adopt-source")).as("abandon forgets the stack").isEmpty();

    Stacks.Recorder events = new Stacks.Recorder();
    DeployResult adopted = deployment(client, "adopt-target", events).build().adopt(data);

    assertThat(adopted.status())
        .as(() -> adopted.reason() + "\n" + heat.logTail(60))
        .isEqualTo("ADOPT_COMPLETE");
    assertThat(adopted.created()).containsExactlyInAnyOrder("secret", "marker");
    assertThat(adopted.outputs().string("secret"))
        .as("the random string's value comes back from the adopt data, not a new one")
        .isEqualTo(secret);
    assertThat(adopted.outputs().string("marker")).isEqualTo("kept");
    assertThat(events.seen()).contains("secret ADOPT_COMPLETE", "adopt-target ADOPT_COMPLETE");
  }

  @Test
  void adoptDataMustCarryATemplate(LocalHeat heat) {
    HeatClient client = client(heat);
    StackRequest none = StackRequest.builder(
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode())
        .build();

    assertThatThrownBy(() -> client.adopt("adopt-bad", Json.object(), none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template object");
    assertThat(client.find("adopt-bad")).isEmpty();
  }

  @Test
  void manyStacksDeployAtOnceAndOneFailureDoesNotStopTheOthers(LocalHeat heat) {
    HeatClient client = client(heat);
    List<Deployment> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(deployment(client, "many-" + i, new Stacks.Recorder())
          .bundle(bundle(KEPT))
          .build());
    }
    all.add(deployment(client, "many-fails", new Stacks.Recorder())
        .bundle(bundle("""
        heat_template_version: 2021-04-16
        resources:
          bad: {type: OS::Heat::TestResource, properties: {fail: true}}
        """))
        .build());
    all.add(deployment(client, "many-refused", new Stacks.Recorder())
        .bundle(bundle("""
        heat_template_version: 2021-04-16
        resources:
          odd: {type: OS::Heat::RandomString, properties: {length: -1}}
        """))
        .build());

    long start = System.nanoTime();
    List<Deployments.Outcome> outcomes = Deployments.run(all, 3);
    double minutes = (System.nanoTime() - start) / 60e9;

    assertThat(outcomes)
        .extracting(Deployments.Outcome::stackName)
        .containsExactly(
            "many-0", "many-1", "many-2", "many-3", "many-4", "many-fails", "many-refused");
    assertThat(outcomes.subList(0, 5)).allSatisfy(o -> {
      assertThat(o.complete()).as(o::describe).isTrue();
      assertThat(o.result().orElseThrow().outputs().string("marker")).isEqualTo("kept");
    });
    assertThat(outcomes.get(5).result().orElseThrow().status()).isEqualTo("CREATE_FAILED");
    assertThat(outcomes.get(6).error().orElseThrow())
        .isInstanceOf(HeatException.class)
        .hasMessageContaining("length");
    assertThat(outcomes.get(6).describe()).startsWith("many-refused: ");
    System.out.printf(
        "many stacks: 6 stacks created on the local engine, 3 at a time, in"
            + " %.1f s (%.0f stacks/min)%n",
        minutes * 60, 6 / minutes);
  }

  @Test
  void twoDeploymentsOfOneStackAtOnceAreRefusedBeforeAnyRequest(LocalHeat heat) {
    HeatClient client = client(heat);
    Deployment a = deployment(client, "many-same", new Stacks.Recorder())
        .bundle(bundle(KEPT))
        .build();

    assertThatThrownBy(() -> Deployments.run(List.of(a, a), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its own stack");
    assertThatThrownBy(() -> Deployments.run(List.of(a), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThat(client.find("many-same")).isEmpty();
  }
}
