package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.files.FileRoot;
import io.hotdsl.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tree-level fuzzing of the importer: corpus templates with hostile strings planted in their
 * descriptions, metadata keys and string values (a unicode escape followed by a statement, a
 * comment terminator, line breaks of every kind, format directives, a backslash before a quote)
 * are imported, compiled together and run. Nothing planted may ever run (no marker file), the run
 * writes only inside its own output folder, and the template it writes reads back as the mutant.
 * An import may refuse a mutant only with a message, never with another exception.
 *
 * <p>{@code -Dhotdsl.fuzz.cases=N} (the {@code fuzz} profile) runs more mutants, {@code
 * -Dhotdsl.fuzz.seed=S} another seed; a failure names the seed and the case to reproduce it.
 */
class ImportFuzzTest {
  static final int CASES = Math.max(12, Integer.getInteger("hotdsl.fuzz.cases", 300) / 12);
  static final long SEED = Long.getLong("hotdsl.fuzz.seed", 21L);

  /** Hostile strings, each with a {@code %s} where a statement that plants a marker goes. */
  static final List<String> HOSTILE = List.of(
      "x \\u000a %s",
      "x \\u000d %s",
      "*/ %s /*",
      "*\\u002f %s /**",
      "a\r%s //",
      "a\n%s //",
      "a\u2028%s //",
      "a\u2029%s //",
      "a\u0085%s //",
      "\"); %s //",
      "\\\"); %s //",
      "$S $L $N $T %%s %%n %s",
      "C:\\users\\admin\\%s",
      "\\uuuu0041 \\\\u0041 %s",
      "\u00e9\u2603 \ud83d\ude00 %s");

  @Test
  void plantedTextNeverRunsAndEveryMutantRoundTrips(@TempDir Path tmp) throws Exception {
    var corpus = CorpusImportTest.corpus();
    assumeTrue(corpus.isPresent(), "SKIPPED: shared/corpus not found");
    List<Map<String, Object>> seeds = standaloneTemplates(corpus.get());
    assertThat(seeds).hasSizeGreaterThan(20);

    Random random = new Random(SEED);
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path src = Files.createDirectories(tmp.resolve("src"));
    List<Path> sources = new ArrayList<>();
    List<ImportResult> results = new ArrayList<>();
    List<Path> mutants = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Map<String, Object> tree = copy(seeds.get(random.nextInt(seeds.size())));
      int planted = 1 + random.nextInt(4);
      for (int k = 0; k < planted; k++) {
        plant(tree, random, tmp.resolve("marker-" + i + "-" + k));
      }
      Path file = in.resolve("m" + i + ".yaml");
      Files.writeString(file, YamlWriter.write(tree), StandardCharsets.UTF_8);
      ImportResult r;
      try {
        r = HotImporter.importBundle(Bundle.read(file, List.of()), "Mutant" + i);
      } catch (IllegalArgumentException | IllegalStateException e) {
        assertThat(e.getMessage())
            .as("seed %d case %d: a refusal says why", SEED, i)
            .isNotBlank();
        refused.add("m" + i + ": " + e.getMessage());
        continue;
      }
      assertThat(r.source())
          .as("seed %d case %d: ASCII source", SEED, i)
          .matches("[\\x20-\\x7e\\n]*");
      Path f = src.resolve(r.fileName());
      Files.writeString(f, r.source(), StandardCharsets.UTF_8);
      sources.add(f);
      results.add(r);
      mutants.add(file);
    }
    assertThat(results).as("refused: %s", refused).hasSizeGreaterThan(CASES * 3 / 4);

    Path classes = tmp.resolve("classes");
    assertThat(Compiled.compile(sources, classes)).as("seed %d", SEED).isNull();
    Path outputs = Files.createDirectories(tmp.resolve("out"));
    for (int i = 0; i < results.size(); i++) {
      Path out = outputs.resolve("o" + i);
      Compiled.runMain(classes, results.get(i).className(), out.toString());
      Map<String, Object> expected = Bundle.read(mutants.get(i), List.of()).rootTemplate();
      Map<String, Object> back = Bundle.read(
              out.resolve(mutants.get(i).getFileName().toString()), List.of())
          .rootTemplate();
      assertThat(Src.treeEquals(back, expected))
          .as("seed %d %s", SEED, mutants.get(i))
          .isTrue();
    }
    try (Stream<Path> top = Files.list(tmp)) {
      assertThat(top.map(p -> p.getFileName().toString()))
          .as("nothing planted ran, nothing was written beside the output folders")
          .containsExactlyInAnyOrder("in", "src", "classes", "out");
    }
  }

  /** Corpus root templates that read alone, reference no other file and import as they are. */
  private static List<Map<String, Object>> standaloneTemplates(Path corpus) throws Exception {
    List<Map<String, Object>> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      if (c.length < 2 || !c[1].equals("template")) {
        continue;
      }
      try {
        Bundle b = Bundle.read(corpus.resolve(c[0]), List.of(), FileRoot.of(corpus.getParent()));
        if (b.templates().size() == 1 && b.files().isEmpty()) {
          HotImporter.importBundle(b, "Probe");
          out.add(b.rootTemplate());
        }
      } catch (RuntimeException e) {
        // templates the importer or reader refuse as they are are not seeds
      }
    }
    return out;
  }

  /** Replaces one string (a value, or a metadata key) somewhere in {@code tree}. */
  @SuppressWarnings("unchecked")
  private static void plant(Map<String, Object> tree, Random random, Path marker) {
    String statement = HostileImportTest.plant(marker);
    String text = String.format(HOSTILE.get(random.nextInt(HOSTILE.size())), statement);
    List<Object[]> slots = new ArrayList<>();
    collect(tree, "", slots);
    if (slots.isEmpty() || random.nextInt(5) == 0) {
      tree.put("description", text);
      return;
    }
    Object[] slot = slots.get(random.nextInt(slots.size()));
    Map<String, Object> parent = (Map<String, Object>) slot[0];
    String key = (String) slot[1];
    if (slot[2] == Boolean.TRUE) {
      // a key of metadata: keep the entry's position
      Map<String, Object> renamed = new LinkedHashMap<>();
      parent.forEach((k, v) -> renamed.put(k.equals(key) ? text : k, v));
      parent.clear();
      parent.putAll(renamed);
    } else {
      parent.put(key, text);
    }
  }

  /**
   * Slots {parent, key, isKey}: string values that are not a function's name or argument
   * structure (any string value is data), and keys of metadata maps.
   */
  @SuppressWarnings("unchecked")
  private static void collect(Object node, String path, List<Object[]> slots) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (path.endsWith("metadata") && !key.startsWith("get_") && m.size() > 1) {
          slots.add(new Object[] {m, key, true});
        }
        if (e.getValue() instanceof String s
            && !s.isEmpty()
            && (key.equals("description")
                || path.contains("properties")
                || path.contains("metadata")
                || key.equals("default"))
            && !key.equals("type")
            && !path.contains("get_")
            && !key.startsWith("get_")) {
          slots.add(new Object[] {m, key, false});
        } else {
          collect(e.getValue(), path + "." + key, slots);
        }
      }
    } else if (node instanceof List<?> l) {
      for (Object item : l) {
        collect(item, path + "[]", slots);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> tree) {
    return (Map<String, Object>) io.hotdsl.functions.Trees.toTree(tree);
  }
}
