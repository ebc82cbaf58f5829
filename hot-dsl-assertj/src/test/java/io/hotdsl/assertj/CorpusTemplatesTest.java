package io.hotdsl.assertj;

import static io.hotdsl.assertj.HotAssertions.assertThat;
import static io.hotdsl.assertj.HotMatchers.getParam;
import static io.hotdsl.assertj.HotMatchers.getResource;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.model.Constraint;
import io.hotdsl.model.ParameterType;
import io.hotdsl.read.HotReader;
import io.hotdsl.resources.heat.RandomString;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.nova.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What a repository of plain YAML templates can do with these assertions: unit-test its templates
 * as read by {@code HotReader}. Runs on the shared corpus of real templates (skipped without it).
 */
class CorpusTemplatesTest {

  static Path corpus(String file) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared/corpus/heat-templates").resolve(file);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    assumeTrue(false, "SKIPPED: corpus not found");
    return null;
  }

  @Test
  void helloWorld() {
    assertThat(HotReader.read(corpus("hot/hello_world.yaml")))
        .isValid()
        .hasResourceCount(1)
        .hasResourcesOfType(Server.class, 1)
        .hasResource("server")
        .ofType(Server.class)
        .hasProperty("flavor", getParam("flavor"))
        .hasProperty("image", getParam("image"))
        .hasPropertyAt("user_data.str_replace.params.db_port", getParam("db_port"));
    assertThat(HotReader.read(corpus("hot/hello_world.yaml")))
        .hasParameter("flavor")
        .ofType(ParameterType.STRING)
        .hasDefault("m1.small")
        .hasConstraint(Constraint.customConstraint("nova.flavor"));
    assertThat(HotReader.read(corpus("hot/hello_world.yaml")))
        .hasParameter("db_port")
        .ofType(ParameterType.NUMBER)
        .hasDefault(50000)
        .hasConstraint(Constraint.range(40000, 60000)
            .withDescription("Port number must be between 40000 and 60000"));
    assertThat(HotReader.read(corpus("hot/hello_world.yaml")))
        .hasParameter("admin_pass")
        .isHidden()
        .hasConstraint(Constraint.Kind.LENGTH);
  }

  @Test
  void serversInANewNeutronNet() {
    var t = HotReader.read(corpus("hot/servers_in_new_neutron_net.yaml"));
    assertThat(t).hasResourcesOfType(Server.class, 2).hasResourcesOfType(Net.class, 1);
    assertThat(t)
        .hasResource("server1")
        .hasPropertyAt("networks[0].port", getResource("server1_port"));
    assertThat(t)
        .hasResource("private_subnet")
        .hasPropertyAt("allocation_pools[0].start", getParam("private_net_pool_start"));
    assertThat(t).hasOutput("server1_private_ip");
    assertThat(t).isEqualToYaml(corpus("hot/servers_in_new_neutron_net.yaml"));
  }

  @Test
  void autoscaling() {
    var t = HotReader.read(corpus("hot/autoscaling.yaml"));
    assertThat(t)
        .hasResourcesOfType(RandomString.class, 2)
        .resourcesMatching(r -> r.type().startsWith("OS::Heat::"))
        .isNotEmpty();
    assertThat(t).isEqualToYaml(corpus("hot/autoscaling.yaml"));
  }
}
