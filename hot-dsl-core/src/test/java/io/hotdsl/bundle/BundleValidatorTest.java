package io.hotdsl.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.environment.Environment;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.validate.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * BundleValidator, case by case: each case's problems (path and message) and, where Heat 19 (template-validate at API
 * depth, or its pre-create check at STRICT depth) sees the same mistake, Heat's verdict too.
 */
class BundleValidatorTest {

  static final String PROVIDER = "heat_template_version: 2018-08-31\n"
      + "parameters:\n  flavor: {type: string}\n  image: {type: string, default: cirros}\n"
      + "resources:\n  s: {type: OS::Heat::None}\n"
      + "outputs:\n  ip: {value: 1.2.3.4}\n";

  @SuppressWarnings("unchecked")
  static Map<String, Object> t(String yaml) {
    return (Map<String, Object>) Bundle.parseTemplate("heat_template_version: 2018-08-31\n" + yaml);
  }

  static Environment registry(String type, String file) {
    return Environment.builder().registerType(type, file).build();
  }

  record Case(String name, Bundle bundle, List<String> problems, Boolean heatRejects) {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case(
        "valid provider",
        Bundle.builder(
                "root.yaml",
                t("resources:\n  app:\n    type: My::App\n    properties: {flavor: m1}\n"
                    + "outputs:\n  o: {value: {get_attr: [app, ip]}}\n"))
            .template("app.yaml", (Map<String, Object>) Bundle.parseTemplate(PROVIDER))
            .environment("env.yaml", registry("My::App", "app.yaml"))
            .build(),
        List.of(),
        false));
    cases.add(new Case(
        "provider output with a key Heat does not read",
        Bundle.builder(
                "root.yaml",
                t("resources:\n  app:\n    type: My::App\n    properties: {flavor: m1}\n"))
            .template("app.yaml", (Map<String, Object>) Bundle.parseTemplate(
                PROVIDER.replace("{value: 1.2.3.4}", "{value: 1.2.3.4, foo: 2}")))
            .environment("env.yaml", registry("My::App", "app.yaml"))
            .build(),
        List.of("app.yaml: outputs.ip.foo: \"foo\" is not a valid keyword inside an output "
            + "definition of a provider template (Heat reads value, description and condition)"),
        true));
    cases.add(new Case(
        "top-level output with a key Heat does not read (a warning elsewhere)",
        Bundle.builder("root.yaml", t("outputs:\n  o: {value: 1, foo: 2}\n")).build(),
        List.of(),
        false));
    cases.add(new Case(
        "missing nested file",
        Bundle.builder("root.yaml", t("resources:\n  x: {type: missing.yaml}\n"))
            .build(),
        List.of("root.yaml: resources.x.type: file not found: missing.yaml"),
        true));
    cases.add(new Case(
        "registry names a missing file",
        Bundle.builder("root.yaml", t("resources:\n  app: {type: My::App}\n"))
            .environment("envs/env.yaml", registry("My::App", "../nope.yaml"))
            .build(),
        List.of(
            "envs/env.yaml: resource_registry.My::App: file not found: ../nope.yaml (bundle path nope.yaml)",
            "root.yaml: resources.app.type: file not found: nope.yaml (registered in envs/env.yaml)"),
        null));
    cases.add(new Case(
        "provider type not registered",
        Bundle.builder(
                "root.yaml", t("resources:\n  app: {type: My::App, properties: {flavor: m1}}\n"))
            .template("app.yaml", (Map<String, Object>) Bundle.parseTemplate(PROVIDER))
            .build(),
        List.of("root.yaml: resources.app.type: resource type My::App is not registered in any "
            + "environment's resource_registry and is no Heat type"),
        true));
    cases.add(new Case(
        "property the provider does not declare",
        Bundle.builder(
                "root.yaml",
                t("resources:\n  app: {type: My::App, properties: {flavor: m1, flavour: m2}}\n"))
            .template("app.yaml", (Map<String, Object>) Bundle.parseTemplate(PROVIDER))
            .environment("env.yaml", registry("My::App", "app.yaml"))
            .build(),
        List.of(
            "root.yaml: resources.app.properties.flavour: app.yaml declares no parameter flavour; "
                + "parameters: [flavor, image]"),
        true));
    cases.add(new Case(
        "required provider parameter not set",
        Bundle.builder("root.yaml", t("resources:\n  app: {type: My::App}\n"))
            .template("app.yaml", (Map<String, Object>) Bundle.parseTemplate(PROVIDER))
            .environment("env.yaml", registry("My::App", "app.yaml"))
            .build(),
        List.of(
            "root.yaml: resources.app.properties: required parameter flavor of app.yaml is not set "
                + "(it has no default and no parameter_defaults entry); fails at stack create"),
        true));
    cases.add(new Case(
        "required parameter given by parameter_defaults",
        Bundle.builder("root.yaml", t("resources:\n  app: {type: My::App}\n"))
            .template("app.yaml", (Map<String, Object>) Bundle.parseTemplate(PROVIDER))
            .environment(
                "env.yaml",
                registry("My::App", "app.yaml").toBuilder()
                    .parameterDefault("flavor", "m1")
                    .build())
            .build(),
        List.of(),
        false));
    cases.add(new Case(
        "attribute that is not an output",
        Bundle.builder(
                "root.yaml",
                t(
                    "resources:\n  app: {type: My::App, properties: {flavor: m1}}\n"
                        + "outputs:\n  o: {value: {get_attr: [app, address]}}\n  id: {value: {get_attr: [app, OS::stack_id]}}\n"))
            .template("app.yaml", (Map<String, Object>) Bundle.parseTemplate(PROVIDER))
            .environment("env.yaml", registry("My::App", "app.yaml"))
            .build(),
        List.of("root.yaml: outputs.o.value.get_attr[1]: resource app has no attribute address; "
            + "its template's outputs: [ip]"),
        // Heat 19 accepts this at API and STRICT depth; it fails only when the output is resolved.
        null));
    cases.add(new Case(
        "problem inside a child file",
        Bundle.builder("root.yaml", t("resources:\n  n: {type: lib/net.yaml}\n"))
            .template(
                "lib/net.yaml",
                t("resources:\n  inner: {type: leaf.yaml, properties: {size: 1}}\n"))
            .template("lib/leaf.yaml", t("resources: {}\n"))
            .build(),
        List.of(
            "lib/net.yaml: resources.inner.properties.size: lib/leaf.yaml declares no parameter size; "
                + "parameters: []; fails at stack create"),
        true));
    cases.add(new Case(
        "cycle through nested templates",
        Bundle.builder("root.yaml", t("resources:\n  a: {type: a.yaml}\n"))
            .template("a.yaml", t("resources:\n  b: {type: b.yaml}\n"))
            .template("b.yaml", t("resources:\n  a: {type: a.yaml}\n"))
            .build(),
        List.of(
            "b.yaml: resources.a.type: cycle through nested templates: root.yaml -> a.yaml -> b.yaml "
                + "-> a.yaml; fails at stack create"),
        null));
    cases.add(new Case(
        "nesting deeper than max_nested_stack_depth",
        BundleTest.nestedChain(6),
        List.of(
            "level5.yaml: resources.child.type: nested stacks deeper than max_nested_stack_depth 5: "
                + "root.yaml -> level1.yaml -> level2.yaml -> level3.yaml -> level4.yaml -> level5.yaml "
                + "-> level6.yaml; fails at stack create"),
        true));
    cases.add(
        new Case("nesting exactly at the limit", BundleTest.nestedChain(5), List.of(), false));
    return cases;
  }

  @Test
  void eachCaseGivesItsProblems() {
    for (Case c : cases()) {
      assertThat(BundleValidator.validate(c.bundle()).problems())
          .as(c.name())
          .extracting(Problem::toString)
          .containsExactlyElementsOf(c.problems());
    }
  }

  @Test
  void heatAgreesWhereTemplateValidateSeesTheMistake() {
    var oracle = HeatOracle.find();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        oracle.isPresent(), "SKIPPED: Heat oracle unavailable (python3-heat absent)");
    List<HeatCase> batch = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    for (Case c : cases()) {
      if (c.heatRejects() == null) {
        continue;
      }
      HeatclientRequest req = requestTolerant(c.bundle());
      for (Depth depth : List.of(Depth.API, Depth.STRICT)) {
        batch.add(HeatCase.validate(
            c.name() + "@" + depth,
            req.templateJson(),
            req.files(),
            req.environmentTexts(),
            Map.of(),
            depth));
      }
      cases.add(c);
    }
    List<HeatVerdict> verdicts = oracle.get().run(batch);
    for (int i = 0; i < cases.size(); i++) {
      HeatVerdict api = verdicts.get(2 * i);
      HeatVerdict strict = verdicts.get(2 * i + 1);
      assertThat(api.crashed() || strict.crashed()).as(api + " " + strict).isFalse();
      // Heat rejects at API depth (template-validate) or at STRICT depth (before stack create).
      assertThat(!api.ok() || !strict.ok())
          .as(cases.get(i).name() + ": " + api.error() + " / " + strict.error())
          .isEqualTo(cases.get(i).heatRejects());
    }
  }

  /** The request, leaving missing files out of the files map (heatclient itself would stop). */
  static HeatclientRequest requestTolerant(Bundle bundle) {
    try {
      return bundle.request(Path.of("/srv/b"));
    } catch (IllegalStateException missing) {
      Map<String, Object> root = new LinkedHashMap<>(bundle.rootTemplate());
      return new HeatclientRequest(root, Map.of(), Map.of(), List.of());
    }
  }
}
