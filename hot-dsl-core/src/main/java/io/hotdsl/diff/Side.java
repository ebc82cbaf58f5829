package io.hotdsl.diff;

import io.hotdsl.model.ConditionEvaluator;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One side of an update: its template, typed parameter values, conditions, and the
 * implementation each resource's type resolves to through the environment.
 */
final class Side {
  /** The implementation of every template resource: Heat's TemplateResource class. */
  static final String TEMPLATE = "template resource";

  final StackInput input;
  final Template t;
  final Map<String, Object> values = new LinkedHashMap<>();
  final Set<String> hidden = new TreeSet<>();
  final ConditionEvaluator conditions;
  final Frozen frozen;

  Side(StackInput input) {
    this.input = input;
    this.t = input.template();
    input.effectiveValues().forEach((n, v) -> values.put(n,
        Definitions.typed(t.parameters().get(n), v)));
    t.parameters().forEach((n, p) -> {
      if (p.hidden()) {
        hidden.add(n);
      }
    });
    conditions = new ConditionEvaluator(t.conditions(), t.version(), this::parameterValue);
    frozen = new Frozen(values, conditions::of);
  }

  /** What get_param gives in a condition: the parameter's value on this side, if known. */
  private Object parameterValue(Object args) {
    Object v = frozen.freeze(Map.of("get_param", args)).value();
    return Frozen.containsFunction(v) ? ConditionEvaluator.UNKNOWN : v;
  }

  /** A child stack's side: its template with the (known) values given by the parent. */
  Side child(Template child, Map<String, Object> params) {
    Map<String, Object> known = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (v != null && !Frozen.containsFunction(v)) {
        Parameter<?> p = child.parameters().get(k);
        known.put(k, Definitions.typed(p, v));
      }
    });
    return new Side(new StackInput(child, known, input.environment(), input.children()));
  }

  /** Whether the resource exists on this side: no condition, or one not known to be false. */
  boolean present(Resource r) {
    if (r == null) {
      return false;
    }
    return r.condition() == null || !Boolean.FALSE.equals(conditions.of(r.condition()));
  }

  /**
   * The type {@code type} of resource {@code name} resolves to through the environment's
   * resource_registry (the resource's own section first, then the global mappings, followed as
   * Heat follows them); a template file is {@link #TEMPLATE}.
   */
  String implementation(String name, String type) {
    String current = type;
    for (int i = 0; i < 10; i++) {
      if (input.children().containsKey(current) || isTemplateName(current)) {
        return TEMPLATE;
      }
      String next = input.environment().resourceRegistry().lookup(current,
          name == null ? List.of() : List.of(name));
      if (next == null || next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** The child template of a resource type (directly or through the registry), or null. */
  Template childOf(String name, String type) {
    String current = type;
    for (int i = 0; i < 10 && current != null; i++) {
      Template c = input.children().get(current);
      if (c != null) {
        return c;
      }
      String next = input.environment().resourceRegistry().lookup(current,
          name == null ? List.of() : List.of(name));
      current = next == null || next.equals(current) ? null : next;
    }
    return null;
  }

  private static boolean isTemplateName(String type) {
    return type.endsWith(".yaml") || type.endsWith(".template") || type.endsWith(".yml")
        || type.contains("://");
  }
}
