package io.hotdsl.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.heat.oracle.LoadKind;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.testing.Corpus;
import io.hotdsl.testing.Corpus.CorpusEntry;
import io.hotdsl.yaml.YamlReader;
import io.hotdsl.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every corpus template and environment read by hot-dsl, rendered again as YAML and JSON: Heat's
 * loader must see the same tree in the original and in each rendering (one oracle batch).
 */
class CorpusRoundTripTest {

  @Test
  void everyCorpusFileRoundTripsToTheTreeHeatLoads() {
    var oracle = HeatOracle.find();
    assumeTrue(
        oracle.isPresent(),
        "SKIPPED: Heat oracle unavailable: " + HeatOracle.PYTHON
            + " -c 'import heat' failed (install Debian's python3-heat and heat-common)");
    var corpus = Corpus.find();
    assumeTrue(corpus.isPresent(), "SKIPPED: corpus not found (set " + Corpus.ENV + ")");

    List<String> failures = new ArrayList<>();
    List<CorpusEntry> rows = new ArrayList<>();
    List<HeatCase> cases = new ArrayList<>();
    for (CorpusEntry row : corpus.get().entries()) {
      String text = corpus.get().read(row);
      String yaml;
      String json;
      LoadKind kind;
      try {
        if (row.isTemplate()) {
          Template t = HotReader.read(text, row.path());
          yaml = HotRenderer.yaml(t);
          json = HotRenderer.json(t);
          kind = LoadKind.TEMPLATE;
        } else {
          Object tree = YamlReader.read(text, row.path());
          yaml = YamlWriter.write(tree);
          json = HotRenderer.json(tree);
          kind = LoadKind.ENVIRONMENT;
        }
      } catch (RuntimeException e) {
        failures.add(row.path() + ": hot-dsl cannot read/render it: " + e);
        continue;
      }
      rows.add(row);
      cases.add(HeatCase.load("orig:" + row.path(), text, kind));
      cases.add(HeatCase.load("yaml:" + row.path(), yaml, kind));
      cases.add(HeatCase.load("json:" + row.path(), json, kind));
    }
    List<HeatVerdict> v = oracle.get().run(cases);
    int equalYaml = 0;
    int equalJson = 0;
    for (int i = 0; i < rows.size(); i++) {
      String path = rows.get(i).path();
      HeatVerdict orig = v.get(3 * i);
      HeatVerdict yaml = v.get(3 * i + 1);
      HeatVerdict json = v.get(3 * i + 2);
      if (!orig.ok()) {
        failures.add(path + ": Heat cannot load the original: " + orig.error());
        continue;
      }
      if (!yaml.ok()) {
        failures.add(path + ": Heat cannot load the rendered YAML: " + yaml.error());
      } else if (!Objects.equals(orig.tree(), yaml.tree())) {
        failures.add(path + ": rendered YAML loads differently:\n  original " + orig.tree()
            + "\n  rendered " + yaml.tree());
      } else {
        equalYaml++;
      }
      if (!json.ok()) {
        failures.add(path + ": Heat cannot load the rendered JSON: " + json.error());
      } else if (!Objects.equals(orig.tree(), json.tree())) {
        failures.add(path + ": rendered JSON loads differently:\n  original " + orig.tree()
            + "\n  rendered " + json.tree());
      } else {
        equalJson++;
      }
    }
    int total = corpus.get().entries().size();
    System.out.printf(
        "Corpus round trip through Heat's loader: YAML %d/%d equal, JSON %d/%d equal%n",
        equalYaml, total, equalJson, total);
    failures.forEach(f -> System.out.println("  " + f));
    assertThat(failures).as("corpus files that do not round-trip").isEmpty();
  }
}
