package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.files.FileRoot;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.heat.oracle.LoadKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports every template of the corpus (with its {@code *_env.yaml} environment where there is
 * one), compiles the Java, runs it and compares every template and environment with Heat's loader.
 */
class CorpusImportTest {

  record Case(String id, Path root, List<Path> envs, Bundle bundle, ImportResult result) {}

  static Optional<Path> corpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path c = dir.resolve("shared").resolve("corpus").resolve("heat-templates");
      if (Files.isRegularFile(c.resolve("MANIFEST.tsv"))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Test
  void everyCorpusTemplateRoundTrips(@TempDir Path tmp) throws Exception {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "shared/corpus not found");
    Optional<HeatOracle> oracle = HeatOracle.find();
    assumeTrue(oracle.isPresent(), "python3-heat not installed");
    Path base = corpus.get();
    List<String> lines = Files.readAllLines(base.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      if (c.length < 2 || !c[1].equals("template")) {
        continue;
      }
      Path root = base.resolve(c[0]);
      String name = root.getFileName().toString();
      Path env = root.resolveSibling(name.substring(0, name.lastIndexOf('.')) + "_env.yaml");
      List<Path> envs = Files.isRegularFile(env) ? List.of(env) : List.of();
      String id = "t" + (++n);
      try {
        // the corpus folder is the read root: boot-config templates read ../../heat-agents/
        Bundle bundle = Bundle.read(root, envs, FileRoot.of(base.getParent()));
        ImportResult r =
            HotImporter.importBundle(bundle, HotImporter.className(bundle.rootPath()) + "_" + n);
        cases.add(new Case(id, root, envs, bundle, r));
      } catch (RuntimeException e) {
        failures.add(c[0] + ": import failed: " + e);
      }
    }
    Path src = tmp.resolve("src");
    Files.createDirectories(src);
    List<Path> sources = new ArrayList<>();
    for (Case c : cases) {
      Path f = src.resolve(c.result.fileName());
      Files.writeString(f, c.result.source(), StandardCharsets.UTF_8);
      sources.add(f);
    }
    String javac = Compiled.compile(sources, tmp.resolve("classes"));
    assertThat(javac).as("javac").isNull();

    List<HeatCase> loads = new ArrayList<>();
    Map<String, String> what = new LinkedHashMap<>();
    Map<String, Case> caseOf = new LinkedHashMap<>();
    int files = 0;
    for (Case c : cases) {
      Path out = tmp.resolve("out").resolve(c.id);
      try {
        Compiled.runMain(tmp.resolve("classes"), c.result.className(), out.toString());
      } catch (Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        failures.add(c.root + ": main failed: " + cause);
        continue;
      }
      Path dir = base.getParent(); // bundle paths are relative to the read root
      int k = 0;
      for (String p : c.bundle.templates().keySet()) {
        if (c.bundle.files().containsKey(p)) {
          continue;
        }
        String key = c.id + "." + (k++);
        loads.add(HeatCase.load(key + ".a", read(dir.resolve(p)), LoadKind.TEMPLATE));
        loads.add(HeatCase.load(key + ".b", read(out.resolve(p)), LoadKind.TEMPLATE));
        what.put(key, c.root + " :: " + p);
      }
      for (Map.Entry<String, Path> e : envFiles(c, dir).entrySet()) {
        String key = c.id + "." + (k++);
        loads.add(HeatCase.load(key + ".a", read(e.getValue()), LoadKind.ENVIRONMENT));
        loads.add(HeatCase.load(key + ".b", read(out.resolve(e.getKey())), LoadKind.ENVIRONMENT));
        what.put(key, c.root + " :: " + e.getKey());
      }
      for (Map.Entry<String, String> f : c.bundle.files().entrySet()) {
        files++;
        if (!Objects.equals(f.getValue(), read(out.resolve(f.getKey())))) {
          failures.add(c.root + " :: file " + f.getKey() + " differs");
        }
      }
    }
    Map<String, HeatVerdict> verdicts = new LinkedHashMap<>();
    for (HeatVerdict v : oracle.get().run(loads)) {
      verdicts.put(v.id(), v);
    }
    int same = 0;
    for (Map.Entry<String, String> e : what.entrySet()) {
      HeatVerdict a = verdicts.get(e.getKey() + ".a");
      HeatVerdict b = verdicts.get(e.getKey() + ".b");
      if (a.ok() && b.ok() && Objects.equals(a.tree(), b.tree())) {
        same++;
      } else if (!a.ok() && !b.ok() && Objects.equals(a.error(), b.error())) {
        same++;
      } else {
        failures.add(e.getValue() + ": differs: " + (a.ok() ? "" : a.error()) + " / "
            + (b.ok() ? "" : b.error()));
      }
    }
    int notes = cases.stream().mapToInt(c -> c.result.notes().size()).sum();
    System.out.printf(
        "corpus import round trip: %d/%d bundles, %d/%d templates and environments "
            + "equal to Heat's loader, %d files, %d import notes%n",
        cases.size()
            - (int) failures.stream()
                .filter(f -> f.contains("main failed") || f.contains("import failed"))
                .count(),
        n,
        same,
        what.size(),
        files,
        notes);
    Map<String, Integer> kinds = new java.util.TreeMap<>();
    cases.forEach(c -> c.result
        .notes()
        .forEach(note -> kinds.merge(
            note.message()
                .replaceAll("\\(.*\\)", "(…)")
                .replaceAll("type \\S+ has", "type X has")
                .replaceAll("builder \\S+ rejects", "builder X rejects")
                .replaceAll("property of \\S+;", "property of X;"),
            1,
            Integer::sum)));
    kinds.forEach((k, v) -> System.out.printf("  %4d × %s%n", v, k));
    cases.forEach(c -> c.result.notes().stream()
        .filter(note ->
            !note.message().contains("rejects") && !note.message().contains("no typed class"))
        .forEach(note -> System.out.println("    " + note)));
    assertThat(failures).isEmpty();
  }

  private static Map<String, Path> envFiles(Case c, Path dir) {
    Map<String, Path> out = new LinkedHashMap<>();
    for (String p : c.bundle.environments().keySet()) {
      out.put(p, dir.resolve(p));
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "<missing " + p + ">";
    }
  }
}
