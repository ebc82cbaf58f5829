package io.hotdsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.testing.Corpus;
import io.hotdsl.testing.Corpus.CorpusEntry;
import io.hotdsl.testing.HeatFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every corpus template through Heat 19 at both depths. The API verdict (ok / rejected) must
 * equal the MANIFEST's {@code heat19_api} column; differing messages are printed; the strict verdicts are
 * compared with {@code heat19_strict} and summarised, since placeholder parameter values differ.
 */
class CorpusOracleTest {

  @Test
  void corpusVerdictsMatchTheManifest() {
    var oracle = HeatOracle.find();
    assumeTrue(
        oracle.isPresent(),
        "SKIPPED: Heat oracle unavailable: " + HeatOracle.PYTHON
            + " -c 'import heat' failed (install Debian's python3-heat and heat-common)");
    HeatOracle heat = oracle.get();
    var corpus = Corpus.find();
    assumeTrue(corpus.isPresent(), "SKIPPED: corpus not found (set " + Corpus.ENV + ")");
    List<CorpusEntry> rows = corpus.get().templateEntries();

    List<HeatCase> cases = new ArrayList<>();
    for (CorpusEntry row : rows) {
      String text = corpus.get().read(row);
      Map<String, String> files = HeatFiles.collect(corpus.get().file(row));
      cases.add(HeatCase.validate("api:" + row.path(), text, files, null, null, Depth.API));
      cases.add(HeatCase.validate(
          "strict:" + row.path(), text, files, null, placeholders(text), Depth.STRICT));
    }
    long start = System.nanoTime();
    List<HeatVerdict> verdicts = heat.run(cases);
    long millis = (System.nanoTime() - start) / 1_000_000;

    List<String> apiMismatches = new ArrayList<>();
    List<String> strictMismatches = new ArrayList<>();
    List<String> crashes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      CorpusEntry row = rows.get(i);
      HeatVerdict api = verdicts.get(2 * i);
      HeatVerdict strict = verdicts.get(2 * i + 1);
      for (HeatVerdict v : List.of(api, strict)) {
        if (v.crashed()) {
          crashes.add(v.id() + ": " + v.error());
        }
      }
      String apiWord = api.ok() ? "ok" : "rejected";
      if (!apiWord.equals(row.heat19Api())) {
        apiMismatches.add(row.path() + ": manifest " + row.heat19Api() + " [" + row.note()
            + "], Heat " + apiWord + " [" + api.error() + "]");
      } else if (!api.ok() && !row.note().equals(api.error())) {
        // Which of several bad resources Heat names first is not stable across runs.
        System.out.println("  api message differs: " + row.path() + ": manifest [" + row.note()
            + "], Heat [" + api.error() + "]");
      }
      String strictWord = strict.ok() ? "ok" : "rejected";
      if (!strictWord.equals(row.heat19Strict())) {
        strictMismatches.add(row.path() + ": manifest " + row.heat19Strict() + " [" + row.note()
            + "], Heat " + strictWord + " [" + strict.error() + "]");
      }
    }
    System.out.printf(
        "Corpus through Heat 19: %d templates x 2 depths in %d ms; api mismatches %d, "
            + "strict mismatches %d%n",
        rows.size(), millis, apiMismatches.size(), strictMismatches.size());
    strictMismatches.forEach(m -> System.out.println("  strict differs: " + m));

    assertThat(crashes).as("oracle crashes").isEmpty();
    assertThat(apiMismatches)
        .as("template-validate verdicts that differ from MANIFEST heat19_api")
        .isEmpty();
  }

  /** Placeholder values for parameters without a default, satisfying simple constraints. */
  static Map<String, Object> placeholders(String text) {
    Map<String, Object> values = new LinkedHashMap<>();
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (Exception e) {
      return values;
    }
    if (!(tree instanceof Map<?, ?> t) || !(t.get("parameters") instanceof Map<?, ?> params)) {
      return values;
    }
    for (Map.Entry<?, ?> e : params.entrySet()) {
      if (!(e.getValue() instanceof Map<?, ?> p) || p.containsKey("default")) {
        continue;
      }
      values.put(
          String.valueOf(e.getKey()),
          placeholder(String.valueOf(p.get("type")), p.get("constraints")));
    }
    return values;
  }

  private static Object placeholder(String type, Object constraints) {
    Object allowed = null;
    Object rangeMin = null;
    if (constraints instanceof List<?> list) {
      for (Object c : list) {
        if (c instanceof Map<?, ?> m) {
          if (m.get("allowed_values") instanceof List<?> av && !av.isEmpty()) {
            allowed = av.get(0);
          }
          if (m.get("range") instanceof Map<?, ?> r && r.get("min") != null) {
            rangeMin = r.get("min");
          }
        }
      }
    }
    return switch (type) {
      case "number" -> allowed != null ? allowed : rangeMin != null ? rangeMin : 1;
      case "boolean" -> false;
      case "json" -> Map.of();
      case "comma_delimited_list" -> allowed != null ? String.valueOf(allowed) : "a,b";
      default -> allowed != null ? String.valueOf(allowed) : "placeholder";
    };
  }
}
