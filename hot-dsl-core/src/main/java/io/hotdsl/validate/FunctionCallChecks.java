package io.hotdsl.validate;

import io.hotdsl.functions.DidYouMean;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The function calls in resources' and outputs' values: each allowed by the version, with
 * arguments of the right shape, naming parameters, resources, attributes and conditions that
 * exist; {@code get_resource} and {@code get_attr} add the dependencies the cycle check reads.
 */
final class FunctionCallChecks {
  private final ValidationRun run;
  private final Template template;
  private final HotVersion version;
  private final List<Problem> problems;

  /** The version's functions ({@link HotVersion#allows}). */
  private final NameSet functions;

  /** One walker for the run ({@link #walkValues} sets what it reports for). */
  private final FunctionWalker walker;
  /** The position of the resource whose values are walked, or {@link ValidationRun#OUTPUT}. */
  private int dependent;
  /** The key of the walked value under its resource ({@code properties}, {@code metadata}…). */
  private String key = "";
  /** The branches of an if whose condition is known not to be taken (paths, as prefixes). */
  private List<String> untaken = new ArrayList<>();

  /** {@link #resolvableKeys} when a walk's value is no map: every key may resolve. */
  static final List<String> ANY_KEY =
      java.util.Collections.unmodifiableList(java.util.Arrays.asList("any key"));

  /**
   * The top-level keys of the walked values under which a walk met a call {@link ResolveChecks}
   * may report on or {@link LiteralResults} compute, or whose arguments it left unwalked: under
   * any other key of a resource's properties, their walks would find nothing. {@link #ANY_KEY}
   * for every key. Immutable until a second key comes (most values mark one key, or none).
   */
  private List<String> resolvable = List.of();
  /** The path of the value {@link #walkValues} walks. */
  private YamlPath root;
  /** {@link #paramUse} of the walked value, once a get_param in it asked; else null. */
  private ValidationRun.ParamUse use;

  FunctionCallChecks(ValidationRun run) {
    this.run = run;
    this.template = run.template;
    this.version = run.version;
    this.problems = run.problems;
    this.functions = NameSet.functions(version);
    this.walker = new FunctionWalker(NameSet.ALL, version.allows("if"), this::call);
  }

  /**
   * When Heat resolves a get_param in the value of {@code key} of resource {@code dependent} (or
   * of an output): properties in Resource.validate (properties.py Properties.validate, before
   * stack create), unless the resource is not validated (removed by its condition, external) or
   * its validate() never resolves them (OS::Heat::None, OS::Senlin::Cluster); metadata only
   * when the resource is created; policies at template-validate (rsrc_defn.py).
   */
  private ValidationRun.ParamUse paramUse(String key, int dependent) {
    if (dependent == ValidationRun.OUTPUT) {
      return ValidationRun.ParamUse.OUTPUT;
    }
    if (dependent < 0 || !(key.equals("properties") || key.equals("metadata"))) {
      return ValidationRun.ParamUse.VALIDATE;
    }
    Resource r = run.byPosition[dependent];
    boolean resolved = key.equals("properties")
        && !run.isRemoved(dependent)
        && r.externalId() == null
        && !PluginRules.neverResolvesProperties(r.type());
    return resolved ? ValidationRun.ParamUse.CREATE : ValidationRun.ParamUse.AT_RESOURCE_CREATE;
  }

  /**
   * The keys under which the walks since the last call met calls {@link ResolveChecks} may
   * report on (see {@link #resolvable}); empty when there were none, {@link #ANY_KEY} for all.
   */
  List<String> takeResolvableKeys() {
    List<String> keys = resolvable;
    resolvable = List.of();
    return keys;
  }

  /** Notes the top-level key of the walked value that call path {@code p} is under. */
  private void markResolvable(YamlPath p) {
    if (resolvable == ANY_KEY) {
      return;
    }
    YamlPath q = p;
    while (q != null && q.parent() != root) {
      q = q.parent();
    }
    if (q == null || q.mapKey() == null) {
      resolvable = ANY_KEY;
    } else if (resolvable.isEmpty()) {
      resolvable = List.of(q.mapKey());
    } else {
      if (!(resolvable instanceof ArrayList)) {
        resolvable = new ArrayList<>(resolvable);
      }
      resolvable.add(q.mapKey());
    }
  }

  /** Checks the function calls in {@code tree}, the value of {@code key} under {@code parent}. */
  void walkValues(YamlPath parent, String key, Object tree, int dependent) {
    if (!FunctionWalker.mayHoldCalls(tree)) {
      return; // a scalar (a deletion policy, say) or nothing: no call in it
    }
    int outer = this.dependent;
    String outerKey = this.key;
    List<String> outerUntaken = this.untaken;
    YamlPath outerRoot = this.root;
    ValidationRun.ParamUse outerUse = this.use;
    this.dependent = dependent;
    this.key = key;
    this.untaken = null; // made when an if has a branch not taken
    this.root = parent.key(key);
    this.use = null; // the same for every get_param of the value: found at the first
    try {
      walker.walk(root, tree);
    } finally {
      this.dependent = outer;
      this.key = outerKey;
      this.untaken = outerUntaken;
      this.root = outerRoot;
      this.use = outerUse;
    }
  }

