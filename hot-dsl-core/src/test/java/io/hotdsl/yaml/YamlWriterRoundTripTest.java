package io.hotdsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.render.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property-style tests: random nasty trees survive write → read, by our reader and by PyYAML. */
class YamlWriterRoundTripTest {

  private static List<Map<String, Object>> documents(long seed, int count) {
    Random r = new Random(seed);
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      docs.add(Trees.randomDocument(r));
    }
    // every atom and every random scalar alone, as key and as value
    for (String atom : Trees.ATOMS) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(atom, atom);
      m.put("k", List.of(atom, Map.of(atom, atom)));
      docs.add(m);
    }
    return docs;
  }

  @Test
  void randomTreesRoundTripThroughOurReader() {
    for (Map<String, Object> doc : documents(42, 5000)) {
      String yaml = YamlWriter.write(doc);
      Object back;
      try {
        back = YamlReader.read(yaml, "generated.yaml");
      } catch (RuntimeException e) {
        throw new AssertionError("cannot read back:\n" + yaml, e);
      }
      String d = Trees.diff(doc, back, "");
      assertThat(d).as("round trip of:\n%s", yaml).isNull();
    }
  }

  @Test
  void pyYamlReadsExactlyWhatWeWrote() throws Exception {
    List<Map<String, Object>> docs = documents(7, 1800);
    docs.addAll(YamlWriterTest.layoutTrees());
    List<String> texts = new ArrayList<>();
    for (Map<String, Object> doc : docs) {
      texts.add(YamlWriter.write(doc));
    }
    List<PyYamlOracle.Answer> answers = PyYamlOracle.load(texts);
    assertThat(answers).hasSize(texts.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      PyYamlOracle.Answer a = answers.get(i);
      String d = a.ok() ? Trees.diff(docs.get(i), a.tree(), "") : "PyYAML error " + a.error();
      if (d != null) {
        failures.add(d + "\n--- yaml:\n" + texts.get(i));
      }
    }
    assertThat(failures)
        .as("%d of %d documents differ", failures.size(), texts.size())
        .isEmpty();
  }
}
