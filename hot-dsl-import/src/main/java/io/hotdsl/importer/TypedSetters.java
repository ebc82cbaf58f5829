package io.hotdsl.importer;

import io.hotdsl.codegen.ApiShapes;
import io.hotdsl.codegen.PropertyShape;
import io.hotdsl.codegen.TypeMapping;
import io.hotdsl.codegen.TypeShape;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Resource;
import io.hotdsl.schema.DeprecatedProperties;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A resource's properties through the typed setters of its generated class, chosen by the API
 * shape codegen publishes ({@link ApiShapes}): the setter and adder names and the parameter kinds
 * come from the generator, never from reading the class. Each call is made on a real builder too,
 * so a value the typed builder refuses falls back to {@code .property(key, value)}.
 */
final class TypedSetters {
  private static final String RESOURCES_PACKAGE = "io.hotdsl.resources";
  private static final Map<String, Optional<TypeShape>> SHAPES = new ConcurrentHashMap<>();

  /** What one overload of a setter or adder takes. */
  private enum Param { STRING, LONG, NUMBER, BOOLEAN, OBJECT, MAP, LIST, STRUCT, VALUE }

  /**
   * One overload: {@code of} is the item kind of a {@code LIST} (null: any items) or the kind a
   * {@code VALUE} yields; {@code struct} the nested class a {@code STRUCT} (or a list of them)
   * takes.
   */
  private record Overload(Param param, TypeMapping.Kind of, TypeShape struct) {}

  private final ResourceEmitter resources;
  private final Exprs exprs;
  private final HotImporter.Imports imports;

  TypedSetters(ResourceEmitter resources, Exprs exprs, HotImporter.Imports imports) {
    this.resources = resources;
    this.exprs = exprs;
    this.imports = imports;
  }

