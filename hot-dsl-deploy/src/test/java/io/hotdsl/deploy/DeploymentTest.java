package io.hotdsl.deploy;

import static io.hotdsl.deploy.Stacks.bundle;
import static io.hotdsl.deploy.Stacks.client;
import static io.hotdsl.deploy.Stacks.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.ChildTemplate;
import io.hotdsl.environment.Environment;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.heat.testing.LocalHeatExtension;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deployments of bundles on Heat 19's real engine: create, update, failure, provider, delete. */
@ExtendWith(LocalHeatExtension.class)
class DeploymentTest {

  private static final String APP = """
      heat_template_version: 2021-04-16
      parameters:
        size: {type: number, default: 3}
      resources:
        secret: {type: OS::Heat::RandomString, properties: {length: 12}}
        count: {type: OS::Heat::Value, properties: {type: number, value: {get_param: size}}}
        kept: {type: OS::Heat::TestResource, properties: {value: one}}
        swapped: {type: OS::Heat::TestResource, properties: {value: one, update_replace: true}}
        dropped: {type: OS::Heat::TestResource, properties: {value: x}}
      outputs:
        secret: {value: {get_attr: [secret, value]}}
        count: {value: {get_attr: [count, value]}}
        both: {value: [{get_attr: [kept, output]}, {get_attr: [swapped, output]}]}
      """;

  private static final String APP_V2 = """
      heat_template_version: 2021-04-16
      parameters:
        size: {type: number, default: 3}
      resources:
        secret: {type: OS::Heat::RandomString, properties: {length: 12}}
        count: {type: OS::Heat::Value, properties: {type: number, value: {get_param: size}}}
        kept: {type: OS::Heat::TestResource, properties: {value: two}}
        swapped: {type: OS::Heat::TestResource, properties: {value: two, update_replace: true}}
        added: {type: OS::Heat::TestResource, properties: {value: new}}
      outputs:
        secret: {value: {get_attr: [secret, value]}}
        count: {value: {get_attr: [count, value]}}
        both: {value: [{get_attr: [kept, output]}, {get_attr: [swapped, output]}]}
      """;

