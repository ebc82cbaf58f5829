package io.hotdsl.importer;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.codegen.JavaText;
import io.hotdsl.codegen.Naming;
import io.hotdsl.environment.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    int dot = qualifiedName.lastIndexOf('.');
    String className = qualifiedName.substring(dot + 1);
    String packageName = dot < 0 ? null : qualifiedName.substring(0, dot);
    List<ImportNote> notes = new ArrayList<>();
    Imports imports = new Imports();
    Set<String> classNames = new LinkedHashSet<>();
    classNames.add(className);
    imports.reserve(className);
    for (String path : bundle.templates().keySet()) {
      if (!path.equals(bundle.rootPath())) {
        String holder = unique(classNames, Naming.typeName(baseName(path)) + "Template");
        imports.reserve(holder);
      }
    }
    classNames.clear();
    classNames.add(className);
    StringBuilder body = new StringBuilder();
    StringBuilder main = new StringBuilder();
    main.append("  /** Writes the bundle into the folder {@code args[0]}. */\n");
    main.append("  public static void main(String[] args) {\n");
    main.append("    Bundle bundle = Bundle.builder(");
    imports.add("io.hotdsl.bundle.Bundle");
    imports.add("java.nio.file.Path");

    boolean first = true;
    for (Map.Entry<String, Map<String, Object>> e : bundle.templates().entrySet()) {
      String path = e.getKey();
      if (bundle.files().containsKey(path)) {
        continue;
      }
      TemplateEmitter te = new TemplateEmitter(path, e.getValue(), imports, notes);
      String code = te.emit();
      String holder;
      if (first) {
        holder = null;
        body.append(indent(code, "  "));
      } else {
        holder = Src.name(unique(classNames, Naming.typeName(baseName(path)) + "Template"));
        body.append("\n  /** The template {@code ").append(Src.doc(path)).append("}. */\n");
        body.append("  static final class ").append(holder).append(" {\n");
        body.append(indent(code, "    "));
        body.append("  }\n");
      }
      String ref = (holder == null ? "" : holder + ".") + te.factory() + "()";
      if (first) {
        main.append(Src.quote(path)).append(", ").append(ref).append(")\n");
        first = false;
      } else {
        main.append("        .template(")
            .append(Src.quote(path))
            .append(", ")
            .append(ref)
            .append(")\n");
      }
    }
    int fileIndex = 0;
    StringBuilder fileConstants = new StringBuilder();
    Set<String> constNames = new TreeSet<>();
    for (Map.Entry<String, String> f : bundle.files().entrySet()) {
      String constant = Naming.identifier(baseName(f.getKey()) + "_" + extension(f.getKey()))
          .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
          .toUpperCase();
      if (!Naming.isValidIdentifier(constant)) {
        constant = "FILE_" + (++fileIndex);
      }
      constant = Src.name(unique(constNames, constant));
      main.append("        .file(")
          .append(Src.quote(f.getKey()))
          .append(", ")
          .append(constant)
          .append(")\n");
      fileConstants
          .append("\n  /** The file {@code ")
          .append(Src.doc(f.getKey()))
          .append("}. */\n");
      fileConstants
          .append("  static final String ")
          .append(constant)
          .append(" = ")
          .append(bigString(f.getValue(), "  "))
          .append(";\n");
    }
    int envIndex = 0;
    for (Map.Entry<String, Environment> e : bundle.environments().entrySet()) {
      String method = "environment" + (bundle.environments().size() == 1 ? "" : ++envIndex);
      body.append('\n');
      body.append(indent(
          new EnvironmentEmitter(e.getKey(), e.getValue(), imports, notes).emit(method), "  "));
      main.append("        .environment(")
          .append(Src.quote(e.getKey()))
          .append(", ")
          .append(method)
          .append("())\n");
    }
    main.append("        .build();\n");
    main.append("    bundle.writeTo(Path.of(args[0]));\n");
    main.append("  }\n");

    StringBuilder out = new StringBuilder();
    out.append("// Imported from ")
        .append(Src.doc(bundle.rootPath()))
        .append(" by hot-dsl-import.\n");
    if (!notes.isEmpty()) {
      out.append("//\n// Import notes (reproduced through an escape hatch):\n");
      for (ImportNote n : notes) {
        out.append("//   ").append(Src.doc(n.toString())).append('\n');
      }
    }
    out.append('\n');
    if (packageName != null) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    StringBuilder code = new StringBuilder();
    code.append(main).append('\n').append(body).append(fileConstants);
    String helpers = helpers(code.toString());
    out.append(imports.render(code + helpers)).append('\n');
    Object description = bundle.rootTemplate().get("description");
    if (description instanceof String d && !d.isBlank()) {
      out.append("/**\n");
      for (String line : JavaText.commentLines(d.strip())) {
        out.append(" * ").append(line).append('\n');
      }
      out.append(" */\n");
    }
    out.append("public final class ").append(className).append(" {\n");
    out.append("  private ").append(className).append("() {}\n\n");
    out.append(code);
    out.append(helpers);
    out.append("}\n");
    String source = out.toString();
    JavaCheck.check(source, qualifiedName);
    return new ImportResult(qualifiedName, source, notes);
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
    for (String q : Imports.DSL) {
      if (q.endsWith("." + simple)) {
        return "class name " + simple + " would hide " + q + ", which the generated code uses";
      }
    }
    return null;
  }

  /** The helper methods the code calls. */
  private static String helpers(String code) {
    StringBuilder out = new StringBuilder();
    for (String h : HELPERS.split("\n\n")) {
      if (!h.contains("static ")) {
        continue;
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("static [^(]*?(\\w+)\\(").matcher(h);
      m.find();
      String name = m.group(1);
      if (java.util.regex.Pattern.compile("(?<![\\w.])" + name + "\\(")
          .matcher(code)
          .find()) {
        out.append('\n').append(h.stripTrailing()).append('\n');
      }
    }
    return out.toString();
  }

  private static final String HELPERS = """

        /** A map keeping the order of its keys: map(key, value, key, value, ...). */
        static Map<String, Object> map(Object... keysAndValues) {
          Map<String, Object> out = new LinkedHashMap<>();
          for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
          }
          return out;
        }

        /** A list that may hold nulls. */
        static List<Object> list(Object... items) {
          return new ArrayList<>(Arrays.asList(items));
        }

        /** Sets the value at a path of map keys in a rendered tree. */
        @SuppressWarnings("unchecked")
        static void patch(Map<String, Object> tree, Object value, String... path) {
          Map<String, Object> m = tree;
          for (int i = 0; i < path.length - 1; i++) {
            m = (Map<String, Object>) m.get(path[i]);
          }
          m.put(path[path.length - 1], value);
        }

        /** Removes the key at a path of map keys from a rendered tree. */
        @SuppressWarnings("unchecked")
        static void remove(Map<String, Object> tree, String... path) {
          Map<String, Object> m = tree;
          for (int i = 0; i < path.length - 1; i++) {
            m = (Map<String, Object>) m.get(path[i]);
          }
          m.remove(path[path.length - 1]);
        }
      """;

  /** A string literal that may exceed the class file's constant limit: joined chunks. */
  static String bigString(String s, String indent) {
    return Src.string(s, indent);
  }

  /** The class name for a root template file ({@code hello_world.yaml} → {@code HelloWorld}). */
  public static String className(String rootPath) {
    String n = Naming.typeName(baseName(rootPath));
    if (!Naming.isValidIdentifier(n) || javax.lang.model.SourceVersion.isKeyword(n)) {
      n = "Imported" + n.replaceAll("[^A-Za-z0-9_]", "");
    }
    for (String q : Imports.DSL) {
      if (q.endsWith("." + n)) {
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

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1) : "";
  }

  static String unique(Set<String> taken, String name) {
    String s = name;
    for (int i = 2; !taken.add(s); i++) {
      s = name + i;
    }
    return s;
  }

  static String indent(String code, String prefix) {
    StringBuilder out = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append(prefix).append(line);
      }
      out.append('\n');
    }
    // split keeps a trailing empty string: drop the extra newline
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** The imports of the generated file; a simple name taken twice is written qualified. */
  static final class Imports {
    private static final List<String> DSL = List.of(
        "java.util.ArrayList",
        "java.util.Arrays",
        "java.util.LinkedHashMap",
        "java.util.List",
        "java.util.Map",
        "java.nio.file.Path",
        "io.hotdsl.bundle.Bundle",
        "io.hotdsl.environment.Environment",
        "io.hotdsl.environment.ResourceRegistry",
        "io.hotdsl.functions.Fn",
        "io.hotdsl.functions.Value",
        "io.hotdsl.model.Constraint",
        "io.hotdsl.model.DeletionPolicy",
        "io.hotdsl.model.HotVersion",
        "io.hotdsl.model.Output",
        "io.hotdsl.model.Parameter",
        "io.hotdsl.model.ParameterGroup",
        "io.hotdsl.model.Resource",
        "io.hotdsl.model.Template");
    private final Map<String, String> bySimple = new LinkedHashMap<>();
    private final Set<String> used = new TreeSet<>();

    Imports() {
      for (String q : DSL) {
        bySimple.put(simple(q), q);
      }
      for (String s :
          List.of("ArrayList", "Arrays", "LinkedHashMap", "List", "Map", "Bundle", "Path")) {
        used.add(bySimple.get(s));
      }
    }

    private static String simple(String qualified) {
      return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** Keeps a simple name for a class of the generated file itself. */
    void reserve(String simple) {
      bySimple.putIfAbsent(simple, "<local>." + simple);
    }

    /** Reserves and returns the first free simple name {@code prefix1}, {@code prefix2} … */
    String fresh(String prefix) {
      for (int i = 1; ; i++) {
        String name = prefix + i;
        if (bySimple.putIfAbsent(name, "<local>." + name) == null) {
          return name;
        }
      }
    }

    /** Imports {@code qualified} if its simple name is free; returns the name to write. */
    String add(String qualified) {
      String simple = simple(qualified);
      String have = bySimple.putIfAbsent(simple, qualified);
      if (have == null || have.equals(qualified)) {
        used.add(qualified);
        return simple;
      }
      return qualified;
    }

    String render(String code) {
      StringBuilder out = new StringBuilder();
      used.stream()
          .filter(q -> !DSL.contains(q)
              || java.util.regex.Pattern.compile("(?<![\\w.\"])" + simple(q) + "\\b")
                  .matcher(code)
                  .find())
          .forEach(q -> out.append("import ").append(q).append(";\n"));
      return out.toString();
    }
  }
}
