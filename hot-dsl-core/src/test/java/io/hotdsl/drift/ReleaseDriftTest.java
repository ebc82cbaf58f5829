package io.hotdsl.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.testing.Corpus;
import io.hotdsl.testing.HeatSchemas;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReleaseDriftTest {

  @BeforeAll
  static void schemas() {
    HeatSchemas.register();
  }

  static Template corpus(String path) {
    Corpus c = Corpus.find().orElse(null);
    assumeTrue(c != null, "SKIPPED: shared corpus not found (set " + Corpus.ENV + ")");
    return HotReader.read(c.templates().resolve(path));
  }

  static Template hot(String text) {
    return HotReader.read(text, "t.yaml");
  }

  static List<String> at(List<Problem> ps, String path) {
    return ps.stream().filter(p -> p.path().equals(path)).map(Problem::toString).toList();
  }

  @ParameterizedTest
  @CsvSource({
    "queens, QUEENS", "Queens, QUEENS", "10.0.0, QUEENS", "10.1.2, QUEENS", "10, QUEENS",
    "2014.1, ICEHOUSE", "juno, JUNO", "2015.1, KILO", "5.0.0, LIBERTY", "11.0.0, ROCKY",
    "16.0.0, WALLABY", "zed, ZED", "19.0.0, ZED"
  })
  void releasesByNameOrVersion(String given, HeatRelease expected) {
    assertThat(HeatRelease.parse(given)).isEqualTo(expected);
  }

  @Test
  void unknownReleaseIsRejected() {
    assertThatThrownBy(() -> HeatRelease.parse("bobcat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bobcat");
  }

  @Test
  void templateVersionsFollowHeatsReleaseAliases() {
    // Heat 19 registers each alias under the release that introduced the dated version
    for (HotVersion alias : List.of(
        HotVersion.NEWTON,
        HotVersion.OCATA,
        HotVersion.PIKE,
        HotVersion.QUEENS,
        HotVersion.ROCKY,
        HotVersion.WALLABY)) {
      assertThat(ReleaseDrift.requiredRelease(alias).name()).isEqualTo(alias.name());
    }
    assertThat(ReleaseDrift.requiredRelease(HotVersion.V2018_08_31)).isEqualTo(HeatRelease.ROCKY);
    assertThat(ReleaseDrift.requiredRelease(HotVersion.V2021_04_16)).isEqualTo(HeatRelease.WALLABY);
  }

  @Test
  void version20210416AgainstQueens() {
    Template t =
        hot("heat_template_version: 2021-04-16\nresources:\n" + "  n: {type: OS::Neutron::Net}\n");
    List<Problem> ps = ReleaseDrift.check(t, "queens");
    assertThat(at(ps, "heat_template_version"))
        .containsExactly("heat_template_version: version 2021-04-16 needs Wallaby (Heat 16.0.0);"
            + " Queens (Heat 10.0.0) knows up to 2018-03-02");
    assertThat(ReleaseDrift.check(t, "wallaby")).isEmpty();
    assertThat(ReleaseDrift.check(t, "16.0.0")).isEmpty();
  }

  @Test
  void corpusRockyOctaviaTemplateAgainstQueensAndPike() {
    Template t = corpus("hot/octavia/servers_with_octavia.yaml");
    List<Problem> queens = ReleaseDrift.check(t, "queens");
    assertThat(at(queens, "heat_template_version"))
        .singleElement()
        .asString()
        .contains("rocky needs Rocky (Heat 11.0.0)");
    // Octavia types arrived in Queens: fine there, missing in Pike
    assertThat(queens).noneMatch(p -> p.message().contains("OS::Octavia"));
    List<Problem> pike = ReleaseDrift.check(t, "pike");
    assertThat(pike).anySatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.path()).endsWith(".type");
      assertThat(p.message())
          .isEqualTo("resource type OS::Octavia::LoadBalancer is not available"
              + " in Pike (Heat 9.0.0): added in Queens (Heat 10.0.0)");
    });
    assertThat(ReleaseDrift.check(t, "rocky")).isEmpty();
  }

  @Test
  void corpusBlazarLeaseNeedsStein() {
    Template t = corpus("hot/blazar/blazar_lease.yaml");
    List<Problem> rocky = ReleaseDrift.check(t, "rocky");
    assertThat(rocky)
        .anySatisfy(p -> assertThat(p.message())
            .isEqualTo(
                "resource type OS::Blazar::Lease is not available in Rocky (Heat 11.0.0): added in Stein"
                    + " (Heat 12.0.0)"));
    assertThat(ReleaseDrift.check(t, "stein")).noneMatch(p -> p.severity() == Severity.ERROR);
  }

  @Test
  void corpusNovaFloatingIpDeprecatedThenRemoved() {
    Template t = corpus("hot/mistral/templates/server_with_ip.yaml");
    String path = t.resources().values().stream()
        .filter(r -> r.type().equals("OS::Nova::FloatingIP"))
        .findFirst()
        .orElseThrow()
        .name();
    List<String> queens = at(ReleaseDrift.check(t, "queens"), "resources." + path + ".type");
    assertThat(queens)
        .containsExactly("warning: resources." + path + ".type: resource type"
            + " OS::Nova::FloatingIP is deprecated since Pike (Heat 9.0.0): Please use"
            + " OS::Neutron::FloatingIP instead.");
    List<String> zed = at(ReleaseDrift.check(t, "zed"), "resources." + path + ".type");
    assertThat(zed)
        .containsExactly("resources." + path + ".type: resource type"
            + " OS::Nova::FloatingIP was removed since Rocky (Heat 11.0.0): Please use"
            + " OS::Neutron::FloatingIP instead.");
    assertThat(at(ReleaseDrift.check(t, "icehouse"), "resources." + path + ".type"))
        .isEmpty();
  }

  @Test
  void corpusLbaasV1TypesRemovedInPike() {
    Template t = corpus("openshift-origin/centos65/highly-available/invalid/oso_ha.yaml");
    List<Problem> zed = ReleaseDrift.check(t, "zed");
    assertThat(zed)
        .filteredOn(p -> p.message().contains("OS::Neutron::Pool "))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.severity()).isEqualTo(Severity.ERROR);
          assertThat(p.message())
              .isEqualTo("resource type OS::Neutron::Pool was removed since"
                  + " Pike (Heat 9.0.0): Use LBaaS V2 instead.");
        });
    List<Problem> newton = ReleaseDrift.check(t, "newton");
    assertThat(newton)
        .filteredOn(p -> p.message().contains("OS::Neutron::Pool "))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.severity()).isEqualTo(Severity.WARNING);
          assertThat(p.path()).isEqualTo("resources.pool.type");
          assertThat(p.message())
              .startsWith("resource type OS::Neutron::Pool is"
                  + " deprecated since Newton (Heat 7.0.0): Neutron LBaaS v1 is deprecated");
        });
    assertThat(ReleaseDrift.check(t, "mitaka")).noneMatch(p -> p.message().contains("Pool"));
    // property-level: a hidden property is no error (Heat keeps it in its schema and accepts
    // it), a warning naming the replacement, with the YAML path of each use
    assertThat(at(zed, "resources.broker1_port.properties.network_id"))
        .containsExactly(
            "warning: resources.broker1_port.properties.network_id: property network_id of"
                + " OS::Neutron::Port is hidden (deprecated) since Liberty (Heat 5.0.0); Zed (Heat"
                + " 19.0.0) still accepts it: use \"network\"");
    assertThat(at(zed, "resources.broker1_port.properties.fixed_ips[0].subnet_id"))
        .singleElement()
        .asString()
        .contains("property fixed_ips.*.subnet_id of OS::Neutron::Port is hidden")
        .endsWith("still accepts it: use \"subnet\"");
    // the release before the deprecation knows it as a plain property
    assertThat(
            at(ReleaseDrift.check(t, "icehouse"), "resources.broker1_port.properties.network_id"))
        .isEmpty();
  }

  @Test
  void deprecatedTypeNamesTheReplacement() {
    Template t = hot("heat_template_version: 2014-10-16\nresources:\n"
        + "  img: {type: OS::Glance::Image, properties: {location: 'http://x/i.img',"
        + " container_format: bare, disk_format: qcow2}}\n");
    List<Problem> ps = ReleaseDrift.check(t, "zed");
    assertThat(ps).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.path()).isEqualTo("resources.img.type");
      assertThat(p.message())
          .startsWith("resource type OS::Glance::Image is deprecated since" + " Ocata (Heat 8.0.0)")
          .contains("Glance v1 API");
    });
    assertThat(ReleaseDrift.check(t, "juno")).isEmpty();
    assertThat(at(ReleaseDrift.check(t, "icehouse"), "resources.img.type"))
        .singleElement()
        .asString()
        .contains("not available in Icehouse (Heat 2014.1): added in Juno (Heat 2014.2)");
  }

  @Test
  void newPropertiesAreFlaggedWithTheirPath() {
    Template t = hot("heat_template_version: 2015-04-30\nresources:\n"
        + "  web: {type: OS::Nova::Server, properties: {image: cirros, flavor: m1.small,"
        + " user_data_update_policy: IGNORE}}\n");
    List<Problem> liberty = ReleaseDrift.check(t, "liberty");
    assertThat(liberty)
        .extracting(Problem::toString)
        .containsExactly(
            "resources.web.properties.user_data_update_policy: property user_data_update_policy of"
                + " OS::Nova::Server is not available in Liberty (Heat 5.0.0): added in Mitaka"
                + " (Heat 6.0.0)");
    assertThat(ReleaseDrift.check(t, "mitaka")).isEmpty();
  }

  @Test
  void unsupportedTypesWarn() {
    Template t = hot("heat_template_version: 2016-10-14\nresources:\n"
        + "  pp: {type: OS::Neutron::PortPair, properties: {ingress: a, egress: b}}\n");
    assertThat(ReleaseDrift.check(t, "zed")).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message())
          .startsWith(
              "resource type OS::Neutron::PortPair is UNSUPPORTED since" + " Newton (Heat 7.0.0)");
    });
  }

  @Test
  void everyCorpusTemplateChecksWithoutCrashing() {
    Corpus c = Corpus.find().orElse(null);
    assumeTrue(c != null, "SKIPPED: shared corpus not found");
    int checked = 0;
    for (Corpus.CorpusEntry e : c.templateEntries()) {
      Template t;
      try {
        t = HotReader.read(c.file(e));
      } catch (RuntimeException unreadable) {
        continue;
      }
      ReleaseDrift.check(t, "queens");
      ReleaseDrift.check(t, HeatRelease.ICEHOUSE);
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(Path.of(".")).exists();
  }

  @Test
  void committedTablesMatchHeatsOwnClasses() throws Exception {
    Path python = Path.of(HeatOracle.PYTHON);
    assumeTrue(java.nio.file.Files.isExecutable(python), "SKIPPED: " + python + " absent");
    Process probe = new ProcessBuilder(python.toString(), "-c", "import heat.engine.resources")
        .redirectErrorStream(true)
        .start();
    probe.getInputStream().readAllBytes();
    assumeTrue(
        probe.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && probe.exitValue() == 0,
        "SKIPPED: python3-heat absent (import heat.engine.resources failed)");
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (String[] pair : new String[][] {
      {"extract_hidden_types.py", "heat-19.0.0-hidden-types.json"},
      {"extract_property_status.py", "heat-19.0.0-property-status.json"}
    }) {
      Path script = Path.of("src/test/resources/io/hotdsl/drift", pair[0]);
      Process p = new ProcessBuilder(python.toString(), script.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      try (java.io.InputStream committed = ReleaseDrift.class.getResourceAsStream(pair[1])) {
        assertThat(json.readTree(out)).as(pair[1]).isEqualTo(json.readTree(committed));
      }
    }
  }
}
