package io.hotdsl.lsp;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies the editor's changes to a document's text (incremental sync): a change with a range
 * replaces that range, one without replaces the whole text. Positions are LSP's: 0-based lines
 * (split at {@code \n}, {@code \r\n} and {@code \r}) and UTF-16 columns, as Java strings count; a
 * column past the end of its line means the line's end, a line past the last means the text's
 * end, as the protocol asks.
 */
final class TextChanges {
  private TextChanges() {}

  /** {@code text} after {@code changes}, applied in order. */
  static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
    String t = text;
    for (TextDocumentContentChangeEvent c : changes) {
      t = apply(t, c);
    }
    return t;
  }

  static String apply(String text, TextDocumentContentChangeEvent change) {
    String replacement = change.getText() == null ? "" : change.getText();
    Range r = change.getRange();
    if (r == null) {
      return replacement;
    }
    int start = offset(text, r.getStart());
    int end = Math.max(start, offset(text, r.getEnd()));
    return new StringBuilder(text.length() - (end - start) + replacement.length())
        .append(text, 0, start)
        .append(replacement)
        .append(text, end, text.length())
        .toString();
  }

  /** The offset in {@code text} of {@code p}. */
  static int offset(String text, Position p) {
    int line = Math.max(0, p.getLine());
    int i = 0;
    int n = text.length();
    for (int l = 0; l < line; l++) {
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      if (i >= n) {
        return n;
      }
      i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
    }
    int lineEnd = i;
    while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    return Math.min(i + Math.max(0, p.getCharacter()), lineEnd);
  }
}
