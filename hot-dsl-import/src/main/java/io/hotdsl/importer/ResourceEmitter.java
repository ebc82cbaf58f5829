package io.hotdsl.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.hotdsl.codegen.JavaText;
import io.hotdsl.codegen.TypeShape;
import io.hotdsl.functions.Value;
import io.hotdsl.model.DeletionPolicy;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The code of one resource: through its typed class's builder where one exists and takes it
 * ({@link TypedSetters}), else through {@code Resource.builder(name, type)}.
 */
final class ResourceEmitter {
  private final TemplateEmitter emitter;
  private final Exprs exprs;

  ResourceEmitter(TemplateEmitter emitter, Exprs exprs) {
    this.emitter = emitter;
    this.exprs = exprs;
  }

  CodeBlock resource(String name, Map<?, ?> def, Template.Builder model) {
    String type = (String) def.get("type");
    TypeShape typed = TypedSetters.shapeOf(type).orElse(null);
    CodeBlock.Builder out = CodeBlock.builder();
    if (def.get("description") instanceof String d) {
      for (String line : JavaText.commentLines(d.strip())) {
        out.add(line.isEmpty() ? "//\n" : "// $L\n", line);
      }
    }
    ClassName declared = Dsl.RESOURCE;
    String declaredClass = "io.hotdsl.model.Resource";
    Chain chain = null;
    Resource built = null;
    if (typed != null) {
      int mark = emitter.mark();
      try {
        Chain c = Chain.of("$T.builder($L)", Dsl.ofBinary(typed.binaryName()), Src.string(name));
        built = new TypedSetters(this, exprs).build(name, type, typed, def, c);
        chain = c;
        declared = Dsl.ofBinary(typed.binaryName());
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
          "resources." + name, "type " + type + " has no typed class; built with Resource.builder");
    }
    if (chain == null) {
      Resource.GenericBuilder b = Resource.builder(name, type);
      chain = Chain.of("$T.builder($L, $L)", Dsl.RESOURCE, Src.string(name), Src.string(type));
      if (def.get("properties") instanceof Map<?, ?> props) {
        for (Map.Entry<?, ?> e : props.entrySet()) {
          Object value = e.getValue();
          b.property((String) e.getKey(), value == null ? Value.of(null) : value);
          chain.call(
              "property",
              "$L, $L",
              Src.string((String) e.getKey()),
              value == null ? Exprs.nullValue() : exprs.expr(value).code());
        }
      }
      sections(def, b, chain);
      built = b.build();
    }
    model.resource(built);
    CodeBlock resource = chain.call("build", "").build();
    String var = emitter.resourceVariable(name, declaredClass);
    if (var != null) {
      out.add(Src.statement("$T $L = t.resource($L)", declared, var, resource));
    } else {
      out.add(Src.statement("t.resource($L)", resource));
    }
    return out.build();
  }

  /** A note about resource code ({@link TemplateEmitter#note}). */
  void note(String where, String message) {
    emitter.note(where, message);
  }

  /** The resource sections other than properties, on builder {@code b} and in code. */
  void sections(Map<?, ?> def, Resource.Builder<?> b, Chain c) {
    if (def.get("description") instanceof String d) {
      b.description(d);
      c.call("description", Src.string(d));
    }
    Object deps = def.get("depends_on");
    if (deps instanceof String d) {
      b.dependsOn(d);
      c.call("dependsOn", Src.string(d));
    } else if (deps instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
      b.dependsOn(l.stream().map(String.class::cast).toList());
      c.call("dependsOn", Exprs.stringList(l));
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
        c.call("deletionPolicy", "$T.$L", Dsl.DELETION_POLICY, known.name());
      } else {
        c.call("deletionPolicy", "(Object) $L", exprs.expr(dp).code());
      }
    }
    Object cond = def.get("condition");
    if (cond instanceof String s) {
      b.condition(s);
      c.call("condition", Src.string(s));
    } else if (cond != null) {
      b.condition(cond);
      c.call("condition", "(Object) $L", exprs.expr(cond).code());
    }
    section(def, "external_id", "externalId", b::externalId, c);
  }

  private void section(Map<?, ?> def, String key, String method, Consumer<Object> set, Chain c) {
    Object v = def.get(key);
    if (v != null) {
      set.accept(v);
      c.call(method, exprs.expr(v).code());
    }
  }
}
