package io.hotdsl.yaml.impl;

import io.hotdsl.yaml.HotReadException;
import org.yaml.snakeyaml.error.Mark;

/**
 * Internal: a place where libyaml (Heat's CSafeLoader) is more lenient than SnakeYAML and
 * pure-Python PyYAML, which the reader rewrites and retries: a tab used as a separator
 * between tokens (becomes a space; columns are unchanged, libyaml counts a tab as one column
 * too), or a {@code ?} inside a plain scalar in a flow collection (becomes a private-use
 * placeholder, turned back into {@code ?} in the constructed strings).
 */
final class LibyamlLeniency extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int index;
  final int end;
  final String replacement;
  final transient HotReadException error;

  LibyamlLeniency(int index, char replacement, HotReadException error) {
    this(index, index + 1, String.valueOf(replacement), error);
  }

  LibyamlLeniency(int index, int end, String replacement, HotReadException error) {
    super(null, null, false, false);
    this.index = index;
    this.end = end;
    this.replacement = replacement;
    this.error = error;
  }

  /** A private-use character absent from {@code text}, found in one pass, or 0. */
  static char unusedPrivateChar(String text) {
    java.util.BitSet used = new java.util.BitSet('\uF8FF' - '\uE000' + 1);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uE000' && c <= '\uF8FF') {
        used.set(c - '\uE000');
      }
    }
    int free = used.nextClearBit(0);
    return free <= '\uF8FF' - '\uE000' ? (char) ('\uE000' + free) : 0;
  }

  /** UTF-16 index of the character at a SnakeYAML mark (0-based line, code point column). */
  static int indexOf(String text, Mark mark) {
    if (mark == null) {
      return -1;
    }
    int lineStart = 0;
    for (int l = 0; l < mark.getLine(); l++) {
      int nl = text.indexOf('\n', lineStart);
      if (nl < 0) {
        return -1;
      }
      lineStart = nl + 1;
    }
    try {
      int index = text.offsetByCodePoints(lineStart, mark.getColumn());
      return index < text.length() ? index : -1;
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static int lineStart(String text, int index) {
    int i = index;
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
      i--;
    }
    return i;
  }

  /** Index of the last non-blank character before {@code index} on its line, or below {@code lineStart}. */
  private static int previousNonBlank(String text, int index, int lineStart) {
    int prev = index - 1;
    while (prev >= lineStart && (text.charAt(prev) == ' ' || text.charAt(prev) == '\t')) {
      prev--;
    }
    return prev;
  }

  /** Index of a '?' SnakeYAML took for a flow key where libyaml continues a plain scalar, or -1. */
  static int plainQuestionMarkIndex(String text, Mark mark) {
    int index = indexOf(text, mark);
    if (index < 0 || text.charAt(index) != '?') {
      return -1;
    }
    int start = lineStart(text, index);
    int prev = previousNonBlank(text, index, start);
    if (prev < start) {
      return -1;
    }
    char c = text.charAt(prev);
    return c == ',' || c == '[' || c == '{' || c == ':' || c == '"' || c == '\'' ? -1 : index;
  }

  /** Index of a tab SnakeYAML refused where libyaml skips it as a separator, or -1. */
  static int separatorTabIndex(String text, Mark mark) {
    int index = indexOf(text, mark);
    if (index < 0 || text.charAt(index) != '\t') {
      return -1;
    }
    int lineStart = lineStart(text, index);
    // libyaml skips a tab between tokens unless a simple key could start there: not at the
    // start of a line, not after a block entry '-', an explicit key '?' or value ':'
    int prev = previousNonBlank(text, index, lineStart);
    if (prev < lineStart) {
      return -1;
    }
    char c = text.charAt(prev);
    boolean indicatorAlone =
        prev == lineStart || text.charAt(prev - 1) == ' ' || text.charAt(prev - 1) == '\t';
    if ((c == '-' || c == '?') && indicatorAlone) {
      return -1;
    }
    if (c == ':') {
      for (int i = lineStart; i < prev; i++) {
        if (text.charAt(i) != ' ' && text.charAt(i) != '\t' && text.charAt(i) != '-') {
          return index;
        }
      }
      return -1;
    }
    return index;
  }
}
