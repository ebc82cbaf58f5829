package io.hotdsl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.model.Template;
import io.hotdsl.yaml.PyYamlResolver;
import io.hotdsl.yaml.YamlWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The packages of hot-dsl-core and what each may use, as the README's "Architecture" section
 * writes them down. A new edge between packages fails here until it is written down there too.
 */
class ArchitectureTest {
  /** Package → the core packages it may use (java.*, Jackson and SnakeYAML are always allowed). */
  static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
      Map.entry("functions", Set.of()),
      Map.entry("model", Set.of("functions")),
      // functions, model: the writers turn model values into tree nodes as they reach them
      Map.entry("yaml", Set.of("functions", "model")),
      Map.entry("schema", Set.of("model")),
      Map.entry("read", Set.of("functions", "model", "yaml")),
      Map.entry("files", Set.of("yaml")),
      Map.entry("render", Set.of("model", "yaml")),
      Map.entry("validate", Set.of("functions", "model", "schema")),
      // its own InvalidEnvironmentException; the bundle reports it as validate's Problems
      Map.entry("environment", Set.of("functions", "model")),
      Map.entry("cloudinit", Set.of("functions", "model", "yaml")),
      Map.entry("diff", Set.of("environment", "functions", "model", "schema", "validate")),
      Map.entry("drift", Set.of("functions", "model", "schema", "validate")),
      Map.entry(
          "bundle",
          Set.of(
              "environment",
              "files",
              "functions",
              "model",
              "read",
              "render",
              "schema",
              "validate",
              "yaml")));

  static JavaClasses classes;

  /** Core's main classes only: the test class path also holds hot-dsl-heat-testing's. */
  @BeforeAll
  static void importCore() {
    URL core = Template.class.getProtectionDomain().getCodeSource().getLocation();
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(Set.of(Location.of(core)));
  }

  /** The Heat oracle is test support (hot-dsl-heat-testing), not part of core's main jar. */
  @Test
  void theHeatOracleIsNotInCore() throws URISyntaxException {
    assertThat(classes.contain(Template.class))
        .as("core's classes were imported")
        .isTrue();
    assertThat(classes).noneMatch(c -> c.getPackageName().startsWith("io.hotdsl.heat"));
    assertThat(HeatOracle.class.getProtectionDomain().getCodeSource().getLocation())
        .isNotEqualTo(Template.class.getProtectionDomain().getCodeSource().getLocation());
    Path main = Path.of(
        Template.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(main)) {
      assertThat(main.resolve("io/hotdsl/heat"))
          .as("core's main output (stale? mvn clean)")
          .doesNotExist();
    }
  }

  @Test
  void everyPackageUsesOnlyWhatItMay() {
    Map<String, Set<String>> used = new TreeMap<>();
    for (JavaClass c : classes) {
      String from = pkg(c);
      c.getDirectDependenciesFromSelf().forEach(d -> {
        String to = pkg(d.getTargetClass());
        if (to != null && !to.equals(from)) {
          used.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
      });
    }
    assertThat(used.keySet()).as("packages of hot-dsl-core").isSubsetOf(MAY_USE.keySet());
    used.forEach(
        (from, to) -> assertThat(to).as("what %s uses", from).isSubsetOf(MAY_USE.get(from)));
  }

  /**
   * An environment is a tree: the bundle reads and writes its YAML text
   * ({@code bundle.EnvironmentYaml}), so {@code environment} holds no YAML reader or writer.
   */
  @Test
  void environmentsHoldNoYamlReaderOrWriter() {
    noClasses()
        .that()
        .resideInAPackage("io.hotdsl.environment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.hotdsl.yaml..", "io.hotdsl.read..", "io.hotdsl.render..")
        .check(classes);
  }

  /**
   * The YAML internals (fast path, composer, PyYAML's constructors, libyaml's leniencies) are
   * reached only through {@code io.hotdsl.yaml}'s public face.
   */
  @Test
  void onlyTheYamlPackageUsesItsInternals() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.hotdsl.yaml", "io.hotdsl.yaml.impl")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.hotdsl.yaml.impl")
        .check(classes);
  }

  /**
   * Reading and writing decide what a plain scalar means with the one resolver: the writer
   * ({@code ScalarStyle}, which {@link YamlWriter} uses for every string) quotes a string exactly when {@code PyYamlResolver} would read it as something else, and the
   * reader's SnakeYAML resolver only delegates to it.
   */
  @Test
  void readerAndWriterShareTheOneResolver() {
    for (String user : List.of(
        "io.hotdsl.yaml.ScalarStyle", // YamlWriter's choice of a scalar's style
        "io.hotdsl.yaml.impl.YamlFastPath",
        "io.hotdsl.yaml.impl.YamlComposer")) {
      assertThat(classes)
          .as("%s (or a class nested in it) types plain scalars with PyYamlResolver", user)
          .filteredOn(c -> c.getName().equals(user) || c.getName().startsWith(user + "$"))
          .anyMatch(ArchitectureTest::usesPyYamlResolver);
    }
    assertThat(classes)
        .as("SnakeYAML resolvers in core")
        .filteredOn(c -> c.isAssignableTo(Resolver.class))
        .isNotEmpty()
        .allMatch(ArchitectureTest::usesPyYamlResolver);
  }

  private static boolean usesPyYamlResolver(JavaClass c) {
    return c.getDirectDependenciesFromSelf().stream()
        .anyMatch(d -> d.getTargetClass().isEquivalentTo(PyYamlResolver.class));
  }

  /** No two packages use each other, directly or through others. */
  @Test
  void packagesFormNoCycle() {
    slices().matching("io.hotdsl.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noPackageReachesTheCommandLineOrAnOuterModule() {
    noClasses()
        .that()
        .resideInAPackage("io.hotdsl..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.hotdsl.cli..",
            "io.hotdsl.importer..",
            "io.hotdsl.adopt..",
            "io.hotdsl.codegen..",
            "io.hotdsl.resources..",
            "io.hotdsl.heat..",
            "picocli..")
        .check(classes);
  }

  /** The package under io.hotdsl a class lives in (its first segment), or null elsewhere. */
  private static String pkg(JavaClass c) {
    String name = c.getPackageName();
    if (!name.startsWith("io.hotdsl.")) {
      return null;
    }
    String rest = name.substring("io.hotdsl.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
