package io.hotdsl.importer;

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

  Patches(TemplateEmitter emitter, Exprs exprs) {
    this.emitter = emitter;
    this.exprs = exprs;
  }

  void diff(Object raw, Object rendered, List<String> at, List<String> patches) {
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
          emitter.note(
              String.join(".", p),
              "rendered by the DSL but absent from the template; " + "removed " + "from the tree");
          patches.add("remove(tree, " + Exprs.strings(p) + ");");
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

  private void patch(List<String> at, Object raw, List<String> patches) {
    emitter.note(
        String.join(".", at), "not expressible with the DSL as written; patched into the tree");
    patches.add("patch(tree, " + exprs.plainExpr(raw, "  ") + ", " + Exprs.strings(at) + ");");
  }
}
