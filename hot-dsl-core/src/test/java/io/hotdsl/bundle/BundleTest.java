package io.hotdsl.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.model.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {
  /** Run with -Dhotdsl.updateGolden=true to rewrite the golden files. */
  static final boolean UPDATE = Boolean.getBoolean("hotdsl.updateGolden");

  static final Path GOLDEN = Path.of("src/test/resources/golden/bundles");

  @TempDir
  Path tmp;

  @Test
  void writtenBundleMatchesGoldenFiles() throws IOException {
    Bundle bundle = SampleBundles.app();
    Path out = tmp.resolve("app");
    List<Path> written = bundle.writeTo(out);
    assertThat(written)
        .extracting(p -> out.relativize(p).toString())
        .containsExactly(
            "root.yaml",
            "server.yaml",
            "lib/network.yaml",
            "scripts/boot.sh",
            "env.yaml",
            "env/override.yaml");
    for (Path p : written) {
      golden("app/" + out.relativize(p), Files.readString(p));
    }
    // The files map for the bundle written to /srv/app, as heatclient would send it.
    HeatclientRequest req = bundle.request(Path.of("/srv/app"));
    golden(
        "app.files-map.json",
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(new TreeMap<>(req.files()))
            + "\n");
    assertThat(req.files())
        .containsOnlyKeys(
            "file:///srv/app/lib/network.yaml",
            "file:///srv/app/scripts/boot.sh",
            "file:///srv/app/server.yaml",
            "file:///srv/app/env.yaml",
            "file:///srv/app/env/override.yaml");
    assertThat(req.environmentFiles())
        .containsExactly("file:///srv/app/env.yaml", "file:///srv/app/env/override.yaml");
    assertThat(
            ((Map<?, ?>) ((Map<?, ?>) req.template().get("resources")).get("network")).get("type"))
        .isEqualTo("file:///srv/app/lib/network.yaml");
    assertThat(bundle.filesMap(Path.of("/srv/app"))).isEqualTo(req.files());
  }

  @Test
  void filesMapEqualsWhatPythonHeatclientSends() throws Exception {
    assumeTrue(
        heatclientPresent(), "SKIPPED: python3-heatclient is absent; cannot compare with it");
    List<Bundle> bundles = List.of(SampleBundles.app(), nestedChain(3));
    for (Bundle bundle : bundles) {
      Path dir = tmp.resolve("hc dir " + bundles.indexOf(bundle)); // a space: URL quoting
      bundle.writeTo(dir);
      List<String> args = new ArrayList<>(List.of(dir.resolve(bundle.rootPath()).toString()));
      bundle.environments().keySet().forEach(e -> args.add(dir.resolve(e).toString()));
      Map<String, Object> heatclient = runScript("heatclient_request.py", args);
      HeatclientRequest ours = bundle.request(dir);
      assertThat(ours.files()).isEqualTo(heatclient.get("files"));
      assertThat(new ArrayList<>(ours.files().keySet()))
          .isEqualTo(new ArrayList<>(((Map<?, ?>) heatclient.get("files")).keySet()));
      assertThat(normalize(ours.template())).isEqualTo(normalize(heatclient.get("template")));
      assertThat(normalize(ours.environment())).isEqualTo(normalize(heatclient.get("environment")));
      assertThat(ours.environmentFiles()).isEqualTo(heatclient.get("environment_files"));
    }
  }

  @Test
  void heatAcceptsEveryTestBundle() {
    var oracle = HeatOracle.find();
    assumeTrue(oracle.isPresent(), "SKIPPED: Heat oracle unavailable (python3-heat absent)");
    for (Bundle bundle : List.of(SampleBundles.app(), nestedChain(3), nestedChain(5))) {
      HeatclientRequest req = bundle.request(tmp.resolve("oracle"));
      HeatVerdict v = oracle
          .get()
          .validate(req.templateJson(), req.files(), req.environmentTexts(), Map.of(), Depth.API);
      assertThat(v.error()).as(bundle.toString()).isNull();
      assertThat(v.ok()).isTrue();
      assertThat(BundleValidator.validate(bundle).problems())
          .as(bundle.toString())
          .isEmpty();
    }
  }

  @Test
  void readsBackWhatItWrote() {
    Bundle bundle = SampleBundles.app();
    Path dir = tmp.resolve("rt");
    bundle.writeTo(dir);
    Bundle back = Bundle.read(
        dir.resolve("root.yaml"),
        List.of(dir.resolve("env.yaml"), dir.resolve("env/override.yaml")));
    assertThat(back.templates().keySet())
        .containsExactlyInAnyOrderElementsOf(bundle.templates().keySet());
    assertThat(back).isEqualTo(bundle);
    assertThat(back.request(dir).files()).isEqualTo(bundle.request(dir).files());
  }

  @Test
  void mergedEnvironmentUsesEveryTemplatesParameters() {
    Bundle bundle = Bundle.builder("root.yaml", SampleBundles.app().rootTemplate())
        .child(SampleBundles.SERVER)
        .environment(
            "a.yaml",
            EnvironmentYaml.parse(
                "parameter_defaults: {image: a, flavor: m1}\nresource_registry: {My::App::Server: server.yaml}",
                "a.yaml"))
        .environment(
            "b.yaml",
            EnvironmentYaml.parse(
                "parameter_defaults: {image: b, undeclared: x}\nparameter_merge_strategies: {image: overwrite}",
                "b.yaml"))
        .build();
    // image is declared by server.yaml (a child), so the later file overwrites it; undeclared is
    // dropped.
    assertThat(bundle.mergedEnvironment().toTree())
        .isEqualTo(Map.of(
            "parameter_defaults", Map.of("image", "b", "flavor", "m1"),
            "resource_registry", Map.of("My::App::Server", "server.yaml")));
  }

  @Test
  void childResourcesCheckParametersAndOutputs() {
    assertThatThrownBy(() -> SampleBundles.SERVER.resource("x").property("flavour", "m1"))
        .hasMessageContaining("server.yaml has no parameter flavour");
    assertThatThrownBy(
            () -> SampleBundles.SERVER.resource("x").property("network", "n").build())
        .hasMessageContaining("required parameter flavor of server.yaml is not set");
    Resource ok = SampleBundles.SERVER
        .resource("x")
        .property("flavor", "m1")
        .build(java.util.Set.of("network"));
    assertThat(ok.toTree())
        .isEqualTo(Map.of("type", "My::App::Server", "properties", Map.of("flavor", "m1")));
    assertThatThrownBy(() -> SampleBundles.SERVER.attr(ok, "address"))
        .hasMessageContaining("server.yaml has no output address");
    assertThat(SampleBundles.SERVER.attr(ok, "ip").toTree())
        .isEqualTo(Map.of("get_attr", List.of("x", "ip")));
    assertThatThrownBy(() -> SampleBundles.NETWORK.resource("n").property("cidr", List.of(1)))
        .hasMessageContaining("is a string");
  }

  /** root.yaml → level1.yaml → ... → level{depth}.yaml, each by file. */
  static Bundle nestedChain(int depth) {
    Bundle.Builder b = null;
    for (int i = depth; i >= 0; i--) {
      StringBuilder yaml = new StringBuilder("heat_template_version: 2018-08-31\n"
          + "parameters:\n  name: {type: string, default: n" + i + "}\nresources:\n");
      if (i < depth) {
        yaml.append("  child:\n    type: ")
            .append("level")
            .append(i + 1)
            .append(".yaml\n")
            .append("    properties: {name: x}\n");
      } else {
        yaml.append("  leaf: {type: OS::Heat::None}\n");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> tree = (Map<String, Object>) Bundle.parseTemplate(yaml.toString());
      if (i == 0) {
        Bundle.Builder root = Bundle.builder("root.yaml", tree);
        for (int j = 1; j <= depth; j++) {
          root.template("level" + j + ".yaml", levels.get(j));
        }
        b = root;
      } else {
        levels.put(i, tree);
      }
    }
    return b.build();
  }

  private static final Map<Integer, Map<String, Object>> levels = new java.util.HashMap<>();

  static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE || !Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("golden " + file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  static boolean heatclientPresent() {
    try {
      return new ProcessBuilder(HeatOracle.PYTHON, "-c", "import heatclient.common.template_utils")
              .start()
              .waitFor()
          == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> runScript(String resource, List<String> args) throws Exception {
    Path script = Files.createTempFile("hotdsl", ".py");
    try (InputStream in = BundleTest.class.getResourceAsStream(resource)) {
      Files.write(script, in.readAllBytes());
    }
    List<String> cmd = new ArrayList<>(List.of(HeatOracle.PYTHON, script.toString()));
    cmd.addAll(args);
    Process p =
        new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    Files.deleteIfExists(script);
    return new ObjectMapper().readValue(out, Map.class);
  }

  static Object normalize(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      return l.stream().map(BundleTest::normalize).toList();
    }
    if (o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    return o;
  }

  /** The first path where two trees differ, or null (for assertion messages). */
  static String firstDifference(Object a, Object b, String path) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      for (Object k : ma.keySet()) {
        String d = firstDifference(ma.get(k), mb.get(k), path + "." + k);
        if (d != null) {
          return d;
        }
      }
      return ma.keySet().equals(mb.keySet())
          ? null
          : path + " keys " + ma.keySet() + " vs " + mb.keySet();
    }
    if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
      for (int i = 0; i < la.size(); i++) {
        String d = firstDifference(la.get(i), lb.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return java.util.Objects.equals(a, b)
        ? null
        : path + ": " + a + " (" + (a == null ? null : a.getClass().getSimpleName()) + ") vs " + b
            + " (" + (b == null ? null : b.getClass().getSimpleName()) + ")";
  }
}
