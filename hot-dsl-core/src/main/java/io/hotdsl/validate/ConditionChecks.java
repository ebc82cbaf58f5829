package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.Condition;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Template;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conditions section and the condition expressions of {@code if}: the version allows
 * conditions, each definition is a boolean or a condition function, and the functions in it are
 * allowed there with arguments of the right shape.
 */
final class ConditionChecks {
  private final ValidationRun run;
  private final Template template;
  private final HotVersion version;
  private final List<Problem> problems;

  ConditionChecks(ValidationRun run) {
    this.run = run;
    this.template = run.template;
    this.version = run.version;
    this.problems = run.problems;
  }

  void check() {
    if (!template.conditions().isEmpty() && !version.hasConditions()) {
      run.error(
          "conditions",
          "the conditions section needs heat_template_version 2016-10-14 or "
              + "newer; this template is " + version);
      return;
    }
    // (no conditions: nothing to look up, no pass over the resources)
    Set<String> used = template.conditions().isEmpty() ? Set.of() : usedConditions();
    for (Condition c : template.conditions().values()) {
      YamlPath path = YamlPath.of("conditions").key(c.name());
      Object tree = c.toTree();
      if (tree instanceof Boolean) {
        continue;
      }
      // (a known function not allowed in conditions is reported by the walk below)
      if (!Trees.isFunction(tree, HotVersion.allFunctionNames())) {
        // Heat: a definition must be a boolean or a condition function; a bare name is neither
        run.error(
            path,
            "a condition must be true, false or a condition function ("
                + String.join(", ", new java.util.TreeSet<>(version.conditionFunctions()))
                + "), not " + Trees.describe(tree)
                + (tree instanceof String
                    ? "; to reuse a condition write {not: {not: " + tree + "}} or and: [" + tree
                        + "]"
                    : ""));
        if (!(tree instanceof Map)) {
          continue;
        }
      }
      checkTree(path, tree, used.contains(c.name()));
    }
  }

  /**
   * The conditions Heat resolves at template-validate: those a resource or an output names, and
   * the conditions they name in turn (conditions.py Conditions.is_enabled resolves a definition
   * only when asked, and its and/or/not resolve the names in it). A string equal to a
   * condition's name counts as naming it.
   */
  private Set<String> usedConditions() {
    Deque<String> todo = new ArrayDeque<>();
    template.resources().forEach((name, r) -> { // the map's forEach: no entry per resource
      if (r.condition() instanceof String n) {
        todo.add(n);
      }
    });
    template.outputs().values().forEach(o -> {
      if (o.condition() instanceof String n) {
        todo.add(n);
      }
    });
    Set<String> used = new HashSet<>();
    while (!todo.isEmpty()) {
      String n = todo.poll();
      Condition c = template.conditions().get(n);
      if (c != null && used.add(n)) {
        collectNames(c.toTree(), todo);
      }
    }
    return used;
  }

  private void collectNames(Object tree, Deque<String> out) {
    Object node = Trees.node(tree);
    if (node instanceof String s && template.conditions().containsKey(s)) {
      out.add(s);
    } else if (node instanceof Map<?, ?> m) {
      m.values().forEach(v -> collectNames(v, out));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectNames(v, out));
    }
  }

  /** Checks a condition expression: the conditions section, or the first argument of if. */
  void checkTree(YamlPath path, Object tree) {
    checkTree(path, tree, true);
  }

  /**
   * {@code used}: whether a resource or output names the condition. Heat resolves a condition
   * only when something asks for it (conditions.py Conditions.is_enabled), so the shape of a
   * {@code not} nobody asks for is a warning.
   */
  private void checkTree(YamlPath path, Object tree, boolean used) {
    new FunctionWalker(HotVersion.allFunctionNames(), (p, name, args) -> {
          if (!version.conditionFunctions().contains(name)) {
            run.error(p, run.notAllowed(name, true));
          } else if (name.equals("get_param") && !used) {
            run.checkGetParam(p, args, ValidationRun.ParamUse.UNUSED_CONDITION);
          } else if (name.equals("get_param")) {
            run.checkGetParam(p, args);
          } else {
            String shape = FunctionArgs.problem(name, args, version);
            if (shape != null && name.equals("not") && !used) {
              problems.add(Problem.warning(
                  p.toString(),
                  shape + "; Heat refuses it once a " + "resource or output uses the condition"));
            } else if (shape != null) {
              run.error(p, shape);
            }
          }
        })
        .walk(path, tree);
  }
}
