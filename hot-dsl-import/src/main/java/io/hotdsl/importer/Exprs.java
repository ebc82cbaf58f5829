package io.hotdsl.importer;

import io.hotdsl.codegen.TypeMapping;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.HotVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java code of tree values: literals, {@code map(…)}/{@code list(…)} and function calls
 * ({@code Fn.getParam}, or {@code image.get()} for a parameter held in a local variable), and the
 * model value each stands for.
 */
final class Exprs {
  private static final Set<String> FUNCTIONS = HotVersion.allFunctionNames();

  /** Static type of an emitted expression, for matching typed setters' {@code Value<…>}. */
  enum Kind {
    ANY,
    STRING,
    BOOLEAN,
    NUMBER,
    LIST,
    MAP,
    OBJECT,
    LITERAL
  }

  record Expr(String code, Kind kind) {}

  private final HotImporter.Imports imports;
  private final Map<String, String> paramVars = new HashMap<>();
  private final Map<String, Kind> paramKinds = new HashMap<>();
  private final Map<String, String> resourceVars = new HashMap<>();
  /** The class of each resource variable (canonical name), as declared. */
  private final Map<String, String> resourceClasses = new HashMap<>();
  /** Plain trees only (no Fn calls): for patches and whole-tree templates. */
  private boolean plain;

  Exprs(HotImporter.Imports imports) {
    this.imports = imports;
  }

  /** From now on {@code get_param: name} is {@code var.get()}. */
  void bindParameter(String name, String var, Kind kind) {
    paramVars.put(name, var);
    paramKinds.put(name, kind);
  }

  /**
   * From now on {@code get_resource: name} is {@code var.ref()}, or {@code var} itself where a
   * setter takes {@code resourceClass} ({@link #handle}).
   */
  void bindResource(String name, String var, String resourceClass) {
    resourceVars.put(name, var);
    resourceClasses.put(name, resourceClass);
  }

  /**
   * The variable to pass for {@code value} where a setter also takes the resource classes {@code
   * references} and, unless {@code parameterKind} is null, a {@code Parameter} of that kind:
   * {@code net} for {@code get_resource: net} held as one of those classes, {@code image} for
   * {@code get_param: image} held as a parameter that fits; else null.
   */
  String handle(Object value, List<String> references, TypeMapping.Kind parameterKind) {
    if (plain || !(value instanceof Map<?, ?> m) || m.size() != 1) {
      return null;
    }
    Object a = m.values().iterator().next();
    if (m.containsKey("get_resource")
        && a instanceof String r
        && resourceVars.containsKey(r)
        && references.contains(resourceClasses.get(r))) {
      return resourceVars.get(r);
    }
    if (m.containsKey("get_param")
        && a instanceof String p
        && parameterKind != null
        && paramVars.containsKey(p)
        && parameterFits(paramKinds.get(p), parameterKind)) {
      return paramVars.get(p);
    }
    return null;
  }

  /**
   * Whether a parameter variable of kind {@code held} ({@code Parameter<String>}, {@code
   * Parameter<Map<String, Object>>} of {@code Parameter.jsonMap} …) fits a setter's {@code
   * Parameter} overload of {@code kind} ({@code TypeMapping.parameterType}).
   */
  static boolean parameterFits(Kind held, TypeMapping.Kind kind) {
    return switch (kind) {
      case STRING -> held == Kind.STRING;
      case INTEGER, NUMBER -> held == Kind.NUMBER;
      case BOOLEAN -> held == Kind.BOOLEAN;
      case LIST -> held == Kind.LIST;
      case MAP, NESTED_MAP -> held == Kind.MAP;
      case ANY -> true;
    };
  }

  /** Forgets the local variables (the template is emitted again, in parts). */
  void unbindAll() {
    paramVars.clear();
    paramKinds.clear();
    resourceVars.clear();
    resourceClasses.clear();
  }

  /** Emits plain trees only from now on (functions as maps). */
  void plainOnly() {
    plain = true;
  }

  /** {@code Value.of(null)}: a property set to null. */
  String nullValue() {
    imports.add("io.hotdsl.functions.Value");
    return "Value.of(null)";
  }

  static boolean isFunction(Object v) {
    return v instanceof Map<?, ?> m
        && m.size() == 1
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

  String lit(Object v) {
    return v instanceof String s ? Src.string(s, "      ") : Src.scalar(v);
  }

  static String str(Object v) {
    return v == null ? null : String.valueOf(v);
  }

  String stringList(List<?> names) {
    return "List.of(" + strings(names) + ")";
  }

  static String strings(List<?> names) {
    List<String> q = new ArrayList<>();
    names.forEach(n -> q.add(Src.quote((String) n)));
    return String.join(", ", q);
  }

  String args(List<?> values) {
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
        parts.add(
            Src.quote(String.valueOf(e.getKey())) + ", " + expr(e.getValue(), in + "    ").code);
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
        if (a instanceof List<?> l
            && l.size() > 1
            && l.get(0) instanceof String p
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
        if (a instanceof List<?> l
            && l.size() >= 2
            && l.get(0) instanceof String r
            && !r.isEmpty()
            && l.get(1) instanceof String
            && l.stream().noneMatch(x -> x == null)) {
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
        if (a instanceof Map<?, ?> args
            && List.copyOf(args.keySet()).equals(List.of("template", "params"))
            && args.get("template") != null
            && args.get("params") instanceof Map<?, ?> params
            && !isFunction(params)) {
          String fn = switch (name) {
            case "str_replace" -> "Fn.strReplace";
            case "str_replace_strict" -> "Fn.strReplaceStrict";
            default -> "Fn.strReplaceVstrict";
          };
          return new Expr(
              call(
                  fn,
                  List.of(
                      expr(args.get("template"), in + "    ").code, expr(params, in + "    ").code),
                  in),
              Kind.STRING);
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
      default -> {}
    }
    return new Expr(
        call("Fn.call", List.of(Src.quote(name), expr(a, in + "    ").code), in), Kind.ANY);
  }
}