  /** The walker's visit of call {@code name: args} at {@code p}: false leaves its args alone. */
  private boolean call(YamlPath p, String name, Object args) {
    // the two calls of most templates first: neither is resolved (RESOLVED), every version has
    // both, and FunctionArgs has no rule for either, so the switch below is all they need
    if (name.equals("get_param") && functions.contains(name)) {
      getParam(p, args);
      return true;
    }
    if (name.equals("get_resource") && functions.contains(name)) {
      getResource(p, args);
      return true;
    }
    if (name.equals("get_attr") && functions.contains(name)) {
      // not resolved either: its arguments' shape, then the reference
      String shape = FunctionArgs.getAttrProblem(args, version);
      if (shape != null) {
        markResolvable(p);
        run.error(p, shape);
        return false;
      }
      getAttr(p, args);
      return true;
    }
    return otherCall(p, name, args);
  }

  /**
   * {@link #call} of the other functions, apart so that the walk's visit of the common two is
   * small enough for the JIT to compile into the walk.
   */
  private boolean otherCall(YamlPath p, String name, Object args) {
    if (ResolveChecks.RESOLVED.contains(name)) {
      markResolvable(p);
    }
    if (!functions.contains(name)) {
      markResolvable(p);
      notAllowed(p, name);
      return false;
    }
    String shape = FunctionArgs.problem(name, args, version);
    if (shape != null) {
      markResolvable(p);
      run.error(p, shape);
      return false;
    }
    switch (name) {
      case "get_param" -> getParam(p, args);
      case "get_resource" -> getResource(p, args);
      case "get_attr" -> getAttr(p, args);
      case "list_join" -> {
        if (!(args instanceof List<?> l && l.size() >= 2)) {
          run.error(p, "list_join expects [delimiter, list, list…], not " + Trees.describe(args));
        } else if (l.size() > 2 && !version.isAtLeast(HotVersion.V2015_10_15)) {
          run.error(
              p,
              "list_join takes one list in heat_template_version " + version
                  + "; joining several lists needs 2015-10-15 or newer");
        }
      }
      case "if" -> {
        // hot/functions.py IfNullable (2021-04-16+): the value if false may be left out
        int least = version.isAtLeast(HotVersion.V2021_04_16) ? 2 : 3;
        if (args instanceof List<?> l && l.size() >= least && l.size() <= 3) {
          // If.parse_args: the condition is parsed with the condition functions
          Object c = Trees.node(l.get(0));
          Boolean taken = run.conditionValues.of(c);
          if (taken != null && l.size() > 1) {
            if (untaken == null) {
              untaken = new ArrayList<>();
            }
            untaken.add(p.index(taken ? 2 : 1).toString());
          }
          if (c instanceof String name2 && inUntakenBranch(p, untaken)) {
            // hot/functions.py If.result reads the condition name only of an if it
            // resolves; one inside a branch not taken is never read
            return true;
          } else if (c instanceof String name2) {
            run.checkConditionName(p.index(0), name2);
          } else if (c instanceof Map) {
            run.conditions.checkTree(p.index(0), c);
            if (!Trees.isFunction(c, version.conditionFunctions())) {
              run.error(
                  p.index(0),
                  "Invalid condition " + Trees.describe(c)
                      + "; expected a condition name, true, false or a condition function");
            }
          } else if (!(c instanceof Boolean)) {
            run.error(p.index(0), "Invalid condition \"" + c + "\"");
          }
        } else {
          run.error(
              p,
              "if expects [condition, value if true, value if false], not " + Trees.describe(args));
        }
      }
      default -> {}
    }
    return true;
  }

  private void notAllowed(YamlPath p, String name) {
    if (isRemovedFunction(name)) {
      run.error(p, run.notAllowed(name, false));
    } else {
      // hot/template.py: a name missing from the version's function table is no function
      problems.add(Problem.warning(
          p.toString(),
          run.notAllowed(name, false) + "; Heat reads " + "{" + name
              + ": …} here as a plain map with the key \"" + name + "\""));
    }
  }

  private void getParam(YamlPath p, Object args) {
    if (use == null) {
      use = paramUse(key, dependent);
    }
    run.checkGetParam(p, args, use);
  }

