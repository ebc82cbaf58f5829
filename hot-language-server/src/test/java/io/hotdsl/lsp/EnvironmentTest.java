package io.hotdsl.lsp;

import static io.hotdsl.lsp.HotLanguageServerTest.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.files.FileRoot;
import io.hotdsl.validate.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environments in the editor: an environment file gets its own diagnostics, and a template using a
 * type only a workspace environment maps is checked as {@code hot validate --root WORKSPACE -e
 * ENV} checks it.
 */
class EnvironmentTest {
  @TempDir
  static Path ws;

  static LspSession session;

  static final String PROVIDER = """
      heat_template_version: 2018-08-31
      parameters:
        flavor:
          type: string
      resources:
        s:
          type: OS::Heat::RandomString
          properties:
            length: {get_param: flavor}
      """;

  static final String APP = """
      heat_template_version: 2018-08-31
      resources:
        web:
          type: My::Server
          properties:
            flavor: 8
            colour: blue
      """;

  static final String ENV = """
      resource_registry:
        My::Other: ../providers/server.yaml
        My::Missing: nothere.yaml
        My::Alias: OS::Nova::Servr
        My::Chained: My::Other
        My::Text: notes.txt
        resources:
          web:
            OS::Nova::Server: gone.yaml
            hooks: pre-create
      parameters:
        flavor: m1.small
        nobody: x
      parameter_defaults:
        length: 4
      """;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(ws.resolve("providers"));
    Files.createDirectories(ws.resolve("envs"));
    Files.createDirectories(ws.resolve("templates"));
    Files.writeString(ws.resolve("providers/server.yaml"), PROVIDER);
    Files.writeString(ws.resolve("envs/notes.txt"), "just text\n");
    Files.writeString(
        ws.resolve("envs/good.yaml"),
        "resource_registry:\n  My::Server: ../providers/server.yaml\n");
    Files.writeString(ws.resolve("templates/app.yaml"), APP);
    session = new LspSession(ws.toUri().toString());
  }

  @AfterAll
  static void stop() throws Exception {
    assertThat(session.shutdown()).isZero();
    session.close();
  }

  @Test
  void anEnvironmentFileGetsItsOwnDiagnostics() throws Exception {
    Path env = ws.resolve("envs/bad.yaml");
    Files.writeString(env, ENV);
    String uri = env.toUri().toString();
    session.open(uri, ENV);
    List<Diagnostic> ds = session.diagnostics(uri, 1).getDiagnostics();
    List<String> got = ds.stream()
        .map(d -> (d.getSeverity() == DiagnosticSeverity.Error ? "E " : "W ")
            + d.getCode().getLeft() + ": " + d.getMessage())
        .toList();
    assertThat(got)
        .containsExactlyInAnyOrder(
            "E resource_registry.My::Missing: file not found: nothere.yaml (bundle path "
                + "envs/nothere.yaml)",
            "W resource_registry.My::Alias: maps to OS::Nova::Servr, which is no Heat type and no "
                + "entry of this registry: a template using My::Alias fails",
            "E resource_registry.My::Text: not a Heat template: notes.txt",
            "E resource_registry.resources.web.OS::Nova::Server: file not found: gone.yaml (bundle "
                + "path envs/gone.yaml)",
            "W parameters.nobody: parameter \"nobody\" is declared by no template of the workspace "
                + "(2 read); Heat refuses a parameter the template does not declare",
            "W parameter_defaults.length: parameter \"length\" is declared by no template of the "
                + "workspace (2 read)");
    Diagnostic missing = ds.stream()
        .filter(d -> d.getCode().getLeft().endsWith("My::Missing"))
        .findFirst()
        .orElseThrow();
    assertThat(missing.getRange()).isEqualTo(range(2, 2, 2, 13)); // the key My::Missing
  }

  @Test
  void aWrongSectionIsNamedWithDidYouMean() throws Exception {
    Path env = ws.resolve("envs/typo.yaml");
    String text = "resource_registy:\n  My::Server: ../providers/server.yaml\nparameters: {}\n";
    Files.writeString(env, text);
    String uri = env.toUri().toString();
    session.open(uri, text);
    Diagnostic d = session.diagnostics(uri, 1).getDiagnostics().get(0);
    assertThat(d.getMessage())
        .startsWith("environment has wrong section \"resource_registy\"")
        .contains("resource_registry");
    assertThat(d.getRange()).isEqualTo(range(0, 0, 0, 16));
  }

  @Test
  void aTemplateUsesTheWorkspaceEnvironmentsThatMapItsTypes() throws Exception {
    Path app = ws.resolve("templates/app.yaml");
    String uri = app.toUri().toString();
    session.open(uri, APP);
    List<String> got = session.diagnostics(uri, 1).getDiagnostics().stream()
        .map(d -> d.getCode().getLeft() + ": " + d.getMessage())
        .toList();
    // what hot validate --root WS -e envs/good.yaml templates/app.yaml reports
    Bundle b = Bundle.read(app, List.of(ws.resolve("envs/good.yaml")), FileRoot.of(ws));
    List<String> expected = new ArrayList<>();
    String own = b.rootPath() + ": ";
    for (Problem p : BundleValidator.validateAll(b).problems()) {
      expected.add((p.path().startsWith(own) ? p.path().substring(own.length()) : p.path()) + ": "
          + p.message());
    }
    assertThat(expected)
        .anyMatch(p -> p.contains("colour"))
        .noneMatch(p -> p.contains("is not registered"));
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(b.environments()).containsOnlyKeys("envs/good.yaml");
    // the same template with no workspace: the type is unknown
    try (LspSession alone = new LspSession()) {
      alone.open(uri, APP);
      assertThat(alone.diagnostics(uri, 1).getDiagnostics())
          .extracting(Diagnostic::getMessage)
          .anyMatch(m -> m.contains("My::Server is not registered in any environment"));
      assertThat(alone.shutdown()).isZero();
    }
  }
}
