package io.hotdsl.yaml.impl;

/** Line and column positions in a text, counted as SnakeYAML counts them (1-based here). */
public final class Positions {
  private Positions() {}

  /** Line and column of the first character that is no blank, comment or document marker. */
  public static int[] firstContent(String text) {
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      String l = text.substring(start, end < 0 ? text.length() : end);
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("%") && !t.equals("---")) {
        int col = 0;
        while (col < l.length() && Character.isWhitespace(l.charAt(col))) {
          col++;
        }
        if (l.startsWith("--- ")) {
          col = 4;
        }
        return new int[] {line, l.codePointCount(0, col) + 1};
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
      line++;
    }
    return new int[] {1, 1};
  }

  /**
   * The 1-based line and column of a code point index, counting lines as SnakeYAML does
   * (LF, NEL, LS, PS, and CR not followed by LF).
   */
  public static int[] lineAndColumn(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int cp = 0;
    for (int i = 0; i < text.length() && cp < codePointIndex; cp++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n'
          || c == 0x85
          || c == 0x2028
          || c == 0x2029
          || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
