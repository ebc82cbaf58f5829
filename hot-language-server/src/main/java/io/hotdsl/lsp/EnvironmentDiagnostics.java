package io.hotdsl.lsp;

import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.environment.Environment;
import io.hotdsl.environment.ResourceRegistry;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import io.hotdsl.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The diagnostics of an environment file open in the editor: Heat's own refusals of its sections
 * ({@link Environment#fromTree}: a wrong or empty section, with did-you-mean), registry entries
 * naming a file that does not exist, lies outside the workspace or is no template (resolved
 * against the environment's folder, as heatclient resolves them), registry entries mapping to a
 * type that is no Heat type and no other entry of the registry (a warning: Heat refuses it when a
 * template uses it), and parameters no template of the workspace declares (a warning; only when
 * the workspace holds templates).
 */
final class EnvironmentDiagnostics {
  private EnvironmentDiagnostics() {}

  static List<Diagnostic> of(
      Map<?, ?> tree, String name, Path file, Workspace workspace, YamlIndex index) {
    List<Problem> problems = new ArrayList<>();
    Environment env = null;
    try {
      env = EnvironmentYaml.fromTree(tree, "");
    } catch (HotValidationException e) {
      problems.addAll(e.problems());
    }
    if (env != null) {
      registry(env.resourceRegistry(), file, workspace, problems);
      parameters(env, file, workspace, problems);
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Problem p : problems) {
      String path = p.path();
      Range r = path.startsWith("resource_registry") || path.indexOf('.') < 0
          ? index.keyRange(path)
          : null;
      if (r == null) {
        r = index.problemRange(path);
      }
      out.add(new Diagnostic(
          r == null ? new Range(new Position(0, 0), new Position(0, 0)) : r,
          p.message(),
          p.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          DocumentDiagnostics.SOURCE,
          path));
    }
    return out;
  }

  private static void registry(
      ResourceRegistry rr, Path file, Workspace workspace, List<Problem> problems) {
    rr.mappings()
        .forEach((type, target) ->
            entry("resource_registry." + type, type, target, rr, file, workspace, problems));
    rr.resources().forEach((resource, overrides) -> {
      if (overrides instanceof Map<?, ?> m) {
        m.forEach((k, v) -> {
          if (v instanceof String target) {
            String key = String.valueOf(k);
            entry(
                "resource_registry.resources." + resource + "." + key,
                key,
                target,
                rr,
                file,
                workspace,
                problems);
          }
        });
      }
    });
  }

  private static void entry(
      String path,
      String key,
      String target,
      ResourceRegistry rr,
      Path file,
      Workspace workspace,
      List<Problem> problems) {
    if (key.equals("hooks") || key.equals("restricted_actions") || key.equals("base_url")) {
      return;
    }
    if (target.contains("::")) {
      if (!key.contains("*")
          && !target.contains("*")
          && workspace.catalog().lookup(target).isEmpty()
          && rr.lookup(target, List.of()) == null) {
        problems.add(Problem.warning(
            path,
            "maps to " + target + ", which is no Heat type and "
                + "no entry of this registry: a template using " + key + " fails"));
      }
      return;
    }
    if (file == null || target.contains("://")) {
      return; // an unsaved document has no folder; URLs are not fetched
    }
    Path root = workspace.rootOf(file);
    FileRoot fr = FileRoot.of(root != null ? root : file.toAbsolutePath().getParent());
    try {
      Path resolved = fr.resolve(file, target, path);
      Optional<String> text = fr.readIfPresent(resolved, path);
      if (text.isEmpty() || !Files.isRegularFile(resolved)) {
        problems.add(Problem.error(
            path, "file not found: " + target + " (bundle path " + fr.relative(resolved) + ")"));
      } else if (!isTemplate(text.get())) {
        problems.add(Problem.error(path, "not a Heat template: " + target));
      }
    } catch (FileAccessException e) {
      String m = e.getMessage();
      problems.add(Problem.error(
          path, m.startsWith(e.where() + ": ") ? m.substring(e.where().length() + 2) : m));
    } catch (RuntimeException e) {
      problems.add(Problem.error(path, "cannot read " + target + ": " + e.getMessage()));
    }
  }

  private static boolean isTemplate(String text) {
    try {
      return YamlReader.read(text, "provider") instanceof Map<?, ?> m
              && m.containsKey("heat_template_version")
          || text.contains("HeatTemplateFormatVersion")
          || text.contains("AWSTemplateFormatVersion");
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static void parameters(
      Environment env, Path file, Workspace workspace, List<Problem> problems) {
    if (file == null || workspace.rootOf(file) == null) {
      return;
    }
    Workspace.Snapshot s = workspace.snapshot();
    if (s.templates() == 0) {
      return;
    }
    for (String section : List.of("parameters", "parameter_defaults")) {
      Map<String, Object> ps =
          section.equals("parameters") ? env.parameters() : env.parameterDefaults();
      ps.keySet().stream()
          .filter(p -> !s.declaredParameters().contains(p))
          .forEach(p -> problems.add(Problem.warning(
              section + "." + p,
              "parameter \"" + p + "\" is declared "
                  + "by no template of the workspace (" + s.templates() + " read)"
                  + (section.equals("parameters")
                      ? "; Heat refuses a parameter the template does " + "not declare"
                      : ""))));
    }
  }
}
