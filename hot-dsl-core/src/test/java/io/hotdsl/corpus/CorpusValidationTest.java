package io.hotdsl.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.model.TemplateTypes;
import io.hotdsl.read.HotReader;
import io.hotdsl.testing.Corpus;
import io.hotdsl.testing.Corpus.CorpusEntry;
import io.hotdsl.testing.HeatSchemas;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.TemplateValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * hot-dsl's validator on every corpus template against the MANIFEST's {@code expected} verdict:
 * no error for {@code ok}, at least one for {@code rejected}. Nested templates named by a
 * resource {@code type: file.yaml} are read and validated too, as Heat does with the files map.
 */
class CorpusValidationTest {

  @Test
  void validatorAgreesWithTheManifest() {
    var corpus = Corpus.find();
    assumeTrue(corpus.isPresent(), "SKIPPED: corpus not found (set " + Corpus.ENV + ")");
    HeatSchemas.register();
    List<CorpusEntry> rows = corpus.get().templateEntries();
    List<String> disagreements = new ArrayList<>();
    int agree = 0;
    for (CorpusEntry row : rows) {
      List<String> errors = new ArrayList<>();
      try {
        validateWithNested(corpus.get().file(row), new HashSet<>(), errors);
      } catch (RuntimeException e) {
        errors.add("cannot read: " + e);
      }
      boolean expectOk = "ok".equals(row.expected());
      if (expectOk == errors.isEmpty()) {
        agree++;
      } else {
        disagreements.add(row.path() + ": expected " + row.expected() + " [" + row.note()
            + "], hot-dsl " + (errors.isEmpty() ? "found no error" : "found " + errors));
      }
    }
    System.out.printf(
        "Corpus validation: hot-dsl agrees with MANIFEST expected on %d/%d templates%n",
        agree, rows.size());
    disagreements.forEach(d -> System.out.println("  " + d));
    assertThat(disagreements)
        .as("templates where hot-dsl's validator disagrees with Heat")
        .isEmpty();
  }

  /** Validates a template and, recursively, the template files its resources use as types. */
  static void validateWithNested(Path file, Set<Path> seen, List<String> errors) {
    if (!seen.add(file.toAbsolutePath().normalize())) {
      return;
    }
    Template t = HotReader.read(file);
    for (Problem p : TemplateValidator.validate(t).errors()) {
      errors.add(file.getFileName() + ": " + p);
    }
    for (Resource r : t.resources().values()) {
      List<Object> types = new ArrayList<>(List.of(r.type()));
      // group members: ResourceGroup.resource_def.type, AutoScalingGroup.resource.type
      for (String key : List.of("resource_def", "resource")) {
        if (r.toTree().get("properties") instanceof java.util.Map<?, ?> props
            && props.get(key) instanceof java.util.Map<?, ?> def) {
          types.add(def.get("type"));
        }
      }
      for (Object o : types) {
        if (o instanceof String type
            && TemplateTypes.isTemplateFile(type)
            && !type.contains("://")) {
          Path nested = file.toAbsolutePath().getParent().resolve(type).normalize();
          if (Files.isRegularFile(nested)) {
            validateWithNested(nested, seen, errors);
          }
        }
      }
    }
  }
}