  @Test
  void createsThenUpdatesInPlaceAndByReplacementWithEventsAndOutputs(LocalHeat heat) {
    HeatClient client = client(heat);
    Stacks.Recorder created = new Stacks.Recorder();
    DeployResult first = deployment(client, "deploy-app", created)
        .request(StackRequest.fromBundle(bundle(APP)).parameter("size", "5").build())
        .build()
        .run();

    assertThat(first.status())
        .as(() -> first.reason() + "\n" + heat.logTail(60))
        .isEqualTo("CREATE_COMPLETE");
    assertThat(first.created())
        .containsExactlyInAnyOrder("secret", "count", "kept", "swapped", "dropped");
    assertThat(first.failed()).isEmpty();
    assertThat(first.outputs().string("secret")).hasSize(12);
    assertThat(first.outputs().get("count", Integer.class)).isEqualTo(5);
    assertThat(first.outputs().list("both", String.class)).containsExactly("one", "one");
    assertThat(created.seen())
        .contains("kept CREATE_IN_PROGRESS", "kept CREATE_COMPLETE", "deploy-app CREATE_COMPLETE");
    String swappedBefore = physicalId(client, first.stack(), "swapped");
    String keptBefore = physicalId(client, first.stack(), "kept");

    Stacks.Recorder updated = new Stacks.Recorder();
    Deployment update =
        deployment(client, "deploy-app", updated).bundle(bundle(APP_V2)).build();
    UpdatePreview preview = update.preview(false).orElseThrow();
    assertThat(preview.change("added")).contains(UpdatePreview.Change.ADDED);
    assertThat(preview.change("dropped")).contains(UpdatePreview.Change.DELETED);
    assertThat(preview.change("secret")).contains(UpdatePreview.Change.UNCHANGED);
    ImpactComparison impact = update.impact().orElseThrow();
    assertThat(impact.rows())
        .containsExactly(
            new ImpactComparison.Row("secret", "UNCHANGED", "UNCHANGED"),
            new ImpactComparison.Row("count", "UPDATE", "UPDATE"),
            new ImpactComparison.Row("kept", "UPDATE", "UPDATE"),
            new ImpactComparison.Row("swapped", "REPLACE", "REPLACE"),
            new ImpactComparison.Row("dropped", "REMOVE", "REMOVE"),
            new ImpactComparison.Row("added", "ADD", "ADD"));
    assertThat(impact.toText()).startsWith("""
        resource  hot        heat
        secret    UNCHANGED  UNCHANGED
        count     UPDATE     UPDATE
        kept      UPDATE     UPDATE
        swapped   REPLACE    REPLACE
        """);
    DeployResult second = update.run();

    assertThat(second.status())
        .as(() -> second.reason() + "\n" + heat.logTail(60))
        .isEqualTo("UPDATE_COMPLETE");
    assertThat(second.stack()).isEqualTo(first.stack());
    assertThat(second.updated())
        .as("count follows size, back to its default")
        .containsExactlyInAnyOrder("kept", "count");
    assertThat(second.replaced()).containsExactly("swapped");
    assertThat(second.created()).containsExactly("added");
    assertThat(second.deleted()).containsExactly("dropped");
    assertThat(second.outputs().list("both", String.class)).containsExactly("two", "two");
    assertThat(second.outputs().get("count", Integer.class))
        .as("an update without -P keeps no parameter: the default comes back")
        .isEqualTo(3);
    assertThat(physicalId(client, first.stack(), "kept")).isEqualTo(keptBefore);
    assertThat(physicalId(client, first.stack(), "swapped")).isNotEqualTo(swappedBefore);
    assertThat(updated.seen())
        .contains(
            "kept UPDATE_COMPLETE",
            "added CREATE_COMPLETE",
            "dropped DELETE_COMPLETE",
            "deploy-app UPDATE_COMPLETE")
        .doesNotContain("kept CREATE_COMPLETE")
        .as("only events after the update's start");
    assertThat(second.summary())
        .matches(
            "UPDATE_COMPLETE in \\d+\\.\\d s: 1 created, 2 updated, 1 replaced, 1 deleted, 0 failed");

    DeployResult gone =
        deployment(client, "deploy-app", new Stacks.Recorder()).build().delete();
    assertThat(gone.status()).isEqualTo("DELETE_COMPLETE");
    assertThat(gone.deleted())
        .containsExactlyInAnyOrder("secret", "count", "kept", "swapped", "added");
    assertThat(client.find("deploy-app")).isEmpty();
  }

  @Test
  void aFailingResourceEndsCreateFailedNamingTheResource(LocalHeat heat) {
    DeployResult r = deployment(client(heat), "deploy-fail", new Stacks.Recorder())
        .bundle(bundle("""
            heat_template_version: 2021-04-16
            resources:
              fine: {type: OS::Heat::RandomString}
              bad: {type: OS::Heat::TestResource, properties: {fail: true}}
            """))
        .build()
        .run();

    assertThat(r.status()).isEqualTo("CREATE_FAILED");
    assertThat(r.complete()).isFalse();
    assertThat(r.failedAction()).isTrue();
    assertThat(r.failed()).containsOnlyKeys("bad");
    assertThat(r.failure())
        .startsWith("resource bad CREATE_FAILED: ")
        .contains("Test Resource failed");
    assertThat(r.reason()).contains("bad");
    assertThat(r.outputs().names()).isEmpty();
  }

