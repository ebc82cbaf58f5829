package io.hotdsl.importer;

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

/**
 * Emits one template as a {@code static Template template()} method (and {@code tree()} when the
 * rendered tree needs patching), building the same model alongside to check the result. Values
 * are written by {@link Exprs}, parameters by {@link ParameterEmitter}, resources by {@link
 * ResourceEmitter} (typed ones through {@link TypedSetters}), patches by {@link Patches}.
 */
final class TemplateEmitter {
  private final String path;
  private final Map<String, Object> tree;
  private final HotImporter.Imports imports;
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
      String path, Map<String, Object> tree, HotImporter.Imports imports, List<ImportNote> notes) {
    this.path = path;
    this.tree = tree;
    this.imports = imports;
    this.notes = notes;
    this.exprs = new Exprs(imports);
    this.parameters = new ParameterEmitter(this, exprs, imports);
    this.resourceEmitter = new ResourceEmitter(this, exprs, imports);
  }

  private static Naming.Scope newScope() {
    return new Naming.Scope(
        Set.of("t", "args", "map", "list", "patch", "remove", "tree", "template", "bundle"),
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

  String emit() {
    int mark = mark();
    try {
      String code = emitTemplate();
      if (code != null) {
        return code;
      }
      // too large for one method: again, without local variables, in parts
      rollback(mark);
      split = true;
      vars = newScope();
      exprs.unbindAll();
      factory = "template";
      return emitTemplate();
    } catch (RuntimeException e) {
      rollback(mark);
      note(
          "(template)",
          "not expressible with Template.builder (" + e.getMessage() + "); reproduced as a tree");
      factory = "tree";
      exprs.plainOnly();
      return treeMethod();
    }
  }

  /** {@code static Map<String, Object> tree()}: the whole template as a plain tree. */
  private String treeMethod() {
    String whole = exprs.expr(tree, "  ").code();
    StringBuilder out = new StringBuilder("/** The template as a tree. */\n");
    out.append("static Map<String, Object> tree() {\n");
    if (Splitter.weight(whole) <= Splitter.BUDGET) {
      return out.append("  return ").append(whole).append(";\n}\n").toString();
    }
    imports.add("java.util.LinkedHashMap");
    List<Splitter.Statement> puts = new ArrayList<>();
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> m
          && Splitter.weight(exprs.expr(m, "  ").code()) > Splitter.BUDGET) {
        puts.add(new Splitter.Statement(
            e.getKey(), "  patch(tree, map(), " + Src.quote(e.getKey()) + ");\n"));
        for (Map.Entry<?, ?> x : m.entrySet()) {
          puts.add(new Splitter.Statement(
              e.getKey() + "." + x.getKey(),
              "  patch(tree, "
                  + exprs.expr(x.getValue(), "  ").code() + ", " + Src.quote(e.getKey()) + ", "
                  + Src.quote(String.valueOf(x.getKey())) + ");\n"));
        }
      } else {
        puts.add(new Splitter.Statement(
            e.getKey(),
            "  patch(tree, " + exprs.expr(e.getValue(), "  ").code() + ", " + Src.quote(e.getKey())
                + ");\n"));
      }
    }
    StringBuilder classes = new StringBuilder();
    out.append("  Map<String, Object> tree = new LinkedHashMap<>();\n");
    out.append(
        Splitter.split(puts, Splitter.tree(imports), "the tree of " + path, imports, classes));
    return out.append("  return tree;\n}\n").append(classes).toString();
  }

  private String emitTemplate() {
    scan(tree.get("resources"));
    scan(tree.get("outputs"));
    scan(tree.get("conditions"));
    jsonKinds.clear();
    jsonKinds.putAll(JsonParameters.kinds(tree));
    StringBuilder out = new StringBuilder();
    List<Splitter.Statement> body = new ArrayList<>();
    Object v = tree.get("heat_template_version");
    HotVersion version = HotVersion.fromKey(String.valueOf(v))
        .orElseThrow(() -> new IllegalArgumentException("unknown version " + v));
    Template.Builder model = Template.builder(version);
    imports.add("io.hotdsl.model.Template");
    imports.add("io.hotdsl.model.HotVersion");
    out.append("/** The template " + Src.doc(path) + ". */\n");
    out.append("static Template template() {\n");
    out.append("  Template.Builder t = Template.builder(HotVersion.")
        .append(version.name())
        .append(")");
    if (tree.get("description") instanceof String d) {
      out.append("\n      .description(").append(Src.string(d, "      ")).append(")");
      model.description(d);
    }
    out.append(";\n");
    if (tree.get("parameter_groups") instanceof List<?> groups) {
      imports.add("io.hotdsl.model.ParameterGroup");
      for (Object g : groups) {
        Map<?, ?> m = (Map<?, ?>) g;
        List<String> names = new ArrayList<>();
        ((List<?>) m.get("parameters")).forEach(n -> names.add((String) n));
        model.parameterGroup(
            new ParameterGroup(Exprs.str(m.get("label")), Exprs.str(m.get("description")), names));
        body.add(new Splitter.Statement(
            "parameter_groups",
            "  t.parameterGroup(new ParameterGroup("
                + exprs.lit(m.get("label")) + ", " + exprs.lit(m.get("description")) + ", "
                + exprs.stringList(names) + "));\n"));
      }
    }
    if (tree.get("parameters") instanceof Map<?, ?> params && !params.isEmpty()) {
      imports.add("io.hotdsl.model.Parameter");
      String gap = "\n";
      for (Map.Entry<?, ?> e : params.entrySet()) {
        String code = guarded(
            "parameters." + e.getKey(),
            () -> parameters.parameter((String) e.getKey(), (Map<?, ?>) e.getValue(), model));
        body.add(new Splitter.Statement("parameters." + e.getKey(), gap + code));
        gap = "";
      }
    }
    if (tree.get("conditions") instanceof Map<?, ?> conds && !conds.isEmpty()) {
      String gap = "\n";
      for (Map.Entry<?, ?> e : conds.entrySet()) {
        model.condition((String) e.getKey(), e.getValue());
        body.add(new Splitter.Statement(
            "conditions." + e.getKey(),
            gap + "  t.condition("
                + Src.quote((String) e.getKey()) + ", "
                + exprs.expr(e.getValue(), "  ").code()
                + ");\n"));
        gap = "";
      }
    }
    if (tree.get("resources") instanceof Map<?, ?> resources) {
      for (Map.Entry<?, ?> e : resources.entrySet()) {
        String code = guarded(
            "resources." + e.getKey(),
            () -> resourceEmitter.resource((String) e.getKey(), (Map<?, ?>) e.getValue(), model));
        body.add(
            new Splitter.Statement("resources." + e.getKey(), code.isEmpty() ? "" : "\n" + code));
      }
    }
    if (tree.get("outputs") instanceof Map<?, ?> outputs && !outputs.isEmpty()) {
      String gap = "\n";
      for (Map.Entry<?, ?> e : outputs.entrySet()) {
        body.add(new Splitter.Statement(
            "outputs." + e.getKey(),
            gap
                + guarded(
                    "outputs." + e.getKey(),
                    () -> output((String) e.getKey(), (Map<?, ?>) e.getValue(), model))));
        gap = "";
      }
    }
    if (!split && !Splitter.fits(body)) {
      return null;
    }
    StringBuilder classes = new StringBuilder();
    if (split) {
      out.append(
          Splitter.split(body, Splitter.templateBuilder(imports), "template()", imports, classes));
    } else {
      body.forEach(st -> out.append(st.code()));
    }
    out.append("  return t.build();\n}\n");

    // what the DSL renders, against what was read: patch the differences
    List<String> patches = new ArrayList<>();
    new Patches(this, exprs).diff(tree, model.build().toTree(), new ArrayList<>(), patches);
    if (!patches.isEmpty()) {
      factory = "tree";
      out.append("\n/** The template's tree, with what the DSL does not render patched in. */\n");
      out.append("static Map<String, Object> tree() {\n");
      out.append("  Map<String, Object> tree = template().toTree();\n");
      List<Splitter.Statement> ps = new ArrayList<>();
      patches.forEach(p -> ps.add(new Splitter.Statement("(patch)", "  " + p + "\n")));
      if (Splitter.fits(ps)) {
        ps.forEach(p -> out.append(p.code()));
      } else {
        out.append(Splitter.split(ps, Splitter.tree(imports), "tree()", imports, classes));
      }
      out.append("  return tree;\n}\n");
    }
    return out.append(classes).toString();
  }

  /**
   * The code of one entry, or nothing when the DSL refuses it (it then stays out of the model and
   * the diff patches it into the tree).
   */
  private String guarded(String where, java.util.function.Supplier<String> entry) {
    int mark = mark();
    try {
      return entry.get();
    } catch (RuntimeException e) {
      rollback(mark);
      note(where, "the DSL refuses it (" + e.getMessage() + ")");
      return "";
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

  private String output(String name, Map<?, ?> def, Template.Builder model) {
    Object value = def.get("value");
    String desc = def.get("description") instanceof String s ? s : null;
    Object cond = def.get("condition");
    Output o = new Output(name, value, desc, cond);
    model.output(o);
    String v = exprs.expr(value, "      ").code();
    if (cond != null) {
      imports.add("io.hotdsl.model.Output");
      return "  t.output(Output.of(" + Src.quote(name) + ", " + v + ", " + exprs.lit(desc)
          + ")\n      .withCondition(" + exprs.expr(cond, "      ").code() + "));\n";
    }
    if (desc != null) {
      return "  t.output(" + Src.quote(name) + ", " + v + ",\n      " + Src.string(desc, "      ")
          + ");\n";
    }
    return "  t.output(" + Src.quote(name) + ", " + v + ");\n";
  }
}
