package io.hotdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.deploy.DeployListener;
import io.hotdsl.deploy.Deployment;
import io.hotdsl.deploy.Deployments;
import io.hotdsl.deploy.HeatClient;
import io.hotdsl.deploy.StackRequest;
import io.hotdsl.environment.Environment;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.heat.testing.LocalHeatExtension;
import io.hotdsl.openstack.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every example bundle deployed on Heat 19's real engine, as {@code hot deploy} sends it, with
 * one more environment that maps each type reaching a service other than Heat
 * ({@code OS::Nova::Server}, {@code OS::Neutron::*}, …, and the OS::Heat types that call
 * Keystone or Swift) to {@code OS::Heat::None}: nested stacks, providers, environments and the
 * files map resolve as the bundle lays them out, and the stack's outputs come back.
 */
@ExtendWith(LocalHeatExtension.class)
class ExamplesDeployTest {
  /** OS::Heat types that run inside Heat alone; every other type is mapped to None. */
  private static final Set<String> HEAT_ONLY = Set.of(
      "OS::Heat::RandomString",
      "OS::Heat::Value",
      "OS::Heat::None",
      "OS::Heat::TestResource",
      "OS::Heat::ResourceGroup",
      "OS::Heat::AutoScalingGroup",
      "OS::Heat::ResourceChain",
      "OS::Heat::SoftwareConfig",
      "OS::Heat::StructuredConfig",
      "OS::Heat::CloudConfig",
      "OS::Heat::MultipartMime",
      "OS::Heat::SoftwareComponent",
      "OS::Heat::Delay");

  /**
   * Examples that cannot create here, and why: a parameter's custom constraint asks the service
   * itself (Glance, Nova) whether the value exists, which no environment can map away.
   */
  private static final Map<String, String> NEED_SERVICES =
      Map.of("cloud-images", "AuthorizationFailure");

  @Test
  void everyExampleDeploysWithServiceTypesMappedToNone(LocalHeat heat) {
    HeatClient client = HeatClient.of(
        Session.builder().endpoint("orchestration", heat.endpoint().toString()).build());
    List<Deployment> deployments = new ArrayList<>();
    Map<String, Bundle> bundles = new LinkedHashMap<>();
    for (Example example : Examples.all()) {
      List<String> environments = example.deployments().get(0);
      Bundle bundle = Examples.withEnvironments(example.bundle(), environments);
      StackRequest.Builder request = StackRequest.fromBundle(
          withNoneEnvironment(bundle), Path.of("/srv/examples", example.name()));
      example.parameterValues().forEach((k, v) -> request.parameter(k, String.valueOf(v)));
      bundles.put(example.name(), bundle);
      deployments.add(Deployment.builder(client, example.name())
          .request(request.build())
          .listener(DeployListener.NONE)
          .pollInterval(Duration.ofMillis(250))
          .timeout(Duration.ofSeconds(180))
          .build());
    }

    List<Deployments.Outcome> outcomes = Deployments.run(deployments, 3);

    assertThat(outcomes).hasSize(Examples.all().size());
    for (Deployments.Outcome o : outcomes) {
      String name = o.stackName();
      if (NEED_SERVICES.containsKey(name)) {
        assertThat(o.describe()).as(name).contains(NEED_SERVICES.get(name));
        continue;
      }
      assertThat(o.complete())
          .as(() -> o.describe() + o.result().map(r -> ": " + r.failure()).orElse("") + "\n"
              + heat.logTail(40))
          .isTrue();
      @SuppressWarnings("unchecked")
      Map<String, Object> outputs =
          (Map<String, Object>) bundles.get(name).rootTemplate().getOrDefault("outputs", Map.of());
      assertThat(o.result().orElseThrow().outputs().names())
          .as(name + " outputs")
          .containsExactlyInAnyOrderElementsOf(outputs.keySet());
    }
    System.out.println("examples deployed on the local engine: "
        + outcomes.stream().map(Deployments.Outcome::describe).toList());
  }

  /** The bundle with one more environment, {@code heat-none.yaml}, applied last. */
  private static Bundle withNoneEnvironment(Bundle bundle) {
    Set<String> providers =
        bundle.mergedEnvironment().resourceRegistry().mappings().keySet();
    Set<String> services = new TreeSet<>();
    bundle.allTemplates().values().forEach(t -> {
      Object resources = t.get("resources");
      if (resources instanceof Map<?, ?> m) {
        m.values().forEach(r -> {
          if (r instanceof Map<?, ?> def
              && def.get("type") instanceof String type
              && !HEAT_ONLY.contains(type)
              && !providers.contains(type)
              && type.startsWith("OS::")) {
            services.add(type);
          }
        });
      }
    });
    Environment.Builder none = Environment.builder();
    services.forEach(type -> none.registerType(type, "OS::Heat::None"));
    Bundle.Builder b = Bundle.builder(bundle.rootPath(), bundle.rootTemplate());
    bundle.templates().forEach((path, tree) -> {
      if (!path.equals(bundle.rootPath())) {
        b.template(path, tree);
      }
    });
    bundle.files().forEach(b::file);
    bundle.environments().forEach(b::environment);
    b.environment("heat-none.yaml", none.build());
    return b.build();
  }
}