  @Test
  void aProviderTemplateThroughTheEnvironmentAndFilesMapCreates(LocalHeat heat) {
    Template.Builder child = Template.builder(HotVersion.V2021_04_16);
    Parameter<String> greeting = child.parameter(Parameter.string("greeting"));
    child.resource(Resource.builder("echo", "OS::Heat::Value").property("value", greeting.get()));
    child.output(Output.of("said", Map.of("get_attr", List.of("echo", "value"))));
    ChildTemplate greeter =
        ChildTemplate.provider("My::Greeter", "lib/greeter.yaml", child.build());
    Template.Builder root = Template.builder(HotVersion.V2021_04_16);
    Resource member =
        root.resource(greeter.resource("member").property("greeting", "hello").build());
    root.output(Output.of("said", greeter.attr(member, "said")));
    Bundle bundle = Bundle.builder("root.yaml", root.build())
        .child(greeter)
        .environment("env.yaml", greeter.register(Environment.builder()).build())
        .build();
    HeatClient client = client(heat);
    Stacks.Recorder nested = new Stacks.Recorder();

    DeployResult r = deployment(client, "deploy-provider", nested)
        .nestedDepth(1)
        .bundle(bundle)
        .build()
        .run();

    assertThat(r.status())
        .as(() -> r.reason() + "\n" + heat.logTail(60))
        .isEqualTo("CREATE_COMPLETE");
    assertThat(r.outputs().string("said")).isEqualTo("hello");
    assertThat(r.created()).containsExactly("member");
    assertThat(nested.events)
        .anyMatch(e -> e.resourceName().equals("echo")
            && e.status().equals("CREATE_COMPLETE")
            && !e.stackName().equals("deploy-provider"));
    assertThat(client.files(r.stack()).fieldNames())
        .toIterable()
        .anyMatch(k -> k.endsWith("/lib/greeter.yaml"));
    assertThat(client
            .environment(r.stack())
            .path("resource_registry")
            .path("My::Greeter")
            .asText())
        .endsWith("/lib/greeter.yaml");
    assertThat(client
            .template(r.stack())
            .path("resources")
            .path("member")
            .path("type")
            .asText())
        .isEqualTo("My::Greeter");
    assertThat(client.resources(r.stack(), 1))
        .extracting(StackResource::name)
        .contains("member", "echo");
  }

  @Test
  void updatesThroughAProviderTemplateComplete(LocalHeat heat) {
    HeatClient client = client(heat);
    for (String word : List.of("one", "two", "three", "four")) {
      Template.Builder child = Template.builder(HotVersion.V2021_04_16);
      Parameter<String> greeting = child.parameter(Parameter.string("greeting"));
      child.resource(
          Resource.builder("echo", "OS::Heat::TestResource").property("value", greeting.get()));
      child.output(Output.of("said", Map.of("get_attr", List.of("echo", "output"))));
      ChildTemplate greeter =
          ChildTemplate.provider("My::Greeter", "lib/greeter.yaml", child.build());
      Template.Builder root = Template.builder(HotVersion.V2021_04_16);
      Resource member =
          root.resource(greeter.resource("member").property("greeting", word).build());
      root.output(Output.of("said", greeter.attr(member, "said")));
      Bundle bundle = Bundle.builder("root.yaml", root.build())
          .child(greeter)
          .environment("env.yaml", greeter.register(Environment.builder()).build())
          .build();

      DeployResult r = deployment(client, "deploy-provider-update", new Stacks.Recorder())
          .bundle(bundle)
          .build()
          .run();

      assertThat(r.status())
          .as(() -> word + ": " + r.reason() + "\n" + heat.logTail(60))
          .endsWith("_COMPLETE");
      assertThat(r.outputs().string("said")).isEqualTo(word);
    }
    DeployResult gone = deployment(client, "deploy-provider-update", new Stacks.Recorder())
        .build()
        .delete();
    assertThat(gone.status()).isEqualTo("DELETE_COMPLETE");
  }

  private static String physicalId(HeatClient client, StackRef ref, String name) {
    return client.resources(ref, 0).stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow()
        .physicalResourceId();
  }
}
