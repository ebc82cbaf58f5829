package io.hotdsl.yaml;

/**
 * The style a string scalar is written in: plain only when PyYAML's implicit resolvers
 * ({@link PyYamlResolver}, the one the reader uses too) would read it back as that very string
 * and it is syntactically safe as a plain scalar; otherwise single-quoted, or double-quoted with
 * escapes when it holds tabs or non-printable characters; a literal block for multi-line strings
 * where a block may stand. No regular expression runs on ordinary strings.
 */
final class ScalarStyle {
  static final int PLAIN = 0;
  static final int SINGLE = 1;
  static final int DOUBLE = 2;
  static final int LITERAL = 3;

  private ScalarStyle() {}

  /**
   * Chooses the style of a string scalar.
   *
   * @param singleLine true for keys and top-level scalars: never a literal block
   */
  static int of(String s, boolean singleLine) {
    int n = s.length();
    if (n == 0) {
      return SINGLE;
    }
    boolean special = false;
    boolean newline = false;
    boolean tab = false;
    boolean plainSyntax = true;
    boolean onlyBlank = true;
    char first = s.charAt(0);
    switch (first) {
      case '#':
      case ',':
      case '[':
      case ']':
      case '{':
      case '}':
      case '&':
      case '*':
      case '!':
      case '|':
      case '>':
      case '\'':
      case '"':
      case '%':
      case '@':
      case '`':
      case '?':
      case ':':
      case ' ':
        plainSyntax = false;
        break;
      case '-':
        if (n == 1 || s.charAt(1) == ' ' || s.startsWith("---")) {
          plainSyntax = false;
        }
        break;
      case '.':
        if (s.startsWith("...")) {
          plainSyntax = false;
        }
        break;
      default:
        break;
    }
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7E) {
        if (c == ':') {
          if (i + 1 == n || s.charAt(i + 1) == ' ') {
            plainSyntax = false;
          }
        } else if (c == '#') {
          if (prev == ' ') {
            plainSyntax = false;
          }
        }
        if (c != ' ') {
          onlyBlank = false;
        }
      } else if (c == '\n') {
        newline = true;
      } else if (c == '\t') {
        tab = true;
        onlyBlank = false;
      } else if ((c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
          || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)) {
        onlyBlank = false;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        onlyBlank = false;
        i++;
        c = 'x';
      } else if (Character.isSurrogate(c)) {
        throw new BadValue("string has an unpaired surrogate (not encodable as UTF-8)", s);
      } else {
        special = true;
      }
      prev = c;
    }
    if (special) {
      return DOUBLE;
    }
    if (newline) {
      return singleLine || onlyBlank ? DOUBLE : LITERAL;
    }
    if (tab) {
      return DOUBLE;
    }
    if (plainSyntax
        && s.charAt(n - 1) != ' '
        && PyYamlResolver.resolvePlain(s) == PyYamlResolver.Kind.STR) {
      return PLAIN;
    }
    return SINGLE;
  }
}
