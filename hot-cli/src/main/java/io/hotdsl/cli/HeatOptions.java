package io.hotdsl.cli;

import io.hotdsl.deploy.HeatClient;
import io.hotdsl.openstack.CloudConfig;
import io.hotdsl.openstack.Session;
import picocli.CommandLine.Option;

/**
 * Where Heat is: {@code --heat-url URL} with no Keystone (heatclient's
 * {@code --os-no-client-auth --heat-url}), or a cloud ({@code --os-cloud NAME}, else
 * {@code OS_CLOUD}, else the {@code OS_*} variables) whose catalog names the orchestration
 * endpoint.
 */
final class HeatOptions {
  @Option(
      names = "--heat-url",
      paramLabel = "URL",
      description = "Heat's endpoint with the project, e.g. http://127.0.0.1:8004/v1/admin; "
          + "no Keystone, no token")
  String heatUrl;

  @Option(
      names = "--os-cloud",
      paramLabel = "NAME",
      description = "the cloud of clouds.yaml (default: OS_CLOUD, else the OS_* variables)")
  String osCloud;

  /** The client; a usage problem (both options) is an IllegalArgumentException. */
  HeatClient client() {
    if (heatUrl != null && osCloud != null) {
      throw new IllegalArgumentException("give --heat-url or --os-cloud, not both");
    }
    Session.Builder s = Session.builder();
    if (heatUrl != null) {
      s.endpoint("orchestration", heatUrl);
    } else {
      s.cloud(CloudConfig.resolve(osCloud, System.getenv()));
    }
    return HeatClient.of(s.build());
  }
}
