package io.hotdsl.lsp;

import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Where a validation problem sits in a YAML text, as the language server shows it: the line and
 * column of the value at the problem's YAML path (of the key when the key's name is what is
 * wrong), or of the nearest enclosing entry for something absent. {@code hot validate} prints its
 * problems as {@code file:line:col} with it, so the editor and the command line agree.
 */
public final class ProblemLocator {
  private final YamlIndex index;
  private final YamlIndex.Lines lines;

  private ProblemLocator(String text) {
    this.index = YamlIndex.of(text);
    this.lines = new YamlIndex.Lines(text);
  }

  /** A locator for {@code text}; finds nothing when the text is no YAML SnakeYAML composes. */
  public static ProblemLocator of(String text) {
    return new ProblemLocator(text);
  }

  /**
   * The 1-based line and column (in code points) of the problem at {@code yamlPath} with
   * {@code message}, or empty when no part of the path is in the text.
   */
  public Optional<int[]> lineAndColumn(String yamlPath, String message) {
    Range r = DocumentDiagnostics.namesTheKey(message) ? index.keyRange(yamlPath) : null;
    if (r == null) {
      r = index.problemRange(yamlPath);
    }
    if (r == null) {
      return Optional.empty();
    }
    Position p = r.getStart();
    String line = lines.line(p.getLine());
    int utf16 = Math.min(p.getCharacter(), line.length());
    return Optional.of(new int[] {p.getLine() + 1, line.codePointCount(0, utf16) + 1});
  }
}
