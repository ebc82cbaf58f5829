package io.hotdsl.lsp;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.schema.Catalog;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import io.hotdsl.validate.ValidationDepth;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The diagnostics of one template text: what {@code hot validate} reports for it (the same
 * reader, {@link BundleValidator#validateAll} and the same messages), each at the line and column
 * of the bad value. The diagnostic's {@code code} is the problem's YAML path (prefixed with the
 * file when the problem is in another file of the bundle, as {@code hot validate} prints it).
 *
 * <p>A text that is YAML but not a Heat template (no {@code heat_template_version} or CFN version
 * key: an environment, any other YAML file) gets no diagnostics, where {@code hot validate} says
 * "not a Heat template".
 */
final class DocumentDiagnostics {
  static final String SOURCE = "hot";
  private static final List<String> VERSION_KEYS =
      List.of("heat_template_version", "HeatTemplateFormatVersion", "AWSTemplateFormatVersion");

  private DocumentDiagnostics() {}

  /**
   * What validating one text found: {@code hot validate}'s problems, or the reader's refusal
   * ({@code unreadable}); no problems for a text that is no Heat template.
   */
  record Checked(List<Problem> problems, HotReadException unreadable) {}

  /**
   * Diagnoses {@code text}, the root template at bundle path {@code name}, with the rest of the
   * bundle ({@code disk}: nested templates, provider templates, {@code get_file} contents, as read
   * from disk; may be null), against {@code catalog}'s resource types.
   */
  static List<Diagnostic> of(
      String text, String name, Bundle disk, YamlIndex index, Catalog catalog) {
    return diagnostics(
        check(text, null, name, disk, catalog), name, index, new YamlIndex.Lines(text));
  }

  /**
   * Validates {@code text} as {@code hot validate} does ({@link BundleValidator#validateAll} to
   * {@link ValidationDepth#CREATE}, its default depth); {@code tree} is the text as {@link
   * YamlReader} reads it when already read (null: read here).
   */
  @SuppressWarnings("unchecked")
  static Checked check(
      String text, Map<String, Object> tree, String name, Bundle disk, Catalog catalog) {
    Object read = tree;
    if (read == null) {
      try {
        read = YamlReader.read(text, name);
      } catch (HotReadException e) {
        return new Checked(List.of(), e);
      }
    }
    if (!(read instanceof Map<?, ?> m) || VERSION_KEYS.stream().noneMatch(m::containsKey)) {
      return new Checked(List.of(), null);
    }
    List<Problem> problems;
    try {
      problems = BundleValidator.validateAll(
              bundle(name, (Map<String, Object>) read, disk), ValidationDepth.CREATE, catalog)
          .problems();
    } catch (HotReadException e) {
      return new Checked(List.of(), e);
    } catch (HotValidationException e) {
      problems = e.problems();
    } catch (FileAccessException e) {
      String msg = e.getMessage();
      problems = List.of(Problem.error(
          e.where().isEmpty() ? name + ": " : e.where(),
          msg.startsWith(e.where() + ": ") ? msg.substring(e.where().length() + 2) : msg));
    } catch (IllegalArgumentException | StackOverflowError e) {
      problems = List.of(Problem.error(
          name + ": ",
          e instanceof StackOverflowError
              ? "the input is nested too deeply to check"
              : e.getMessage()));
    }
    return new Checked(List.copyOf(problems), null);
  }

  /** The diagnostics of {@code checked} at their places in the text of {@code index}. */
  static List<Diagnostic> diagnostics(
      Checked checked, String name, YamlIndex index, YamlIndex.Lines lines) {
    if (checked.unreadable() != null) {
      return List.of(read(checked.unreadable(), index, lines));
    }
    List<Diagnostic> out = new ArrayList<>(checked.problems().size());
    String own = name + ": ";
    for (Problem p : checked.problems()) {
      String path = p.path().startsWith(own) ? p.path().substring(own.length()) : p.path();
      boolean mine = p.path().startsWith(own) || p.path().equals(name + ":");
      Range range = !mine ? null : namesTheKey(p.message()) ? index.keyRange(path) : null;
      if (mine && range == null) {
        range = index.problemRange(path);
      }
      Diagnostic d = new Diagnostic(
          range == null ? start() : range,
          p.message(),
          p.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          SOURCE,
          path);
      out.add(d);
    }
    return out;
  }

  /** Whether the problem is the key's name (an unknown property, a function not allowed). */
  static boolean namesTheKey(String message) {
    return message.startsWith("unknown property \"")
        || message.startsWith("unknown update policy \"")
        || message.startsWith("function ") && message.contains(" is not allowed ");
  }

  /** The bundle {@code hot validate} would read, with the editor's text as its root. */
  static Bundle bundle(String name, Map<String, Object> tree, Bundle disk) {
    Bundle.Builder b = Bundle.builder(name, tree);
    if (disk != null) {
      disk.templates().forEach((path, t) -> {
        if (!path.equals(disk.rootPath())) {
          b.template(path, t);
        }
      });
      disk.files().forEach(b::file);
      disk.environments().forEach(b::environment);
    }
    return b.build();
  }

  /** A reader error at its line and column (1-based in the exception), else at its YAML path. */
  static Diagnostic read(HotReadException e, YamlIndex index, YamlIndex.Lines lines) {
    Range range = null;
    if (e.getLine() > 0) {
      Position p = lines.position(e.getLine() - 1, Math.max(0, e.getColumn() - 1));
      range = new Range(p, p);
    } else if (e.getPath() != null) {
      range = index.problemRange(e.getPath());
    }
    String message = e.getProblem();
    return new Diagnostic(
        range == null ? start() : range,
        message,
        DiagnosticSeverity.Error,
        SOURCE,
        e.getPath() == null ? "" : e.getPath());
  }

  private static Range start() {
    return new Range(new Position(0, 0), new Position(0, 0));
  }
}
