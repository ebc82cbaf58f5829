package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.hotdsl.environment.Environment;
import io.hotdsl.environment.MergeStrategy;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Emits an environment as {@code static Environment name()} built with Environment.builder(). */
final class EnvironmentEmitter {
  private final String path;
  private final Environment env;
  private final GeneratedFile file;
  private final List<ImportNote> notes;

  EnvironmentEmitter(String path, Environment env, GeneratedFile file, List<ImportNote> notes) {
    this.path = path;
    this.env = env;
    this.file = file;
    this.notes = notes;
  }

  MethodSpec emit(String method) {
    Exprs values = new Exprs(file);
    values.plainOnly();
    Chain c = Chain.of("$T.builder()", Dsl.ENVIRONMENT);
    Environment.Builder b = Environment.builder();
    env.parameters().forEach((k, v) -> {
      b.parameter(k, v);
      c.call("parameter", "$L, $L", Src.string(k), values.expr(v).code());
    });
    env.parameterDefaults().forEach((k, v) -> {
      b.parameterDefault(k, v);
      c.call("parameterDefault", "$L, $L", Src.string(k), values.expr(v).code());
    });
    env.parameterMergeStrategies().forEach((k, v) -> {
      MergeStrategy s = MergeStrategy.fromKey(v).orElse(null);
      if (s != null) {
        b.mergeStrategy(k, s);
        c.call("mergeStrategy", "$L, $T.$L", Src.string(k), Dsl.MERGE_STRATEGY, s.name());
      }
    });
    env.encryptedParamNames().forEach(n -> {
      b.encryptedParamName(n);
      c.call("encryptedParamName", Src.string(n));
    });
    Map<String, Object> rr = env.resourceRegistry().toTree();
    if (!rr.isEmpty()) {
      if (rr.values().stream().allMatch(v -> v instanceof String) && !rr.containsKey("base_url")) {
        rr.forEach((k, v) -> {
          b.registerType(k, (String) v);
          c.call("registerType", "$L, $L", Src.string(k), Src.string((String) v));
        });
      } else {
        b.resourceRegistry(env.resourceRegistry());
        c.call(
            "resourceRegistry",
            "$T.fromTree($L, $S)",
            Dsl.RESOURCE_REGISTRY,
            values.expr(rr).code(),
            "resource_registry"); // a constant, not input
      }
    }
    boolean exact;
    try {
      exact =
          Src.treeEquals(b.build().toTree(), env.toTree()) && env.eventSinks().isEmpty();
    } catch (RuntimeException e) {
      exact = false;
    }
    CodeBlock code;
    if (exact) {
      code = c.call("build", "").build();
    } else {
      notes.add(new ImportNote(
          path,
          "(environment)",
          "not expressible with Environment.builder() as written; read from its tree"));
      code = CodeBlock.of(
          "$T.fromTree($L, $L)",
          Dsl.ENVIRONMENT,
          values.expr(env.toTree()).code(),
          Src.string(path));
    }
    return MethodSpec.methodBuilder(Src.name(method))
        .addJavadoc("The environment $L.", Src.doc(path))
        .addModifiers(Modifier.STATIC)
        .returns(Dsl.ENVIRONMENT)
        .addCode(Src.statement("return $L", code))
        .build();
  }
}
