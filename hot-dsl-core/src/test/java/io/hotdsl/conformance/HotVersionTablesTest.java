package io.hotdsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.model.HotVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link HotVersion}'s versions and function tables against the installed Heat's own. */
class HotVersionTablesTest {

  @Test
  @SuppressWarnings("unchecked")
  void versionsAndFunctionTablesAreHeats() throws Exception {
    assumeTrue(
        HeatOracle.find().isPresent(),
        "SKIPPED: Heat oracle unavailable: " + HeatOracle.PYTHON
            + " -c 'import heat' failed (install Debian's python3-heat)");
    Path script = Files.createTempFile("hot_versions", ".py");
    try (InputStream in = getClass().getResourceAsStream("hot_versions.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process p = new ProcessBuilder(HeatOracle.PYTHON, script.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    Files.deleteIfExists(script);
    Map<String, Map<String, List<String>>> heat = new ObjectMapper().readValue(out, Map.class);

    List<String> differences = new ArrayList<>();
    TreeSet<String> ours = new TreeSet<>();
    for (HotVersion v : HotVersion.values()) {
      ours.add(v.key());
      Map<String, List<String>> h = heat.get(v.key());
      if (h == null) {
        differences.add(v.key() + ": Heat has no such version");
        continue;
      }
      if (!new TreeSet<>(v.functions()).equals(new TreeSet<>(h.get("functions")))) {
        differences.add(v.key() + " functions: hot-dsl " + new TreeSet<>(v.functions()) + ", Heat "
            + h.get("functions"));
      }
      if (!new TreeSet<>(v.conditionFunctions()).equals(new TreeSet<>(h.get("conditions")))) {
        differences.add(v.key() + " condition functions: hot-dsl "
            + new TreeSet<>(v.conditionFunctions()) + ", Heat " + h.get("conditions"));
      }
    }
    if (!ours.equals(new TreeSet<>(heat.keySet()))) {
      differences.add("versions: hot-dsl " + ours + ", Heat " + new TreeSet<>(heat.keySet()));
    }
    assertThat(differences).as("HotVersion tables that differ from Heat 19's").isEmpty();
  }
}
