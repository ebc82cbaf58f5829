package io.hotdsl.importer;

import io.hotdsl.codegen.PropertyShape;
import io.hotdsl.codegen.TypeMapping;
import io.hotdsl.codegen.TypeShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which json parameters to declare as {@code Parameter.jsonMap} or {@code Parameter.jsonList}:
 * those whose every use is a whole property value ({@code metadata: {get_param: meta}}) of a
 * typed class whose setter takes a map (a list), and whose default, if any, is one. Their
 * variables then pass to the setters' {@code Parameter} overloads as they are
 * ({@code .metadata(meta)}). A json parameter used anywhere else stays {@code Parameter.json}.
 */
final class JsonParameters {
  private JsonParameters() {}

  /** The json parameters of {@code template} that fit {@code MAP} or {@code LIST} uses. */
  static Map<String, Exprs.Kind> kinds(Map<String, Object> template) {
    Map<String, Integer> uses = new HashMap<>();
    count(template.get("resources"), uses);
    count(template.get("outputs"), uses);
    count(template.get("conditions"), uses);
    Map<String, Exprs.Kind> fitting = new HashMap<>();
    Map<String, Integer> fittingUses = new HashMap<>();
    if (template.get("resources") instanceof Map<?, ?> resources) {
      for (Object def : resources.values()) {
        if (!(def instanceof Map<?, ?> d)
            || !(d.get("type") instanceof String type)
            || !(d.get("properties") instanceof Map<?, ?> props)) {
          continue;
        }
        TypeShape shape = TypedSetters.shapeOf(type).orElse(null);
        for (Map.Entry<?, ?> e : props.entrySet()) {
          String param = parameterName(e.getValue());
          if (param == null) {
            continue;
          }
          Exprs.Kind kind = shape == null
              ? null
              : shape
                  .property(String.valueOf(e.getKey()))
                  .map(JsonParameters::heldAs)
                  .orElse(null);
          Exprs.Kind before = fitting.putIfAbsent(param, kind);
          if (kind == null || (before != null && before != kind)) {
            fitting.put(param, Exprs.Kind.ANY); // a use that fits neither, or both
          }
          fittingUses.merge(param, 1, Integer::sum);
        }
      }
    }
    Map<String, Exprs.Kind> out = new HashMap<>();
    Map<?, ?> params = template.get("parameters") instanceof Map<?, ?> m ? m : Map.of();
    fitting.forEach((name, kind) -> {
      if ((kind == Exprs.Kind.MAP || kind == Exprs.Kind.LIST)
          && fittingUses.get(name).equals(uses.get(name))
          && params.get(name) instanceof Map<?, ?> def
          && "json".equals(def.get("type"))
          && (!def.containsKey("default")
              || (kind == Exprs.Kind.MAP
                  ? def.get("default") instanceof Map
                  : def.get("default") instanceof List))) {
        out.put(name, kind);
      }
    });
    return out;
  }

  private static Exprs.Kind heldAs(PropertyShape p) {
    return p.kind() == TypeMapping.Kind.MAP || p.kind() == TypeMapping.Kind.NESTED_MAP
        ? Exprs.Kind.MAP
        : p.kind() == TypeMapping.Kind.LIST ? Exprs.Kind.LIST : null;
  }

  /** {@code name} of {@code {get_param: name}}, else null. */
  private static String parameterName(Object v) {
    return v instanceof Map<?, ?> m && m.size() == 1 && m.get("get_param") instanceof String s
        ? s
        : null;
  }

  /** Counts every {@code get_param} of each parameter, in any form. */
  private static void count(Object node, Map<String, Integer> uses) {
    if (node instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.containsKey("get_param")) {
        Object a = m.get("get_param");
        Object n = a instanceof List<?> l && !l.isEmpty() ? l.get(0) : a;
        if (n instanceof String s) {
          uses.merge(s, 1, Integer::sum);
        }
      }
      m.values().forEach(x -> count(x, uses));
    } else if (node instanceof List<?> l) {
      l.forEach(x -> count(x, uses));
    }
  }
}
