package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
import io.hotdsl.codegen.ApiShapes;
import io.hotdsl.codegen.PropertyShape;
import io.hotdsl.codegen.TypeMapping;
import io.hotdsl.codegen.TypeShape;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import io.hotdsl.model.BuilderChecks;
import io.hotdsl.model.Resource;
import io.hotdsl.resources.HeatResourceTypes;
import io.hotdsl.schema.DeprecatedProperties;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeProvider;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A resource's properties through the typed setters of its generated class, chosen by the API
 * shape codegen publishes ({@link ApiShapes}) for the schemas hot-dsl-resources was generated
 * from ({@link HeatResourceTypes}): the setter and adder names, the parameter kinds and what
 * {@code build()} checks all come from the generator, and nothing calls the generated classes.
 * The model is built alongside with the values the setters would store, and checked as their
 * {@code build()} checks them ({@link TypeShape#problems}); a value no typed setter takes falls
 * back to {@code .property(key, value)}.
 */
final class TypedSetters {
  private static final String RESOURCES_PACKAGE = "io.hotdsl.resources";
  /** The types of hot-dsl-resources and the schemas they were generated from. */
  private static final ResourceTypeProvider GENERATED = new HeatResourceTypes();

  private static final Map<String, Optional<TypeShape>> SHAPES = new ConcurrentHashMap<>();
  private static volatile List<ResourceTypeSchema> allTypes;

  /** What one overload of a setter or adder takes. */
  private enum Param {
    STRING,
    LONG,
    NUMBER,
    BOOLEAN,
    OBJECT,
    MAP,
    LIST,
    STRUCT,
    VALUE
  }

  /**
   * One overload: {@code of} is the item kind of a {@code LIST} (null: any items) or the kind a
   * {@code VALUE} yields; {@code struct} the nested class a {@code STRUCT} (or a list of them)
   * takes; {@code references} the resource classes it also takes, and {@code parameters} whether
   * a {@code Parameter} of kind {@code of} fits it (an expression overload only).
   */
  private record Overload(
      Param param,
      TypeMapping.Kind of,
      TypeShape struct,
      List<String> references,
      boolean parameters) {
    Overload(Param param, TypeMapping.Kind of, TypeShape struct) {
      this(param, of, struct, List.of(), false);
    }
  }

  /**
   * The code of an argument (or of setter and adder calls) and the value the setter stores for
   * it.
   */
  private record Arg(CodeBlock code, Object value) {}

  private final ResourceEmitter resources;
  private final Exprs exprs;

  TypedSetters(ResourceEmitter resources, Exprs exprs) {
    this.resources = resources;
    this.exprs = exprs;
  }

  /** The shape of the generated class of {@code type}, if hot-dsl-resources has one. */
  static Optional<TypeShape> shapeOf(String type) {
    if (type == null || !GENERATED.types().contains(type)) {
      return Optional.empty();
    }
    return SHAPES.computeIfAbsent(
        type, t -> GENERATED.schema(t).map(s -> ApiShapes.of(RESOURCES_PACKAGE, s, allTypes())));
  }

  /** Every generated type's schema: which resource classes a setter takes depends on them. */
  private static List<ResourceTypeSchema> allTypes() {
    List<ResourceTypeSchema> all = allTypes;
    if (all == null) {
      all = GENERATED.types().stream()
          .sorted()
          .map(t -> GENERATED.schema(t).orElseThrow())
          .toList();
      allTypes = all;
    }
    return all;
  }

  /**
   * Builds resource {@code name} as its typed builder would, appending the calls to chain {@code
   * c} ({@code Server.builder("web")}); a property no typed setter takes is set with {@code
   * .property} and noted.
   *
   * @throws IllegalArgumentException when the typed builder's {@code build()} would refuse the
   *     values, in its words
   */
  Resource build(String name, String type, TypeShape shape, Map<?, ?> def, Chain c) {
    ResourceTypeSchema schema = GENERATED
        .schema(type)
        .orElseThrow(() -> new IllegalStateException("no schema for " + type));
    Map<String, Object> stored = new LinkedHashMap<>();
    if (def.get("properties") instanceof Map<?, ?> props) {
      for (Map.Entry<?, ?> e : props.entrySet()) {
        String key = (String) e.getKey();
        Object value = e.getValue();
        PropertyShape p = shape.property(key).orElse(null);
        Arg arg = null;
        if (p != null && value != null) {
          arg = set(p, value, schema.properties().get(key));
          if (arg == null && value instanceof List<?> items && p.adder() != null) {
            arg = add(p, items, schema.properties().get(key));
          }
        }
        CodeBlock code;
        if (arg != null) {
          stored.put(key, arg.value());
          code = arg.code();
        } else {
          stored.put(key, value == null ? Value.of(null) : Exprs.model(value));
          code = CodeBlock.of(
              ".property($L, $L)",
              Src.string(key),
              value == null ? Exprs.nullValue() : exprs.expr(value).code());
          resources.note(
              "resources." + name + ".properties." + key,
              p == null
                  ? DeprecatedProperties.of(type, key)
                      .map(u -> u.message() + "; set with .property "
                          + "as written"
                          + u.replacement()
                              .flatMap(shape::property)
                              .map(r -> " (the typed " + "setter is ." + r.setter() + ")")
                              .orElse(""))
                      .orElse("not a property of " + type + "; set with .property")
                  : "the value does not fit the typed setter; set with .property");
        }
        c.calls(List.of(code));
      }
    }
    BuilderChecks.throwIfAny(shape.problems(stored), "resource " + name + " (" + type + ")");
    Resource.GenericBuilder builder = Resource.builder(name, type);
    stored.forEach(builder::property);
    resources.sections(def, builder, c);
    return builder.build();
  }

  private static List<Overload> setterOverloads(PropertyShape p) {
    List<Overload> out = new ArrayList<>();
    switch (p.kind()) {
      case STRING -> out.add(new Overload(Param.STRING, null, null));
      case INTEGER -> out.add(new Overload(Param.LONG, null, null));
      case NUMBER -> out.add(new Overload(Param.NUMBER, null, null));
      case BOOLEAN -> out.add(new Overload(Param.BOOLEAN, null, null));
      case LIST -> out.add(new Overload(Param.LIST, p.itemKind(), p.struct()));
      case MAP -> out.add(new Overload(Param.MAP, null, null));
      case NESTED_MAP -> {
        out.add(new Overload(Param.STRUCT, null, p.struct()));
        out.add(new Overload(Param.MAP, null, null));
      }
      case ANY -> out.add(new Overload(Param.OBJECT, null, null));
      default -> throw new AssertionError(p.kind());
    }
    if (p.takesValue()) {
      // with the Parameter overload every setter has, and the resource classes it takes
      out.add(new Overload(Param.VALUE, p.kind(), null, p.references(), true));
    }
    return out;
  }

  private static List<Overload> adderOverloads(PropertyShape p) {
    List<Overload> out = new ArrayList<>();
    TypeMapping.Kind item = p.itemKind() == null ? TypeMapping.Kind.ANY : p.itemKind();
    switch (item) {
      case STRING -> out.add(new Overload(Param.STRING, null, null));
      case INTEGER -> out.add(new Overload(Param.LONG, null, null));
      case NUMBER -> out.add(new Overload(Param.NUMBER, null, null));
      case BOOLEAN -> out.add(new Overload(Param.BOOLEAN, null, null));
      case LIST -> out.add(new Overload(Param.LIST, null, null));
      case MAP -> out.add(new Overload(Param.MAP, null, null));
      case NESTED_MAP -> out.add(new Overload(Param.STRUCT, null, p.struct()));
      case ANY -> out.add(new Overload(Param.OBJECT, null, null));
      default -> throw new AssertionError(item);
    }
    if (p.adderTakesValue()) {
      out.add(new Overload(Param.VALUE, item, null, p.itemReferences(), true));
    }
    return out;
  }

  /**
   * The first setter overload of {@code p} that takes {@code value} and stores it as written:
   * its code and the stored value (a list as a copy), or null when none does.
   */
  private Arg set(PropertyShape p, Object value, PropertySchema schema) {
    for (Overload o : setterOverloads(p)) {
      Arg arg = argument(o, value, schema);
      if (arg == null) {
        continue;
      }
      Object stored =
          o.param() == Param.LIST ? BuilderChecks.list((List<?>) arg.value()) : arg.value();
      if (Src.treeEquals(Trees.toTree(stored), value)) {
        return new Arg(CodeBlock.of(".$L($L)", Src.name(p.setter()), arg.code()), stored);
      }
    }
    return null;
  }

  /** The list {@code items} item by item through the adder, or null when one does not fit. */
  private Arg add(PropertyShape p, List<?> items, PropertySchema schema) {
    if (items.isEmpty()) {
      return null;
    }
    PropertySchema item = schema == null ? null : schema.itemSchema();
    List<CodeBlock> codes = new ArrayList<>();
    Object stored = null;
    for (Object x : items) {
      if (x == null) {
        return null;
      }
      CodeBlock code = null;
      for (Overload o : adderOverloads(p)) {
        Arg arg = argument(o, x, item);
        if (arg != null) {
          stored = BuilderChecks.append(stored, arg.value());
          code = CodeBlock.of(".$L($L)", Src.name(p.adder()), arg.code());
          break;
        }
      }
      if (code == null) {
        return null;
      }
      codes.add(code);
    }
    return Src.treeEquals(Trees.toTree(stored), items)
        ? new Arg(CodeBlock.join(codes, "\n"), stored)
        : null;
  }

  /** The code and the Java value of {@code value} for overload {@code o}, or null. */
  private Arg argument(Overload o, Object value, PropertySchema schema) {
    Param p = o.param();
    if (Exprs.isFunction(value)) {
      if (p == Param.OBJECT) {
        return new Arg(exprs.expr(value).code(), Exprs.model(value)); // any value
      }
      if (p != Param.VALUE) {
        return null;
      }
      CodeBlock handle = exprs.handle(value, o.references(), o.parameters() ? o.of() : null);
      if (handle != null) {
        return new Arg(handle, Exprs.model(value)); // .network(net), .image(image)
      }
      Exprs.Expr e = exprs.expr(value);
      if (!fits(e.kind(), o.of())
          && value instanceof Map<?, ?> fm
          && fm.get("get_param") instanceof String p0) {
        e = new Exprs.Expr(CodeBlock.of("$T.getParam($L)", Dsl.FN, Src.string(p0)), Exprs.Kind.ANY);
      }
      if (!fits(e.kind(), o.of())) {
        return null;
      }
      return new Arg(e.code(), Exprs.model(value));
    }
    if (value instanceof String s) {
      return p == Param.STRING || p == Param.OBJECT ? new Arg(Src.string(s), s) : null;
    }
    if (value instanceof Boolean bo) {
      return p == Param.BOOLEAN || p == Param.OBJECT ? new Arg(CodeBlock.of("$L", bo), bo) : null;
    }
    if (value instanceof Integer || value instanceof Long) {
      long l = ((Number) value).longValue();
      if (p == Param.LONG) {
        return new Arg(Src.scalar(l), l);
      }
      return p == Param.NUMBER || p == Param.OBJECT ? new Arg(Src.scalar(value), value) : null;
    }
    if (value instanceof Double d) {
      return p == Param.NUMBER || p == Param.OBJECT ? new Arg(Src.scalar(d), d) : null;
    }
    if (value instanceof Map<?, ?> map) {
      if (p == Param.MAP || p == Param.OBJECT) {
        return new Arg(exprs.expr(map).code(), Exprs.model(map));
      }
      if (p == Param.STRUCT && schema != null) {
        return nested(o.struct(), map, schema);
      }
      return null;
    }
    if (value instanceof List<?> list) {
      if (p == Param.OBJECT) {
        return new Arg(exprs.expr(list).code(), Exprs.model(list));
      }
      return p == Param.LIST ? list(o, list, schema) : null;
    }
    return null;
  }

  /** A list for a {@code List<…>} parameter whose items are of kind {@code o.of()}. */
  private Arg list(Overload o, List<?> list, PropertySchema schema) {
    if (list.isEmpty()) {
      return new Arg(CodeBlock.of("$T.of()", Dsl.LIST), List.of());
    }
    TypeMapping.Kind item = o.of() == null ? TypeMapping.Kind.ANY : o.of();
    switch (item) {
      case STRING -> {
        if (list.stream().allMatch(x -> x instanceof String)) {
          return new Arg(
              listOf(list.stream().map(x -> Src.string((String) x)).toList(), list),
              List.copyOf(list));
        }
        return null;
      }
      case INTEGER -> {
        if (list.stream().allMatch(x -> x instanceof Long || x instanceof Integer)) {
          return new Arg(
              listOf(
                  list.stream()
                      .map(x -> CodeBlock.of("$LL", ((Number) x).longValue()))
                      .toList(),
                  list),
              list.stream().map(x -> ((Number) x).longValue()).toList());
        }
        return null;
      }
      case BOOLEAN -> {
        if (list.stream().allMatch(x -> x instanceof Boolean)) {
          return new Arg(
              listOf(list.stream().map(x -> CodeBlock.of("$L", x)).toList(), list),
              List.copyOf(list));
        }
        return null;
      }
      case NESTED_MAP -> {
        if (schema == null
            || schema.itemSchema() == null
            || !list.stream().allMatch(x -> x instanceof Map && !Exprs.isFunction(x))) {
          return null;
        }
        List<Object> items = new ArrayList<>();
        List<CodeBlock> codes = new ArrayList<>();
        for (Object x : list) {
          Arg one = nested(o.struct(), (Map<?, ?>) x, schema.itemSchema());
          if (one == null) {
            return null;
          }
          items.add(one.value());
          codes.add(one.code());
        }
        return new Arg(CodeBlock.of("$T.of($L)", Dsl.LIST, Exprs.onePerLine(codes)), items);
      }
      default -> {
        // List<?>, List<? extends Number>, List<? extends Map<…>>, List<? extends List<?>>
        if (list.stream().anyMatch(x -> x == null)) {
          return null;
        }
        List<CodeBlock> codes = new ArrayList<>();
        list.forEach(x -> codes.add(exprs.expr(x).code()));
        return new Arg(listOf(codes, list), Exprs.model(list));
      }
    }
  }

  /** {@code List.of(…)} of {@code codes}, written from the items of {@code list}. */
  private static CodeBlock listOf(List<CodeBlock> codes, List<?> list) {
    return CodeBlock.of("$T.of($L)", Dsl.LIST, Exprs.arguments(codes, list.toArray()));
  }

  /**
   * A nested value through its class's builder, or null when a key does not fit it or its
   * {@code build()} would refuse it ({@link TypeShape#problems}); the value is the map of what
   * its setters store, which renders as the built value does.
   */
  private Arg nested(TypeShape struct, Map<?, ?> map, PropertySchema schema) {
    if (struct == null
        || schema.schema().isEmpty()
        || !map.keySet().stream()
            .allMatch(k -> k instanceof String s
                && schema.schema().containsKey(s)
                && struct.properties().containsKey(s))) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Chain c = Chain.of("$T.builder()", Dsl.ofBinary(struct.binaryName()));
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() == null) {
        return null;
      }
      String key = (String) e.getKey();
      Arg arg = set(struct.properties().get(key), e.getValue(), schema.schema().get(key));
      if (arg == null) {
        return null;
      }
      BuilderChecks.put(values, key, arg.value());
      c.calls(List.of(arg.code()));
    }
    if (!struct.problems(values).isEmpty() || !Src.treeEquals(Trees.toTree(values), map)) {
      return null;
    }
    return new Arg(c.call("build", "").build(), values);
  }

  /** Whether an expression of kind {@code kind} fits {@code Value<…>} of kind {@code of}. */
  private static boolean fits(Exprs.Kind kind, TypeMapping.Kind of) {
    if (kind == Exprs.Kind.ANY) {
      return true;
    }
    if (of == null) {
      return false;
    }
    return switch (of) {
      case STRING -> kind == Exprs.Kind.STRING;
      case BOOLEAN -> kind == Exprs.Kind.BOOLEAN;
      case INTEGER, NUMBER -> kind == Exprs.Kind.NUMBER;
      case LIST -> kind == Exprs.Kind.LIST;
      case MAP, NESTED_MAP -> kind == Exprs.Kind.MAP;
      case ANY -> false;
    };
  }
}
