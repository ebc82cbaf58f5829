package io.hotdsl.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
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

  ParameterEmitter(TemplateEmitter emitter, Exprs exprs) {
    this.emitter = emitter;
    this.exprs = exprs;
  }

  CodeBlock parameter(String name, Map<?, ?> def, Template.Builder model) {
    ParameterType type = ParameterType.fromKey(String.valueOf(def.get("type")))
        .orElseThrow(() -> new IllegalArgumentException("parameter " + name + ": type"));
    String factoryName;
    TypeName javaType;
    Exprs.Kind kind;
    switch (type) {
      case STRING -> {
        factoryName = "string";
        javaType = Dsl.STRING;
        kind = Exprs.Kind.STRING;
      }
      case NUMBER -> {
        factoryName = "number";
        javaType = ClassName.get(Number.class);
        kind = Exprs.Kind.NUMBER;
      }
      case BOOLEAN -> {
        factoryName = "bool";
        javaType = ClassName.get(Boolean.class);
        kind = Exprs.Kind.BOOLEAN;
      }
      case JSON -> {
        Exprs.Kind held = emitter.jsonKind(name);
        if (held == Exprs.Kind.MAP) {
          factoryName = "jsonMap";
          javaType = Dsl.STRING_OBJECT_MAP;
          kind = Exprs.Kind.MAP;
        } else if (held == Exprs.Kind.LIST) {
          factoryName = "jsonList";
          javaType = ParameterizedTypeName.get(Dsl.LIST, Dsl.OBJECT);
          kind = Exprs.Kind.LIST;
        } else {
          factoryName = "json";
          javaType = Dsl.OBJECT;
          kind = Exprs.Kind.OBJECT;
        }
      }
      default -> {
        factoryName = "commaDelimitedList";
        javaType = ParameterizedTypeName.get(Dsl.LIST, Dsl.STRING);
        kind = Exprs.Kind.LIST;
      }
    }
    Parameter.Builder<Object> b = Parameter.ofType(name, type);
    Chain chain = Chain.of("$T.$L($L)", Dsl.PARAMETER, factoryName, Src.string(name));
    if (def.get("label") instanceof String s) {
      b.label(s);
      chain.call("label", Src.string(s));
    }
    if (def.get("description") instanceof String s) {
      b.description(s);
      chain.call("description", Src.string(s));
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
      CodeBlock value = type == ParameterType.COMMA_DELIMITED_LIST && typed
          ? Exprs.stringList((List<?>) d)
          : exprs.expr(d).code();
      chain.call(typed ? "defaultValue" : "defaultTree", value);
    }
    if (Boolean.TRUE.equals(def.get("hidden"))) {
      b.hidden(true);
      chain.call("hidden", "true");
    }
    if (Boolean.TRUE.equals(def.get("immutable"))) {
      b.immutable(true);
      chain.call("immutable", "true");
    }
    if (def.get("tags") instanceof List<?> tags
        && tags.stream().allMatch(x -> x instanceof String)) {
      tags.forEach(x -> b.tags((String) x));
      chain.call("tags", Exprs.strings(tags));
    }
    if (def.get("constraints") instanceof List<?> cs) {
      for (Object c : cs) {
        CodeBlock code = constraint((Map<?, ?>) c, b);
        if (code != null) {
          chain.call("constraint", code);
        }
      }
    }
    model.parameter(b.build());
    String var = emitter.parameterVariable(name, kind);
    if (var != null) {
      return Src.statement(
          "$T $L = t.parameter($L)",
          ParameterizedTypeName.get(Dsl.PARAMETER, javaType),
          var,
          chain.build());
    }
    return Src.statement("t.parameter($L)", chain.build());
  }

  private CodeBlock constraint(Map<?, ?> c, Parameter.Builder<Object> b) {
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
    CodeBlock code = null;
    Map<?, ?> m = spec instanceof Map<?, ?> mm ? mm : null;
    switch (kind) {
      case ALLOWED_VALUES -> {
        if (spec instanceof List<?> l
            && !l.isEmpty()
            && l.stream()
                .allMatch(
                    x -> x instanceof String || x instanceof Number || x instanceof Boolean)) {
          code = CodeBlock.of("$T.allowedValues($L)", Dsl.CONSTRAINT, exprs.args(l));
        }
      }
      case ALLOWED_PATTERN -> {
        if (spec instanceof String s) {
          try {
            Constraint.allowedPattern(s);
            code = CodeBlock.of("$T.allowedPattern($L)", Dsl.CONSTRAINT, Src.string(s));
          } catch (IllegalArgumentException e) {
            code = null;
          }
        }
      }
      case CUSTOM_CONSTRAINT -> {
        if (spec instanceof String s) {
          code = CodeBlock.of("$T.customConstraint($L)", Dsl.CONSTRAINT, Src.string(s));
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
          code = CodeBlock.of(
              "$T.$L($L, $L)",
              Dsl.CONSTRAINT,
              kind == Constraint.Kind.LENGTH ? "length" : "range",
              Src.scalar(m.get("min")),
              Src.scalar(m.get("max")));
        }
      }
      default -> code = null;
    }
    if (code == null) {
      code = CodeBlock.of(
          "new $T($T.$L, $L, $L)",
          Dsl.CONSTRAINT,
          Dsl.CONSTRAINT.nestedClass("Kind"),
          kind.name(),
          exprs.expr(spec).code(),
          Exprs.lit(desc));
    } else if (desc != null) {
      code = Chain.of(code).call("withDescription", Src.string(desc)).build();
    }
    return code;
  }
}
