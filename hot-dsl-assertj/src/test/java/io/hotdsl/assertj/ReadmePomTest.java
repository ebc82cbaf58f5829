package io.hotdsl.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The README's Maven XML against this reactor: the complete pom is well-formed, defines every
 * property it uses, names its version as the reactor's, imports the BOM, uses only artifacts the
 * reactor builds (dependencies without a version only where the BOM manages them), and the
 * plugin's goals and parameters exist; the plugin's page names every goal and parameter.
 */
class ReadmePomTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern MOJO = Pattern.compile("@Mojo\\(\\s*name = \"([^\"]+)\"");
  private static final Pattern PARAMETER = Pattern.compile(
      "@Parameter(\\((?:[^()]|\\([^)]*\\))*\\))?\\s+(?:[\\w.<>]+)\\s+(\\w+)\\s*[;=]");

  static List<String> xmlBlocks() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    Matcher m = XML_BLOCK.matcher(readme);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> children(Node parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  static Element child(Node parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0);
  }

  static String text(Node parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }

  /** artifactId of every reactor module, and the reactor's version. */
  static Map<String, String> reactor() throws Exception {
    Document root = parse(Files.readString(ROOT.resolve("pom.xml")));
    Element project = root.getDocumentElement();
    Map<String, String> out = new LinkedHashMap<>();
    out.put("version", text(project, "version"));
    for (Element m : children(child(project, "modules"), "module")) {
      Document pom =
          parse(Files.readString(ROOT.resolve(m.getTextContent().trim()).resolve("pom.xml")));
      out.put(text(pom.getDocumentElement(), "artifactId"), m.getTextContent().trim());
    }
    return out;
  }

  static String completePom() throws IOException {
    return xmlBlocks().stream()
        .filter(b -> b.startsWith("<?xml"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no complete pom (<?xml ...) in README.md"));
  }

  @Test
  void everyPropertyAnXmlBlockUsesIsDefinedInIt() throws Exception {
    List<String> blocks = xmlBlocks();
    assertThat(blocks).isNotEmpty();
    for (String block : blocks) {
      Set<String> defined = new LinkedHashSet<>();
      if (block.startsWith("<?xml")) {
        Element props = child(parse(block).getDocumentElement(), "properties");
        for (Node n = props == null ? null : props.getFirstChild();
            n != null;
            n = n.getNextSibling()) {
          if (n instanceof Element e) {
            defined.add(e.getTagName());
          }
        }
      }
      Matcher m = PROPERTY.matcher(block);
      while (m.find()) {
        assertThat(defined)
            .as("${%s} in README block:%n%s", m.group(1), block)
            .contains(m.group(1));
      }
    }
  }

  @Test
  void theCompletePomUsesThisReactor() throws Exception {
    Map<String, String> reactor = reactor();
    Element project = parse(completePom()).getDocumentElement();
    Element props = child(project, "properties");
    assertThat(text(props, "hot-dsl.version")).isEqualTo(reactor.get("version"));

    Element bomImport =
        child(child(child(project, "dependencyManagement"), "dependencies"), "dependency");
    assertThat(text(bomImport, "groupId")).isEqualTo("io.hotdsl");
    assertThat(text(bomImport, "artifactId")).isEqualTo("hot-dsl-bom");
    assertThat(text(bomImport, "type")).isEqualTo("pom");
    assertThat(text(bomImport, "scope")).isEqualTo("import");

    Set<String> managed = new LinkedHashSet<>();
    Document bom = parse(Files.readString(ROOT.resolve("hot-dsl-bom/pom.xml")));
    for (Element d : children(
        child(child(bom.getDocumentElement(), "dependencyManagement"), "dependencies"),
        "dependency")) {
      managed.add(text(d, "artifactId"));
    }
    List<Element> deps = children(child(project, "dependencies"), "dependency");
    assertThat(deps).isNotEmpty();
    for (Element d : deps) {
      String id = text(d, "artifactId");
      assertThat(text(d, "groupId")).isEqualTo("io.hotdsl");
      assertThat(reactor).as("reactor modules").containsKey(id);
      assertThat(text(d, "version"))
          .as(id + " has no version: the BOM manages it")
          .isNull();
      assertThat(managed).as("artifacts the BOM manages").contains(id);
    }

    Element plugin = null;
    for (Element p : children(child(child(project, "build"), "plugins"), "plugin")) {
      if ("io.hotdsl".equals(text(p, "groupId"))) {
        plugin = p;
      } else {
        // Maven's default plugin versions predate Java 17 and JUnit 5: each is pinned
        assertThat(text(p, "groupId")).as("a Maven plugin").isNull();
        assertThat(text(p, "version")).as(text(p, "artifactId")).isNotNull();
      }
    }
    assertThat(plugin).as("the hot-maven-plugin").isNotNull();
    assertThat(text(plugin, "artifactId")).isEqualTo("hot-maven-plugin");
    assertThat(reactor).containsKey("hot-maven-plugin");
    assertThat(managed).contains("hot-maven-plugin");
    Map<String, Set<String>> mojos = mojos();
    List<String> goals = new ArrayList<>();
    for (Element e : children(child(plugin, "executions"), "execution")) {
      children(child(e, "goals"), "goal")
          .forEach(g -> goals.add(g.getTextContent().trim()));
    }
    assertThat(goals).isNotEmpty();
    assertThat(mojos.keySet()).containsAll(goals);
    Set<String> parameters = new LinkedHashSet<>();
    goals.forEach(g -> parameters.addAll(mojos.get(g)));
    for (Node n = child(plugin, "configuration").getFirstChild();
        n != null;
        n = n.getNextSibling()) {
      if (n instanceof Element e) {
        assertThat(parameters).as("parameters of " + goals).contains(e.getTagName());
      }
    }
  }

  @Test
  void thePluginPageNamesEveryGoalAndParameter() throws Exception {
    String page = Files.readString(ROOT.resolve("hot-maven-plugin/README.md"));
    Map<String, Set<String>> mojos = mojos();
    assertThat(mojos.keySet()).containsExactlyInAnyOrder("generate", "render", "deploy");
    mojos.forEach((goal, params) -> {
      assertThat(page).contains("hot:" + goal);
      params.forEach(p -> assertThat(page).as(goal + " parameter").contains("`" + p + "`"));
    });
    assertThat(page).contains(reactor().get("version"));
  }

  /** Goal name to the names of its {@code @Parameter} fields (read-only ones excluded). */
  static Map<String, Set<String>> mojos() throws IOException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("hot-maven-plugin/src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith("Mojo.java")).toList()) {
        String src = Files.readString(f);
        Matcher mojo = MOJO.matcher(src);
        if (!mojo.find()) {
          continue;
        }
        Set<String> params = new LinkedHashSet<>();
        Matcher p = PARAMETER.matcher(src);
        while (p.find()) {
          if (p.group(1) == null || !p.group(1).contains("readonly = true")) {
            params.add(p.group(2));
          }
        }
        out.put(mojo.group(1), params);
      }
    }
    return out;
  }
}
