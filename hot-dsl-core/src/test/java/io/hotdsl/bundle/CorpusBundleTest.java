package io.hotdsl.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.environment.Environment;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.testing.Corpus;
import io.hotdsl.validate.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real bundles of the shared corpus (openstack/heat-templates): templates with nested templates
 * by file, providers registered by environment files, get_file contents up to five directories
 * up. Read, re-rendered, written, read back, compared with python-heatclient and Heat 19.
 */
class CorpusBundleTest {
  static Corpus corpus;

  @TempDir
  Path tmp;

  /** Root template, environments, whether Heat 19 accepts it. */
  record Sample(String root, List<String> envs, boolean valid) {}

  static final String EX = "hot/software-config/example-templates/";
  static final List<Sample> SAMPLES = List.of(
      new Sample("hot/autoscaling.yaml", List.of(), true),
      new Sample("hot/asg_of_stacks.yaml", List.of(), true),
      new Sample(
          EX + "example-config-pristine-image.yaml",
          List.of("hot/software-config/boot-config/fedora_pip_env.yaml"),
          true),
      new Sample(
          EX + "example-config-pristine-image.yaml",
          List.of(EX + "example-config-pristine-image_env.yaml"),
          true),
      new Sample(EX + "example-config-pristine-image.yaml", List.of(), false));

  @BeforeAll
  static void findCorpus() {
    var found = Corpus.find();
    assumeTrue(found.isPresent(), "SKIPPED: shared/corpus not found (set " + Corpus.ENV + ")");
    corpus = found.get();
  }

  /** Read with the corpus as the read root: heat-agents/ sits beside heat-templates/. */
  static Bundle read(Sample s) {
    List<Path> envs = s.envs().stream().map(e -> corpus.templates().resolve(e)).toList();
    return Bundle.read(corpus.templates().resolve(s.root()), envs, FileRoot.of(corpus.root()));
  }

  static final String HT = "heat-templates/hot/software-config/";

  @Test
  void readsNestedTemplatesProvidersAndFiles() {
    // the default read root, the root template's folder, holds everything autoscaling.yaml uses
    Bundle autoscaling = Bundle.read(corpus.templates().resolve(SAMPLES.get(0).root()), List.of());
    assertThat(autoscaling.templates().keySet())
        .containsExactly("autoscaling.yaml", "lb_server.yaml");
    assertThat(read(SAMPLES.get(0)).templates().keySet())
        .containsExactly(
            "heat-templates/hot/autoscaling.yaml", "heat-templates/hot/lb_server.yaml");
    // the agent bundle reaches up to heat-agents/: bundle paths are relative to the wider root
    Bundle agent = read(SAMPLES.get(2));
    assertThat(agent.rootPath())
        .isEqualTo(HT + "example-templates/example-config-pristine-image.yaml");
    assertThat(agent.environments().keySet())
        .containsExactly(HT + "boot-config/fedora_pip_env.yaml");
    assertThat(agent.templates())
        .containsKey(HT + "boot-config/templates/install_config_agent_fedora_pip.yaml");
    assertThat(agent.files())
        .containsKey(HT + "boot-config/templates/fragments/install_config_agent_pip.sh")
        .containsKey("heat-agents/heat-config/bin/heat-config-notify");
    // with the default read root, the environment beside the template's folder is refused
    Path boot = corpus.templates().resolve("hot/software-config/boot-config/");
    assertThatThrownBy(() -> Bundle.read(
            corpus.templates().resolve(SAMPLES.get(2).root()),
            List.of(boot.resolve("fedora_pip_env.yaml"))))
        .isInstanceOf(FileAccessException.class)
        .hasMessageContaining("fedora_pip_env.yaml: refused: it is outside the read root");
    // and so is heat-agents/ from boot-config/ as the root
    assertThatThrownBy(() -> Bundle.read(
            corpus.templates().resolve(SAMPLES.get(2).root()),
            List.of(boot.resolve("fedora_pip_env.yaml")),
            FileRoot.of(boot.getParent())))
        .isInstanceOf(FileAccessException.class)
        .hasMessageContaining(
            "install_config_agent_fedora_pip.yaml: resources.configure_config_agent")
        .hasMessageContaining(
            "/heat-agents/heat-config/os-refresh-config/configure.d/55-heat-config: "
                + "refused: it resolves to ");
  }

