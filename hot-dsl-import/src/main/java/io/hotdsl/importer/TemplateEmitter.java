package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.hotdsl.codegen.Naming;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.ParameterGroup;
import io.hotdsl.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits one template as a {@code static Template template()} method (and {@code tree()} when the
 * rendered tree needs patching), building the same model alongside to check the result. Values
 * are written by {@link Exprs}, parameters by {@link ParameterEmitter}, resources by {@link
 * ResourceEmitter} (typed ones through {@link TypedSetters}), patches by {@link Patches}; one
 * statement per entry, split into parts by {@link Splitter} when they weigh too much.
 */
final class TemplateEmitter {
  private final String path;
  private final Map<String, Object> tree;
  private final GeneratedFile file;
  private final List<ImportNote> notes;
  private final Exprs exprs;
  private final ParameterEmitter parameters;
  private final ResourceEmitter resourceEmitter;
  private Naming.Scope vars = newScope();
  private final Set<String> referencedParams = new HashSet<>();
  private final Set<String> referencedResources = new HashSet<>();
  /** json parameters held as {@code Parameter.jsonMap} ({@code MAP}) or {@code jsonList}. */
  private final Map<String, Exprs.Kind> jsonKinds = new HashMap<>();

  private String factory = "template";
  /** In parts (a template too large for one method): no local variables. */
  private boolean split;

  TemplateEmitter(
      String path, Map<String, Object> tree, GeneratedFile file, List<ImportNote> notes) {
    this.path = path;
    this.tree = tree;
    this.file = file;
    this.notes = notes;
    this.exprs = new Exprs(file);
    this.parameters = new ParameterEmitter(this, exprs);
    this.resourceEmitter = new ResourceEmitter(this, exprs);
  }

  private static Naming.Scope newScope() {
    return new Naming.Scope(
        Set.of(
            "t",
            "args",
            "map",
            "list",
            "patch",
            "remove",
            "tree",
            "template",
            "bundle",
            "io",
            "java",
            "com",
            "org"),
        "Value");
  }

  /** The method the bundle calls: {@code template} or {@code tree}. */
  String factory() {
    return factory;
  }

  void note(String where, String message) {
    notes.add(new ImportNote(path, where, message));
  }

  /** The notes so far, to {@link #rollback} to. */
  int mark() {
    return notes.size();
  }

  /** Drops the notes made since {@code mark}. */
  void rollback(int mark) {
    while (notes.size() > mark) {
      notes.remove(notes.size() - 1);
    }
  }

  /**
   * The local variable that holds parameter {@code name} when the template refers to it (and is
   * emitted in one method), else null.
   */
  String parameterVariable(String name, Exprs.Kind kind) {
    if (!referencedParams.contains(name) || split) {
      return null;
    }
    String var = Src.name(vars.claim(Naming.identifier(name)));
    exprs.bindParameter(name, var, kind);
    return var;
  }

  /**
   * How json parameter {@code name} is held: {@code MAP} ({@code Parameter.jsonMap}) or {@code
   * LIST} ({@code Parameter.jsonList}) when every use fits one, else null ({@code Parameter.json}).
   */
  Exprs.Kind jsonKind(String name) {
    return jsonKinds.get(name);
  }

  /**
   * The local variable that holds resource {@code name}, declared as {@code resourceClass}
   * (canonical name), as {@link #parameterVariable}.
   */
  String resourceVariable(String name, String resourceClass) {
    if (!referencedResources.contains(name) || split) {
      return null;
    }
    String var = Src.name(vars.claim(Naming.identifier(name)));
    exprs.bindResource(name, var, resourceClass);
    return var;
  }

  /**
   * Adds the template's methods, and the classes of their parts, to {@code target}; the method
   * the bundle calls is then {@link #factory}.
   */
  void emit(TypeSpec.Builder target) {
    int mark = mark();
    List<MethodSpec> methods = new ArrayList<>();
    List<TypeSpec> classes = new ArrayList<>();
    try {
      if (!emitTemplate(methods, classes)) {
        // too large for one method: again, without local variables, in parts
        rollback(mark);
        methods.clear();
        classes.clear();
        split = true;
        vars = newScope();
        exprs.unbindAll();
        factory = "template";
        emitTemplate(methods, classes);
      }
    } catch (RuntimeException e) {
      rollback(mark);
      note(
          "(template)",
          "not expressible with Template.builder (" + e.getMessage() + "); reproduced as a tree");
      factory = "tree";
      exprs.plainOnly();
      methods.clear();
      classes.clear();
      methods.add(treeMethod(classes));
    }
    target.addMethods(methods).addTypes(classes);
  }

