package io.hotdsl.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Template;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One template per service (package) holding one resource of each of its types, built with the
 * generated classes and sample values of every required property, rendered to YAML and validated
 * by Heat 19 itself (the oracle): all must pass at depth API. STRICT verdicts are reported.
 */
class HeatAcceptanceTest {

  /** The YAML of each service's template, by service. */
  static Map<String, String> templates() throws ReflectiveOperationException {
    Map<String, Template.Builder> byService = new TreeMap<>();
    for (ResourceTypeSchema s : GeneratedClasses.schemas().values()) {
      String service = GeneratedClasses.service(s.type());
      Template.Builder t = byService.computeIfAbsent(
          service, k -> Template.builder(HotVersion.LATEST).description("hot-dsl samples: " + k));
      String name = Naming.resourceName(s.type());
      t.resource(SampleValues.builderWithRequired(s, name).build());
    }
    Map<String, String> out = new TreeMap<>();
    byService.forEach((k, t) -> out.put(k, YamlWriter.write(t.build().toTree())));
    return out;
  }

  @Test
  void heatAcceptsOneTemplatePerService() throws Exception {
    var oracle = HeatOracle.find();
    assumeTrue(oracle.isPresent(), "Heat 19 (python3-heat) is not installed");
    Map<String, String> templates = templates();
    assertThat(templates).hasSizeGreaterThan(20);
    List<HeatCase> cases = new ArrayList<>();
    templates.forEach(
        (service, yaml) -> cases.add(HeatCase.validate(service + "@api", yaml, Depth.API)));
    // STRICT stops at a template's first error: one template per type to see every verdict
    for (ResourceTypeSchema s : GeneratedClasses.schemas().values()) {
      Template.Builder t = Template.builder(HotVersion.LATEST);
      t.resource(
          SampleValues.builderWithRequired(s, Naming.resourceName(s.type())).build());
      String yaml = YamlWriter.write(t.build().toTree());
      cases.add(HeatCase.validate(s.type() + "@strict", yaml, Depth.STRICT));
    }
    List<HeatVerdict> verdicts = oracle.get().run(cases);
    List<String> apiFailures = new ArrayList<>();
    StringBuilder strict = new StringBuilder();
    for (HeatVerdict v : verdicts) {
      if (v.ok()) {
        continue;
      }
      if (v.id().endsWith("@api")) {
        apiFailures.add(
            v.id() + ": " + v.error() + "\n" + templates.get(v.id().replace("@api", "")));
      } else {
        strict.append(v.id()).append(": ").append(v.error()).append('\n');
      }
    }
    if (strict.length() > 0) {
      System.out.println("Heat STRICT rejections (reported, not failed):\n" + strict);
    }
    System.out.println("Heat STRICT: "
        + (verdicts.stream().filter(v -> v.id().endsWith("@strict") && v.ok()).count()) + " of "
        + GeneratedClasses.schemas().size() + " types accepted");
    assertThat(apiFailures).isEmpty();
  }

  /** Resource names for the sample templates: the type's segments ({@code nova_server}). */
  static final class Naming {
    static String resourceName(String type) {
      return type.toLowerCase(java.util.Locale.ROOT).replace("::", "_");
    }
  }
}