  /** The shape of the generated class of {@code type}, if there is one on the class path. */
  static Optional<TypeShape> shapeOf(String type) {
    if (type.endsWith(".yaml") || type.endsWith(".template") || type.contains("/")) {
      return Optional.empty();
    }
    return SHAPES.computeIfAbsent(type, t -> {
      try {
        Optional<ResourceTypeSchema> schema = ResourceTypes.lookup(t);
        if (schema.isEmpty()) {
          return Optional.empty();
        }
        TypeShape shape = ApiShapes.of(RESOURCES_PACKAGE, schema.get());
        return Resource.class.isAssignableFrom(Class.forName(shape.binaryName()))
            ? Optional.of(shape) : Optional.empty();
      } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
        return Optional.empty();
      }
    });
  }

  /**
   * Builds resource {@code name} with its typed builder, appending the code of the chain to
   * {@code c}; a property no typed setter takes is set with {@code .property} and noted.
   */
  Resource build(String name, String type, TypeShape shape, Map<?, ?> def, StringBuilder c)
      throws ReflectiveOperationException {
    ResourceTypeSchema schema = ResourceTypes.lookup(type).orElseThrow(
        () -> new IllegalStateException("no schema for " + type));
    Class<?> cls = Class.forName(shape.binaryName());
    Resource.Builder<?> builder =
        (Resource.Builder<?>) cls.getMethod("builder", String.class).invoke(null, name);
    c.append(shape.simpleName().equals(imports.add(shape.canonicalName())) ? shape.simpleName()
        : shape.canonicalName()).append(".builder(").append(Src.quote(name)).append(")");
    if (def.get("properties") instanceof Map<?, ?> props) {
      for (Map.Entry<?, ?> e : props.entrySet()) {
        String key = (String) e.getKey();
        Object value = e.getValue();
        PropertyShape p = shape.property(key).orElse(null);
        String code = null;
        if (p != null && value != null) {
          code = set(builder, p, value, schema.properties().get(key), "      ");
          if (code == null && value instanceof List<?> items && p.adder() != null) {
            builder.property(key, null); // whatever a refused setter left
            code = add(builder, p, items, schema.properties().get(key), "      ");
          }
        }
        if (code == null) {
          builder.property(key, value == null ? Value.of(null) : Exprs.model(value));
          code = ".property(" + Src.quote(key) + ", "
              + (value == null ? exprs.nullValue() : exprs.expr(value, "      ").code()) + ")";
          resources.note("resources." + name + ".properties." + key, p == null
              ? DeprecatedProperties.of(type, key).map(u -> u.message() + "; set with .property "
                  + "as written" + u.replacement().flatMap(shape::property).map(r -> " (the typed "
                  + "setter is ." + r.setter() + ")").orElse("")).orElse("not a property of " + type
                  + "; set with .property")
              : "the value does not fit the typed setter; set with .property");
        }
        c.append("\n      ").append(code);
      }
    }
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
      out.add(new Overload(Param.VALUE, p.kind(), null));
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
      out.add(new Overload(Param.VALUE, item, null));
    }
    return out;
  }

  /** The Java parameter type of an overload, to call it. */
  private static Class<?> javaType(Overload o) throws ClassNotFoundException {
    return switch (o.param()) {
      case STRING -> String.class;
      case LONG -> long.class;
      case NUMBER -> Number.class;
      case BOOLEAN -> boolean.class;
      case OBJECT -> Object.class;
      case MAP -> Map.class;
      case LIST -> List.class;
      case STRUCT -> Class.forName(o.struct().binaryName());
      case VALUE -> Value.class;
    };
  }

  /**
   * Calls the first setter overload of {@code p} that takes {@code value} and stores it as
   * written; returns its code, or null when none does.
   */
  private String set(Object builder, PropertyShape p, Object value, PropertySchema schema,
      String in) {
    for (Overload o : setterOverloads(p)) {
      Object[] arg = new Object[1];
      String code = argument(o, value, schema, in, arg);
      if (code == null) {
        continue;
      }
      try {
        builder.getClass().getMethod(p.setter(), javaType(o)).invoke(builder, arg[0]);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      // the setter stores its argument as given (a list as a copy)
      if (Src.treeEquals(Trees.toTree(arg[0]), value)) {
        return "." + p.setter() + "(" + code + ")";
      }
    }
    return null;
  }

  /** The list {@code items} item by item through the adder, or null when one does not fit. */
  private String add(Object builder, PropertyShape p, List<?> items, PropertySchema schema,
      String in) {
    if (items.isEmpty()) {
      return null;
    }
    PropertySchema item = schema == null ? null : schema.itemSchema();
    List<String> codes = new ArrayList<>();
    List<Object> added = new ArrayList<>();
    for (Object x : items) {
      if (x == null) {
        return null;
      }
      String code = null;
      for (Overload o : adderOverloads(p)) {
        Object[] arg = new Object[1];
        String c = argument(o, x, item, in, arg);
        if (c == null) {
          continue;
        }
        try {
          builder.getClass().getMethod(p.adder(), javaType(o)).invoke(builder, arg[0]);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return null;
        }
        added.add(Trees.toTree(arg[0]));
        code = "." + p.adder() + "(" + c + ")";
        break;
      }
      if (code == null) {
        return null;
      }
      codes.add(code);
    }
    return Src.treeEquals(added, items) ? String.join("\n" + in, codes) : null;
  }

  /** The code (and in {@code arg[0]} the Java value) of {@code value} for overload {@code o}. */
  private String argument(Overload o, Object value, PropertySchema schema, String in,
      Object[] arg) {
    Param p = o.param();
    if (Exprs.isFunction(value)) {
      if (p != Param.VALUE) {
        return null;
      }
      Exprs.Expr e = exprs.expr(value, in);
      if (!fits(e.kind(), o.of()) && value instanceof Map<?, ?> fm
          && fm.get("get_param") instanceof String p0) {
        e = new Exprs.Expr("Fn.getParam(" + Src.quote(p0) + ")",
            Exprs.Kind.ANY);
      }
      if (!fits(e.kind(), o.of())) {
        return null;
      }
      arg[0] = Exprs.model(value);
      return e.code();
    }
    if (value instanceof String s) {
      if (p == Param.STRING || p == Param.OBJECT) {
        arg[0] = s;
        return Src.string(s, in);
      }
      return null;
    }
    if (value instanceof Boolean bo) {
      if (p == Param.BOOLEAN || p == Param.OBJECT) {
        arg[0] = bo;
        return bo.toString();
      }
      return null;
    }
    if (value instanceof Integer || value instanceof Long) {
      long l = ((Number) value).longValue();
      if (p == Param.LONG) {
        arg[0] = l;
        return Src.scalar(l);
      }
      if (p == Param.NUMBER || p == Param.OBJECT) {
        arg[0] = value;
        return Src.scalar(value);
      }
      return null;
    }
    if (value instanceof Double d) {
      if (p == Param.NUMBER || p == Param.OBJECT) {
        arg[0] = d;
        return Src.scalar(d);
      }
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      if (p == Param.MAP || p == Param.OBJECT) {
        arg[0] = Exprs.model(map);
        return exprs.expr(map, in).code();
      }
      if (p == Param.STRUCT && schema != null) {
        return nested(o.struct(), map, schema, in, arg);
      }
      return null;
    }
    if (value instanceof List<?> list) {
      if (p == Param.OBJECT) {
        arg[0] = Exprs.model(list);
        return exprs.expr(list, in).code();
      }
      return p == Param.LIST ? list(o, list, schema, in, arg) : null;
    }
    return null;
  }

  /** A list for a {@code List<…>} parameter whose items are of kind {@code o.of()}. */
  private String list(Overload o, List<?> list, PropertySchema schema, String in, Object[] arg) {
    if (list.isEmpty()) {
      arg[0] = List.of();
      return "List.of()";
    }
    TypeMapping.Kind item = o.of() == null ? TypeMapping.Kind.ANY : o.of();
    switch (item) {
      case STRING -> {
        if (list.stream().allMatch(x -> x instanceof String)) {
          arg[0] = List.copyOf(list);
          return listOf(list.stream().map(x -> Src.string((String) x, in + "    ")).toList(), in);
        }
        return null;
      }
      case INTEGER -> {
        if (list.stream().allMatch(x -> x instanceof Long || x instanceof Integer)) {
          arg[0] = list.stream().map(x -> ((Number) x).longValue()).toList();
          return listOf(list.stream().map(x -> ((Number) x).longValue() + "L").toList(), in);
        }
        return null;
      }
      case BOOLEAN -> {
        if (list.stream().allMatch(x -> x instanceof Boolean)) {
          arg[0] = List.copyOf(list);
          return listOf(list.stream().map(String::valueOf).toList(), in);
        }
        return null;
      }
      case NESTED_MAP -> {
        if (schema == null || schema.itemSchema() == null
            || !list.stream().allMatch(x -> x instanceof Map && !Exprs.isFunction(x))) {
          return null;
        }
        List<Object> items = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Object x : list) {
          Object[] one = new Object[1];
          String code = nested(o.struct(), (Map<?, ?>) x, schema.itemSchema(), in + "    ", one);
          if (code == null) {
            return null;
          }
          items.add(one[0]);
          codes.add(code);
        }
        arg[0] = items;
        return listOf(codes, in);
      }
      default -> {
        // List<?>, List<? extends Number>, List<? extends Map<…>>, List<? extends List<?>>
        if (list.stream().anyMatch(x -> x == null)) {
          return null;
        }
        arg[0] = Exprs.model(list);
        List<String> codes = new ArrayList<>();
        list.forEach(x -> codes.add(exprs.expr(x, in + "    ").code()));
        return listOf(codes, in);
      }
    }
  }

  private static String listOf(List<String> codes, String in) {
    String flat = "List.of(" + String.join(", ", codes) + ")";
    if (flat.length() + in.length() < Src.WIDTH && !flat.contains("\n")) {
      return flat;
    }
    return "List.of(\n" + in + "    " + String.join(",\n" + in + "    ", codes) + ")";
  }

  /** A nested value through its class's builder, or null when a key does not fit it. */
  private String nested(TypeShape struct, Map<?, ?> map, PropertySchema schema, String in,
      Object[] arg) {
    if (struct == null || schema.schema().isEmpty() || !map.keySet().stream().allMatch(
        k -> k instanceof String s && schema.schema().containsKey(s)
            && struct.properties().containsKey(s))) {
      return null;
    }
    try {
      Class<?> cls = Class.forName(struct.binaryName());
      Object builder = cls.getMethod("builder").invoke(null);
      StringBuilder c = new StringBuilder(nestedName(struct) + ".builder()");
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() == null) {
          return null;
        }
        String key = (String) e.getKey();
        String code = set(builder, struct.properties().get(key), e.getValue(),
            schema.schema().get(key), in + "    ");
        if (code == null) {
          return null;
        }
        c.append("\n").append(in).append("    ").append(code);
      }
      Object built = builder.getClass().getMethod("build").invoke(builder);
      if (!Src.treeEquals(((Value<?>) built).toTree(), map)) {
        return null;
      }
      arg[0] = built;
      return c.append("\n").append(in).append("    .build()").toString();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** {@code Server.Network}: the top class imported, the nested path after it. */
  private String nestedName(TypeShape struct) {
    String binary = struct.binaryName();
    int dollar = binary.indexOf('$');
    String top = dollar < 0 ? binary : binary.substring(0, dollar);
    return imports.add(top) + struct.canonicalName().substring(top.length());
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
