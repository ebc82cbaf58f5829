package io.hotdsl.patterns;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where the pattern layer sits (README, "Architecture"): {@code io.hotdsl.patterns} lives in
 * hot-dsl-resources on top of the generated classes and uses only them and core's model,
 * functions, cloud-init and bundles; nothing generated uses a pattern.
 */
class PatternsArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importResources() {
    URL resources = ScaledGroup.class.getProtectionDomain().getCodeSource().getLocation();
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(Set.of(Location.of(resources)));
  }

  @Test
  void patternsUseOnlyTheGeneratedClassesAndCoresModel() {
    assertThat(classes.contain(ScaledGroup.class))
        .as("the module's classes were imported")
        .isTrue();
    classes()
        .that()
        .resideInAPackage("io.hotdsl.patterns..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "io.hotdsl.patterns..",
            "io.hotdsl.resources..",
            "io.hotdsl.model..",
            "io.hotdsl.functions..",
            "io.hotdsl.cloudinit..",
            "io.hotdsl.bundle..")
        .check(classes);
  }

  @Test
  void nothingGeneratedUsesAPattern() {
    noClasses()
        .that()
        .resideInAPackage("io.hotdsl.resources..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.hotdsl.patterns..")
        .check(classes);
  }
}
