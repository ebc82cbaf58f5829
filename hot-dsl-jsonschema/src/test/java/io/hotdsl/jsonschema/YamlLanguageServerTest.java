package io.hotdsl.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The generated template schema in a real yaml-language-server (npm {@code yaml-language-server},
 * installed under {@code target/} when missing), as an editor uses it: one server process, every
 * corpus template opened in it, diagnostics, completion and hover read over stdio.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YamlLanguageServerTest {
  private static final String VERSION = "1.19.2";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WORK = Path.of("target", "yaml-language-server").toAbsolutePath();
  private static final String HEAD = "heat_template_version: 2021-04-16\n";

  private static final String COMPLETION = HEAD + """
      resources:
        web:
          type: OS::Nova::Server
          properties:
            flavor: m1
      """ + "      \n";
  private static final String HOVER = HEAD + """
      parameters:
        flavor: {type: string}
      conditions:
        either: {or: [true, false]}
      resources:
        key:
          type: OS::Nova::KeyPair
          properties: {name: k}
        web:
          type: OS::Nova::Server
          properties:
            flavor: {get_param: flavor}
            key_name: {get_resource: key}
            name: {list_join: ['-', [a, b]]}
      """;
  private static final Map<String, String> CHECKS = new TreeMap<>(Map.of(
      "misspelled", HEAD + """
          resources:
            web:
              type: OS::Nova::Server
              properties: {flavor: m1, imagee: cirros}
          """,
      "unknown-and-missing", HEAD + """
          resources:
            web:
              type: OS::Nova::Server
              properties: {imagee: cirros}
          """,
      "hidden-name", HEAD + """
          resources:
            port:
              type: OS::Neutron::Port
              properties: {network_id: private}
          """,
      "neither-name", HEAD + """
          resources:
            port:
              type: OS::Neutron::Port
              properties: {name: p}
          """));

  private LanguageServerProcess server;
  private JsonNode schema;
  private final Map<String, JsonNode> diagnostics = new LinkedHashMap<>();
  private final Map<String, String> expected = new LinkedHashMap<>();
  private Path corpus;

  @BeforeAll
  void start() throws Exception {
    corpus = StructuralValidatorTest.corpus();
    Path bin = install();
    Path schemaFile = WORK.resolve("hot-template.schema.json");
    try (InputStream in = YamlLanguageServerTest.class.getResourceAsStream(
        "/io/hotdsl/schema/hot-template.schema.json")) {
      assertThat(in).as("the generated template schema on the classpath").isNotNull();
      Files.copy(in, schemaFile, StandardCopyOption.REPLACE_EXISTING);
    }
    schema = JSON.readTree(schemaFile.toFile());
    Map<String, Object> yaml = Map.of(
        "schemas",
        Map.of(schemaFile.toUri().toString(), "*.yaml"),
        "validate",
        true,
        "hover",
        true,
        "completion",
        true);
    server = new LanguageServerProcess(
        List.of("node", bin.toString(), "--stdio"),
        Map.of("yaml", yaml),
        WORK.resolve("server.log"));
    server.request(
        "initialize",
        Map.of(
            "processId",
            ProcessHandle.current().pid(),
            "rootUri",
            corpus.toUri().toString(),
            "capabilities",
            Map.of(
                "textDocument",
                Map.of(
                    "hover", Map.of("contentFormat", List.of("markdown", "plaintext")),
                    "completion", Map.of("completionItem", Map.of("snippetSupport", false))))));
    server.notify("initialized", Map.of());
    server.notify("workspace/didChangeConfiguration", Map.of("settings", Map.of("yaml", yaml)));
    List<String> uris = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"))
        .subList(1, Files.readAllLines(corpus.resolve("MANIFEST.tsv")).size())) {
      String[] c = line.split("\t", -1);
      if (c.length > 5 && c[1].equals("template")) {
        String uri = corpus.resolve(c[0]).toUri().toString();
        expected.put(uri, c[5]);
        open(uri, Files.readString(corpus.resolve(c[0])));
        uris.add(uri);
      }
    }
    for (Map.Entry<String, String> e : CHECKS.entrySet()) {
      open(doc(e.getKey()), e.getValue());
      uris.add(doc(e.getKey()));
    }
    open(doc("completion"), COMPLETION);
    open(doc("hover"), HOVER);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (!diagnostics.keySet().containsAll(uris) && System.nanoTime() < deadline) {
      collect(5);
    }
    collect(2);
    assertThat(diagnostics.keySet())
        .as("documents the server published diagnostics for; log: "
            + LanguageServerProcess.logText(WORK.resolve("server.log")))
        .containsAll(uris);
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /**
   * No schema diagnostic on any template Heat accepts. Four of them hold a flow collection whose
   * closing bracket is indented less than yaml-language-server's YAML parser wants (PyYAML, and so
   * Heat, reads it): syntax diagnostics no schema can change, pinned here.
   */
  @Test
  void noDiagnosticOnTheTemplatesHeatAccepts() {
    Map<String, List<String>> flagged = new TreeMap<>();
    Set<String> syntax = new java.util.TreeSet<>();
    expected.forEach((uri, verdict) -> {
      if (verdict.equals("ok")) {
        List<String> schemaOnes =
            summaries(uri).stream().filter(m -> !m.contains(": YAML: ")).toList();
        if (!schemaOnes.isEmpty()) {
          flagged.put(name(uri), schemaOnes);
        }
        if (schemaOnes.size() < diagnostics.get(uri).size()) {
          syntax.add(name(uri));
        }
      }
    });
    assertThat(expected.values().stream().filter("ok"::equals).count()).isEqualTo(94);
    assertThat(flagged).isEmpty();
    System.out.println("YAML syntax diagnostics (yaml-language-server's parser, not the schema) on "
        + syntax.size() + " of Heat's 94 accepted corpus templates: " + syntax);
    assertThat(syntax)
        .containsExactly(
            "openshift-origin/F19/hot-template/openshift-scalable-cpu-nbgears/openshift.yaml",
            "openshift-origin/F19/hot-template/openshift-scalable-cpu/openshift.yaml",
            "openshift-origin/F19/hot-template/openshift-scalable-nbgears/openshift.yaml",
            "openshift-origin/F19/hot-template/openshift/openshift.yaml");
  }

  @Test
  void diagnosticsOnTheRejectsASchemaCanSee() {
    List<String> flagged = new ArrayList<>();
    expected.forEach((uri, verdict) -> {
      if (verdict.equals("rejected") && !diagnostics.get(uri).isEmpty()) {
        flagged.add(uri.substring(uri.lastIndexOf('/') + 1) + ": " + messages(uri));
      }
    });
    System.out.println("yaml-language-server flags " + flagged.size()
        + " of Heat's 8 rejected corpus templates: " + flagged);
    // the other six name resource types an environment may map, which no schema can know
    assertThat(flagged).hasSize(2);
    assertThat(messages(uri("hot/octavia/servers_with_octavia.yaml")))
        .anyMatch(m -> m.contains("max_retries_down"));
    assertThat(diagnostics.get(
            uri("hot/software-config/example-templates/example-chef-template.yaml")))
        .isNotEmpty();
  }

  @Test
  void unknownPropertiesAndMissingRequiredOnesAreFlaggedTogether() {
    assertThat(messages(doc("misspelled"))).singleElement().asString().contains("imagee");
    assertThat(messages(doc("unknown-and-missing")))
        .hasSize(2)
        .anyMatch(m -> m.contains("imagee"))
        .anyMatch(m -> m.contains("flavor"));
    assertThat(messages(doc("hidden-name"))).isEmpty();
    assertThat(messages(doc("neither-name"))).singleElement().asString().contains("network");
  }

  @Test
  void completionInServerPropertiesOffersServerPropertiesOnly() throws Exception {
    JsonNode result = server.request(
        "textDocument/completion",
        Map.of(
            "textDocument", Map.of("uri", doc("completion")),
            "position", Map.of("line", 6, "character", 6)));
    JsonNode items = result.has("items") ? result.get("items") : result;
    Set<String> labels = new HashSet<>();
    items.forEach(i -> labels.add(i.get("label").asText()));
    Set<String> groupOnly = new HashSet<>();
    schema
        .path("$defs")
        .path("type:OS.Nova.ServerGroup")
        .path("properties")
        .fieldNames()
        .forEachRemaining(groupOnly::add);
    schema
        .path("$defs")
        .path("type:OS.Nova.Server")
        .path("properties")
        .fieldNames()
        .forEachRemaining(groupOnly::remove);
    assertThat(groupOnly).isNotEmpty();
    assertThat(labels)
        .contains("image", "networks", "user_data")
        .doesNotContainAnyElementsOf(groupOnly);
  }

  @Test
  void hoverOnAFunctionShowsThatFunction() throws Exception {
    assertThat(hover(doc("hover"), "get_resource"))
        .contains("get_resource: RESOURCE_NAME")
        .doesNotContain("resource_facade");
    assertThat(hover(doc("hover"), "list_join"))
        .contains("list_join: [DELIMITER, LIST...]")
        .doesNotContain("str_split");
    assertThat(hover(doc("hover"), "{or")).contains("or: [CONDITION...]").doesNotContain("and:");
  }

  @Test
  void hoverOnAPropertyShowsHeatsDescription() throws Exception {
    String flavor = schema
        .path("$defs")
        .path("type:OS.Nova.Server")
        .path("properties")
        .path("flavor")
        .path("description")
        .asText();
    assertThat(flavor).startsWith("The ID or name of the flavor");
    assertThat(letters(hover(doc("hover"), "    flavor: {get"))).contains(letters(flavor));
  }

  @Test
  void hoverOnEveryCorpusPropertyShowsHeatsDescription() throws Exception {
    int values = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (!e.getValue().equals("ok")
          || summaries(e.getKey()).stream().anyMatch(m -> m.contains(": YAML: "))) {
        continue; // valid values only; positions after a syntax error mean nothing to the server
      }
      String text = Files.readString(Path.of(java.net.URI.create(e.getKey())));
      for (Map.Entry<int[], String> p : propertyKeys(text).entrySet()) {
        values++;
        JsonNode h = server.request(
            "textDocument/hover",
            Map.of(
                "textDocument", Map.of("uri", e.getKey()),
                "position", Map.of("line", p.getKey()[0], "character", p.getKey()[1] + 1)));
        String shown =
            h == null || h.isNull() ? "" : h.path("contents").path("value").asText();
        String want = letters(p.getValue());
        if (!letters(shown).contains(want.substring(0, Math.min(60, want.length())))) {
          wrong.add(e.getKey() + ":" + (p.getKey()[0] + 1) + " shows " + shown);
        }
      }
    }
    System.out.println("hover shows Heat's description on " + (values - wrong.size()) + " of "
        + values + " corpus property values");
    assertThat(values).isGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }

  // ---- helpers ----

  /** The position (0-based line, column) of each known type's property key, and its
   * description in the schema. */
  private Map<int[], String> propertyKeys(String text) {
    Map<int[], String> keys = new LinkedHashMap<>();
    Node root;
    try {
      root = new Yaml().compose(new java.io.StringReader(text));
    } catch (RuntimeException e) {
      return keys;
    }
    Node resources = child(root, "resources");
    if (!(resources instanceof MappingNode rs)) {
      return keys;
    }
    for (NodeTuple r : rs.getValue()) {
      Node type = child(r.getValueNode(), "type");
      Node props = child(r.getValueNode(), "properties");
      if (!(type instanceof ScalarNode t) || !(props instanceof MappingNode ps)) {
        continue;
      }
      JsonNode def = schema.path("$defs").path("type:" + t.getValue().replace("::", "."));
      for (NodeTuple p : ps.getValue()) {
        String name = ((ScalarNode) p.getKeyNode()).getValue();
        String d = def.path("properties").path(name).path("description").asText("");
        if (!d.isEmpty()) {
          keys.put(
              new int[] {
                p.getKeyNode().getStartMark().getLine(),
                p.getKeyNode().getStartMark().getColumn()
              },
              d);
        }
      }
    }
    return keys;
  }

  private static Node child(Node map, String key) {
    if (map instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return t.getValueNode();
        }
      }
    }
    return null;
  }

  private String hover(String uri, String at) throws Exception {
    String text = uri.equals(doc("hover")) ? HOVER : "";
    int offset = text.indexOf(at);
    assertThat(offset).as(at).isNotNegative();
    offset += at.startsWith("{")
        ? 1
        : at.startsWith(" ") ? at.length() - at.stripLeading().length() : 0;
    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    int column = offset - text.lastIndexOf('\n', offset - 1) - 1;
    JsonNode h = server.request(
        "textDocument/hover",
        Map.of(
            "textDocument",
            Map.of("uri", uri),
            "position",
            Map.of("line", line, "character", column + 1)));
    // markdown escapes (get\\_resource) removed
    return h == null || h.isNull()
        ? ""
        : h.path("contents").path("value").asText().replace("\\", "");
  }

  private static String letters(String s) {
    return s.replaceAll("[^A-Za-z0-9]", "");
  }

  private static String name(String uri) {
    return uri.substring(uri.indexOf("heat-templates/") + "heat-templates/".length());
  }

  private List<String> summaries(String uri) {
    List<String> m = new ArrayList<>();
    diagnostics
        .get(uri)
        .forEach(d -> m.add((d.path("range").path("start").path("line").asInt() + 1) + ": "
            + d.path("source").asText() + ": " + d.path("message").asText()));
    return m;
  }

  private List<String> messages(String uri) {
    List<String> m = new ArrayList<>();
    diagnostics.get(uri).forEach(d -> m.add(d.path("message").asText()));
    return m;
  }

  private String uri(String corpusPath) {
    return corpus.resolve(corpusPath).toUri().toString();
  }

  private static String doc(String name) {
    return WORK.resolve("docs").resolve(name + ".yaml").toUri().toString();
  }

  private void open(String uri, String text) throws Exception {
    server.notify(
        "textDocument/didOpen",
        Map.of(
            "textDocument", Map.of("uri", uri, "languageId", "yaml", "version", 1, "text", text)));
  }

  private void collect(long seconds) throws InterruptedException {
    JsonNode d;
    while ((d = server.nextDiagnostics(seconds)) != null) {
      diagnostics.put(d.get("uri").asText(), d.get("diagnostics"));
    }
  }

  /** The server's launcher, installed with npm under target/ when missing. */
  private static Path install() throws Exception {
    Path bin = WORK.resolve("node_modules/yaml-language-server/bin/yaml-language-server");
    if (Files.isRegularFile(bin)) {
      return bin;
    }
    assumeTrue(
        onPath("npm") && onPath("node"),
        "SKIPPED: npm and node are not on the PATH; yaml-language-server can't be installed");
    Files.createDirectories(WORK);
    Process p = new ProcessBuilder(
            "npm",
            "install",
            "--prefix",
            WORK.toString(),
            "--no-audit",
            "--no-fund",
            "--no-save",
            "yaml-language-server@" + VERSION)
        .redirectErrorStream(true)
        .redirectOutput(WORK.resolve("npm.log").toFile())
        .start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("npm install finished").isTrue();
    assertThat(p.exitValue())
        .as("npm install yaml-language-server@" + VERSION + ": "
            + LanguageServerProcess.logText(WORK.resolve("npm.log")))
        .isZero();
    assertThat(bin).isRegularFile();
    return bin;
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
