package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
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
 * The Java code of tree values as JavaPoet {@link CodeBlock}s: literals, {@code map(…)}/{@code
 * list(…)} and function calls ({@code Fn.getParam}, or {@code image.get()} for a parameter held
 * in a local variable), and the model value each stands for. A call is written on one line when
 * its arguments are a few scalars ({@link #SMALL} tree nodes at most), else one argument a line.
 */
final class Exprs {
  private static final Set<String> FUNCTIONS = HotVersion.allFunctionNames();
  /** The most tree nodes the arguments of a call written on one line hold. */
  static final int SMALL = 8;

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

  record Expr(CodeBlock code, Kind kind) {}

  private final GeneratedFile file;
  private final Map<String, String> paramVars = new HashMap<>();
  private final Map<String, Kind> paramKinds = new HashMap<>();
  private final Map<String, String> resourceVars = new HashMap<>();
  /** The class of each resource variable (canonical name), as declared. */
  private final Map<String, String> resourceClasses = new HashMap<>();
  /** Plain trees only (no Fn calls): for patches and whole-tree templates. */
  private boolean plain;

  Exprs(GeneratedFile file) {
    this.file = file;
  }

  /** From now on {@code get_param: name} is {@code var.get()}. */
  void bindParameter(String name, String var, Kind kind) {
    paramVars.put(name, var);
    paramKinds.put(name, kind);
  }

  /**
   * From now on {@code get_resource: name} is {@code var.ref()}, or {@code var} itself where a
   * setter takes {@code resourceClass} (canonical name; {@link #handle}).
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
  CodeBlock handle(Object value, List<String> references, TypeMapping.Kind parameterKind) {
    if (plain || !(value instanceof Map<?, ?> m) || m.size() != 1) {
      return null;
    }
    Object a = m.values().iterator().next();
    if (m.containsKey("get_resource")
        && a instanceof String r
        && resourceVars.containsKey(r)
        && references.contains(resourceClasses.get(r))) {
      return CodeBlock.of("$L", resourceVars.get(r));
    }
    if (m.containsKey("get_param")
        && a instanceof String p
        && parameterKind != null
        && paramVars.containsKey(p)
        && parameterFits(paramKinds.get(p), parameterKind)) {
      return CodeBlock.of("$L", paramVars.get(p));
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
  static CodeBlock nullValue() {
    return CodeBlock.of("$T.of(null)", Dsl.VALUE);
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

  /** A label or description: a string, or the scalar as written. */
  static CodeBlock lit(Object v) {
    return v instanceof String s ? Src.string(s) : Src.scalar(v);
  }

  static String str(Object v) {
    return v == null ? null : String.valueOf(v);
  }

  /** {@code List.of("a", "b")}. */
  static CodeBlock stringList(List<?> names) {
    return CodeBlock.of("$T.of($L)", Dsl.LIST, strings(names));
  }

  /** {@code "a", "b"}. */
  static CodeBlock strings(List<?> names) {
    return CodeBlock.join(names.stream().map(n -> Src.string((String) n)).toList(), ", ");
  }

  /** The values as the arguments of a call. */
  CodeBlock args(List<?> values) {
    List<CodeBlock> q = new ArrayList<>();
    values.forEach(n -> q.add(expr(n).code));
    return arguments(q, values.toArray());
  }

  /** The code of a plain tree (functions as maps). */
  CodeBlock plainExpr(Object v) {
    boolean was = plain;
    plain = true;
    try {
      return expr(v).code;
    } finally {
      plain = was;
    }
  }

  /** The code of any tree value in an Object context. */
  Expr expr(Object v) {
    CodeBlock s = Src.scalar(v);
    if (s != null) {
      return new Expr(s, Kind.LITERAL);
    }
    if (v instanceof String str) {
      return new Expr(Src.string(str), Kind.LITERAL);
    }
    if (isFunction(v) && !plain) {
      return function((Map<?, ?>) v);
    }
    if (v instanceof Map<?, ?> m) {
      List<CodeBlock> parts = new ArrayList<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        parts.add(CodeBlock.of(
            "$L, $L", Src.string(String.valueOf(e.getKey())), expr(e.getValue()).code));
      }
      return new Expr(file.call(GeneratedFile.Helper.MAP, arguments(parts, m)), Kind.LITERAL);
    }
    if (v instanceof List<?> l) {
      List<CodeBlock> parts = new ArrayList<>();
      l.forEach(x -> parts.add(expr(x).code));
      return new Expr(file.call(GeneratedFile.Helper.LIST, arguments(parts, l)), Kind.LITERAL);
    }
    throw new IllegalArgumentException("not a tree value: " + v);
  }

  /**
   * {@code parts} as the arguments of a call: on one line ({@code ,$W}: JavaPoet wraps it past
   * its width) when {@code trees}, the values they are written from, are small ({@link #small});
   * else one a line, two levels in.
   */
  static CodeBlock arguments(List<CodeBlock> parts, Object... trees) {
    return small(trees) ? CodeBlock.join(parts, ",$W") : onePerLine(parts);
  }

  /** {@code parts} as the arguments of a call, one a line, two levels in. */
  static CodeBlock onePerLine(List<CodeBlock> parts) {
    return CodeBlock.of("$>$>\n$L$<$<", CodeBlock.join(parts, ",\n"));
  }

  /** Whether {@code trees} hold {@link #SMALL} nodes at most and no multi-line string. */
  static boolean small(Object... trees) {
    int[] budget = {SMALL};
    for (Object t : trees) {
      if (!small(t, budget)) {
        return false;
      }
    }
    return true;
  }

  private static boolean small(Object t, int[] budget) {
    if (--budget[0] < 0
        || (t instanceof String s && s.indexOf('\n') >= 0 && s.indexOf('\n') < s.length() - 1)) {
      return false;
    }
    if (t instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!small(e.getKey(), budget) || !small(e.getValue(), budget)) {
          return false;
        }
      }
    } else if (t instanceof List<?> l) {
      for (Object x : l) {
        if (!small(x, budget)) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code Fn.name(args)}. */
  private static CodeBlock fn(String name, CodeBlock args) {
    return CodeBlock.of("$T.$L($L)", Dsl.FN, name, args);
  }

  private Expr function(Map<?, ?> m) {
    String name = (String) m.keySet().iterator().next();
    Object a = m.values().iterator().next();
    switch (name) {
      case "get_param" -> {
        if (a instanceof String p) {
          if (paramVars.containsKey(p)) {
            return new Expr(CodeBlock.of("$L.get()", paramVars.get(p)), paramKinds.get(p));
          }
          return new Expr(fn("getParam", Src.string(p)), Kind.ANY);
        }
        if (a instanceof List<?> l
            && l.size() > 1
            && l.get(0) instanceof String p
            && l.stream().noneMatch(x -> x == null)) {
          List<?> path = l.subList(1, l.size());
          List<CodeBlock> parts = new ArrayList<>();
          path.forEach(x -> parts.add(expr(x).code));
          if (paramVars.containsKey(p)) {
            return new Expr(
                CodeBlock.of("$L.get($L)", paramVars.get(p), arguments(parts, path.toArray())),
                Kind.ANY);
          }
          parts.add(0, Src.string(p));
          return new Expr(fn("getParam", arguments(parts, l.toArray())), Kind.ANY);
        }
      }
      case "get_resource" -> {
        if (a instanceof String r && !r.isEmpty()) {
          if (resourceVars.containsKey(r)) {
            return new Expr(CodeBlock.of("$L.ref()", resourceVars.get(r)), Kind.STRING);
          }
          return new Expr(fn("getResource", Src.string(r)), Kind.STRING);
        }
      }
      case "get_attr" -> {
        if (a instanceof List<?> l
            && l.size() >= 2
            && l.get(0) instanceof String r
            && !r.isEmpty()
            && l.get(1) instanceof String
            && l.stream().noneMatch(x -> x == null)) {
          List<?> path = l.subList(1, l.size());
          List<CodeBlock> parts = new ArrayList<>();
          path.forEach(x -> parts.add(expr(x).code));
          if (resourceVars.containsKey(r)) {
            return new Expr(
                CodeBlock.of("$L.attr($L)", resourceVars.get(r), arguments(parts, path.toArray())),
                Kind.ANY);
          }
          parts.add(0, Src.string(r));
          return new Expr(fn("getAttr", arguments(parts, l.toArray())), Kind.ANY);
        }
      }
      case "get_file" -> {
        if (a instanceof String f && !f.isEmpty()) {
          return new Expr(fn("getFile", Src.string(f)), Kind.STRING);
        }
      }
      case "str_replace", "str_replace_strict", "str_replace_vstrict" -> {
        if (a instanceof Map<?, ?> args
            && List.copyOf(args.keySet()).equals(List.of("template", "params"))
            && args.get("template") != null
            && args.get("params") instanceof Map<?, ?> params
            && !isFunction(params)) {
          String method = switch (name) {
            case "str_replace" -> "strReplace";
            case "str_replace_strict" -> "strReplaceStrict";
            default -> "strReplaceVstrict";
          };
          List<CodeBlock> parts = List.of(expr(args.get("template")).code, expr(params).code);
          return new Expr(fn(method, arguments(parts, args.get("template"), params)), Kind.STRING);
        }
      }
      case "list_join" -> {
        if (a instanceof List<?> l && l.size() >= 2 && l.get(0) instanceof String d) {
          List<CodeBlock> parts = new ArrayList<>();
          parts.add(Src.string(d));
          l.subList(1, l.size()).forEach(x -> parts.add(expr(x).code));
          return new Expr(fn("listJoin", arguments(parts, l.toArray())), Kind.STRING);
        }
      }
      default -> {}
    }
    return new Expr(
        fn("call", arguments(List.of(Src.string(name), expr(a).code), name, a)), Kind.ANY);
  }
}
