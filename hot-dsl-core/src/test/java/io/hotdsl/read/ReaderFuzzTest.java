package io.hotdsl.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.environment.Environment;
import io.hotdsl.model.Template;
import io.hotdsl.testing.Corpus;
import io.hotdsl.testing.Mutator;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.TemplateValidator;
import io.hotdsl.validate.ValidationResult;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.TextFiles;
import io.hotdsl.yaml.YamlReader;
import io.hotdsl.yaml.YamlWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing: seeded byte-level and tree-level mutations of every corpus YAML file, through the
 * reader ({@link TextFiles#decode}, {@link YamlReader}, {@link HotReader}, {@link Environment})
 * and the validator. Nothing may escape but a {@link HotReadException} with a line or a YAML path,
 * a {@link HotValidationException} or a validation result whose problems all have a path.
 *
 * <p>{@code mvn verify} runs {@value #DEFAULT_CASES} cases of each kind (a few seconds); {@code
 * -Pfuzz} or {@code -Dhotdsl.fuzz.cases=N} runs more, {@code -Dhotdsl.fuzz.seed=S} another seed.
 * Crashes inside {@code TemplateValidator.validate} are listed as known (the validator's own
 * issue) rather than failing this test; every other escape fails it.
 */
class ReaderFuzzTest {
  static final int DEFAULT_CASES = 300;
  static final int CASES = Integer.getInteger("hotdsl.fuzz.cases", DEFAULT_CASES);
  static final long SEED = Long.getLong("hotdsl.fuzz.seed", 16L);

  /** Failures of the reader (fail the test) and crashes of the validator (listed as known). */
  private final List<String> failures = new ArrayList<>();

  private final Map<String, Integer> knownValidatorCrashes = new TreeMap<>();

  @Test
  @Timeout(600)
  void byteMutationsOfTheCorpusEndInAMessageWithALocation() throws IOException {
    List<Path> files = corpusFiles();
    Mutator m = new Mutator(SEED);
    for (int i = 0; i < CASES; i++) {
      Path file = files.get(i % files.size());
      byte[] bytes = m.mutateBytes(Files.readAllBytes(file));
      check(file.getFileName() + " #" + i + " [" + m.describe() + "]", () -> fromBytes(bytes));
    }
    report();
  }

  @Test
  @Timeout(600)
  void treeMutationsOfTheCorpusEndInAMessageWithALocation() throws IOException {
    List<Path> files = corpusFiles();
    Mutator m = new Mutator(SEED + 1);
    int done = 0;
    for (int i = 0; done < CASES; i++) {
      Path file = files.get(i % files.size());
      Object tree;
      try {
        tree = YamlReader.read(Files.readString(file, StandardCharsets.UTF_8), "corpus");
      } catch (HotReadException e) {
        continue; // the corpus's own unreadable files are the byte test's business
      }
      Object mutated = m.mutateTree(tree);
      String name = file.getFileName() + " #" + i + " [" + m.describe() + "]";
      check(name + " (tree)", () -> fromTree(mutated, "fuzz.yaml"));
      check(
          name + " (text)",
          () -> fromBytes(YamlWriter.write(mutated).getBytes(StandardCharsets.UTF_8)));
      done++;
    }
    report();
  }

  private static List<Path> corpusFiles() throws IOException {
    Path root = Corpus.find().map(Corpus::root).orElse(null);
    assumeTrue(root != null, "SKIPPED: shared/corpus not found");
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assumeTrue(!files.isEmpty(), "SKIPPED: no YAML in the corpus");
      return files;
    }
  }

  private interface Stage {
    void run();
  }

  private void check(String name, Stage stage) {
    try {
      stage.run();
    } catch (HotReadException e) {
      if (e.getLine() <= 0 && (e.getPath() == null || e.getPath().isEmpty())) {
        failures.add(name + ": no location in \"" + e.getMessage() + "\"");
      }
    } catch (HotValidationException e) {
      problems(name, e.problems());
    } catch (ValidatorCrash e) {
      Throwable c = e.getCause();
      StackTraceElement top = Stream.of(c.getStackTrace())
          .filter(f -> f.getClassName().startsWith("io.hotdsl."))
          .findFirst()
          .orElse(null);
      knownValidatorCrashes.merge(c.getClass().getSimpleName() + " at " + top, 1, Integer::sum);
    } catch (RuntimeException | StackOverflowError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      failures.add(name + ": " + trace.toString().lines().limit(8).toList());
    }
  }

  private void problems(String name, List<Problem> problems) {
    for (Problem p : problems) {
      if (p.path() == null || p.path().isBlank()) {
        failures.add(name + ": problem without a path: " + p);
      }
    }
  }

  private void fromBytes(byte[] bytes) {
    String text = TextFiles.decode(bytes, "fuzz.yaml");
    fromTree(YamlReader.read(text, "fuzz.yaml"), "fuzz.yaml");
    if (!(YamlReader.read(text, "fuzz.yaml") instanceof Map<?, ?> m
        && m.containsKey("heat_template_version"))) {
      EnvironmentYaml.parse(text, "fuzz.yaml");
    }
  }

  private void fromTree(Object tree, String name) {
    if (!(tree instanceof Map<?, ?> m) || !m.containsKey("heat_template_version")) {
      EnvironmentYaml.fromTree(tree, name);
      return;
    }
    Template t = HotReader.fromTree(tree, name);
    ValidationResult result;
    try {
      result = TemplateValidator.validate(t);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ValidatorCrash(e);
    }
    problems(name, result.problems());
  }

  /** A crash inside the validator, which this test lists rather than fails on. */
  private static final class ValidatorCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ValidatorCrash(Throwable cause) {
      super(cause);
    }
  }

  private void report() {
    if (!knownValidatorCrashes.isEmpty()) {
      System.out.println("KNOWN validator crashes (TemplateValidator.validate, not the reader): "
          + knownValidatorCrashes);
    }
    assertThat(failures).as("reader failures, seed " + SEED).isEmpty();
  }
}
