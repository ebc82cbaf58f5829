package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Heat oracle ({@code io.hotdsl.heat.oracle}) and {@code LocalHeat} live in
 * {@code hot-dsl-heat-testing} and reach no shipped artifact: no other module holds anything under
 * {@code io/hotdsl/heat/} (or a {@code heat_oracle.py}) in its main sources, its built main classes
 * or its jar, and every module that depends on {@code hot-dsl-heat-testing} does so in test scope,
 * so neither a module's jar nor the shaded {@code hot.jar} can take it in. One test over every
 * module (this module sits on top of the tree).
 */
class OracleNotShippedTest {
  private static final String TESTING = "hot-dsl-heat-testing";
  private static final String HINT =
      " (build output from before the oracle left hot-dsl-core?" + " run mvn clean once)";

  private final Path root = Path.of("..").toAbsolutePath().normalize();

  @Test
  void noModuleButHeatTestingHoldsTheOracle() throws IOException {
    List<Path> modules = modules();
    assertThat(modules)
        .extracting(m -> m.getFileName().toString())
        .contains("hot-dsl-core", "hot-dsl-resources", "hot-cli", TESTING);
    List<String> found = new ArrayList<>();
    for (Path module : modules) {
      if (module.getFileName().toString().equals(TESTING)) {
        continue;
      }
      for (String dir : List.of("src/main/java", "src/main/resources")) {
        found.addAll(oracleFiles(module.resolve(dir), ""));
      }
      Path classes = module.resolve("target/classes");
      found.addAll(oracleFiles(classes, HINT));
      found.addAll(oracleEntriesOfFreshJars(module.resolve("target"), newest(classes)));
    }
    assertThat(found).as("the oracle outside " + TESTING).isEmpty();
  }

  @Test
  void theOracleIsWhereThisTestLooksForIt() throws IOException {
    // Guards the test above against looking in the wrong place after a rename.
    Path testing = root.resolve(TESTING);
    assertThat(oracleFiles(testing.resolve("src/main/java"), ""))
        .anyMatch(f -> f.endsWith("io/hotdsl/heat/oracle/HeatOracle.java"));
    assertThat(oracleFiles(testing.resolve("src/main/resources"), ""))
        .anyMatch(f -> f.endsWith("io/hotdsl/heat/oracle/heat_oracle.py"));
  }

  @Test
  void everyModuleUsesHeatTestingInTestScopeOnly() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<String> uses = new ArrayList<>();
    Element parent = pom(root.resolve("pom.xml"));
    for (Element dep : dependencies(parent, "dependencyManagement")) {
      if (!"test".equals(child(dep, "scope"))) {
        wrong.add(
            "pom.xml: dependencyManagement names " + TESTING + " in scope " + child(dep, "scope"));
      }
    }
    for (Path module : modules()) {
      Element project = pom(module.resolve("pom.xml"));
      for (Element dep : dependencies(project, "dependencies")) {
        String scope = child(dep, "scope");
        String name = module.getFileName().toString();
        uses.add(name);
        // No scope: the parent's dependencyManagement (checked above) gives test.
        if (scope != null && !scope.equals("test")) {
          wrong.add(name + "/pom.xml: " + TESTING + " in scope " + scope);
        }
      }
    }
    assertThat(uses).contains("hot-dsl-core", "hot-dsl-resources", "hot-cli");
    assertThat(wrong).isEmpty();
  }

  private List<Path> modules() throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
          .sorted()
          .toList();
    }
  }

  /** Files under {@code dir} in io/hotdsl/heat/ or named heat_oracle.py, relative to the root. */
  private List<String> oracleFiles(Path dir, String hint) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .filter(f -> isOracle(dir.relativize(f).toString().replace('\\', '/')))
          .map(f -> root.relativize(f).toString().replace('\\', '/') + hint)
          .toList();
    }
  }

  /**
   * Oracle entries of the jars in {@code target}. A jar older than the classes it is made from is
   * rebuilt by this very build; its classes are checked instead.
   */
  private List<String> oracleEntriesOfFreshJars(Path target, FileTime classes) throws IOException {
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(target)) {
      jars = files
          .filter(f -> f.getFileName().toString().endsWith(".jar"))
          .sorted()
          .toList();
    }
    List<String> found = new ArrayList<>();
    for (Path jar : jars) {
      if (classes != null && Files.getLastModifiedTime(jar).compareTo(classes) < 0) {
        continue;
      }
      try (JarFile file = new JarFile(jar.toFile())) {
        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (!name.endsWith("/") && isOracle(name)) {
            found.add(root.relativize(jar) + "!/" + name + HINT);
          }
        }
      }
    }
    return found;
  }

  private static boolean isOracle(String path) {
    return path.startsWith("io/hotdsl/heat/")
        || path.contains("/io/hotdsl/heat/")
        || path.endsWith("heat_oracle.py");
  }

  /** The newest modification time of a file under {@code dir}, or null without one. */
  private static FileTime newest(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      FileTime newest = null;
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        FileTime t = Files.getLastModifiedTime(f);
        if (newest == null || t.compareTo(newest) > 0) {
          newest = t;
        }
      }
      return newest;
    }
  }

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  /**
   * The dependencies on hot-dsl-heat-testing in every {@code <section>} of the pom: the project's
   * own and each profile's.
   */
  private static List<Element> dependencies(Element project, String section) {
    List<Element> found = new ArrayList<>();
    NodeList deps = project.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element dep = (Element) deps.item(i);
      Node list = dep.getParentNode();
      Node owner = list.getParentNode();
      boolean managed = owner instanceof Element o && o.getTagName().equals("dependencyManagement");
      boolean plugin = owner instanceof Element o && o.getTagName().equals("plugin");
      boolean wanted = section.equals("dependencyManagement") ? managed : !managed && !plugin;
      if (wanted && TESTING.equals(child(dep, "artifactId"))) {
        found.add(dep);
      }
    }
    return found;
  }

  private static String child(Element element, String tag) {
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }
}
