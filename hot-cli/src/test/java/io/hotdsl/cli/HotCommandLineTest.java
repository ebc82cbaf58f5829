package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code hot} command line, run as a process the way users run it. */
class HotCommandLineTest {
  @TempDir
  Path dir;

  record Run(int status, String out, String err) {}

  static Run hot(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        Hot.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void validTemplateExitsZero() throws Exception {
    Path t = dir.resolve("ok.yaml");
    Files.writeString(t, """
        heat_template_version: 2021-04-16
        parameters:
          flavor: {type: string, default: m1.small}
        resources:
          web:
            type: OS::Nova::Server
            properties:
              flavor: {get_param: flavor}
              image: cirros
        outputs:
          ip: {value: {get_attr: [web, networks]}}
        """);
    Run r = hot("validate", t.toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("valid (0 errors");
  }

  @Test
  void invalidTemplateExitsOneWithPaths() throws Exception {
    Path t = dir.resolve("bad.yaml");
    Files.writeString(t, """
        heat_template_version: 2021-04-16
        resources:
          web:
            type: OS::Nova::Server
            properties:
              image: cirros
              networks:
                - prot: {get_resource: missing}
        """);
    Run r = hot("validate", t.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .contains("bad.yaml:5:5: error: required property \"flavor\"")
        .contains("bad.yaml:8:11: error: unknown property \"prot\"")
        .contains("bad.yaml:8:32: error: unknown resource \"missing\"");
  }

  /** A float for a String property: Heat's template-validate passes it, stack create does not. */
  @Test
  void depthValidateLeavesOutWhatFailsOnlyAtStackCreate() throws Exception {
    Path t = dir.resolve("create-only.yaml");
    Files.writeString(t, """
        heat_template_version: 2021-04-16
        resources:
          web:
            type: OS::Nova::Server
            properties:
              image: cirros
              flavor: 1.5
        """);
    Run create = hot("validate", t.toString());
    assertThat(create.status()).isEqualTo(1);
    assertThat(create.err())
        .contains("create-only.yaml:7:15: error: expected a string")
        .contains("fails at stack create");
    Run validate = hot("validate", "--depth", "validate", t.toString());
    assertThat(validate.status()).as(validate.out() + validate.err()).isZero();
    Run bad = hot("validate", "--depth", "deploy", t.toString());
    assertThat(bad.status()).isNotZero();
    assertThat(bad.err()).contains("expected validate or create");
  }

  @Test
  void malformedYamlNamesLineAndColumn() throws Exception {
    Path t = dir.resolve("broken.yaml");
    Files.writeString(t, "heat_template_version: 2021-04-16\nresources:\n  a: b: c\n");
    Run r = hot("validate", t.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).containsPattern("broken.yaml:3:\\d+: error: ");
  }

  @Test
  void renderWritesAndValidatesTheExamples() throws Exception {
    Run r = hot("render", "--out", dir.toString(), "flavors", "placement");
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .containsPattern("flavors\\s+\\d+\\s+\\d+\\s+ok")
        .contains("2 examples rendered");
    assertThat(dir.resolve("flavors")).isDirectory();
  }

  @Test
  void schemaWritesTheTemplateAndEnvironmentSchemas() throws Exception {
    Path template = dir.resolve("hot.schema.json");
    Path env = dir.resolve("env.schema.json");
    assertThat(hot("schema", "--out", template.toString()).status()).isZero();
    assertThat(hot("schema", "--environment", "--out", env.toString()).status()).isZero();
    assertThat(Files.readString(template)).contains("\"$schema\"").contains("OS::Nova::Server");
    assertThat(Files.readString(env)).contains("resource_registry");
  }

  @Test
  void typesListsSupportStatus() throws Exception {
    Run r = hot("types", "OS::Nova::*");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("OS::Nova::Server")
        .contains("SUPPORTED")
        .doesNotContain("OS::Neutron::Port");
  }

  @Test
  void adoptWritesATemplateFromApiResponses() throws Exception {
    Path samples = Path.of("..", "hot-dsl-adopt", "src", "test", "resources", "samples");
    Path out = dir.resolve("adopted");
    Run r = hot("adopt", "--from-dir", samples.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(out.resolve("adopted.yaml")).exists();
    Run v = hot("validate", out.resolve("adopted.yaml").toString());
    assertThat(v.status()).as(v.out() + v.err()).isZero();
  }

  /** hot import, then the JDK's source launcher runs the generated file, as the README says. */
  @Test
  void importedJavaRunsWithTheSourceLauncherAndRendersTheSameTree() throws Exception {
    Path t = dir.resolve("web.yaml");
    String yaml = """
        heat_template_version: 2018-08-31
        description: A web server
        parameters:
          flavor: {type: string, default: m1.small, constraints: [{custom_constraint: nova.flavor}]}
        resources:
          port:
            type: OS::Neutron::Port
            properties: {network: private}
          web:
            type: OS::Nova::Server
            properties:
              flavor: {get_param: flavor}
              image: cirros
              networks: [{port: {get_resource: port}}]
              user_data: |
                #!/bin/sh
                echo hello
        outputs:
          networks: {value: {get_attr: [web, networks]}}
        """;
    Files.writeString(t, yaml);
    Path javaDir = dir.resolve("java");
    Run imported = hot("import", t.toString(), "--java-out", javaDir.toString());
    assertThat(imported.status()).as(imported.out() + imported.err()).isZero();
    Path source;
    try (Stream<Path> files = Files.list(javaDir)) {
      source = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
    }
    Path out = dir.resolve("rendered");
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            source.toString(),
            out.toString())
        .redirectErrorStream(true)
        .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    Path rendered;
    try (Stream<Path> files = Files.walk(out)) {
      rendered = files.filter(f -> f.toString().endsWith(".yaml")).findFirst().orElseThrow();
    }
    assertThat(io.hotdsl.yaml.YamlReader.read(Files.readString(rendered), "rendered"))
        .isEqualTo(io.hotdsl.yaml.YamlReader.read(yaml, "original"));
  }

  @Test
  void diffShowsReplacementAndExitsZero() throws Exception {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    String base = """
        heat_template_version: 2021-04-16
        resources:
          net:
            type: OS::Neutron::Net
            properties: {name: %s}
          subnet:
            type: OS::Neutron::Subnet
            properties: {network: {get_resource: net}, cidr: %s}
        """;
    Files.writeString(a, base.formatted("web", "10.0.0.0/24"));
    Files.writeString(b, base.formatted("web2", "10.0.8.0/24"));
    Run r = hot("diff", a.toString(), b.toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("~ net OS::Neutron::Net  UPDATE  name: web -> web2")
        .contains("~ subnet OS::Neutron::Subnet  REPLACE  cidr: 10.0.0.0/24 -> 10.0.8.0/24");
    Run j = hot("diff", "--json", a.toString(), b.toString());
    assertThat(j.out()).startsWith("{").contains("\"subnet\"");
  }

  @Test
  void filesOutsideTheTemplatesFolderNeedRoot() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET\n");
    Path t = Files.createDirectories(dir.resolve("stack")).resolve("t.yaml");
    Files.writeString(t, """
        heat_template_version: 2021-04-16
        resources:
          config:
            type: OS::Heat::SoftwareConfig
            properties:
              config: {get_file: ../secret.txt}
        """);
    Run refused = hot("validate", t.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err())
        .contains("t.yaml:6:26: error: ../secret.txt: refused: it resolves " + "to "
            + dir.resolve("secret.txt"))
        .contains("--root DIR")
        .doesNotContain("TOP-SECRET");
    Run rooted = hot("validate", "--root", dir.toString(), t.toString());
    assertThat(rooted.status()).as(rooted.out() + rooted.err()).isZero();
    Run diff = hot("diff", t.toString(), t.toString());
    assertThat(diff.status()).isEqualTo(1);
    assertThat(diff.err()).contains("get_file: error: ../secret.txt: refused");
    assertThat(hot("diff", "--root", dir.toString(), t.toString(), t.toString()).status())
        .isZero();
  }

  @Test
  void helpOnEverySubcommand() throws Exception {
    for (String sub : List.of("render", "validate", "types", "diff", "schema")) {
      Run r = hot(sub, "--help");
      assertThat(r.status()).as(sub).isZero();
      assertThat(r.out()).as(sub).startsWith("Usage: hot " + sub);
    }
  }

  /** Every corpus template: exit 0 exactly where the MANIFEST says Heat accepts it. */
  @Test
  void agreesWithHeatOnTheCorpus() throws Exception {
    Optional<Path> corpus = findCorpus();
    assumeTrue(corpus.isPresent(), "SKIPPED: ../shared/corpus not found");
    Path root = corpus.get().resolve("heat-templates");
    List<String> disagreements = new ArrayList<>();
    int count = 0;
    try (Stream<String> lines = Files.lines(root.resolve("MANIFEST.tsv"))) {
      for (String line : lines.skip(1).toList()) {
        String[] f = line.split("\t", -1);
        if (!f[1].equals("template")) {
          continue;
        }
        count++;
        // the corpus folder is the read root: boot-config templates read ../../heat-agents/ files
        int status = Hot.run(
            "validate",
            "--quiet",
            "--root",
            corpus.get().toString(),
            root.resolve(f[0]).toString());
        boolean expectedValid = f[5].equals("ok");
        if ((status == 0) != expectedValid) {
          disagreements.add(f[0] + ": hot validate exit " + status + ", expected " + f[5]);
        }
      }
    }
    System.out.println("hot validate agrees with Heat 19 on " + (count - disagreements.size()) + "/"
        + count + " corpus templates");
    assertThat(disagreements).isEmpty();
    assertThat(count).isGreaterThanOrEqualTo(100);
  }

  static Optional<Path> findCorpus() {
    String env = System.getenv("HOTDSL_CORPUS");
    if (env != null && Files.isDirectory(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared").resolve("corpus");
      if (Files.isDirectory(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
