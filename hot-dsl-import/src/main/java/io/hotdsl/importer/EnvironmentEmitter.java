package io.hotdsl.importer;

import io.hotdsl.environment.Environment;
import io.hotdsl.environment.MergeStrategy;
import java.util.List;
import java.util.Map;

/** Emits an environment as {@code static Environment name()} built with Environment.builder(). */
final class EnvironmentEmitter {
  private final String path;
  private final Environment env;
  private final HotImporter.Imports imports;
  private final List<ImportNote> notes;

  EnvironmentEmitter(
      String path, Environment env, HotImporter.Imports imports, List<ImportNote> notes) {
    this.path = path;
    this.env = env;
    this.imports = imports;
    this.notes = notes;
  }

  String emit(String method) {
    imports.add("io.hotdsl.environment.Environment");
    Exprs values = new Exprs(imports);
    String in = "      ";
    StringBuilder c = new StringBuilder("Environment.builder()");
    Environment.Builder b = Environment.builder();
    env.parameters().forEach((k, v) -> {
      b.parameter(k, v);
      c.append("\n")
          .append(in)
          .append(".parameter(")
          .append(Src.quote(k))
          .append(", ")
          .append(plain(values, v))
          .append(")");
    });
    env.parameterDefaults().forEach((k, v) -> {
      b.parameterDefault(k, v);
      c.append("\n")
          .append(in)
          .append(".parameterDefault(")
          .append(Src.quote(k))
          .append(", ")
          .append(plain(values, v))
          .append(")");
    });
    env.parameterMergeStrategies().forEach((k, v) -> {
      MergeStrategy s = MergeStrategy.fromKey(v).orElse(null);
      if (s != null) {
        b.mergeStrategy(k, s);
        imports.add("io.hotdsl.environment.MergeStrategy");
        c.append("\n")
            .append(in)
            .append(".mergeStrategy(")
            .append(Src.quote(k))
            .append(", MergeStrategy.")
            .append(s.name())
            .append(")");
      }
    });
    env.encryptedParamNames().forEach(n -> {
      b.encryptedParamName(n);
      c.append("\n")
          .append(in)
          .append(".encryptedParamName(")
          .append(Src.quote(n))
          .append(")");
    });
    Map<String, Object> rr = env.resourceRegistry().toTree();
    if (!rr.isEmpty()) {
      if (rr.values().stream().allMatch(v -> v instanceof String) && !rr.containsKey("base_url")) {
        rr.forEach((k, v) -> {
          b.registerType(k, (String) v);
          c.append("\n")
              .append(in)
              .append(".registerType(")
              .append(Src.quote(k))
              .append(", ")
              .append(Src.quote((String) v))
              .append(")");
        });
      } else {
        imports.add("io.hotdsl.environment.ResourceRegistry");
        b.resourceRegistry(env.resourceRegistry());
        c.append("\n")
            .append(in)
            .append(".resourceRegistry(ResourceRegistry.fromTree(")
            .append(plain(values, rr))
            .append(", \"resource_registry\"))");
      }
    }
    String code;
    boolean exact = false;
    try {
      exact =
          Src.treeEquals(b.build().toTree(), env.toTree()) && env.eventSinks().isEmpty();
    } catch (RuntimeException e) {
      exact = false;
    }
    if (exact) {
      code = c + "\n" + in + ".build()";
    } else {
      notes.add(new ImportNote(
          path,
          "(environment)",
          "not expressible with " + "Environment.builder() as written; read from its tree"));
      code = "Environment.fromTree(" + plain(values, env.toTree()) + ", " + Src.quote(path) + ")";
    }
    return "/** The environment " + Src.doc(path) + ". */\n" + "static Environment "
        + Src.name(method) + "() {\n  return " + code + ";\n}\n";
  }

  private static String plain(Exprs values, Object v) {
    return values.plainExpr(v, "      ");
  }
}
