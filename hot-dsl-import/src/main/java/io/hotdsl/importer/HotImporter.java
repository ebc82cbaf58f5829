package io.hotdsl.importer;

import com.palantir.javapoet.ClassName;
import io.hotdsl.bundle.Bundle;
import io.hotdsl.codegen.JavaText;
import io.hotdsl.codegen.Naming;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Imports a HOT bundle (a root template, its nested and provider templates, {@code get_file}
 * contents and environments) as one self-contained hot-dsl Java source file.
 *
 * <pre>{@code
 * ImportResult r = HotImporter.importBundle(Bundle.read(Path.of("stack.yaml"), List.of()));
 * Files.writeString(dir.resolve(r.fileName()), r.source());
 * // java -cp "$(./hot --classpath)" dir/Stack.java out/   writes the bundle again
 * }</pre>
 *
 * <p>Every known resource type becomes its generated class with typed setters; unknown types use
 * {@code Resource.builder(name, type)}. What the typed DSL cannot say is reproduced through the
 * escape hatch ({@code .property(name, value)}, a patch of the rendered tree) and reported as an
 * {@link ImportNote}, so the rendered bundle is the imported one, tree for tree.
 */
public final class HotImporter {
  private HotImporter() {}

  /** Imports the template at {@code root} with the environments {@code envs}. */
  public static ImportResult importFiles(Path root, List<Path> envs) {
    return importBundle(Bundle.read(root, envs));
  }

  /** Imports a bundle; the class is named after the root template's file. */
  public static ImportResult importBundle(Bundle bundle) {
    return importBundle(bundle, className(bundle.rootPath()));
  }

  /**
   * Imports a bundle as the class {@code qualifiedName}: a simple name ({@code Stack}, the default
   * package) or a qualified one ({@code com.example.Stack}); anything else, a keyword included, is
   * an IllegalArgumentException.
   */
  public static ImportResult importBundle(Bundle bundle, String qualifiedName) {
    String problem = classNameProblem(qualifiedName);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    BundleEmitter emitter = new BundleEmitter(bundle, qualifiedName);
    String source = emitter.emit();
    JavaCheck.check(source, qualifiedName);
    return new ImportResult(qualifiedName, source, emitter.notes());
  }

  /**
   * Why {@code qualifiedName} cannot name the generated class, or null when it can: it must be
   * Java identifiers separated by dots, none a keyword, and its simple name must not hide a class
   * the generated code uses ({@code Bundle}, {@code Template} …).
   */
  public static String classNameProblem(String qualifiedName) {
    if (!JavaText.isQualifiedName(qualifiedName)) {
      return "not a Java class name: " + JavaText.literal(String.valueOf(qualifiedName))
          + " (identifiers separated by dots, such as Stack or com.example.Stack; no keyword)";
    }
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    for (ClassName q : Dsl.USED) {
      if (q.simpleName().equals(simple)) {
        return "class name " + simple + " would hide " + q + ", which the generated code uses";
      }
    }
    return null;
  }

  /** The class name for a root template file ({@code hello_world.yaml} → {@code HelloWorld}). */
  public static String className(String rootPath) {
    String n = Naming.typeName(baseName(rootPath));
    if (!Naming.isValidIdentifier(n) || javax.lang.model.SourceVersion.isKeyword(n)) {
      n = "Imported" + n.replaceAll("[^A-Za-z0-9_]", "");
    }
    for (ClassName q : Dsl.USED) {
      if (q.simpleName().equals(n)) {
        return n + "Stack"; // Bundle.java would hide io.hotdsl.bundle.Bundle
      }
    }
    return n;
  }

  static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String unique(Set<String> taken, String name) {
    String s = name;
    for (int i = 2; !taken.add(s); i++) {
      s = name + i;
    }
    return s;
  }
}
