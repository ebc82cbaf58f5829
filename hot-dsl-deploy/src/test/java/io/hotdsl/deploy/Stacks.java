package io.hotdsl.deploy;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.TreeYaml;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.openstack.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Test helpers: a client of the local engine, bundles from YAML, a recording listener. */
final class Stacks {
  private Stacks() {}

  static HeatClient client(LocalHeat heat) {
    return HeatClient.of(
        Session.builder().endpoint("orchestration", heat.endpoint().toString()).build());
  }

  @SuppressWarnings("unchecked")
  static Bundle bundle(String yaml) {
    return Bundle.builder("root.yaml", (Map<String, Object>) TreeYaml.read(yaml, "root.yaml"))
        .build();
  }

  static Deployment.Builder deployment(HeatClient client, String name, Recorder recorder) {
    return Deployment.builder(client, name)
        .listener(recorder)
        .pollInterval(Duration.ofMillis(200))
        .timeout(Duration.ofSeconds(90));
  }

  /** Hears every event and retry. */
  static final class Recorder implements DeployListener {
    final List<StackEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void event(StackEvent event) {
      events.add(event);
    }

    List<String> seen() {
      return events.stream().map(e -> e.resourceName() + " " + e.status()).toList();
    }
  }
}
