package io.hotdsl.diff;

import io.hotdsl.model.ConditionEvaluator;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.model.TemplateTypes;
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
  /**
   * Whether this is the running stack: Heat loads it with the environment it stored, into which
   * per-resource remaps have leaked ({@link #leaks}).
   */
  final boolean stored;
  /**
   * Per-resource remaps that leak into the whole stack's environment, type → what it maps to.
   * Heat 19's {@code ResourceRegistry.get_resource_info} (environment.py), having resolved a
   * resource through a mapping that ends at a plugin class, registers that mapping under the
   * resource's type ("store it to local env"): once resource R of {@code resources: {R: {T:
   * U}}} is resolved, every other resource of type T in the stack resolves to U as well. The
   * stack's stored environment then holds {@code T: U} globally, so the running stack is loaded
   * that way; in the new stack it holds for the resources Heat instantiates after R, in the order
   * of a Python set of names ({@code StackDefinition.enabled_rsrc_names}), which depends on the
   * engine process's string hash seed: unknowable offline.
   */
  final Map<String, String> leaks = new java.util.TreeMap<>();

  Side(StackInput input) {
    this(input, false);
  }

  Side(StackInput input, boolean stored) {
    this.stored = stored;
    this.input = input;
    this.t = input.template();
    input
        .effectiveValues()
        .forEach((n, v) -> values.put(n, Definitions.typed(t.parameters().get(n), v)));
    t.parameters().forEach((n, p) -> {
      if (p.hidden()) {
        hidden.add(n);
      }
    });
    conditions = new ConditionEvaluator(t.conditions(), t.version(), this::parameterValue);
    frozen = new Frozen(values, conditions::of);
    input.environment().resourceRegistry().resources().forEach((name, entry) -> {
      Resource r = t.resource(name);
      if (r != null
          && present(r)
          && entry instanceof Map<?, ?> m
          && m.get(r.type()) instanceof String target
          && !TemplateTypes.isTemplateFile(r.type())
          && !TemplateTypes.isTemplateFile(target)
          && !TEMPLATE.equals(implementation(name, r.type(), false))) {
        leaks.putIfAbsent(r.type(), target);
      }
    });
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
    return new Side(new StackInput(child, known, input.environment(), input.children()), stored);
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
    return implementation(name, type, stored);
  }

  /**
   * The implementation of a resource of the new stack that a leaked remap ({@link #leaks}) may
   * reach, depending on Heat's order; null when it cannot.
   */
  String leakedImplementation(String name, String type) {
    if (stored || leaks.isEmpty()) {
      return null;
    }
    String leaked = implementation(name, type, true);
    return leaked.equals(implementation(name, type, false)) ? null : leaked;
  }

  /** {@link #implementation(String, String)}, with or without the leaked remaps. */
  private String implementation(String name, String type, boolean leaked) {
    String current = type;
    for (int i = 0; i < 10; i++) {
      if (input.children().containsKey(current) || TemplateTypes.isTemplateFile(current)) {
        return TEMPLATE;
      }
      String next = leaked && leaks.containsKey(current) && !ownMapping(name, current)
          ? leaks.get(current)
          : input
              .environment()
              .resourceRegistry()
              .lookup(current, name == null ? List.of() : List.of(name));
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
      String next = input
          .environment()
          .resourceRegistry()
          .lookup(current, name == null ? List.of() : List.of(name));
      current = next == null || next.equals(current) ? null : next;
    }
    return null;
  }

  /** Whether the registry maps {@code type} for resource {@code name} in particular. */
  private boolean ownMapping(String name, String type) {
    return name != null
        && input.environment().resourceRegistry().resources().get(name) instanceof Map<?, ?> m
        && m.containsKey(type);
  }
}
