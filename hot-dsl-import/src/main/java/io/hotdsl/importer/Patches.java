package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the DSL renders against what was read: the statements that patch the read values into the
 * rendered tree ({@code patch(tree, value, path…)}) and remove what the template did not have.
 */
final class Patches {
  private final TemplateEmitter emitter;
  private final Exprs exprs;
  private final GeneratedFile file;

  Patches(TemplateEmitter emitter, Exprs exprs, GeneratedFile file) {
    this.emitter = emitter;
    this.exprs = exprs;
    this.file = file;
  }

  void diff(Object raw, Object rendered, List<String> at, List<Splitter.Statement> patches) {
    if (raw instanceof Map<?, ?> r && rendered instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : r.entrySet()) {
        List<String> p = new ArrayList<>(at);
        p.add(String.valueOf(e.getKey()));
        if (!m.containsKey(e.getKey())) {
          patch(p, e.getValue(), patches);
        } else {
          diff(e.getValue(), m.get(e.getKey()), p, patches);
        }
      }
      for (Object k : m.keySet()) {
        if (!r.containsKey(k)) {
          List<String> p = new ArrayList<>(at);
          p.add(String.valueOf(k));
          String where = String.join(".", p);
          emitter.note(
              where, "rendered by the DSL but absent from the template; removed from the tree");
          CodeBlock args = CodeBlock.of("tree, $L", Exprs.strings(p));
          patches.add(new Splitter.Statement(
              where,
              Src.statement("$L", file.call(GeneratedFile.Helper.REMOVE, args)),
              Splitter.weight(p)));
        }
      }
      return;
    }
    if (!Src.treeEquals(raw, rendered)) {
      if (at.isEmpty()) {
        throw new IllegalStateException("the template is not a mapping");
      }
      patch(at, raw, patches);
    }
  }

  private void patch(List<String> at, Object raw, List<Splitter.Statement> patches) {
    String where = String.join(".", at);
    emitter.note(where, "not expressible with the DSL as written; patched into the tree");
    CodeBlock args = CodeBlock.of("tree, $L, $L", exprs.plainExpr(raw), Exprs.strings(at));
    patches.add(new Splitter.Statement(
        where,
        Src.statement("$L", file.call(GeneratedFile.Helper.PATCH, args)),
        Splitter.weight(raw, at)));
  }
}