  /** {@code static Map<String, Object> tree()}: the whole template as a plain tree. */
  private MethodSpec treeMethod(List<TypeSpec> classes) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("tree")
        .addJavadoc("The template as a tree.")
        .addModifiers(Modifier.STATIC)
        .returns(Dsl.STRING_OBJECT_MAP);
    if (Splitter.weight(tree) <= Splitter.BUDGET) {
      return m.addCode(Src.statement("return $L", exprs.expr(tree).code())).build();
    }
    List<Splitter.Statement> puts = new ArrayList<>();
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> sub && Splitter.weight(sub) > Splitter.BUDGET) {
        puts.add(patch(
            e.getKey(), file.call(GeneratedFile.Helper.MAP, CodeBlock.of("")), 1, e.getKey()));
        for (Map.Entry<?, ?> x : sub.entrySet()) {
          String key = String.valueOf(x.getKey());
          puts.add(patch(
              e.getKey() + "." + key,
              exprs.expr(x.getValue()).code(),
              Splitter.weight(x.getValue()),
              e.getKey(),
              key));
        }
      } else {
        puts.add(patch(
            e.getKey(),
            exprs.expr(e.getValue()).code(),
            Splitter.weight(e.getValue()),
            e.getKey()));
      }
    }
    return m.addStatement(
            "$T tree = new $T<>()", Dsl.STRING_OBJECT_MAP, java.util.LinkedHashMap.class)
        .addCode(Splitter.split(puts, Splitter.TREE, "the tree of " + path, file, classes))
        .addStatement("return tree")
        .build();
  }

  /** {@code patch(tree, value, path…);} */
  private Splitter.Statement patch(String where, CodeBlock value, int weight, String... at) {
    CodeBlock args = CodeBlock.of("tree, $L, $L", value, Exprs.strings(List.of(at)));
    return new Splitter.Statement(
        where,
        Src.statement("$L", file.call(GeneratedFile.Helper.PATCH, args)),
        weight + at.length);
  }

  /** False when the template is too large for one method and not {@link #split} yet. */
  private boolean emitTemplate(List<MethodSpec> methods, List<TypeSpec> classes) {
    scan(tree.get("resources"));
    scan(tree.get("outputs"));
    scan(tree.get("conditions"));
    jsonKinds.clear();
    jsonKinds.putAll(JsonParameters.kinds(tree));
    List<Splitter.Statement> body = new ArrayList<>();
    Object v = tree.get("heat_template_version");
    HotVersion version = HotVersion.fromKey(String.valueOf(v))
        .orElseThrow(() -> new IllegalArgumentException("unknown version " + v));
    Template.Builder model = Template.builder(version);
    Chain start = Chain.of("$T.builder($T.$L)", Dsl.TEMPLATE, Dsl.HOT_VERSION, version.name());
    if (tree.get("description") instanceof String d) {
      start.call("description", Src.string(d));
      model.description(d);
    }
    if (tree.get("parameter_groups") instanceof List<?> groups) {
      for (Object g : groups) {
        Map<?, ?> m = (Map<?, ?>) g;
        List<String> names = new ArrayList<>();
        ((List<?>) m.get("parameters")).forEach(n -> names.add((String) n));
        model.parameterGroup(
            new ParameterGroup(Exprs.str(m.get("label")), Exprs.str(m.get("description")), names));
        body.add(new Splitter.Statement(
            "parameter_groups",
            Src.statement(
                "t.parameterGroup(new $T($L, $L, $L))",
                Dsl.PARAMETER_GROUP,
                Exprs.lit(m.get("label")),
                Exprs.lit(m.get("description")),
                Exprs.stringList(names)),
            Splitter.weight(m)));
      }
    }
    if (tree.get("parameters") instanceof Map<?, ?> params && !params.isEmpty()) {
      boolean first = true;
      for (Map.Entry<?, ?> e : params.entrySet()) {
        String where = "parameters." + e.getKey();
        CodeBlock code = guarded(
            where,
            () -> parameters.parameter((String) e.getKey(), (Map<?, ?>) e.getValue(), model));
        body.add(new Splitter.Statement(where, gap(first, code), Splitter.weight(e.getValue())));
        first = false;
      }
    }
    if (tree.get("conditions") instanceof Map<?, ?> conds && !conds.isEmpty()) {
      boolean first = true;
      for (Map.Entry<?, ?> e : conds.entrySet()) {
        model.condition((String) e.getKey(), e.getValue());
        CodeBlock code = Src.statement(
            "t.condition($L, $L)",
            Src.string((String) e.getKey()),
            exprs.expr(e.getValue()).code());
        body.add(new Splitter.Statement(
            "conditions." + e.getKey(), gap(first, code), Splitter.weight(e.getValue())));
        first = false;
      }
    }
    if (tree.get("resources") instanceof Map<?, ?> resources) {
      for (Map.Entry<?, ?> e : resources.entrySet()) {
        String where = "resources." + e.getKey();
        CodeBlock code = guarded(
            where,
            () -> resourceEmitter.resource((String) e.getKey(), (Map<?, ?>) e.getValue(), model));
        body.add(new Splitter.Statement(where, gap(true, code), Splitter.weight(e.getValue())));
      }
    }
    if (tree.get("outputs") instanceof Map<?, ?> outputs && !outputs.isEmpty()) {
      boolean first = true;
      for (Map.Entry<?, ?> e : outputs.entrySet()) {
        String where = "outputs." + e.getKey();
        CodeBlock code =
            guarded(where, () -> output((String) e.getKey(), (Map<?, ?>) e.getValue(), model));
        body.add(new Splitter.Statement(where, gap(first, code), Splitter.weight(e.getValue())));
        first = false;
      }
    }
    if (!split && !Splitter.fits(body)) {
      return false;
    }
    MethodSpec.Builder template = MethodSpec.methodBuilder("template")
        .addJavadoc("The template $L.", Src.doc(path))
        .addModifiers(Modifier.STATIC)
        .returns(Dsl.TEMPLATE)
        .addCode(Src.statement("$T t = $L", Dsl.TEMPLATE_BUILDER, start.build()));
    if (split) {
      template.addCode(
          Splitter.split(body, Splitter.TEMPLATE_BUILDER, "template()", file, classes));
    } else {
      template.addCode(Splitter.inline(body));
    }
    methods.add(template.addStatement("return t.build()").build());

    // what the DSL renders, against what was read: patch the differences
    List<Splitter.Statement> patches = new ArrayList<>();
    new Patches(this, exprs, file).diff(tree, model.build().toTree(), new ArrayList<>(), patches);
    if (!patches.isEmpty()) {
      factory = "tree";
      methods.add(MethodSpec.methodBuilder("tree")
          .addJavadoc("The template's tree, with what the DSL does not render patched in.")
          .addModifiers(Modifier.STATIC)
          .returns(Dsl.STRING_OBJECT_MAP)
          .addStatement("$T tree = template().toTree()", Dsl.STRING_OBJECT_MAP)
          .addCode(
              Splitter.fits(patches)
                  ? Splitter.inline(patches)
                  : Splitter.split(patches, Splitter.TREE, "tree()", file, classes))
          .addStatement("return tree")
          .build());
    }
    return true;
  }

  /** {@code code} after a blank line when {@code first} of its section and not empty. */
  private static CodeBlock gap(boolean first, CodeBlock code) {
    return first && !code.isEmpty() ? CodeBlock.builder().add("\n").add(code).build() : code;
  }

  /**
   * The code of one entry, or nothing when the DSL refuses it (it then stays out of the model and
   * the diff patches it into the tree).
   */
  private CodeBlock guarded(String where, Supplier<CodeBlock> entry) {
    int mark = mark();
    try {
      return entry.get();
    } catch (RuntimeException e) {
      rollback(mark);
      note(where, "the DSL refuses it (" + e.getMessage() + ")");
      return CodeBlock.of("");
    }
  }

  // ------------------------------------------------------------------------------ references

  private void scan(Object node) {
    if (node instanceof Map<?, ?> m) {
      if (m.size() == 1) {
        Object k = m.keySet().iterator().next();
        Object a = m.values().iterator().next();
        if ("get_param".equals(k)) {
          Object n = a instanceof List<?> l && !l.isEmpty() ? l.get(0) : a;
          if (n instanceof String s) {
            referencedParams.add(s);
          }
        } else if ("get_resource".equals(k) && a instanceof String s) {
          referencedResources.add(s);
        } else if ("get_attr".equals(k)
            && a instanceof List<?> l
            && !l.isEmpty()
            && l.get(0) instanceof String s) {
          referencedResources.add(s);
        }
      }
      m.values().forEach(this::scan);
    } else if (node instanceof List<?> l) {
      l.forEach(this::scan);
    }
  }

  // ------------------------------------------------------------------------------ outputs

  private CodeBlock output(String name, Map<?, ?> def, Template.Builder model) {
    Object value = def.get("value");
    String desc = def.get("description") instanceof String s ? s : null;
    Object cond = def.get("condition");
    Output o = new Output(name, value, desc, cond);
    model.output(o);
    CodeBlock v = exprs.expr(value).code();
    if (cond != null) {
      CodeBlock output = Chain.of(
              "$T.of($L, $L, $L)", Dsl.OUTPUT, Src.string(name), v, Exprs.lit(desc))
          .call("withCondition", exprs.expr(cond).code())
          .build();
      return Src.statement("t.output($L)", output);
    }
    if (desc != null) {
      return Src.statement("t.output($L, $L,$>$>\n$L$<$<)", Src.string(name), v, Src.string(desc));
    }
    return Src.statement("t.output($L, $L)", Src.string(name), v);
  }
}
