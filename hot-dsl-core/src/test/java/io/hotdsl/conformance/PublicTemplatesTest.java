package io.hotdsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.conformance.DifferentialTest.Hot;
import io.hotdsl.conformance.DifferentialTest.Input;
import io.hotdsl.conformance.DifferentialTest.Matrix;
import io.hotdsl.conformance.DifferentialTest.Verdict;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.testing.HeatFiles;
import io.hotdsl.testing.HeatSchemas;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ValidationDepth;
import io.hotdsl.yaml.HotReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Real templates, each validated alone as a CI job validates it ({@code openstack orchestration
 * template validate -t FILE}, the files it references sent along), by hot-dsl (as {@code hot
 * validate --root FOLDER FILE}) and by Heat 19 at both depths; prints {@link DifferentialTest}'s
 * matrix and fails on any false accept, any hot-dsl error where Heat accepts at both depths and
 * any crash.
 *
 * <p>Runs only with {@code -Dhotdsl.publicrepo=FOLDER}: every {@code .yaml}, {@code .yml}, {@code
 * .template} and {@code .json} file below FOLDER, or the files FOLDER/templates.txt lists (paths
 * relative to FOLDER; {@code src/test/scripts/public-templates.sh} writes it, with the files
 * removed from a repository's history). Files that are no template (no version key, an
 * environment, Jinja) are counted and skipped. {@code -Dhotdsl.publicrepo.report=FILE} writes
 * every disagreement to FILE.
 */
class PublicTemplatesTest {
  private static final List<String> VERSION_KEYS =
      List.of("heat_template_version", "HeatTemplateFormatVersion", "AWSTemplateFormatVersion");

  @Test
  void hotAndHeatAgreeOnPublicTemplates() throws IOException {
    String folder = System.getProperty("hotdsl.publicrepo");
    assumeTrue(folder != null, "SKIPPED: set -Dhotdsl.publicrepo=FOLDER");
    var oracle = HeatOracle.find();
    assumeTrue(oracle.isPresent(), "SKIPPED: Heat oracle unavailable");
    HeatSchemas.register();
    Path root = Path.of(folder).toAbsolutePath().normalize();
    Map<String, Integer> skipped = new TreeMap<>();
    List<Path> templates = new ArrayList<>();
    for (Path file : candidates(root)) {
      String why = notATemplate(file);
      if (why == null) {
        templates.add(file);
      } else {
        skipped.merge(why, 1, Integer::sum);
      }
    }
    List<Verdict> all = new ArrayList<>();
    for (int from = 0; from < templates.size(); from += DifferentialTest.BATCH) {
      all.addAll(judge(
          oracle.get(),
          root,
          templates.subList(from, Math.min(templates.size(), from + DifferentialTest.BATCH))));
    }
    Matrix matrix = new Matrix(all);
    System.out.println("Public templates under " + root + ": " + templates.size()
        + " templates, skipped " + skipped);
    System.out.println(matrix.render("public templates"));
    String report = System.getProperty("hotdsl.publicrepo.report");
    List<Verdict> early = all.stream()
        .filter(v ->
            v.hot().crash() == null && !v.hot().acceptsAtValidate() && v.api().ok())
        .toList();
    System.out.println(early.size() + " refused by hot-dsl at template-validate depth, "
        + "accepted by Heat's template-validate");
    if (report != null) {
      StringBuilder b = new StringBuilder(matrix.details());
      early.forEach(v -> b.append("EARLY AT VALIDATE ")
          .append(v.input().id())
          .append("\n  hot: ")
          .append(v.hot().errors())
          .append("\n  heat strict: ")
          .append(v.strict().error())
          .append('\n'));
      Files.writeString(Path.of(report), b.toString());
    }
    assertThat(matrix.crashes).as("hot-dsl crashes").isEmpty();
    assertThat(matrix.falseAccepts)
        .as("false accepts (Heat's template-validate rejects)")
        .isEmpty();
    assertThat(matrix.falseRejects)
        .as("hot-dsl errors where Heat accepts at both depths")
        .isEmpty();
  }

  /** The files templates.txt lists, or every candidate file below the folder. */
  static List<Path> candidates(Path root) throws IOException {
    Path list = root.resolve("templates.txt");
    if (Files.isRegularFile(list)) {
      return Files.readAllLines(list).stream()
          .filter(l -> !l.isBlank())
          .map(l -> root.resolve(l.strip()).normalize())
          .filter(p -> p.startsWith(root) && Files.isRegularFile(p))
          .toList();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(yaml|yml|template|json)$"))
          .sorted()
          .toList();
    }
  }

  /** Why {@code file} is no template to validate, or null when it is one. */
  static String notATemplate(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return "unreadable";
    }
    String name = file.getFileName().toString();
    if (name.matches(".*_env\\.[a-z]+$") || name.startsWith(".")) {
      return "environment or dot file";
    }
    if (text.contains("{%")) {
      return "jinja";
    }
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (RuntimeException e) {
      return null; // a template that does not parse: both sides judge it
    }
    if (!(tree instanceof Map<?, ?> m) || VERSION_KEYS.stream().noneMatch(m::containsKey)) {
      return "no template version";
    }
    return m.containsKey("heat_template_version") ? null : "CloudFormation format (not HOT)";
  }

  private static List<Verdict> judge(HeatOracle oracle, Path root, List<Path> templates)
      throws IOException {
    List<HeatCase> cases = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    for (Path t : templates) {
      String id = root.relativize(t).toString();
      String text = Files.readString(t, StandardCharsets.UTF_8);
      Map<String, String> files = HeatFiles.collect(t);
      cases.add(HeatCase.validate("api:" + id, text, files, null, null, Depth.API));
      cases.add(HeatCase.validate("strict:" + id, text, files, null, null, Depth.STRICT));
      String kind = id.indexOf('/') < 0 ? "." : id.substring(0, id.indexOf('/'));
      inputs.add(new Input(id, kind, "as written", Map.of(), files));
    }
    List<HeatVerdict> verdicts = oracle.run(cases);
    List<Verdict> out = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      out.add(new Verdict(
          inputs.get(i),
          hot(root, templates.get(i)),
          verdicts.get(2 * i),
          verdicts.get(2 * i + 1)));
    }
    return out;
  }

  /** hot-dsl's verdict, as {@code hot validate --root ROOT FILE} reaches it. */
  static Hot hot(Path root, Path template) {
    try {
      List<String> errors = new ArrayList<>();
      int atValidate = 0;
      Bundle bundle = Bundle.read(template, List.of(), FileRoot.of(root));
      for (Problem p :
          BundleValidator.validateAll(bundle, ValidationDepth.CREATE).errors()) {
        errors.add(p.toString());
        atValidate += p.depth() == ValidationDepth.VALIDATE ? 1 : 0;
      }
      return new Hot(errors, atValidate, null);
    } catch (HotReadException | FileAccessException e) {
      return new Hot(List.of("read: " + e.getMessage()), 1, null);
    } catch (HotValidationException e) {
      List<String> errors = e.problems().stream().map(Problem::toString).toList();
      return new Hot(errors, errors.size(), null);
    } catch (RuntimeException e) {
      StackTraceElement at = java.util.Arrays.stream(e.getStackTrace())
          .filter(f -> f.getClassName().startsWith("io.hotdsl"))
          .findFirst()
          .orElse(null);
      return new Hot(List.of(), 0, e + (at == null ? "" : " at " + at));
    }
  }
}
