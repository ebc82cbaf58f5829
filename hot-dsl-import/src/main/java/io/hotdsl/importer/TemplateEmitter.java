package io.hotdsl.importer;

import io.hotdsl.codegen.JavaText;
import io.hotdsl.codegen.Naming;
import io.hotdsl.codegen.TypeShape;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.DeletionPolicy;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterGroup;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits one template as a {@code static Template template()} method (and {@code tree()} when the
 * rendered tree needs patching), building the same model alongside to check the result.
 */
final class TemplateEmitter {
  private static final Set<String> FUNCTIONS = HotVersion.allFunctionNames();

  /** Static type of an emitted expression, for matching typed setters' {@code Value<…>}. */
  enum Kind { ANY, STRING, BOOLEAN, NUMBER, LIST, MAP, OBJECT, LITERAL }

  record Expr(String code, Kind kind) {}

  private final String path;
  private final Map<String, Object> tree;
  private final HotImporter.Imports imports;
  private final List<ImportNote> notes;
  private Naming.Scope vars = newScope();
  private final Map<String, String> paramVars = new HashMap<>();
  private final Map<String, Kind> paramKinds = new HashMap<>();
  private final Map<String, String> resourceVars = new HashMap<>();
  private final Set<String> referencedParams = new HashSet<>();
  private final Set<String> referencedResources = new HashSet<>();
  private String factory = "template";
  /** Plain trees only (no Fn calls): for patches and whole-tree templates. */
  private boolean plain;
  /** In parts (a template too large for one method): no local variables. */
  private boolean split;

  TemplateEmitter(String path, Map<String, Object> tree, HotImporter.Imports imports,
      List<ImportNote> notes) {
    this.path = path;
    this.tree = tree;
    this.imports = imports;
    this.notes = notes;
  }

  private static Naming.Scope newScope() {
    return new Naming.Scope(Set.of("t", "args", "map", "list", "patch", "remove", "tree",
        "template", "bundle"), "Value");
  }

  /** The method the bundle calls: {@code template} or {@code tree}. */
  String factory() {
    return factory;
  }

  void note(String where, String message) {
    notes.add(new ImportNote(path, where, message));
  }

  String emit() {
    int mark = notes.size();
    try {
      String code = emitTemplate();
      if (code != null) {
        return code;
      }
      // too large for one method: again, without local variables, in parts
      while (notes.size() > mark) {
        notes.remove(notes.size() - 1);
      }
      split = true;
      vars = newScope();
      paramVars.clear();
      paramKinds.clear();
      resourceVars.clear();
      factory = "template";
      return emitTemplate();
    } catch (RuntimeException e) {
      while (notes.size() > mark) {
        notes.remove(notes.size() - 1);
      }
      note("(template)", "not expressible with Template.builder (" + e.getMessage()
          + "); reproduced as a tree");
      factory = "tree";
      plain = true;
      return treeMethod();
    }
  }

