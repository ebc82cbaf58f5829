package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.hotdsl.schema.ResourceTypes;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema catalog is passed to whoever needs it: no main class of any module reads the
 * process-wide default ({@link ResourceTypes}) but {@code io.hotdsl.schema} itself and core's
 * documented convenience overloads without a catalog ({@code TemplateValidator.validate(t)} and
 * the like), listed in {@link #DEFAULT_CATALOG_OVERLOADS}. One test over the main classes of every
 * module (this module sees all their jars), generated resource classes included.
 */
class CatalogArchitectureTest {
  /** The code units that may read {@code ResourceTypes}: each is an overload without a catalog. */
  static final Set<String> DEFAULT_CATALOG_OVERLOADS = Set.of(
      "io.hotdsl.bundle.BundleValidator.validate(io.hotdsl.bundle.Bundle, int)",
      "io.hotdsl.bundle.BundleValidator.validateAll(io.hotdsl.bundle.Bundle,"
          + " io.hotdsl.validate.ValidationDepth)",
      "io.hotdsl.diff.UpdateImpact.between(io.hotdsl.diff.StackInput, io.hotdsl.diff.StackInput)",
      "io.hotdsl.drift.ReleaseDrift.check(io.hotdsl.model.Template, io.hotdsl.drift.HeatRelease)",
      "io.hotdsl.validate.TemplateValidator.isKnownType(java.lang.String)",
      "io.hotdsl.validate.TemplateValidator.validate(io.hotdsl.model.Template,"
          + " java.util.function.Predicate, io.hotdsl.validate.ValidationDepth)");

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.hotdsl");
  }

  @Test
  void everyModulesMainClassesAreRead() {
    assertThat(classes.stream().map(JavaClass::getName))
        .contains(
            "io.hotdsl.schema.ResourceTypes",
            "io.hotdsl.resources.nova.Server", // generated
            "io.hotdsl.resources.HeatResourceTypes", // generated
            "io.hotdsl.cli.TypesCommand",
            "io.hotdsl.adopt.Inputs",
            "io.hotdsl.lsp.Schemas",
            "io.hotdsl.jsonschema.StructuralValidator",
            "io.hotdsl.assertj.TemplateAssert",
            "io.hotdsl.maven.RenderMojo",
            "io.hotdsl.importer.HotImporter",
            "io.hotdsl.deploy.Deployment",
            "io.hotdsl.codegen.Codegen");
  }

  @Test
  void onlyTheSchemaPackageAndTheDocumentedOverloadsReadTheProcessDefault() {
    Set<String> allowed = new TreeSet<>();
    Set<String> used = new TreeSet<>();
    Set<String> violations = new TreeSet<>();
    for (JavaClass c : classes) {
      if (c.getPackageName().equals("io.hotdsl.schema")) {
        continue;
      }
      for (JavaAccess<?> a : c.getAccessesFromSelf()) {
        if (a.getTargetOwner().isEquivalentTo(ResourceTypes.class)
            && DEFAULT_CATALOG_OVERLOADS.contains(a.getOrigin().getFullName())) {
          allowed.add(a.getDescription());
          used.add(a.getOrigin().getFullName());
        }
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        if (d.getTargetClass().isEquivalentTo(ResourceTypes.class)
            && !allowed.contains(d.getDescription())) {
          violations.add(d.getDescription());
        }
      }
    }
    assertThat(violations)
        .as("reads of the process-wide ResourceTypes: pass a Catalog")
        .isEmpty();
    assertThat(used)
        .as("each documented overload still exists and reads the default")
        .containsExactlyInAnyOrderElementsOf(DEFAULT_CATALOG_OVERLOADS);
  }
}
