package io.hotdsl.importer;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The last check before generated source is handed out: javac's parser reads it (no class path
 * needed), and it must be exactly the one public class asked for, in its package, with no method
 * too large for a class file. Whatever the emitters got wrong, import then fails with a message
 * instead of writing Java that does not compile or declares something else. Skipped on a runtime
 * without the compiler ({@code jdk.compiler}).
 */
final class JavaCheck {
  /**
   * Literals and names a method may hold: above what the emitters write (at most {@link
   * Splitter#MAX_STATEMENT} tree nodes a statement, {@link Splitter#BUDGET} a method, each node
   * about one literal or name), and at up to 11 bytes of code each (a boxed literal in a varargs
   * array), under the class file's 64 KiB.
   */
  static final int MAX_METHOD_LEAVES = 5_500;

  private JavaCheck() {}

  /** Throws IllegalStateException when {@code source} is not the class {@code qualifiedName}. */
  static void check(String source, String qualifiedName) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return;
    }
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    String pkg = qualifiedName.contains(".")
        ? qualifiedName.substring(0, qualifiedName.lastIndexOf('.'))
        : "";
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + simple + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = (JavacTask) javac.getTask(
        new StringWriter(), null, diagnostics, List.of("-proc:none"), null, List.of(file));
    List<CompilationUnitTree> units = new ArrayList<>();
    try {
      task.parse().forEach(units::add);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the generated Java could not be read back: " + e, e);
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        throw broken(simple, "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    CompilationUnitTree unit = units.get(0);
    String declared = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    if (!declared.equals(pkg)) {
      throw broken(simple, "package " + declared + " instead of " + pkg);
    }
    List<String> types = new ArrayList<>();
    for (Tree t : unit.getTypeDecls()) {
      types.add(
          t instanceof ClassTree c ? c.getSimpleName().toString() : t.getKind().name());
    }
    if (!types.equals(List.of(simple))) {
      throw broken(simple, "it declares " + types + " instead of the one class " + simple);
    }
    new TreeScanner<Void, Void>() {
      int nodes;

      @Override
      public Void visitMethod(MethodTree m, Void p) {
        int outer = nodes;
        nodes = 0;
        super.visitMethod(m, p);
        if (nodes > MAX_METHOD_LEAVES) {
          throw broken(
              simple,
              "method " + m.getName() + " is too large for a class file (" + nodes
                  + " literals and names)");
        }
        nodes = outer;
        return null;
      }

      @Override
      public Void visitLiteral(LiteralTree t, Void p) {
        nodes++;
        return null;
      }

      @Override
      public Void visitIdentifier(IdentifierTree t, Void p) {
        nodes++;
        return null;
      }
    }.scan(unit, null);
  }

  private static IllegalStateException broken(String simple, String why) {
    return new IllegalStateException(
        "the generated Java of " + simple + " is not valid (" + why + "); nothing written");
  }
}
