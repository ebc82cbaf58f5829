package io.hotdsl.importer;

import io.hotdsl.codegen.JavaText;
import io.hotdsl.codegen.TypeShape;
import io.hotdsl.model.DeletionPolicy;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.List;
import java.util.Map;

/**
 * The code of one resource: through its typed class's builder where one exists and takes it
 * ({@link TypedSetters}), else through {@code Resource.builder(name, type)}.
 */
final class ResourceEmitter {
  private final TemplateEmitter emitter;
  private final Exprs exprs;
  private final HotImporter.Imports imports;

  ResourceEmitter(TemplateEmitter emitter, Exprs exprs, HotImporter.Imports imports) {
    this.emitter = emitter;
    this.exprs = exprs;
    this.imports = imports;
  }

  String resource(String name, Map<?, ?> def, Template.Builder model) {
    String type = (String) def.get("type");
    TypeShape typed = TypedSetters.shapeOf(type).orElse(null);
    StringBuilder out = new StringBuilder();
    if (def.get("description") instanceof String d) {
      out.append(JavaText.lineComments(d.strip(), "  "));
    }
    String declared = null;
    String declaredClass = "io.hotdsl.model.Resource";
    String chain = null;
    Resource built = null;
    if (typed != null) {
      int mark = emitter.mark();
      try {
        StringBuilder c = new StringBuilder();
        Resource r = new TypedSetters(this, exprs, imports).build(name, type, typed, def, c);
        chain = c.toString();
        built = r;
        declared = imports.add(typed.canonicalName());
        declaredClass = typed.canonicalName();
      } catch (RuntimeException e) {
        emitter.rollback(mark);
        String why = e.getMessage();
        emitter.note(
            "resources." + name,
            "the typed builder " + typed.simpleName()
                + " rejects it (" + String.valueOf(why).replace('\n', ' ')
                + "); built with Resource.builder");
      }
    } else {
      emitter.note(
          "resources." + name,
          "type " + type + " has no typed class; built with " + "Resource.builder");
    }
    if (chain == null) {
      imports.add("io.hotdsl.model.Resource");
      declared = "Resource";
      Resource.GenericBuilder b = Resource.builder(name, type);
      StringBuilder c =
          new StringBuilder("Resource.builder(" + Src.quote(name) + ", " + Src.quote(type) + ")");
      if (def.get("properties") instanceof Map<?, ?> props) {
        for (Map.Entry<?, ?> e : props.entrySet()) {
          Object value = e.getValue();
          b.property(
              (String) e.getKey(), value == null ? io.hotdsl.functions.Value.of(null) : value);
          c.append("\n      .property(")
              .append(Src.quote((String) e.getKey()))
              .append(", ")
              .append(
                  value == null
                      ? exprs.nullValue()
                      : exprs.expr(value, "      ").code())
              .append(")");
        }
      }
      sections(def, b, c);
      built = b.build();
      chain = c.toString();
    }
    model.resource(built);
    String var = emitter.resourceVariable(name, declaredClass);
    if (var != null) {
      out.append("  ")
          .append(declared)
          .append(' ')
          .append(var)
          .append(" = t.resource(")
          .append(chain)
          .append("\n      .build());\n");
    } else {
      out.append("  t.resource(").append(chain).append("\n      .build());\n");
    }
    return out.toString();
  }

  /** A note about resource code ({@link TemplateEmitter#note}). */
  void note(String where, String message) {
    emitter.note(where, message);
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
      c.append("\n      .dependsOn(").append(exprs.stringList(l)).append(")");
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
        c.append("\n      .deletionPolicy((Object) ")
            .append(exprs.expr(dp, "      ").code())
            .append(")");
      }
    }
    Object cond = def.get("condition");
    if (cond instanceof String s) {
      b.condition(s);
      c.append("\n      .condition(").append(Src.quote(s)).append(")");
    } else if (cond != null) {
      b.condition(cond);
      c.append("\n      .condition((Object) ")
          .append(exprs.expr(cond, "      ").code())
          .append(")");
    }
    section(def, "external_id", "externalId", b::externalId, c);
  }

  private void section(
      Map<?, ?> def,
      String key,
      String method,
      java.util.function.Consumer<Object> set,
      StringBuilder c) {
    Object v = def.get(key);
    if (v != null) {
      set.accept(v);
      c.append("\n      .")
          .append(method)
          .append("(")
          .append(exprs.expr(v, "      ").code())
          .append(")");
    }
  }
}
