package io.hotdsl.importer;

import io.hotdsl.model.Constraint;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Template;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The code of one template parameter: {@code t.parameter(Parameter.string("image")…)}. */
final class ParameterEmitter {
  private final TemplateEmitter emitter;
  private final Exprs exprs;
  private final HotImporter.Imports imports;

  ParameterEmitter(TemplateEmitter emitter, Exprs exprs, HotImporter.Imports imports) {
    this.emitter = emitter;
    this.exprs = exprs;
    this.imports = imports;
  }

  String parameter(String name, Map<?, ?> def, Template.Builder model) {
    ParameterType type = ParameterType.fromKey(String.valueOf(def.get("type")))
        .orElseThrow(() -> new IllegalArgumentException("parameter " + name + ": type"));
    String factoryName;
    String javaType;
    Exprs.Kind kind;
    switch (type) {
      case STRING -> {
        factoryName = "string";
        javaType = "String";
        kind = Exprs.Kind.STRING;
      }
      case NUMBER -> {
        factoryName = "number";
        javaType = "Number";
        kind = Exprs.Kind.NUMBER;
      }
      case BOOLEAN -> {
        factoryName = "bool";
        javaType = "Boolean";
        kind = Exprs.Kind.BOOLEAN;
      }
      case JSON -> {
        Exprs.Kind held = emitter.jsonKind(name);
        if (held == Exprs.Kind.MAP) {
          factoryName = "jsonMap";
          javaType = "Map<String, Object>";
          kind = Exprs.Kind.MAP;
        } else if (held == Exprs.Kind.LIST) {
          factoryName = "jsonList";
          javaType = "List<Object>";
          kind = Exprs.Kind.LIST;
        } else {
          factoryName = "json";
          javaType = "Object";
          kind = Exprs.Kind.OBJECT;
        }
      }
      default -> {
        factoryName = "commaDelimitedList";
        javaType = "List<String>";
        kind = Exprs.Kind.LIST;
      }
    }
    Parameter.Builder<Object> b = Parameter.ofType(name, type);
    StringBuilder chain =
        new StringBuilder("Parameter." + factoryName + "(" + Src.quote(name) + ")");
    String in = "      ";
    if (def.get("label") instanceof String s) {
      b.label(s);
      chain.append("\n").append(in).append(".label(").append(Src.string(s, in)).append(")");
    }
    if (def.get("description") instanceof String s) {
      b.description(s);
      chain
          .append("\n")
          .append(in)
          .append(".description(")
          .append(Src.string(s, in))
          .append(")");
    }
    if (def.containsKey("default")) {
      Object d = def.get("default");
      b.defaultTree(d);
      boolean typed = d != null
          && switch (type) {
            case STRING -> d instanceof String;
            case NUMBER -> d instanceof Number;
            case BOOLEAN -> d instanceof Boolean;
            case JSON -> d instanceof Map || d instanceof List;
            default -> d instanceof List<?> l && l.stream().allMatch(x -> x instanceof String);
          };
      String value = type == ParameterType.COMMA_DELIMITED_LIST && typed
          ? exprs.stringList((List<?>) d)
          : exprs.expr(d, in).code();
      chain
          .append("\n")
          .append(in)
          .append(typed ? ".defaultValue(" : ".defaultTree(")
          .append(value)
          .append(")");
    }
    if (Boolean.TRUE.equals(def.get("hidden"))) {
      b.hidden(true);
      chain.append("\n").append(in).append(".hidden(true)");
    }
    if (Boolean.TRUE.equals(def.get("immutable"))) {
      b.immutable(true);
      chain.append("\n").append(in).append(".immutable(true)");
    }
    if (def.get("tags") instanceof List<?> tags
        && tags.stream().allMatch(x -> x instanceof String)) {
      tags.forEach(x -> b.tags((String) x));
      chain.append("\n").append(in).append(".tags(").append(Exprs.strings(tags)).append(")");
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
    String var = emitter.parameterVariable(name, kind);
    if (var != null) {
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
        if (spec instanceof List<?> l
            && !l.isEmpty()
            && l.stream()
                .allMatch(
                    x -> x instanceof String || x instanceof Number || x instanceof Boolean)) {
          code = "Constraint.allowedValues(" + exprs.args(l) + ")";
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
        if (m != null
            && !m.isEmpty()
            && Set.of("min", "max").containsAll(m.keySet())
            && m.values().stream()
                .allMatch(x -> k == Constraint.Kind.LENGTH
                    ? x instanceof Long || x instanceof Integer
                    : x instanceof Number)
            && (m.size() == 2 ? List.copyOf(m.keySet()).equals(List.of("min", "max")) : true)) {
          code = "Constraint." + (kind == Constraint.Kind.LENGTH ? "length(" : "range(")
              + (m.containsKey("min") ? Src.scalar(m.get("min")) : "null") + ", "
              + (m.containsKey("max") ? Src.scalar(m.get("max")) : "null") + ")";
        }
      }
      default -> code = null;
    }
    if (code == null) {
      code = "new Constraint(Constraint.Kind." + kind.name() + ", "
          + exprs.expr(spec, "      ").code()
          + ", " + exprs.lit(desc) + ")";
    } else if (desc != null) {
      code += "\n          .withDescription(" + Src.string(desc, "          ") + ")";
    }
    return code;
  }
}
