package io.hotdsl.yaml;

import java.util.regex.Pattern;

/**
 * PyYAML's YAML 1.1 implicit resolver for plain scalars, reproduced exactly (the regular
 * expressions of {@code yaml/resolver.py}, dispatched on the first character as PyYAML does).
 *
 * <p>The one copy shared by the reader ({@code io.hotdsl.yaml.YamlReader}, to type plain scalars)
 * and the writer ({@code io.hotdsl.yaml.YamlWriter}, to decide whether a string can be written
 * plain or must be quoted); this package uses no other package of hot-dsl.
 */
public final class PyYamlResolver {

  /** The kind PyYAML's implicit resolver assigns to a plain scalar. */
  public enum Kind {
    STR,
    BOOL,
    INT,
    FLOAT,
    NULL,
    TIMESTAMP,
    MERGE,
    VALUE
  }

  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
          + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
          + "|[-+]?\\.(?:inf|Inf|INF)"
          + "|\\.(?:nan|NaN|NAN)");
  private static final Pattern INT = Pattern.compile("[-+]?0b[0-1_]+"
      + "|[-+]?0[0-7_]+"
      + "|[-+]?(?:0|[1-9][0-9_]*)"
      + "|[-+]?0x[0-9a-fA-F_]+"
      + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern TIMESTAMP =
      Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
          + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
          + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
          + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
          + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");

  private PyYamlResolver() {}

  /**
   * Returns the kind PyYAML's SafeLoader resolves the given plain scalar to.
   *
   * @param s the plain scalar's value
   * @return its implicit kind; {@link Kind#STR} when no implicit resolver matches
   */
  public static Kind resolvePlain(String s) {
    int n = s.length();
    if (n == 0) {
      return Kind.NULL;
    }
    char c = s.charAt(0);
    switch (c) {
      case 'y':
      case 'Y':
      case 'n':
      case 'N':
      case 't':
      case 'T':
      case 'f':
      case 'F':
      case 'o':
      case 'O':
        if (n <= 5 && isBool(s)) {
          return Kind.BOOL;
        }
        if ((c == 'n' || c == 'N')
            && n == 4
            && (s.equals("null") || s.equals("Null") || s.equals("NULL"))) {
          return Kind.NULL;
        }
        return Kind.STR;
      case '~':
        return n == 1 ? Kind.NULL : Kind.STR;
      case '<':
        return n == 2 && s.charAt(1) == '<' ? Kind.MERGE : Kind.STR;
      case '=':
        return n == 1 ? Kind.VALUE : Kind.STR;
      case '-':
      case '+':
      case '.':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return resolveNumeric(s, c);
      default:
        return Kind.STR;
    }
  }

  private static boolean isBool(String s) {
    switch (s) {
      case "yes":
      case "Yes":
      case "YES":
      case "no":
      case "No":
      case "NO":
      case "true":
      case "True":
      case "TRUE":
      case "false":
      case "False":
      case "FALSE":
      case "on":
      case "On":
      case "ON":
      case "off":
      case "Off":
      case "OFF":
        return true;
      default:
        return false;
    }
  }

  private static Kind resolveNumeric(String s, char first) {
    // fast path, same answers as the regexes: only digits is an int (decimal, or octal
    // when it starts with 0: "09" matches no resolver and is a string)
    if (first >= '0' && first <= '9') {
      boolean digits = true;
      boolean octal = true;
      for (int i = 1, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          digits = false;
          break;
        }
        if (c > '7') {
          octal = false;
        }
      }
      if (digits) {
        return first != '0' || s.length() == 1 || octal ? Kind.INT : Kind.STR;
      }
    }
    // cheap pre-scan: every regex below only uses these characters
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9')
          || (c >= 'a' && c <= 'f')
          || (c >= 'A' && c <= 'F')
          || c == '_'
          || c == ':'
          || c == '.'
          || c == '-'
          || c == '+'
          || c == 'x'
          || c == 'n'
          || c == 'i'
          || c == 'I'
          || c == 'N'
          || c == 'T'
          || c == 't'
          || c == 'Z'
          || c == ' '
          || c == '\t')) {
        return Kind.STR;
      }
    }
    if (FLOAT.matcher(s).matches()) {
      return Kind.FLOAT;
    }
    if (first != '.') {
      if (INT.matcher(s).matches()) {
        return Kind.INT;
      }
      if (first >= '0' && first <= '9' && TIMESTAMP.matcher(s).matches()) {
        return Kind.TIMESTAMP;
      }
    }
    return Kind.STR;
  }
}