  private void getResource(YamlPath p, Object args) {
    int found = args instanceof String t ? run.dependencies.positionOf(t) : -1;
    if (args instanceof String target
        && dependent == ValidationRun.OUTPUT
        && (found < 0 || run.isRemoved(found))) {
      outputReference(p, target, found);
    } else if (args instanceof String target) {
      int position = checkResourceRef(p, target, found);
      if (position >= 0 && dependent >= 0) {
        run.dependencies.add(dependent, position);
      }
    } else if (!(args instanceof Map)) {
      run.error(p, "get_resource expects a resource name, not " + Trees.describe(args));
    }
  }

  private void getAttr(YamlPath p, Object args) {
    if (args instanceof List<?> l
        && !l.isEmpty()
        && Trees.node(l.get(0)) instanceof String target) {
      int position = checkResourceRef(p, target, run.dependencies.positionOf(target));
      if (position >= 0) {
        if (dependent >= 0) {
          run.dependencies.add(dependent, position);
        }
        if (l.size() > 1 && Trees.node(l.get(1)) instanceof String attr) {
          run.types.checkAttribute(p, run.byPosition[position], attr);
        }
      }
      if (mayHoldCallsAfterFirst(l)) {
        // (a plain attribute name and path hold no get_param: no walk for them)
        checkAttributePathParameters(p, target, l);
      }
    }
  }

  /** template-validate does not resolve get_resource in outputs. */
  private void outputReference(YamlPath p, String target, int found) {
    problems.add(Problem.warning(
        p.toString(),
        (found < 0
                ? "unknown resource \"" + target + "\""
                : "resource \"" + target + "\" is removed by its condition")
            + "; Heat accepts the template but the output's value will be null"));
  }

  private static boolean inUntakenBranch(YamlPath p, List<String> untaken) {
    if (untaken == null) {
      return false;
    }
    String at = p.toString();
    return untaken.stream()
        .anyMatch(u -> at.startsWith(u)
            && (at.length() == u.length()
                || at.charAt(u.length()) == '.'
                || at.charAt(u.length()) == '['));
  }

  /**
   * Heat's template-validate resolves get_attr's attribute and path (GetAtt.validate /
   * dep_attrs in hot/functions.py) with the parameter values it has: without one, get_param
   * gives None and Heat refuses the reference. A file validated alone has no values, so a
   * parameter without a default there fails it.
   */
  private void checkAttributePathParameters(YamlPath p, String target, List<?> args) {
    Set<String> unset = new java.util.TreeSet<>();
    new FunctionWalker(version.functions(), (fp, name, fargs) -> {
          Object pname =
              Trees.node(fargs instanceof List<?> gl && !gl.isEmpty() ? gl.get(0) : fargs);
          Parameter<?> param = pname instanceof String s ? template.parameters().get(s) : null;
          if (name.equals("get_param")
              && param != null
              && (!param.hasDefault() || param.defaultValue() == null)) {
            unset.add(param.name());
          }
        })
        .walk(p, args.subList(1, args.size()));
    if (!unset.isEmpty()) {
      run.error(
          p,
          "the attribute path of " + target + " uses parameter" + (unset.size() > 1 ? "s " : " ")
              + String.join(", ", unset) + " without a default: Heat's template-validate "
              + "resolves get_attr paths with parameter values, so it refuses this file when it is "
              + "validated alone (\"The Referenced Attribute (" + target + " …) is incorrect\"); "
              + "give the parameter a default");
    }
  }

  private static boolean mayHoldCallsAfterFirst(List<?> l) {
    for (int i = 1; i < l.size(); i++) {
      if (FunctionWalker.mayHoldCalls(l.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** hot/template.py: Fn:: functions and Ref are Removed (an error) from 2014-10-16 on. */
  private boolean isRemovedFunction(String name) {
    return version.isAtLeast(HotVersion.V2014_10_16)
        && (name.startsWith("Fn::") || name.equals("Ref"));
  }

  /**
   * {@code position}, that of resource {@code target} ({@link DependencyGraph#positionOf}), or -1
   * after reporting that there is none or that it is removed.
   */
  private int checkResourceRef(YamlPath path, String target, int position) {
    if (position >= 0 && !run.isRemoved(position)) {
      return position; // (the common case, kept small for the JIT)
    }
    return badResourceRef(path, target, position);
  }

  /** {@link #checkResourceRef} of a resource the template lacks or its condition removed. */
  private int badResourceRef(YamlPath path, String target, int position) {
    if (position < 0) {
      run.error(
          path,
          "unknown resource \"" + target + "\"; expected one of "
              + TemplateValidator.abbreviate(template.resources().keySet())
              + DidYouMean.hint(target, template.resources().keySet()));
    } else if (run.isRemoved(position) && !path.toString().matches(".*\\.if\\[[12]\\].*")) {
      // (a branch of if is parsed only when its condition chooses it: If.parse_args)
      // Heat dropped it (its condition is false): the reference names no resource
      run.error(
          path,
          "resource \"" + target + "\" is removed by its condition "
              + run.byPosition[position].condition()
              + ", which is false; Heat refuses the reference");
      return -1;
    }
    return position;
  }
}
