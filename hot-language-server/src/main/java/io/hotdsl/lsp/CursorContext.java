package io.hotdsl.lsp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Where the cursor is, read from the text's indentation (the text may not be valid YAML while the
 * user types): the keys of the enclosing block mappings ({@code [resources, web, properties]}),
 * the text of the line before the cursor, whether the cursor is where a key goes, and the word
 * being typed.
 */
final class CursorContext {
  private static final Pattern KEY_LINE =
      Pattern.compile("^(\\s*)((?:-\\s+)*)([^\\s#'\"\\-\\[{][^:#]*?|\"[^\"]*\"|'[^']*'):(\\s|$)");
  private static final Pattern ITEM_LINE = Pattern.compile("^(\\s*)-(\\s|$)");

  /** The keys of the enclosing block mappings, outermost first. */
  final List<String> ancestors;
  /** The line's text before the cursor. */
  final String prefix;
  /** Whether the cursor is where a key of the enclosing mapping goes. */
  final boolean keyPosition;
  /** Whether the line is a block list item ({@code - ...}). */
  final boolean listItem;
  /** The range of the word being typed (from its start to the cursor). */
  final Range word;
  /** The block list items above the cursor in the same list, nearest first (block lists only). */
  final List<String> previousItems;

  private CursorContext(
      List<String> ancestors,
      String prefix,
      boolean keyPosition,
      boolean listItem,
      Range word,
      List<String> previousItems) {
    this.ancestors = ancestors;
    this.prefix = prefix;
    this.keyPosition = keyPosition;
    this.listItem = listItem;
    this.word = word;
    this.previousItems = previousItems;
  }

  static CursorContext at(YamlIndex.Lines lines, Position pos) {
    String line = lines.line(pos.getLine());
    String prefix = line.substring(0, Math.min(pos.getCharacter(), line.length()));
    int ws = 0;
    while (ws < prefix.length() && prefix.charAt(ws) == ' ') {
      ws++;
    }
    int indent = ws;
    String rest = prefix.substring(ws);
    boolean listItem = false;
    while (rest.startsWith("- ") || rest.equals("-")) {
      listItem = true;
      int n = rest.length() > 1 ? 2 : 1;
      indent += n;
      rest = rest.substring(n);
      while (rest.startsWith(" ")) {
        rest = rest.substring(1);
        indent++;
      }
    }
    boolean keyPosition =
        rest.matches("[\\w\\-.:]*") && !rest.contains(": ") && !rest.endsWith(":");
    int start = prefix.length();
    while (start > 0 && isWordChar(prefix.charAt(start - 1))) {
      start--;
    }
    Range word = new Range(new Position(pos.getLine(), start), pos);
    // the enclosing keys: lines above with a smaller indentation
    List<String> ancestors = new ArrayList<>();
    List<String> items = new ArrayList<>();
    int limit = listItem ? ws + 1 : indent;
    boolean sameList = listItem;
    for (int l = pos.getLine() - 1; l >= 0 && limit > 0; l--) {
      String text = lines.line(l);
      String t = text.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int lineIndent = text.length() - text.stripLeading().length();
      Matcher item = ITEM_LINE.matcher(text);
      if (sameList && item.find() && lineIndent == ws) {
        items.add(t.substring(1).strip());
        continue;
      }
      if (lineIndent >= limit) {
        continue;
      }
      sameList = false;
      Matcher k = KEY_LINE.matcher(text);
      if (k.find()) {
        int keyIndent = k.group(1).length() + k.group(2).length();
        if (keyIndent < limit) {
          ancestors.add(unquote(k.group(3).strip()));
          // a key inside a list item ("- key:"): the list's own key is above, at most this indent
          limit = k.group(2).isEmpty() ? lineIndent : lineIndent + 1;
          continue;
        }
      }
      if (item.find()) {
        limit = lineIndent + 1;
        continue;
      }
      limit = lineIndent;
    }
    Collections.reverse(ancestors);
    return new CursorContext(
        List.copyOf(ancestors), prefix, keyPosition, listItem, word, List.copyOf(items));
  }

  private static String unquote(String key) {
    if (key.length() >= 2
        && (key.startsWith("\"") && key.endsWith("\"")
            || key.startsWith("'") && key.endsWith("'"))) {
      return key.substring(1, key.length() - 1);
    }
    return key;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '/';
  }

  /** The last ancestor, or "". */
  String parentKey() {
    return ancestors.isEmpty() ? "" : ancestors.get(ancestors.size() - 1);
  }
}
