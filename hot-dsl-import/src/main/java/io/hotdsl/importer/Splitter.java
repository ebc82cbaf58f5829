package io.hotdsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps generated methods and classes inside the class file's limits (64 KiB of code per method,
 * 65,535 constants per class): a method body whose statements weigh more than {@link #BUDGET}
 * becomes calls to nested classes of one method each, {@code PartN.add(param)}.
 *
 * <p>The weight of code is its number of literals and names, an upper bound on the constants it
 * needs and, at a few bytes each, on its bytecode.
 */
final class Splitter {
  /** The most a method may weigh (well under 64 KiB of bytecode). */
  static final int BUDGET = 2_000;
  /** A single statement heavier than this is refused: no split can make it compile. */
  static final int MAX_STATEMENT = 4_000;
  private static final Pattern TOKEN =
      Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|[A-Za-z0-9_$.]+");

  /** One statement (with its comments) of a generated method and where it comes from. */
  record Statement(String where, String code) {}

  private Splitter() {}

  /** The weight of {@code code}: its literals and names. */
  static int weight(String code) {
    Matcher m = TOKEN.matcher(code);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Whether the statements fit in one method. */
  static boolean fits(List<Statement> statements) {
    long total = 0;
    for (Statement s : statements) {
      total += weight(s.code());
    }
    return total <= BUDGET;
  }

  /**
   * The calls that run {@code statements} in order, each statement indented for a method body
   * ({@code "  "}); the nested classes holding them are appended to {@code classes}.
   *
   * @param param the declaration of the one parameter the statements use ({@code
   *     Template.Builder t})
   * @param what the method the statements come from, for the classes' Javadoc
   */
  static String split(List<Statement> statements, String param, String what,
      HotImporter.Imports imports, StringBuilder classes) {
    String arg = param.substring(param.lastIndexOf(' ') + 1);
    List<List<Statement>> parts = new ArrayList<>();
    List<Statement> part = new ArrayList<>();
    int weight = 0;
    for (Statement s : statements) {
      int w = weight(s.code());
      if (w > MAX_STATEMENT) {
        throw new IllegalArgumentException(s.where() + ": too large for one Java statement ("
            + w + " literals and names, at most " + MAX_STATEMENT + ")");
      }
      if (!part.isEmpty() && weight + w > BUDGET) {
        parts.add(part);
        part = new ArrayList<>();
        weight = 0;
      }
      part.add(s);
      weight += w;
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    StringBuilder calls = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String name = Src.name(imports.fresh("Part"));
      calls.append("  ").append(name).append(".add(").append(arg).append(");\n");
      classes.append("\n/** Part ").append(i + 1).append(" of ").append(parts.size())
          .append(" of ").append(Src.doc(what)).append(". */\n");
      classes.append("private static final class ").append(name).append(" {\n");
      classes.append("  static void add(").append(param).append(") {\n");
      for (Statement s : parts.get(i)) {
        String code = s.code().startsWith("\n") ? s.code().substring(1) : s.code();
        classes.append(HotImporter.indent(code, "  "));
      }
      classes.append("  }\n}\n");
    }
    return calls.toString();
  }
}
