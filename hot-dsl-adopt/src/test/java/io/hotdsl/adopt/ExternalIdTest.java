package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code --external-ids}: adoption of the running resources where Heat 19 can. */
class ExternalIdTest {

  static final Adoption ADOPTION = Adopter.create().externalIds(true).adopt(Samples.snapshot());
  static final Template T = ADOPTION.template();

  @Test
  void everyAdoptableResourceCarriesItsPhysicalId() {
    for (Resource r : T.resources().values()) {
      if (Adopter.NO_EXTERNAL_ID.contains(r.type())) {
        assertThat(r.externalId()).as(r.name()).isNull();
      } else {
        assertThat(r.externalId()).as(r.name()).isEqualTo(ADOPTION.physicalIds().get(r.name()));
      }
    }
    assertThat(T.resource("new-server-test").externalId())
        .isEqualTo("f5dc173b-6804-445a-a6d8-c705dad5b5eb");
    assertThat(T.resource("keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3").externalId())
        .isEqualTo("keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3");
    assertThat(T.resource("fip_172_24_4_228").externalId())
        .isEqualTo("2f245a7b-796b-4f26-9cf9-9e82d248fda7");
  }

  @Test
  void typesHeatCannotAdoptAreWarnedWithTheirResources() {
    assertThat(ADOPTION.warnings())
        .contains(
            "external_id: Heat 19 cannot adopt OS::Cinder::VolumeAttachment (no entity to look the"
                + " ID up with); created anew: new-server-test_volume_volume_id1,"
                + " new-server-test_volume_volume_id2",
            "external_id: Heat 19 cannot adopt OS::Neutron::ExtraRouteSet (no entity to look the ID"
                + " up with); created anew: router2_routes",
            "external_id: Heat 19 cannot adopt OS::Neutron::FloatingIPPortForward (no entity to look"
                + " the ID up with); created anew: fip_172_24_4_42_forward_2225,"
                + " fip_172_24_4_42_forward_8786");
    assertThat(Adopter.create().adopt(Samples.snapshot()).warnings())
        .noneMatch(w -> w.startsWith("external_id"));
  }

  @Test
  void heatAcceptsTheAdoptingTemplate() {
    HeatOracle heat = HeatSupport.requireHeat();
    // STRICT would look each external resource up in the (absent) cloud: API depth only
    HeatVerdict v = heat.run(List.of(HeatCase.validate("external-ids", ADOPTION.yaml(), Depth.API)))
        .get(0);
    assertThat(v.error()).isNull();
    assertThat(v.ok()).isTrue();
  }

  /** The table agrees with Heat 19's classes: no {@code entity}, no external resource look-up. */
  @Test
  void theTableOfTypesWithoutExternalIdMatchesHeat() throws Exception {
    HeatSupport.requireHeat();
    Set<String> used = new TreeSet<>();
    Adopter.create()
        .adopt(Samples.snapshot())
        .template()
        .resources()
        .values()
        .forEach(r -> used.add(r.type()));
    used.addAll(List.of(
        "OS::Neutron::Port",
        "OS::Neutron::SecurityGroup",
        "OS::Neutron::RouterInterface",
        "OS::Neutron::FloatingIPAssociation"));
    String script = String.join(
        "\n",
        "import sys, logging",
        "logging.disable(logging.CRITICAL)",
        "from oslo_config import cfg",
        "cfg.CONF([], project='heat', default_config_files=[])",
        "from heat.engine import resources",
        "resources.initialise()",
        "env = resources.global_env()",
        "for t in sys.argv[1:]:",
        "    cls = env.get_class(t)",
        "    print(t, 'no' if cls.entity is None else 'yes')");
    List<String> cmd = new ArrayList<>(List.of(HeatOracle.PYTHON, "-c", script));
    cmd.addAll(used);
    Process p =
        new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    List<String> lines = out.lines().filter(l -> l.startsWith("OS::")).toList();
    assertThat(lines).hasSize(used.size());
    for (String line : lines) {
      String[] f = line.split(" ");
      assertThat(Adopter.NO_EXTERNAL_ID.contains(f[0])).as(f[0]).isEqualTo(f[1].equals("no"));
    }
  }
}
