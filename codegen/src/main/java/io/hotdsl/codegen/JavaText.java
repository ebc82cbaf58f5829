package io.hotdsl.codegen;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * The one way text from input (templates, environments, schemas, cloud responses) reaches
 * generated Java source: string literals, comment text and names.
 *
 * <p>javac turns a backslash-u escape into its character before it looks for comments or
 * literals, and ends a {@code //} comment at CR or LF; a {@code *}{@code /} ends a block comment.
 * So comment text here is plain ASCII with no backslash at all ({@code &#92;}), no line
 * terminator but the {@code \n} this class puts between lines, no comment terminator or opener,
 * and every other character outside printable ASCII as an HTML character reference ({@code
 * &#xE9;}), which Javadoc renders as the character. Literals escape every character outside
 * printable ASCII as a Java escape, and the backslash itself, so no input can end a literal or
 * form a unicode escape.
 */
public final class JavaText {
  private JavaText() {}

  /**
   * {@code text} as comment text: its lines (split at CR LF, CR, LF, NEL, U+2028 and U+2029)
   * joined with {@code \n}, each line safe in a {@code //} comment and in a Javadoc or block
   * comment.
   */
  public static String comment(String text) {
    return String.join("\n", commentLines(text));
  }

  /** The lines of {@code text}, each safe as the text of a {@code //} comment. */
  public static List<String> commentLines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String s = text == null ? "" : text;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029) {
        if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
          i++;
        }
        lines.add(line.toString());
        line.setLength(0);
        continue;
      }
      char last = line.length() == 0 ? 0 : line.charAt(line.length() - 1);
      if (c == '\\') {
        line.append("&#92;");
      } else if (c == '/' && last == '*') {
        line.append("&#47;"); // would end a block comment
      } else if (c == '*' && last == '/') {
        line.append("&#42;"); // would open one
      } else if (c == '\t') {
        line.append(' ');
      } else if (c < 0x20 || c > 0x7e) {
        line.append("&#x")
            .append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT))
            .append(';');
      } else {
        line.append((char) c);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * {@code text} as {@code //} comment lines, each starting with {@code indent + "// "} and ending
   * with a newline.
   */
  public static String lineComments(String text, String indent) {
    StringBuilder out = new StringBuilder();
    for (String line : commentLines(text)) {
      out.append(indent).append("//").append(line.isEmpty() ? "" : " " + line).append('\n');
    }
    return out.toString();
  }

  /** A Java string literal of {@code s}, quotes included; ASCII only. */
  public static String literal(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * {@code name} when it is a simple Java name that is not a keyword or literal; otherwise an
   * IllegalArgumentException naming it. Generated code checks every name it writes through this.
   */
  public static String name(String name) {
    if (!isName(name)) {
      throw new IllegalArgumentException("not a valid Java name: " + literal(String.valueOf(name)));
    }
    return name;
  }

  /** Whether {@code name} is a simple Java name and not a keyword or literal ({@code true}). */
  public static boolean isName(String name) {
    return name != null && !name.contains(".") && SourceVersion.isName(name);
  }

  /**
   * Whether {@code name} is a Java class name, simple or qualified ({@code com.example.Stack}):
   * every segment a name and not a keyword.
   */
  public static boolean isQualifiedName(String name) {
    if (name == null || name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
      return false;
    }
    for (String segment : name.split("\\.", -1)) {
      if (!isName(segment)) {
        return false;
      }
    }
    return true;
  }
}
