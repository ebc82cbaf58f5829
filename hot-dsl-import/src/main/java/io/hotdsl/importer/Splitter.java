package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Keeps generated methods inside the class file's limits (64 KiB of code per method): statements
 * whose weight passes {@link #BUDGET} go to nested classes of one method each, {@code
 * PartN.add(param)}, in order.
 *
 * <p>A statement's weight is the number of nodes of the tree it is written from (each scalar,
 * map key, map and list one): each becomes a literal, a name or a call or two in the code, a few
 * bytes of bytecode each. Nothing here measures text.
 */
final class Splitter {
  /** The most nodes the statements of one method are written from (well under 64 KiB). */
  static final int BUDGET = 1_500;
  /** A single statement heavier than this is refused: no split can make it compile. */
  static final int MAX_STATEMENT = 3_000;

  /** One statement of a generated method, where it comes from and its weight. */
  record Statement(String where, CodeBlock code, int weight) {}

  /** {@code Template.Builder t}: the one parameter of a template's parts. */
  static final ParameterSpec TEMPLATE_BUILDER =
      ParameterSpec.builder(Dsl.TEMPLATE_BUILDER, "t").build();

  /** {@code Map<String, Object> tree}: the one parameter of a tree's parts. */
  static final ParameterSpec TREE =
      ParameterSpec.builder(Dsl.STRING_OBJECT_MAP, "tree").build();

  private Splitter() {}

  /** The weight of the code written from {@code trees}: their nodes, and one for the call. */
  static int weight(Object... trees) {
    int n = 1;
    for (Object t : trees) {
      n += nodes(t);
    }
    return n;
  }

  private static int nodes(Object t) {
    int n = 1;
    if (t instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        n += 1 + nodes(e.getValue());
      }
    } else if (t instanceof List<?> l) {
      for (Object x : l) {
        n += nodes(x);
      }
    }
    return n;
  }

  /** Whether the statements fit in one method. */
  static boolean fits(List<Statement> statements) {
    long total = 0;
    for (Statement s : statements) {
      total += s.weight();
    }
    return total <= BUDGET;
  }

  /** The statements as one method body, in order. */
  static CodeBlock inline(List<Statement> statements) {
    CodeBlock.Builder b = CodeBlock.builder();
    statements.forEach(s -> b.add(s.code()));
    return b.build();
  }

  /**
   * The calls that run {@code statements} in order; the nested classes holding them, of at most
   * {@link #BUDGET} each, are added to {@code classes}.
   *
   * @param param the one parameter the statements use ({@code Template.Builder t})
   * @param what the method the statements come from, for the classes' Javadoc
   */
  static CodeBlock split(
      List<Statement> statements,
      ParameterSpec param,
      String what,
      GeneratedFile file,
      List<TypeSpec> classes) {
    List<List<Statement>> parts = new ArrayList<>();
    List<Statement> part = new ArrayList<>();
    int weight = 0;
    for (Statement s : statements) {
      if (s.weight() > MAX_STATEMENT) {
        throw new IllegalArgumentException(s.where() + ": too large for one Java statement ("
            + s.weight() + " tree nodes, at most " + MAX_STATEMENT + ")");
      }
      if (!part.isEmpty() && weight + s.weight() > BUDGET) {
        parts.add(part);
        part = new ArrayList<>();
        weight = 0;
      }
      part.add(s);
      weight += s.weight();
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    CodeBlock.Builder calls = CodeBlock.builder();
    for (int i = 0; i < parts.size(); i++) {
      String name = file.fresh("Part");
      calls.addStatement("$L.add($N)", name, param);
      classes.add(TypeSpec.classBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Part $L of $L of $L.", i + 1, parts.size(), Src.doc(what))
          .addMethod(MethodSpec.methodBuilder("add")
              .addModifiers(Modifier.STATIC)
              .addParameter(param)
              .addCode(inline(parts.get(i)))
              .build())
          .build());
    }
    return calls.build();
  }
}
