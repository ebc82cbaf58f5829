package io.hotdsl.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Keeps generated methods and classes inside the class file's limits (64 KiB of code per method,
 * 65,535 constants per class): a method body whose statements weigh more than {@link #BUDGET}
 * becomes calls to nested classes of one method each, {@code PartN.add(param)}, built with
 * JavaPoet ({@link TypeSpec}, {@link MethodSpec}).
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

  /** The one parameter of a part's method: its type as the file names it, and its name. */
  record Param(TypeName type, String name) {}

  private Splitter() {}

  /** {@code Template.Builder t}, with {@code Template} as the file imports it. */
  static Param templateBuilder(HotImporter.Imports imports) {
    return new Param(named(imports.add("io.hotdsl.model.Template")).nestedClass("Builder"), "t");
  }

  /** {@code Map<String, Object> tree}, with {@code Map} as the file imports it. */
  static Param tree(HotImporter.Imports imports) {
    return new Param(
        ParameterizedTypeName.get(
            named(imports.add("java.util.Map")), named("String"), named("Object")),
        "tree");
  }

  /**
   * A class by the name the generated file writes ({@code Template}, or qualified when the simple
   * name is taken): the file's imports are {@link HotImporter.Imports}', not JavaPoet's.
   */
  private static ClassName named(String written) {
    int dot = written.lastIndexOf('.');
    return dot < 0
        ? ClassName.get("", written)
        : ClassName.get(written.substring(0, dot), written.substring(dot + 1));
  }

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
   * @param param the one parameter the statements use ({@code Template.Builder t})
   * @param what the method the statements come from, for the classes' Javadoc
   */
  static String split(
      List<Statement> statements,
      Param param,
      String what,
      HotImporter.Imports imports,
      StringBuilder classes) {
    List<List<Statement>> parts = new ArrayList<>();
    List<Statement> part = new ArrayList<>();
    int weight = 0;
    for (Statement s : statements) {
      int w = weight(s.code());
      if (w > MAX_STATEMENT) {
        throw new IllegalArgumentException(s.where() + ": too large for one Java statement (" + w
            + " literals and names, at most " + MAX_STATEMENT + ")");
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
      calls.append("  ").append(name).append(".add(").append(param.name()).append(");\n");
      CodeBlock.Builder body = CodeBlock.builder();
      for (Statement s : parts.get(i)) {
        String code = s.code().startsWith("\n") ? s.code().substring(1) : s.code();
        body.add("$L", unindent(code));
      }
      TypeSpec partClass = TypeSpec.classBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc(
              "$L", "Part " + (i + 1) + " of " + parts.size() + " of " + Src.doc(what) + ".")
          .addMethod(MethodSpec.methodBuilder("add")
              .addModifiers(Modifier.STATIC)
              .addParameter(param.type(), param.name())
              .addCode(body.build())
              .build())
          .build();
      classes.append('\n').append(partClass);
    }
    return calls.toString();
  }

  /** Statement code indented for a method body ({@code "  "}), without that indent. */
  private static String unindent(String code) {
    StringBuilder out = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      out.append(line.startsWith("  ") ? line.substring(2) : line).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }
}
