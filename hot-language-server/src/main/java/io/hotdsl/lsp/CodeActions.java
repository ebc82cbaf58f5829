package io.hotdsl.lsp;

import io.hotdsl.functions.DidYouMean;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.yaml.PyYamlResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes: "did you mean" for an unknown property name (the closest known name of the
 * resource's type), adding a required property that is not set ({@link MissingProperty}), and quoting a plain scalar whose YAML 1.1 meaning differs from what it looks
 * like ({@code yes} is a boolean, {@code 010} is 8, {@code 1:20} is 80).
 */
final class CodeActions {
  private CodeActions() {}

  static List<Either<Command, CodeAction>> at(
      OpenDocument doc, Range range, List<Diagnostic> diagnostics, Catalog catalog) {
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.getMessage() != null
          && d.getMessage().startsWith("unknown property \"")
          && d.getCode() != null
          && d.getCode().isLeft()) {
        didYouMean(doc, d.getCode().getLeft(), catalog).ifPresent(a -> {
          a.setDiagnostics(List.of(d));
          out.add(Either.forRight(a));
        });
      }
      if (d.getMessage() != null
          && d.getMessage().startsWith("required property \"")
          && d.getMessage().matches("required property \"[^\"]+\" of .* is not set(; .*)?")
          && d.getCode() != null
          && d.getCode().isLeft()) {
        addMissing(doc, d.getCode().getLeft(), catalog).ifPresent(a -> {
          a.setDiagnostics(List.of(d));
          out.add(Either.forRight(a));
        });
      }
    }
    for (YamlIndex.Entry e : doc.index.entries()) {
      if (e.isScalar() && e.plain() && overlaps(e.value(), range) && surprising(e.scalar())) {
        out.add(Either.forRight(action(
            "Quote \"" + e.scalar() + "\" (YAML 1.1 reads it as "
                + PyYamlResolver.resolvePlain(e.scalar()).name().toLowerCase(java.util.Locale.ROOT)
                + ")",
            doc.uri,
            e.value(),
            "\"" + e.scalar() + "\"")));
      }
    }
    return out;
  }

  /** The rename of the unknown property at {@code path} to the closest known one. */
  private static Optional<CodeAction> didYouMean(OpenDocument doc, String path, Catalog catalog) {
    YamlIndex.Entry e = doc.index.get(path);
    if (e == null || e.key() == null) {
      return Optional.empty();
    }
    List<String> seg = e.segments();
    if (seg.size() < 4 || !seg.get(0).equals("resources") || !seg.get(2).equals("properties")) {
      return Optional.empty();
    }
    ResourceTypeSchema type = Schemas.type(catalog, doc.resourceType(seg.get(1)));
    Map<String, PropertySchema> props =
        type == null ? null : Schemas.propertiesAt(type, seg.subList(3, seg.size() - 1));
    String name = seg.get(seg.size() - 1);
    return props == null
        ? Optional.empty()
        : DidYouMean.closest(name, props.keySet())
            .map(c -> action("Change \"" + name + "\" to \"" + c + "\"", doc.uri, e.key(), c));
  }

  /** The insertion of the required property at {@code path} with a placeholder value. */
  private static Optional<CodeAction> addMissing(OpenDocument doc, String path, Catalog catalog) {
    List<String> seg = segments(path);
    String name = seg.isEmpty() ? "" : seg.get(seg.size() - 1);
    return MissingProperty.edit(doc, path, seg, catalog).map(edit -> {
      CodeAction a = new CodeAction("Add required property \"" + name + "\"");
      a.setKind(CodeActionKind.QuickFix);
      a.setEdit(new WorkspaceEdit(Map.of(doc.uri, List.of(edit))));
      return a;
    });
  }

  /** The segments of a YAML path as {@link YamlIndex} spells them ({@code a.b[0].c}). */
  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      int b = part.indexOf('[');
      if (b < 0) {
        out.add(part);
        continue;
      }
      if (b > 0) {
        out.add(part.substring(0, b));
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\\d+]").matcher(part);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /**
   * Whether a plain scalar reads as something other than it looks: a boolean spelt other than
   * true/false, an integer or float that is not plain decimal (octal {@code 010}, hex, {@code
   * 1_000}, sexagesimal {@code 1:20}).
   */
  static boolean surprising(String s) {
    return switch (PyYamlResolver.resolvePlain(s)) {
      case BOOL -> !s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false");
      case INT -> !s.matches("[-+]?(0|[1-9][0-9]*)");
      case FLOAT -> s.contains(":") || s.contains("_");
      default -> false;
    };
  }

  private static boolean overlaps(Range a, Range b) {
    return YamlIndex.contains(a, b.getStart())
        || YamlIndex.contains(a, b.getEnd())
        || YamlIndex.contains(b, a.getStart());
  }

  private static CodeAction action(String title, String uri, Range range, String text) {
    CodeAction a = new CodeAction(title);
    a.setKind(CodeActionKind.QuickFix);
    a.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(range, text)))));
    return a;
  }
}
