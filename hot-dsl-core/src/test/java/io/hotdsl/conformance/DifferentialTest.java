package io.hotdsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.environment.Environment;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.read.HotReader;
import io.hotdsl.testing.Corpus;
import io.hotdsl.testing.HeatFiles;
import io.hotdsl.testing.HeatSchemas;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.TemplateValidator;
import io.hotdsl.validate.ValidationDepth;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential oracle: single mutations ({@link Mutator}) of valid templates (the shared
 * corpus, when present, and {@link SeedTemplates}) judged by hot-dsl's validator and by Heat 19
 * at both depths, one Python process per batch. Prints the confusion matrix (hot accepts /
 * rejects × Heat's template-validate accepts / rejects) and fails on any false accept at
 * template-validate depth, any hot error where Heat accepts at both depths, and any crash.
 *
 * <p>The bounded run (a few hundred mutants) runs in {@code mvn verify}; the full run (every
 * mutation kind × every seed, every type of the snapshot) with {@code -Dhotdsl.differential=full}.
 * {@code -Dhotdsl.differential.report=FILE} writes every disagreement to FILE.
 */
class DifferentialTest {
  static final long SEED = 18L;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A template under test: its tree, the files Heat gets with it, and an environment file (null
   * when none) with the child template its registry may map ({@link EnvironmentMutations}).
   */
  record Input(
      String id,
      String kind,
      String detail,
      Map<String, Object> tree,
      Map<String, String> files,
      Map<String, Object> environment,
      Map<String, Object> child) {
    Input(
        String id,
        String kind,
        String detail,
        Map<String, Object> tree,
        Map<String, String> files) {
      this(id, kind, detail, tree, files, null, null);
    }
  }

  /**
   * hot-dsl's verdict: errors (and how many of them template-validate finds, the rest "fails at
   * stack create"), or a crash (an exception that is not a clean read error).
   */
  record Hot(List<String> errors, int validateErrors, String crash) {
    boolean accepts() {
      return crash == null && errors.isEmpty();
    }

    /** Whether hot-dsl accepts at {@code --depth validate}. */
    boolean acceptsAtValidate() {
      return crash == null && validateErrors == 0;
    }
  }

  @BeforeAll
  static void schemas() {
    HeatSchemas.register();
  }

  @Test
  void hotAndHeatAgreeOnMutants() throws IOException {
    var oracle = HeatOracle.find();
    assumeTrue(
        oracle.isPresent(),
        "SKIPPED: Heat oracle unavailable: " + HeatOracle.PYTHON
            + " -c 'import heat' failed (install Debian's python3-heat and heat-common)");
    boolean full = "full".equals(System.getProperty("hotdsl.differential"));
    Random random = new Random(SEED);
    List<Input> seeds = seeds(full, random);
    // 1. the seeds themselves; those Heat's template-validate and hot-dsl at that depth accept
    // are mutated (a seed refused only before stack create, by Heat and hot-dsl alike, is
    // mutated too: its mutants still test the template-validate depth and every other rule)
    List<Verdict> seedVerdicts = judge(oracle.get(), seeds);
    List<Input> mutants = new ArrayList<>();
    Mutator mutator = new Mutator(SEED);
    for (Verdict v : seedVerdicts) {
      if (!v.api().ok() || !v.hot().acceptsAtValidate()) {
        continue;
      }
      Input s = v.input();
      List<Mutator.Mutant> ms = full
          ? mutator.mutateEveryKind(s.id(), s.tree(), 1)
          : mutator.mutate(s.id(), s.tree(), s.id().startsWith("hand-") ? 40 : 8);
      ms.forEach(m -> mutants.add(new Input(m.id(), m.kind(), m.detail(), m.tree(), s.files())));
      if (s.files().isEmpty() && (full || s.id().startsWith("hand-"))) {
        mutants.addAll(environmentMutants(s, new Random(SEED + s.id().hashCode())));
      }
    }
    List<Verdict> all = new ArrayList<>(seedVerdicts);
    all.addAll(judge(oracle.get(), mutants));
    Matrix matrix = new Matrix(all);
    System.out.println(matrix.render(full ? "full" : "bounded"));
    String report = System.getProperty("hotdsl.differential.report");
    if (report != null) {
      Files.writeString(Path.of(report), matrix.details());
    }
    assertThat(all.size()).isGreaterThan(full ? 2000 : 200);
    assertThat(matrix.crashes).as("hot-dsl crashes").isEmpty();
    assertThat(matrix.falseAccepts)
        .as("false accepts (Heat's template-validate rejects)")
        .isEmpty();
    assertThat(matrix.falseRejects)
        .as("hot-dsl errors where Heat accepts at both depths")
        .isEmpty();
  }

  /** The seeds: hand-written, a sample of (or every) type, a sample of (or all) the corpus. */
  static List<Input> seeds(boolean full, Random random) {
    List<Input> out = new ArrayList<>();
    List<Map.Entry<String, Map<String, Object>>> generated =
        new ArrayList<>(SeedTemplates.all().entrySet());
    List<Map.Entry<String, Map<String, Object>>> types =
        new ArrayList<>(generated.subList(SeedTemplates.VERSIONS.size(), generated.size()));
    Collections.shuffle(types, random);
    generated
        .subList(0, SeedTemplates.VERSIONS.size())
        .forEach(e -> out.add(new Input(e.getKey(), "seed", "as written", e.getValue(), Map.of())));
    (full ? types : types.subList(0, 16))
        .forEach(e -> out.add(new Input(e.getKey(), "seed", "as written", e.getValue(), Map.of())));
    Corpus.find().ifPresent(corpus -> {
      List<Corpus.CorpusEntry> entries = new ArrayList<>(corpus.templateEntries().stream()
          .filter(e -> "ok".equals(e.heat19Api()))
          .toList());
      Collections.shuffle(entries, random);
      for (Corpus.CorpusEntry e :
          full ? entries : entries.subList(0, Math.min(8, entries.size()))) {
        Object tree;
        try {
          tree = YamlReader.read(corpus.read(e), e.path());
        } catch (RuntimeException ex) {
          continue;
        }
        if (tree instanceof Map<?, ?>) {
          out.add(new Input(
              "corpus-" + e.path(),
              "seed",
              "as written",
              Mutator.copy(castMap(tree)),
              HeatFiles.collect(corpus.file(e))));
        }
      }
    });
    return out;
  }

  /** One mutant per environment mutation kind (those named by hotdsl.differential.kinds). */
  static List<Input> environmentMutants(Input seed, Random random) {
    List<Input> out = new ArrayList<>();
    String only = System.getProperty("hotdsl.differential.kinds", "");
    EnvironmentMutations.KINDS.forEach((kind, mutation) -> {
      if (!only.isBlank() && !List.of(only.split(",")).contains(kind)) {
        return;
      }
      Map<String, Object> tree = Mutator.copy(seed.tree());
      EnvironmentMutations.Change c = mutation.apply(tree, random);
      if (c != null) {
        out.add(new Input(
            seed.id() + "#" + kind,
            kind,
            c.detail(),
            tree,
            Map.of(),
            c.environment(),
            c.child() == null ? null : Mutator.copy(c.child())));
      }
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object tree) {
    return (Map<String, Object>) tree;
  }

  record Verdict(Input input, Hot hot, HeatVerdict api, HeatVerdict strict) {}

  /** Inputs per Python process: well inside the oracle's 10-minute limit. */
  static final int BATCH = 400;

  static List<Verdict> judge(HeatOracle oracle, List<Input> inputs) {
    List<Verdict> out = new ArrayList<>();
    for (int from = 0; from < inputs.size(); from += BATCH) {
      out.addAll(judgeBatch(oracle, inputs.subList(from, Math.min(inputs.size(), from + BATCH))));
    }
    return out;
  }

  private static List<Verdict> judgeBatch(HeatOracle oracle, List<Input> inputs) {
    List<HeatCase> batch = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Input in : inputs) {
      String text = json(in.tree());
      texts.add(text);
      Map<String, String> files = new LinkedHashMap<>(in.files());
      if (in.child() != null) {
        files.put(EnvironmentMutations.CHILD, json(in.child()));
      }
      // heatclient: each -e file goes into the files map and is named in environment_files
      List<String> envs = in.environment() == null ? null : List.of(json(in.environment()));
      batch.add(HeatCase.validate("api:" + in.id(), text, files, envs, null, Depth.API));
      batch.add(HeatCase.validate("strict:" + in.id(), text, files, envs, null, Depth.STRICT));
    }
    List<HeatVerdict> verdicts = oracle.run(batch);
    List<Verdict> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      out.add(new Verdict(
          in,
          in.environment() == null ? hot(in.id(), texts.get(i)) : hotWithEnvironment(in),
          verdicts.get(2 * i),
          verdicts.get(2 * i + 1)));
    }
    return out;
  }

  static Hot hot(String id, String text) {
    try {
      List<String> errors = new ArrayList<>();
      int atValidate = 0;
      for (Problem p : TemplateValidator.validate(HotReader.read(text, id)).errors()) {
        errors.add(p.toString());
        atValidate += p.depth() == ValidationDepth.VALIDATE ? 1 : 0;
      }
      return new Hot(errors, atValidate, null);
    } catch (HotReadException e) {
      return new Hot(List.of("read: " + e.getMessage()), 1, null);
    } catch (RuntimeException e) {
      StackTraceElement at = java.util.Arrays.stream(e.getStackTrace())
          .filter(f -> f.getClassName().startsWith("io.hotdsl"))
          .findFirst()
          .orElse(null);
      return new Hot(List.of(), 0, e + (at == null ? "" : " at " + at));
    }
  }

  /**
   * hot-dsl's verdict on a template with an environment: the bundle of the template, the
   * environment and the child template, as {@code hot validate -e env.yaml t.yaml} judges it.
   */
  static Hot hotWithEnvironment(Input in) {
    try {
      Environment env;
      try {
        env = EnvironmentYaml.fromTree(Mutator.copy(in.environment()), "env.yaml");
      } catch (HotValidationException e) {
        List<String> errors = new ArrayList<>();
        e.problems().forEach(p -> errors.add("env: " + p));
        return new Hot(errors, errors.size(), null);
      }
      Bundle.Builder b =
          Bundle.builder("t.yaml", Mutator.copy(in.tree())).environment("env.yaml", env);
      if (in.child() != null) {
        b.template(EnvironmentMutations.CHILD, Mutator.copy(in.child()));
      }
      List<String> errors = new ArrayList<>();
      int atValidate = 0;
      for (Problem p : BundleValidator.validateAll(b.build()).errors()) {
        errors.add(p.toString());
        atValidate += p.depth() == ValidationDepth.VALIDATE ? 1 : 0;
      }
      return new Hot(errors, atValidate, null);
    } catch (HotReadException e) {
      return new Hot(List.of("read: " + e.getMessage()), 1, null);
    } catch (RuntimeException e) {
      StackTraceElement at = java.util.Arrays.stream(e.getStackTrace())
          .filter(f -> f.getClassName().startsWith("io.hotdsl"))
          .findFirst()
          .orElse(null);
      return new Hot(List.of(), 0, e + (at == null ? "" : " at " + at));
    }
  }

  static String json(Map<String, Object> tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The confusion matrix and the disagreements, by mutation kind. */
  static final class Matrix {
    int hotAcceptApiOk;
    int hotAcceptApiReject;
    int hotRejectApiOk;
    int hotRejectApiOkStrictReject;
    int hotRejectApiReject;
    final List<Verdict> falseAccepts = new ArrayList<>();
    final List<Verdict> falseRejects = new ArrayList<>();
    final List<Verdict> crashes = new ArrayList<>();
    final List<Verdict> oracleCrashes = new ArrayList<>();
    /** Each depth on its own: [hot accepts?][Heat accepts?] at validate (api) and create. */
    final int[][] atValidate = new int[2][2];

    final int[][] atCreate = new int[2][2];
    /** hot-dsl accepts at create depth, Heat refuses before stack create: rules not yet known. */
    final List<Verdict> missedAtCreate = new ArrayList<>();
    /** hot-dsl accepts at validate depth (labels every error "fails at stack create"), Heat's
     * template-validate refuses: listed, not failed (the failing check is the whole verdict). */
    final List<Verdict> lateAtValidate = new ArrayList<>();
    /** hot-dsl refuses at validate depth, Heat's template-validate accepts (Heat refuses later,
     * or a false reject): a rule applied one depth too early. */
    final List<Verdict> earlyAtValidate = new ArrayList<>();

    Matrix(List<Verdict> verdicts) {
      for (Verdict v : verdicts) {
        if (v.api().crashed() || v.strict().crashed()) {
          // an exception Heat does not catch (TypeError for get_attr [res, 123]): heat-api
          // answers 500, the template is refused; counted as a rejection and listed
          oracleCrashes.add(v);
        }
        if (v.hot().crash() != null) {
          crashes.add(v);
          continue;
        }
        boolean hotOk = v.hot().accepts();
        atValidate[v.hot().acceptsAtValidate() ? 0 : 1][v.api().ok() ? 0 : 1]++;
        atCreate[hotOk ? 0 : 1][v.strict().ok() ? 0 : 1]++;
        if (hotOk && v.api().ok() && !v.strict().ok()) {
          missedAtCreate.add(v);
        }
        if (!hotOk && v.hot().acceptsAtValidate() && !v.api().ok()) {
          lateAtValidate.add(v);
        }
        if (!v.hot().acceptsAtValidate() && v.api().ok()) {
          earlyAtValidate.add(v);
        }
        if (hotOk && v.api().ok()) {
          hotAcceptApiOk++;
        } else if (hotOk) {
          hotAcceptApiReject++;
          falseAccepts.add(v);
        } else if (v.api().ok()) {
          hotRejectApiOk++;
          if (v.strict().ok()) {
            falseRejects.add(v);
          } else {
            hotRejectApiOkStrictReject++;
          }
        } else {
          hotRejectApiReject++;
        }
      }
    }

    String render(String run) {
      StringBuilder b = new StringBuilder();
      int total = hotAcceptApiOk + hotAcceptApiReject + hotRejectApiOk + hotRejectApiReject;
      b.append("Differential run (")
          .append(run)
          .append("): ")
          .append(total)
          .append(" templates, ")
          .append(crashes.size())
          .append(" hot-dsl crashes, ")
          .append(oracleCrashes.size())
          .append(" uncaught Heat exceptions (counted as rejections)\n");
      b.append(String.format("| | Heat accepts (template-validate) | Heat rejects |%n"));
      b.append(String.format("|---|---|---|%n"));
      b.append(String.format(
          "| hot accepts | %d | %d false accepts |%n", hotAcceptApiOk, hotAcceptApiReject));
      b.append(String.format(
          "| hot rejects | %d (%d rejected by Heat before stack create, "
              + "%d accepted at both depths) | %d |%n",
          hotRejectApiOk, hotRejectApiOkStrictReject, falseRejects.size(), hotRejectApiReject));
      b.append(String.format(
          "Each depth on its own (hot-dsl's errors of that depth / Heat's "
              + "verdict there):%n| | template-validate: Heat accepts | Heat rejects | before stack "
              + "create: Heat accepts | Heat rejects |%n|---|---|---|---|---|%n"
              + "| hot accepts | %d | %d | %d | %d |%n| hot rejects | %d | %d | %d | %d |%n",
          atValidate[0][0],
          atValidate[0][1],
          atCreate[0][0],
          atCreate[0][1],
          atValidate[1][0],
          atValidate[1][1],
          atCreate[1][0],
          atCreate[1][1]));
      b.append(byKind("false accepts", falseAccepts));
      b.append(byKind("accepted by hot-dsl, refused by Heat before stack create", missedAtCreate));
      b.append(byKind(
          "refused by hot-dsl only at create depth, by Heat's template-validate", lateAtValidate));
      b.append(byKind(
          "refused by hot-dsl at template-validate depth, by Heat only later", earlyAtValidate));
      b.append(byKind("false-reject errors", falseRejects));
      b.append(byKind("crashes", crashes));
      return b.toString();
    }

    private static String byKind(String what, List<Verdict> list) {
      Map<String, Integer> counts = new TreeMap<>();
      list.forEach(v -> counts.merge(v.input().kind(), 1, Integer::sum));
      return counts.isEmpty() ? "" : what + " by mutation kind: " + counts + "\n";
    }

    String details() {
      StringBuilder b = new StringBuilder(render("report"));
      Map<String, List<Verdict>> groups = new LinkedHashMap<>();
      groups.put("FALSE ACCEPT", falseAccepts);
      groups.put("FALSE REJECT", falseRejects);
      groups.put("CRASH", crashes);
      groups.put("MISSED AT CREATE", missedAtCreate);
      groups.put("LATE AT VALIDATE", lateAtValidate);
      groups.put("EARLY AT VALIDATE", earlyAtValidate);
      groups.put("ORACLE CRASH", oracleCrashes);
      groups.forEach((label, list) -> list.forEach(v -> b.append(label)
          .append(' ')
          .append(v.input().id())
          .append("\n  mutation: ")
          .append(v.input().detail())
          .append("\n  hot: ")
          .append(v.hot().crash() != null ? v.hot().crash() : v.hot().errors())
          .append("\n  heat api: ")
          .append(v.api().error())
          .append("\n  heat strict: ")
          .append(v.strict().error())
          .append('\n')));
      return b.toString();
    }
  }
}