  @Test
  void reRendersEqualAndRoundTripsThroughDisk() {
    for (Sample s : SAMPLES) {
      Bundle bundle = read(s);
      for (Map.Entry<String, Map<String, Object>> t : bundle.templates().entrySet()) {
        assertThat(TreeYaml.read(TreeYaml.write(t.getValue()), t.getKey()))
            .as(t.getKey())
            .isEqualTo(t.getValue());
      }
      for (Map.Entry<String, Environment> e : bundle.environments().entrySet()) {
        assertThat(EnvironmentYaml.parse(EnvironmentYaml.write(e.getValue()), e.getKey()))
            .isEqualTo(e.getValue());
      }
      Path dir = tmp.resolve("w" + SAMPLES.indexOf(s)).resolve("a/b/c/d/e");
      bundle.writeTo(dir);
      Bundle back = Bundle.read(
          dir.resolve(bundle.rootPath()),
          bundle.environments().keySet().stream().map(dir::resolve).toList(),
          FileRoot.of(dir));
      assertThat(back).as(s.toString()).isEqualTo(bundle);
    }
  }

  @Test
  void filesMapEqualsPythonHeatclientsOnTheCorpus() throws Exception {
    assumeTrue(BundleTest.heatclientPresent(), "SKIPPED: python3-heatclient is absent");
    for (Sample s : SAMPLES) {
      Bundle bundle = read(s);
      // heatclient on the bundle as written (templates rendered by TreeYaml / YamlWriter)
      Path dir = tmp.resolve("hc" + SAMPLES.indexOf(s)).resolve("a/b/c/d/e");
      bundle.writeTo(dir);
      List<String> args = new ArrayList<>(List.of(dir.resolve(bundle.rootPath()).toString()));
      bundle.environments().keySet().forEach(e -> args.add(dir.resolve(e).toString()));
      Map<String, Object> heatclient = BundleTest.runScript("heatclient_request.py", args);
      HeatclientRequest ours = bundle.request(dir);
      assertThat(ours.files()).as(s.toString()).isEqualTo(heatclient.get("files"));
      assertThat(BundleTest.normalize(ours.template()))
          .as(BundleTest.firstDifference(
              BundleTest.normalize(ours.template()),
              BundleTest.normalize(heatclient.get("template")),
              s.root()))
          .isEqualTo(BundleTest.normalize(heatclient.get("template")));
      assertThat(ours.environmentFiles()).isEqualTo(heatclient.get("environment_files"));
    }
  }

  @Test
  void validatorAndHeatAgree() {
    var oracle = HeatOracle.find();
    assumeTrue(oracle.isPresent(), "SKIPPED: Heat oracle unavailable (python3-heat absent)");
    List<HeatCase> batch = new ArrayList<>();
    for (Sample s : SAMPLES) {
      HeatclientRequest req = read(s).request(Path.of("/srv/corpus"));
      batch.add(HeatCase.validate(
          s.toString(),
          req.templateJson(),
          req.files(),
          req.environmentTexts(),
          Map.of(),
          Depth.API));
    }
    List<HeatVerdict> verdicts = oracle.get().run(batch);
    for (int i = 0; i < SAMPLES.size(); i++) {
      Sample s = SAMPLES.get(i);
      List<Problem> problems = BundleValidator.validate(read(s)).errors();
      assertThat(verdicts.get(i).ok()).as(s + ": " + verdicts.get(i).error()).isEqualTo(s.valid());
      assertThat(problems).as(s.toString()).hasSize(s.valid() ? 0 : 1);
    }
    assertThat(BundleValidator.validate(read(SAMPLES.get(4))).errors())
        .extracting(Problem::toString)
        .containsExactly(HT + "example-templates/example-config-pristine-image.yaml: "
            + "resources.boot_config.type: resource "
            + "type Heat::InstallConfigAgent is not registered in any environment's resource_registry "
            + "and is no Heat type");
  }
}
