package io.hotdsl.bundle;

import io.hotdsl.functions.DidYouMean;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ReadLeniency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child template's interface as its parent uses it ({@link BundleValidator}'s checks across
 * files): the properties a provider resource or an {@code OS::Heat::Stack} passes against the
 * child's parameters, the attributes the parent's {@code get_attr} reads against the child's
 * outputs, and a provider's output definitions.
 */
final class ChildInterfaces {
  private final List<Problem> problems;
  /** The problems already reported (by path or key), shared with the bundle's other checks. */
  private final Set<String> reported;
  /** The parameters the environments' parameter_defaults set. */
  private final Set<String> defaults;

  ChildInterfaces(List<Problem> problems, Set<String> reported, Set<String> defaults) {
    this.problems = problems;
    this.reported = reported;
    this.defaults = defaults;
  }

  /**
   * A provider template's outputs become its attributes through {@code tmpl[tmpl.OUTPUTS]}
   * (template_resource.py get_schemas), which runs hot/template.py validate_section: a key other
   * than value, description and condition is refused when the parent is validated.
   */
  void checkProviderOutputs(String childFile, Map<String, Object> child) {
    if (child.get("outputs") instanceof Map<?, ?> outputs) {
      for (String path : ReadLeniency.unknownOutputKeys(outputs)) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (reported.add(childFile + ": " + path)) {
          problems.add(Problem.error(
              childFile + ": " + path,
              "\"" + key + "\" is not a valid "
                  + "keyword inside an output definition of a provider template (Heat reads value, "
                  + "description and condition)"));
        }
      }
    }
  }

  void checkProperties(
      String at, String childFile, Map<String, Object> props, Map<String, Object> child) {
    checkProperties(at + ".properties", childFile, props, child, true);
  }

  @SuppressWarnings("unchecked")
  void checkProperties(
      String at,
      String childFile,
      Map<String, Object> props,
      Map<String, Object> child,
      boolean resourceProperties) {
    Map<String, Object> params =
        child.get("parameters") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
    for (String key : props.keySet()) {
      if (!params.containsKey(key)) {
        // a provider's properties: Properties.validate's "Unknown Property" at template-validate;
        // an OS::Heat::Stack's parameters: when its nested stack is validated, before create
        String message =
            childFile + " declares no parameter " + key + "; parameters: " + params.keySet();
        problems.add(
            resourceProperties
                ? Problem.error(at + "." + key, message)
                : Problem.createError(at + "." + key, message));
      } else if (resourceProperties
          && params.get(key) instanceof Map<?, ?> ps
          && ps.get("type") instanceof String type) {
        String problem = EnvironmentValues.propertyProblem(type, props.get(key));
        if (problem != null) {
          problems.add(Problem.createError(
              at + "." + key,
              problem + " (Heat types the property " + "from " + childFile + "'s " + type
                  + " parameter)"));
        }
      }
    }
    for (Map.Entry<String, Object> e : params.entrySet()) {
      boolean hasDefault = e.getValue() instanceof Map<?, ?> ps && ps.containsKey("default");
      if (!hasDefault && !props.containsKey(e.getKey()) && !defaults.contains(e.getKey())) {
        // properties.py Properties.validate "Property %s not assigned": Resource.validate runs
        // it before stack create, validate_template (validate_res_tmpl_only) does not
        problems.add(Problem.createError(
            at,
            "required parameter " + e.getKey() + " of " + childFile
                + " is not set (it has no default and no parameter_defaults entry)"));
      }
    }
  }

  @SuppressWarnings("unchecked")
  void checkAttributes(
      String file,
      String prefix,
      Map<String, Object> tree,
      Map<String, Map<String, Object>> children) {
    if (children.isEmpty()) {
      return;
    }
    for (String section : List.of("resources", "outputs")) {
      walk(tree.get(section), prefix + section, file, children);
    }
  }

  @SuppressWarnings("unchecked")
  private void walk(
      Object node, String path, String file, Map<String, Map<String, Object>> children) {
    if (node instanceof Map<?, ?> m) {
      if (m.size() == 1
          && m.get("get_attr") instanceof List<?> args
          && args.size() >= 2
          && args.get(0) instanceof String res
          && args.get(1) instanceof String attr
          && children.containsKey(res)) {
        Map<String, Object> child = children.get(res);
        Map<String, Object> outputs =
            child.get("outputs") instanceof Map<?, ?> o ? (Map<String, Object>) o : Map.of();
        if (!ChildTemplate.hasAttribute(outputs.keySet(), attr)) {
          problems.add(Problem.error(
              file + ": " + path + ".get_attr[1]",
              "resource " + res
                  + " has no attribute " + attr + "; its template's outputs: " + outputs.keySet()
                  + DidYouMean.hint(attr, outputs.keySet())));
        }
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        walk(e.getValue(), path + "." + e.getKey(), file, children);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(l.get(i), path + "[" + i + "]", file, children);
      }
    }
  }
}
