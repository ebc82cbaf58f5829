package io.hotdsl.cli;

import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import io.hotdsl.lsp.ProblemLocator;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import io.hotdsl.yaml.HotReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what one validation found into {@link Finding}s: the bundle's file names ({@code
 * web.yaml}, relative to the read root) shown as the user named them ({@code ./stacks/web.yaml}
 * when the template was given so, {@code stacks/lib/net.yaml} for a file it reads), and each
 * problem's YAML path turned into the line and column of the value, as the language server finds
 * them. Files are read again only for the positions of their problems.
 */
final class Locations {
  private final Path base;
  private final Map<String, String> given = new HashMap<>();
  private final Map<String, Optional<ProblemLocator>> locators = new HashMap<>();
  private final String rootShown;

  /**
   * @param root the {@code --root} folder as given, or null (the template's folder)
   * @param fileRoot the read root the bundle is read with
   */
  Locations(Path template, List<Path> environments, Path root, FileRoot fileRoot) {
    this.base = root != null ? root : template.getParent();
    this.rootShown = template.toString();
    given.put(fileRoot.relative(template), rootShown);
    given.put(template.toString(), rootShown);
    for (Path e : environments) {
      given.put(fileRoot.relative(e), e.toString());
      given.put(e.toString(), e.toString());
    }
  }

  /** The file at bundle path {@code file}, as the user would name it. */
  String shown(String file) {
    String g = given.get(file);
    if (g != null) {
      return g;
    }
    if (base == null || Path.of(file).isAbsolute()) {
      return file;
    }
    Path p = base.resolve(file);
    return (file.contains("..") ? p.normalize() : p).toString();
  }

  Finding of(Problem p) {
    String path = p.path();
    String file = rootShown;
    String yamlPath = path;
    int colon = path.indexOf(": ");
    if (colon >= 0) {
      file = shown(path.substring(0, colon));
      yamlPath = path.substring(colon + 2);
    } else if (path.endsWith(":")) {
      file = shown(path.substring(0, path.length() - 1));
      yamlPath = "";
    }
    return at(file, yamlPath, p.severity() == Severity.ERROR, p.message());
  }

  Finding of(HotReadException e) {
    String file = e.getSourceName() == null ? rootShown : shown(e.getSourceName());
    String path = e.getPath() == null ? "" : e.getPath();
    if (e.getLine() > 0) {
      return new Finding(file, e.getLine(), e.getColumn(), path, true, e.getProblem());
    }
    return at(file, path, true, e.getProblem());
  }

  Finding of(FileAccessException e) {
    String where = e.where();
    String message = e.getMessage();
    String text = !where.isEmpty() && message.startsWith(where + ": ")
        ? message.substring(where.length() + 2)
        : message;
    if (where.isEmpty() || where.equals("root template") || where.equals("environment")) {
      return Finding.ofFile(e.path(), text); // a file named on the command line
    }
    return of(Problem.error(where, text));
  }

  private Finding at(String file, String yamlPath, boolean error, String message) {
    Optional<int[]> lc = locator(file).flatMap(l -> l.lineAndColumn(yamlPath, message));
    return lc.map(a -> new Finding(file, a[0], a[1], yamlPath, error, message))
        .orElseGet(() -> new Finding(file, 0, 0, yamlPath, error, message));
  }

  private Optional<ProblemLocator> locator(String file) {
    return locators.computeIfAbsent(file, f -> {
      try {
        Path p = Path.of(f);
        if (!Files.isRegularFile(p) || Files.size(p) > 10L * 1024 * 1024) {
          return Optional.empty();
        }
        return Optional.of(ProblemLocator.of(Files.readString(p)));
      } catch (IOException | RuntimeException e) {
        return Optional.empty(); // no position: the problem is shown at its YAML path
      }
    });
  }
}
