package io.hotdsl.importer;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.hotdsl.bundle.Bundle;
import io.hotdsl.codegen.JavaText;
import io.hotdsl.codegen.Naming;
import io.hotdsl.environment.Environment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * One bundle as one JavaPoet {@link JavaFile}: a public class whose {@code main} writes the
 * bundle, the root template's methods, a nested class for each other template, a constant for
 * each file and a method for each environment.
 */
final class BundleEmitter {
  private final Bundle bundle;
  private final String packageName;
  private final String className;
  private final GeneratedFile file = new GeneratedFile();
  private final List<ImportNote> notes = new ArrayList<>();

  BundleEmitter(Bundle bundle, String qualifiedName) {
    this.bundle = bundle;
    int dot = qualifiedName.lastIndexOf('.');
    this.className = qualifiedName.substring(dot + 1);
    this.packageName = dot < 0 ? "" : qualifiedName.substring(0, dot);
  }

  /** The notes of the last {@link #emit}. */
  List<ImportNote> notes() {
    return notes;
  }

  /** The Java source of the bundle, printable ASCII and line feeds only. */
  String emit() {
    file.claim(className);
    Set<String> holders = new LinkedHashSet<>();
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Object description = bundle.rootTemplate().get("description");
    if (description instanceof String d && !d.isBlank()) {
      type.addJavadoc("$L", JavaText.comment(d.strip()));
    }
    List<MethodSpec> methods = new ArrayList<>();
    List<TypeSpec> types = new ArrayList<>();
    Chain main = null;
    for (Map.Entry<String, Map<String, Object>> e : bundle.templates().entrySet()) {
      String path = e.getKey();
      if (bundle.files().containsKey(path)) {
        continue;
      }
      TemplateEmitter te = new TemplateEmitter(path, e.getValue(), file, notes);
      if (main == null) {
        TypeSpec.Builder root = TypeSpec.classBuilder("root");
        te.emit(root);
        TypeSpec emitted = root.build();
        methods.addAll(emitted.methodSpecs());
        types.addAll(emitted.typeSpecs());
        main = Chain.of("$T.builder($L, $L())", Dsl.BUNDLE, Src.string(path), te.factory());
      } else {
        String holder = holderName(path, holders);
        TypeSpec.Builder nested = TypeSpec.classBuilder(holder)
            .addJavadoc("The template {@code $L}.", Src.doc(path))
            .addModifiers(Modifier.STATIC, Modifier.FINAL);
        te.emit(nested);
        types.add(nested.build());
        main.call("template", "$L, $L.$L()", Src.string(path), holder, te.factory());
      }
    }
    Set<String> constants = new TreeSet<>();
    int fileIndex = 0;
    for (Map.Entry<String, String> f : bundle.files().entrySet()) {
      String constant = Naming.identifier(
              HotImporter.baseName(f.getKey()) + "_" + extension(f.getKey()))
          .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
          .toUpperCase(java.util.Locale.ROOT);
      if (!Naming.isValidIdentifier(constant)) {
        constant = "FILE_" + (++fileIndex);
      }
      constant = Src.name(HotImporter.unique(constants, constant));
      main.call("file", "$L, $L", Src.string(f.getKey()), constant);
      type.addField(FieldSpec.builder(Dsl.STRING, constant, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The file {@code $L}.", Src.doc(f.getKey()))
          .initializer(Src.string(f.getValue()))
          .build());
    }
    int envIndex = 0;
    for (Map.Entry<String, Environment> e : bundle.environments().entrySet()) {
      String method = "environment" + (bundle.environments().size() == 1 ? "" : ++envIndex);
      methods.add(new EnvironmentEmitter(e.getKey(), e.getValue(), file, notes).emit(method));
      main.call("environment", "$L, $L()", Src.string(e.getKey()), method);
    }
    type.addMethod(MethodSpec.methodBuilder("main")
        .addJavadoc("Writes the bundle into the folder {@code args[0]}.")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(String[].class, "args")
        .addCode(
            Src.statement("$T bundle = $L", Dsl.BUNDLE, main.call("build", "").build()))
        .addStatement("bundle.writeTo($T.of(args[0]))", Dsl.PATH)
        .build());
    type.addMethods(methods).addMethods(file.helpers()).addTypes(types);
    JavaFile java = JavaFile.builder(packageName, type.build())
        .addFileComment("$L", fileComment())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    return Src.ascii(java.toString());
  }

  /** The file's first lines: where it comes from, and every note. */
  private String fileComment() {
    StringBuilder out = new StringBuilder("Imported from ")
        .append(Src.doc(bundle.rootPath()))
        .append(" by hot-dsl-import.");
    if (!notes.isEmpty()) {
      out.append("\n\nImport notes (reproduced through an escape hatch):");
      for (ImportNote n : notes) {
        out.append("\n  ").append(Src.doc(n.toString()));
      }
    }
    return out.toString();
  }

  /** {@code MemberTemplate} for {@code lib/member.yaml}, unique in the file. */
  private String holderName(String path, Set<String> taken) {
    String base = Naming.typeName(HotImporter.baseName(path)) + "Template";
    String name = base;
    for (int i = 2; !taken.add(name) || !file.claim(name); i++) {
      name = base + i;
    }
    return Src.name(name);
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1) : "";
  }
}