  /** {@code static Map<String, Object> tree()}: the whole template as a plain tree. */
  private String treeMethod() {
    String whole = expr(tree, "  ").code;
    StringBuilder out = new StringBuilder("/** The template as a tree. */\n");
    out.append("static Map<String, Object> tree() {\n");
    if (Splitter.weight(whole) <= Splitter.BUDGET) {
      return out.append("  return ").append(whole).append(";\n}\n").toString();
    }
    imports.add("java.util.LinkedHashMap");
    List<Splitter.Statement> puts = new ArrayList<>();
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> m && Splitter.weight(expr(m, "  ").code)
          > Splitter.BUDGET) {
        puts.add(new Splitter.Statement(e.getKey(), "  patch(tree, map(), "
            + Src.quote(e.getKey()) + ");\n"));
        for (Map.Entry<?, ?> x : m.entrySet()) {
          puts.add(new Splitter.Statement(e.getKey() + "." + x.getKey(), "  patch(tree, "
              + expr(x.getValue(), "  ").code + ", " + Src.quote(e.getKey()) + ", "
              + Src.quote(String.valueOf(x.getKey())) + ");\n"));
        }
      } else {
        puts.add(new Splitter.Statement(e.getKey(), "  patch(tree, " + expr(e.getValue(), "  ")
            .code + ", " + Src.quote(e.getKey()) + ");\n"));
      }
    }
    StringBuilder classes = new StringBuilder();
    out.append("  Map<String, Object> tree = new LinkedHashMap<>();\n");
    out.append(Splitter.split(puts, "Map<String, Object> tree", "the tree of " + path, imports,
        classes));
    return out.append("  return tree;\n}\n").append(classes).toString();
  }

  private String emitTemplate() {
    scan(tree.get("resources"));
    scan(tree.get("outputs"));
    scan(tree.get("conditions"));
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
    out.append("  Template.Builder t = Template.builder(HotVersion.").append(version.name())
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
        model.parameterGroup(new ParameterGroup(str(m.get("label")), str(m.get("description")),
            names));
        body.add(new Splitter.Statement("parameter_groups", "  t.parameterGroup(new ParameterGroup("
            + lit(m.get("label")) + ", " + lit(m.get("description")) + ", "
            + stringList(names) + "));\n"));
      }
    }
    if (tree.get("parameters") instanceof Map<?, ?> params && !params.isEmpty()) {
      imports.add("io.hotdsl.model.Parameter");
      String gap = "\n";
      for (Map.Entry<?, ?> e : params.entrySet()) {
        String code = guarded("parameters." + e.getKey(),
            () -> parameter((String) e.getKey(), (Map<?, ?>) e.getValue(), model));
        body.add(new Splitter.Statement("parameters." + e.getKey(), gap + code));
        gap = "";
      }
    }
    if (tree.get("conditions") instanceof Map<?, ?> conds && !conds.isEmpty()) {
      String gap = "\n";
      for (Map.Entry<?, ?> e : conds.entrySet()) {
        model.condition((String) e.getKey(), e.getValue());
        body.add(new Splitter.Statement("conditions." + e.getKey(), gap + "  t.condition("
            + Src.quote((String) e.getKey()) + ", " + expr(e.getValue(), "  ").code + ");\n"));
        gap = "";
      }
    }
    if (tree.get("resources") instanceof Map<?, ?> resources) {
      for (Map.Entry<?, ?> e : resources.entrySet()) {
        String code = guarded("resources." + e.getKey(),
            () -> resource((String) e.getKey(), (Map<?, ?>) e.getValue(), model));
        body.add(new Splitter.Statement("resources." + e.getKey(),
            code.isEmpty() ? "" : "\n" + code));
      }
    }
    if (tree.get("outputs") instanceof Map<?, ?> outputs && !outputs.isEmpty()) {
      String gap = "\n";
      for (Map.Entry<?, ?> e : outputs.entrySet()) {
        body.add(new Splitter.Statement("outputs." + e.getKey(), gap + guarded("outputs."
            + e.getKey(), () -> output((String) e.getKey(), (Map<?, ?>) e.getValue(), model))));
        gap = "";
      }
    }
    if (!split && !Splitter.fits(body)) {
      return null;
    }
    StringBuilder classes = new StringBuilder();
    if (split) {
      out.append(Splitter.split(body, "Template.Builder t", "template()", imports, classes));
    } else {
      body.forEach(st -> out.append(st.code()));
    }
    out.append("  return t.build();\n}\n");

    // what the DSL renders, against what was read: patch the differences
    List<String> patches = new ArrayList<>();
    diff(tree, model.build().toTree(), new ArrayList<>(), patches);
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
        out.append(Splitter.split(ps, "Map<String, Object> tree", "tree()", imports, classes));
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
    int mark = notes.size();
    try {
      return entry.get();
    } catch (RuntimeException e) {
      while (notes.size() > mark) {
        notes.remove(notes.size() - 1);
      }
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
        } else if ("get_attr".equals(k) && a instanceof List<?> l && !l.isEmpty()
            && l.get(0) instanceof String s) {
          referencedResources.add(s);
        }
      }
      m.values().forEach(this::scan);
    } else if (node instanceof List<?> l) {
      l.forEach(this::scan);
    }
  }

  // ------------------------------------------------------------------------------ parameters

  private String parameter(String name, Map<?, ?> def, Template.Builder model) {
    ParameterType type = ParameterType.fromKey(String.valueOf(def.get("type")))
        .orElseThrow(() -> new IllegalArgumentException("parameter " + name + ": type"));
    String factoryName;
    String javaType;
    Kind kind;
    switch (type) {
      case STRING -> { factoryName = "string"; javaType = "String"; kind = Kind.STRING; }
      case NUMBER -> { factoryName = "number"; javaType = "Number"; kind = Kind.NUMBER; }
      case BOOLEAN -> { factoryName = "bool"; javaType = "Boolean"; kind = Kind.BOOLEAN; }
      case JSON -> { factoryName = "json"; javaType = "Object"; kind = Kind.OBJECT; }
      default -> { factoryName = "commaDelimitedList"; javaType = "List<String>";
        kind = Kind.LIST; }
    }
    Parameter.Builder<Object> b = Parameter.ofType(name, type);
    StringBuilder chain = new StringBuilder("Parameter." + factoryName + "(" + Src.quote(name)
        + ")");
    String in = "      ";
    if (def.get("label") instanceof String s) {
      b.label(s);
      chain.append("\n").append(in).append(".label(").append(Src.string(s, in)).append(")");
    }
    if (def.get("description") instanceof String s) {
      b.description(s);
      chain.append("\n").append(in).append(".description(").append(Src.string(s, in)).append(")");
    }
    if (def.containsKey("default")) {
      Object d = def.get("default");
      b.defaultTree(d);
      boolean typed = d != null && switch (type) {
        case STRING -> d instanceof String;
        case NUMBER -> d instanceof Number;
        case BOOLEAN -> d instanceof Boolean;
        case JSON -> d instanceof Map || d instanceof List;
        default -> d instanceof List<?> l && l.stream().allMatch(x -> x instanceof String);
      };
      String value = type == ParameterType.COMMA_DELIMITED_LIST && typed
          ? stringList((List<?>) d) : expr(d, in).code;
      chain.append("\n").append(in).append(typed ? ".defaultValue(" : ".defaultTree(")
          .append(value).append(")");
    }
    if (Boolean.TRUE.equals(def.get("hidden"))) {
      b.hidden(true);
      chain.append("\n").append(in).append(".hidden(true)");
    }
    if (Boolean.TRUE.equals(def.get("immutable"))) {
      b.immutable(true);
      chain.append("\n").append(in).append(".immutable(true)");
    }
    if (def.get("tags") instanceof List<?> tags && tags.stream().allMatch(x -> x instanceof String)) {
      tags.forEach(x -> b.tags((String) x));
      chain.append("\n").append(in).append(".tags(").append(strings(tags)).append(")");
    }
    if (def.get("constraints") instanceof List<?> cs) {
      for (Object c : cs) {
        String code = constraint((Map<?, ?>) c, b);
        if (code != null) {
          chain.append("\n").append(in).append(".constraint(").append(code).append(")");
        }
      }
    }
    model.parameter(b.build());
    if (referencedParams.contains(name) && !split) {
      String var = Src.name(vars.claim(Naming.identifier(name)));
      paramVars.put(name, var);
      paramKinds.put(name, kind);
      return "  Parameter<" + javaType + "> " + var + " = t.parameter(" + chain + ");\n";
    }
    return "  t.parameter(" + chain + ");\n";
  }

  private String constraint(Map<?, ?> c, Parameter.Builder<Object> b) {
    Constraint.Kind kind = null;
    Object spec = null;
    for (Map.Entry<?, ?> e : c.entrySet()) {
      if (!"description".equals(e.getKey())) {
        kind = Constraint.Kind.fromKey(String.valueOf(e.getKey()));
        spec = e.getValue();
      }
    }
    if (kind == null || spec == null) {
      return null; // patched from the tree
    }
    String desc = c.get("description") instanceof String s ? s : null;
    Constraint model = new Constraint(kind, spec, desc);
    b.constraint(model);
    imports.add("io.hotdsl.model.Constraint");
    String code = null;
    Map<?, ?> m = spec instanceof Map<?, ?> mm ? mm : null;
    switch (kind) {
      case ALLOWED_VALUES -> {
        if (spec instanceof List<?> l && !l.isEmpty()
            && l.stream().allMatch(x -> x instanceof String || x instanceof Number
                || x instanceof Boolean)) {
          code = "Constraint.allowedValues(" + args(l) + ")";
        }
      }
      case ALLOWED_PATTERN -> {
        if (spec instanceof String s) {
          try {
            Constraint.allowedPattern(s);
            code = "Constraint.allowedPattern(" + Src.quote(s) + ")";
          } catch (IllegalArgumentException e) {
            code = null;
          }
        }
      }
      case CUSTOM_CONSTRAINT -> {
        if (spec instanceof String s) {
          code = "Constraint.customConstraint(" + Src.quote(s) + ")";
        }
      }
      case LENGTH, RANGE -> {
        final Constraint.Kind k = kind;
        if (m != null && !m.isEmpty() && Set.of("min", "max").containsAll(m.keySet())
            && m.values().stream().allMatch(x -> k == Constraint.Kind.LENGTH
                ? x instanceof Long || x instanceof Integer : x instanceof Number)
            && (m.size() == 2 ? List.copyOf(m.keySet()).equals(List.of("min", "max")) : true)) {
          code = "Constraint." + (kind == Constraint.Kind.LENGTH ? "length(" : "range(")
              + (m.containsKey("min") ? Src.scalar(m.get("min")) : "null") + ", "
              + (m.containsKey("max") ? Src.scalar(m.get("max")) : "null") + ")";
        }
      }
      default -> code = null;
    }
    if (code == null) {
      code = "new Constraint(Constraint.Kind." + kind.name() + ", " + expr(spec, "      ").code
          + ", " + lit(desc) + ")";
    } else if (desc != null) {
      code += "\n          .withDescription(" + Src.string(desc, "          ") + ")";
    }
    return code;
  }

  // ------------------------------------------------------------------------------ resources

  private String resource(String name, Map<?, ?> def, Template.Builder model) {
    String type = (String) def.get("type");
    TypeShape typed = TypedSetters.shapeOf(type).orElse(null);
    StringBuilder out = new StringBuilder();
    if (def.get("description") instanceof String d) {
      out.append(JavaText.lineComments(d.strip(), "  "));
    }
    String declared = null;
    String chain = null;
    Resource built = null;
    if (typed != null) {
      int mark = notes.size();
      try {
        StringBuilder c = new StringBuilder();
        Resource r = new TypedSetters(this, imports).build(name, type, typed, def, c);
        chain = c.toString();
        built = r;
        declared = imports.add(typed.canonicalName());
      } catch (ReflectiveOperationException | RuntimeException e) {
        while (notes.size() > mark) {
          notes.remove(notes.size() - 1);
        }
        String why = e instanceof InvocationTargetException ite ? ite.getCause().getMessage()
            : e.getMessage();
        note("resources." + name, "the typed builder " + typed.simpleName()
            + " rejects it (" + String.valueOf(why).replace('\n', ' ')
            + "); built with Resource.builder");
      }
    } else {
      note("resources." + name, "type " + type + " has no typed class; built with "
          + "Resource.builder");
    }
    if (chain == null) {
      imports.add("io.hotdsl.model.Resource");
      declared = "Resource";
      Resource.GenericBuilder b = Resource.builder(name, type);
      StringBuilder c = new StringBuilder("Resource.builder(" + Src.quote(name) + ", "
          + Src.quote(type) + ")");
      if (def.get("properties") instanceof Map<?, ?> props) {
        for (Map.Entry<?, ?> e : props.entrySet()) {
          Object value = e.getValue();
          b.property((String) e.getKey(), value == null ? io.hotdsl.functions.Value.of(null) : value);
          c.append("\n      .property(").append(Src.quote((String) e.getKey())).append(", ")
              .append(value == null ? nullValue() : expr(value, "      ").code).append(")");
        }
      }
      sections(def, b, c);
      built = b.build();
      chain = c.toString();
    }
    model.resource(built);
    if (referencedResources.contains(name) && !split) {
      String var = Src.name(vars.claim(Naming.identifier(name)));
      resourceVars.put(name, var);
      out.append("  ").append(declared).append(' ').append(var).append(" = t.resource(")
          .append(chain).append("\n      .build());\n");
    } else {
      out.append("  t.resource(").append(chain).append("\n      .build());\n");
    }
    return out.toString();
  }

  String nullValue() {
    imports.add("io.hotdsl.functions.Value");
    return "Value.of(null)";
  }

  /** The resource sections other than properties, on builder {@code b} and in code. */
  void sections(Map<?, ?> def, Resource.Builder<?> b, StringBuilder c) {
    if (def.get("description") instanceof String d) {
      b.description(d);
      c.append("\n      .description(").append(Src.string(d, "      ")).append(")");
    }
    Object deps = def.get("depends_on");
    if (deps instanceof String d) {
      b.dependsOn(d);
      c.append("\n      .dependsOn(").append(Src.quote(d)).append(")");
    } else if (deps instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
      b.dependsOn(l.stream().map(String.class::cast).toList());
      c.append("\n      .dependsOn(").append(stringList(l)).append(")");
    }
    section(def, "metadata", "metadata", b::metadata, c);
    section(def, "update_policy", "updatePolicy", b::updatePolicy, c);
    Object dp = def.get("deletion_policy");
    if (dp != null) {
      b.deletionPolicy(dp);
      DeletionPolicy known = null;
      for (DeletionPolicy p : DeletionPolicy.values()) {
        if (p.key().equals(dp)) {
          known = p;
        }
      }
      if (known != null) {
        imports.add("io.hotdsl.model.DeletionPolicy");
        c.append("\n      .deletionPolicy(DeletionPolicy.").append(known.name()).append(")");
      } else {
        c.append("\n      .deletionPolicy((Object) ").append(expr(dp, "      ").code).append(")");
      }
    }
    Object cond = def.get("condition");
    if (cond instanceof String s) {
      b.condition(s);
      c.append("\n      .condition(").append(Src.quote(s)).append(")");
    } else if (cond != null) {
      b.condition(cond);
      c.append("\n      .condition((Object) ").append(expr(cond, "      ").code).append(")");
    }
    section(def, "external_id", "externalId", b::externalId, c);
  }

  private void section(Map<?, ?> def, String key, String method,
      java.util.function.Consumer<Object> set, StringBuilder c) {
    Object v = def.get(key);
    if (v != null) {
      set.accept(v);
      c.append("\n      .").append(method).append("(").append(expr(v, "      ").code).append(")");
    }
  }

  // ------------------------------------------------------------------------------ outputs

  private String output(String name, Map<?, ?> def, Template.Builder model) {
    Object value = def.get("value");
    String desc = def.get("description") instanceof String s ? s : null;
    Object cond = def.get("condition");
    Output o = new Output(name, value, desc, cond);
    model.output(o);
    String v = expr(value, "      ").code;
    if (cond != null) {
      imports.add("io.hotdsl.model.Output");
      return "  t.output(Output.of(" + Src.quote(name) + ", " + v + ", " + lit(desc)
          + ")\n      .withCondition(" + expr(cond, "      ").code + "));\n";
    }
    if (desc != null) {
      return "  t.output(" + Src.quote(name) + ", " + v + ",\n      " + Src.string(desc, "      ")
          + ");\n";
    }
    return "  t.output(" + Src.quote(name) + ", " + v + ");\n";
  }

  // ------------------------------------------------------------------------------ values

  static boolean isFunction(Object v) {
    return v instanceof Map<?, ?> m && m.size() == 1
        && FUNCTIONS.contains(String.valueOf(m.keySet().iterator().next()));
  }

  /** The model value of a tree: functions as function calls (the typed builders' checks). */
  static Object model(Object v) {
    if (isFunction(v)) {
      Map.Entry<?, ?> e = ((Map<?, ?>) v).entrySet().iterator().next();
      return Fn.call((String) e.getKey(), model(e.getValue()));
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, model(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(model(x)));
      return out;
    }
    return v;
  }

  private String lit(Object v) {
    return v instanceof String s ? Src.string(s, "      ") : Src.scalar(v);
  }

  private static String str(Object v) {
    return v == null ? null : String.valueOf(v);
  }

  private String stringList(List<?> names) {
    return "List.of(" + strings(names) + ")";
  }

  private static String strings(List<?> names) {
    List<String> q = new ArrayList<>();
    names.forEach(n -> q.add(Src.quote((String) n)));
    return String.join(", ", q);
  }

  private String args(List<?> values) {
    List<String> q = new ArrayList<>();
    values.forEach(n -> q.add(expr(n, "      ").code));
    return String.join(", ", q);
  }

  /** The code of a plain tree (functions as maps). */
  String plainExpr(Object v, String in) {
    boolean was = plain;
    plain = true;
    try {
      return expr(v, in).code;
    } finally {
      plain = was;
    }
  }

  /** The code of any tree value in an Object context. */
  Expr expr(Object v, String in) {
    String s = Src.scalar(v);
    if (s != null) {
      return new Expr(s, Kind.LITERAL);
    }
    if (v instanceof String str) {
      return new Expr(Src.string(str, in), Kind.LITERAL);
    }
    if (isFunction(v) && !plain) {
      return function((Map<?, ?>) v, in);
    }
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        parts.add(Src.quote(String.valueOf(e.getKey())) + ", " + expr(e.getValue(), in + "    ").code);
      }
      return new Expr(call("map", parts, in), Kind.LITERAL);
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(expr(x, in + "    ").code));
      return new Expr(call("list", parts, in), Kind.LITERAL);
    }
    throw new IllegalArgumentException("not a tree value: " + v);
  }

  private static String call(String fn, List<String> parts, String in) {
    String flat = fn + "(" + String.join(", ", parts) + ")";
    if (flat.length() + in.length() < Src.WIDTH && !flat.contains("\n")) {
      return flat;
    }
    return fn + "(\n" + in + "    " + String.join(",\n" + in + "    ", parts) + ")";
  }

  private Expr function(Map<?, ?> m, String in) {
    imports.add("io.hotdsl.functions.Fn");
    String name = (String) m.keySet().iterator().next();
    Object a = m.values().iterator().next();
    switch (name) {
      case "get_param" -> {
        if (a instanceof String p) {
          if (paramVars.containsKey(p)) {
            return new Expr(paramVars.get(p) + ".get()", paramKinds.get(p));
          }
          return new Expr("Fn.getParam(" + Src.quote(p) + ")", Kind.ANY);
        }
        if (a instanceof List<?> l && l.size() > 1 && l.get(0) instanceof String p
            && l.stream().noneMatch(x -> x == null)) {
          List<String> parts = new ArrayList<>();
          l.subList(1, l.size()).forEach(x -> parts.add(expr(x, in).code));
          if (paramVars.containsKey(p)) {
            return new Expr(call(paramVars.get(p) + ".get", parts, in), Kind.ANY);
          }
          parts.add(0, Src.quote(p));
          return new Expr(call("Fn.getParam", parts, in), Kind.ANY);
        }
      }
      case "get_resource" -> {
        if (a instanceof String r && !r.isEmpty()) {
          if (resourceVars.containsKey(r)) {
            return new Expr(resourceVars.get(r) + ".ref()", Kind.STRING);
          }
          return new Expr("Fn.getResource(" + Src.quote(r) + ")", Kind.STRING);
        }
      }
      case "get_attr" -> {
        if (a instanceof List<?> l && l.size() >= 2 && l.get(0) instanceof String r
            && !r.isEmpty() && l.get(1) instanceof String && l.stream().noneMatch(x -> x == null)) {
          List<String> parts = new ArrayList<>();
          l.subList(1, l.size()).forEach(x -> parts.add(expr(x, in).code));
          if (resourceVars.containsKey(r)) {
            return new Expr(call(resourceVars.get(r) + ".attr", parts, in), Kind.ANY);
          }
          parts.add(0, Src.quote(r));
          return new Expr(call("Fn.getAttr", parts, in), Kind.ANY);
        }
      }
      case "get_file" -> {
        if (a instanceof String f && !f.isEmpty()) {
          return new Expr("Fn.getFile(" + Src.quote(f) + ")", Kind.STRING);
        }
      }
      case "str_replace", "str_replace_strict", "str_replace_vstrict" -> {
        if (a instanceof Map<?, ?> args && List.copyOf(args.keySet()).equals(
            List.of("template", "params")) && args.get("template") != null
            && args.get("params") instanceof Map<?, ?> params && !isFunction(params)) {
          String fn = switch (name) {
            case "str_replace" -> "Fn.strReplace";
            case "str_replace_strict" -> "Fn.strReplaceStrict";
            default -> "Fn.strReplaceVstrict";
          };
          return new Expr(call(fn, List.of(expr(args.get("template"), in + "    ").code,
              expr(params, in + "    ").code), in), Kind.STRING);
        }
      }
      case "list_join" -> {
        if (a instanceof List<?> l && l.size() >= 2 && l.get(0) instanceof String d) {
          List<String> parts = new ArrayList<>();
          parts.add(Src.quote(d));
          l.subList(1, l.size()).forEach(x -> parts.add(expr(x, in + "    ").code));
          return new Expr(call("Fn.listJoin", parts, in), Kind.STRING);
        }
      }
      default -> { }
    }
    return new Expr(call("Fn.call", List.of(Src.quote(name), expr(a, in + "    ").code), in),
        Kind.ANY);
  }

  // ------------------------------------------------------------------------------ patches

  private void diff(Object raw, Object rendered, List<String> at, List<String> patches) {
    if (raw instanceof Map<?, ?> r && rendered instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : r.entrySet()) {
        List<String> p = new ArrayList<>(at);
        p.add(String.valueOf(e.getKey()));
        if (!m.containsKey(e.getKey())) {
          patch(p, e.getValue(), patches);
        } else {
          diff(e.getValue(), m.get(e.getKey()), p, patches);
        }
      }
      for (Object k : m.keySet()) {
        if (!r.containsKey(k)) {
          List<String> p = new ArrayList<>(at);
          p.add(String.valueOf(k));
          note(String.join(".", p), "rendered by the DSL but absent from the template; removed "
              + "from the tree");
          patches.add("remove(tree, " + strings(p) + ");");
        }
      }
      return;
    }
    if (!Src.treeEquals(raw, rendered)) {
      if (at.isEmpty()) {
        throw new IllegalStateException("the template is not a mapping");
      }
      patch(at, raw, patches);
    }
  }

  private void patch(List<String> at, Object raw, List<String> patches) {
    note(String.join(".", at), "not expressible with the DSL as written; patched into the tree");
    plain = true;
    patches.add("patch(tree, " + expr(raw, "  ").code + ", " + strings(at) + ");");
    plain = false;
  }
}
