package io.hotdsl.diff;

import io.hotdsl.environment.Environment;
import io.hotdsl.model.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One side of an update: the template, the parameter values given to the stack, the environment,
 * and the child templates (nested stacks and provider templates) by the path used as their type.
 *
 * <p>A parameter's effective value is, as in Heat, the given value (or the environment's
 * {@code parameters}), else the environment's {@code parameter_defaults}, else the template's
 * default; without any of them its value is unknown and {@code get_param} of it stays symbolic.
 */
public record StackInput(
    Template template,
    Map<String, Object> parameters,
    Environment environment,
    Map<String, Template> children) {
  public StackInput {
    Objects.requireNonNull(template, "template");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    environment = environment == null ? Environment.empty() : environment;
    children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
  }

  /** A template alone: parameters at their defaults. */
  public static StackInput of(Template template) {
    return new StackInput(template, Map.of(), null, Map.of());
  }

  /** This input with these parameter values (they win over the environment's). */
  public StackInput withParameters(Map<String, ?> values) {
    return new StackInput(template, new LinkedHashMap<>(values), environment, children);
  }

  /** This input with this environment. */
  public StackInput withEnvironment(Environment env) {
    return new StackInput(template, parameters, env, children);
  }

  /** This input with these child templates, keyed by the path resources use as their type. */
  public StackInput withChildren(Map<String, Template> templates) {
    return new StackInput(template, parameters, environment, templates);
  }

  /** The effective value of every parameter that has one. */
  Map<String, Object> effectiveValues() {
    Map<String, Object> out = new LinkedHashMap<>();
    template.parameters().forEach((name, p) -> {
      if (parameters.containsKey(name)) {
        out.put(name, parameters.get(name));
      } else if (environment.parameters().containsKey(name)) {
        out.put(name, environment.parameters().get(name));
      } else if (environment.parameterDefaults().containsKey(name)) {
        out.put(name, environment.parameterDefaults().get(name));
      } else if (p.hasDefault()) {
        out.put(name, io.hotdsl.functions.Trees.toTree(p.defaultValue()));
      }
    });
    return out;
  }

  /** The template a resource type names, after the environment's resource_registry, or null. */
  Template child(String type) {
    Template t = children.get(type);
    if (t == null) {
      String mapped = mappedType(type);
      if (mapped != null) {
        t = children.get(mapped);
      }
    }
    return t;
  }

  /**
   * The restricted_actions ({@code update}, {@code replace}) the environment's resource_registry
   * sets for the top-level resource {@code name} (names may be globs, as Heat's fnmatch).
   */
  java.util.Set<String> restrictedActions(String name) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    environment.resourceRegistry().resources().forEach((pattern, node) -> {
      String regex =
          java.util.regex.Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
      if (node instanceof Map<?, ?> m && name.matches(regex)) {
        Object ra = m.get("restricted_actions");
        if (ra instanceof String s) {
          out.add(s);
        } else if (ra instanceof java.util.List<?> l) {
          l.forEach(x -> out.add(String.valueOf(x)));
        }
      }
    });
    return out;
  }

  private String mappedType(String type) {
    return environment.resourceRegistry().lookup(type, java.util.List.of());
  }
}
