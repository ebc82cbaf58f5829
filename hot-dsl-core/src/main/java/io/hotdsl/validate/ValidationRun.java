package io.hotdsl.validate;

import io.hotdsl.functions.DidYouMean;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.ConditionEvaluator;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.Catalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one validation run, the checks that read it ({@link ConditionChecks},
 * {@link ResourceChecks}, {@link ResourceTypeChecks}, {@link FunctionCallChecks}) and the small
 * ones they share: condition names, get_param, outputs, cycles and limits.
 */
final class ValidationRun {
  /** {@code dependent} of values in outputs, which Heat's template-validate hardly resolves. */
  static final int OUTPUT = -2;

  final Template template;
  final HotVersion version;
  final List<Problem> problems = new ArrayList<>();
  /** The resources in template order, by their position in {@link #dependencies}. */
  final Resource[] byPosition;

  final DependencyGraph dependencies;
  final PluginRules plugins;
  final PreCreateValues values;
  final ConditionEvaluator conditionValues;
  /** Positions of the resources Heat removes because their condition is false. */
  final Set<Integer> removed = new HashSet<>();

  /**
   * Whether the resource at {@code position} was removed (its condition is false); asked for
   * every resource and reference, so an empty set answers without boxing the position.
   */
  boolean isRemoved(int position) {
    return !removed.isEmpty() && removed.contains(position);
  }

  /** The names of the template's parameters, asked at every get_param. */
  final NameSet parameterNames;

  final java.util.function.Predicate<String> mappedTypes;
  /** The resource type schemas this run knows. */
  final Catalog catalog;

  final ConditionChecks conditions;
  final ResourceTypeChecks types;
  final FunctionCallChecks calls;

  ValidationRun(
      Template template, java.util.function.Predicate<String> mappedTypes, Catalog catalog) {
    this.template = template;
    this.version = template.version();
    this.mappedTypes = mappedTypes;
    this.catalog = catalog;
    // the names and resources in template order, in one pass (forEach: no entry per resource)
    int size = template.resources().size();
    String[] names = new String[size];
    Resource[] resources = new Resource[size];
    int[] next = {0};
    template.resources().forEach((name, r) -> {
      names[next[0]] = name;
      resources[next[0]++] = r;
    });
    this.byPosition = resources;
    this.parameterNames = new NameSet(template.parameters().keySet());
    this.dependencies = new DependencyGraph(names);
    this.plugins =
        new PluginRules(problems, template.parameters(), template.resources(), version, catalog);
    this.values = new PreCreateValues(template.parameters(), template.resources(), catalog);
    this.conditionValues =
        new ConditionEvaluator(template.conditions(), version, this::parameterDefault);
    this.conditions = new ConditionChecks(this);
    this.types = new ResourceTypeChecks(this);
    this.calls = new FunctionCallChecks(this);
  }

  /** Every check, in the order their problems are listed. */
  List<Problem> check() {
    ParameterChecks.checkGroups(template, problems);
    ParameterChecks.check(template, problems);
    conditions.check();
    new ResourceChecks(this).check();
    checkOutputs();
    checkCycles();
    checkLimits();
    return problems;
  }

  /**
   * What get_param gives in a condition when a file is validated alone: the default of a
   * string parameter, or of a boolean one as parameters.py BooleanParam reads it
   * (strutils.bool_from_string, strict) (Heat's template-validate resolves conditions with the
   * defaults).
   */
  private Object parameterDefault(Object args) {
    Parameter<?> param = args instanceof String name ? template.parameters().get(name) : null;
    if (param != null && param.hasDefault() && param.type() == ParameterType.BOOLEAN) {
      Object d = Trees.node(param.defaultValue());
      String text = d instanceof Boolean || d instanceof String ? String.valueOf(d) : "";
      return switch (text.toLowerCase(java.util.Locale.ROOT)) {
        case "1", "t", "true", "on", "y", "yes" -> Boolean.TRUE;
        case "0", "f", "false", "off", "n", "no" -> Boolean.FALSE;
        default -> ConditionEvaluator.UNKNOWN;
      };
    }
    return param != null
            && param.hasDefault()
            && Trees.node(param.defaultValue()) instanceof String s
        ? s
        : ConditionEvaluator.UNKNOWN;
  }

  void error(String path, String message) {
    problems.add(Problem.error(path, message));
  }

  void error(YamlPath path, String message) {
    problems.add(Problem.error(path.toString(), message));
  }

  void checkConditionName(YamlPath path, String name) {
    if (!template.conditions().containsKey(name)) {
      error(
          path,
          "unknown condition \"" + name + "\"; expected one of "
              + template.conditions().keySet());
    }
  }

  private void checkOutputs() {
    template.outputs().forEach((name, output) -> {
      YamlPath path = YamlPath.of("outputs").key(name);
      Map<String, Object> tree = output.toTree();
      if (output.condition() != null && !version.hasConditions()) {
        // Heat before 2016-10-14 ignores the key: the output is always there
        problems.add(Problem.warning(
            path.key("condition").toString(),
            "output conditions need "
                + "heat_template_version 2016-10-14 or newer; Heat ignores this one in "
                + version));
      } else if (output.condition() instanceof String c) {
        checkConditionName(path.key("condition"), c);
      }
      // template_common.py outputs: a value key is required, null will do; an Output always
      // renders one, so HotReader checks the key where it reads a tree
      if (output.condition() != null
          && version.hasConditions()
          && Boolean.FALSE.equals(conditionValues.of(output.condition()))) {
        // an output whose condition is false is not resolved
        return;
      }
      calls.walkValues(path, "value", tree.get("value"), OUTPUT);
    });
  }

  /**
   * Where a get_param is, for when Heat resolves it (hot/functions.py GetParam.result raises
   * "The Parameter (x) was not provided" for a name the template lacks; nothing checks the name
   * before): at template-validate (a condition a resource or output uses, deletion and update
   * policies); before stack create (a property Resource.validate resolves); in an output (never
   * before the output is shown); in a condition nobody uses, or a value Heat does not resolve
   * before it creates the resource (metadata, the properties of OS::Heat::None).
   */
  enum ParamUse {
    VALIDATE,
    CREATE,
    OUTPUT,
    UNUSED_CONDITION,
    AT_RESOURCE_CREATE
  }

  /** hot/functions.py GetParam.result: why Heat fails on the literal {@code args}, or null. */
  private static String getParamResultProblem(Object raw) {
    if (raw instanceof String) {
      return null; // a parameter name ("" too: the unknown parameter "" of checkGetParam)
    }
    Object args = Trees.node(raw);
    if (Trees.isFunction(args, NameSet.ALL)) {
      return null;
    }
    if (args == null
        || args instanceof List<?> l && l.isEmpty()
        || args instanceof Map<?, ?> m && m.isEmpty()
        || Boolean.FALSE.equals(args)
        || args instanceof Number n && n.doubleValue() == 0) {
      return "Function \"get_param\" must have arguments";
    }
    if (args instanceof String) {
      return null; // "" too: the unknown parameter "" of checkGetParam
    }
    if (!(args instanceof List)) {
      return "Argument to \"get_param\" must be string or list";
    }
    if (args instanceof List<?> l) {
      Object name = Trees.node(l.get(0));
      if (!(name instanceof String) && !Trees.isFunction(name, HotVersion.allFunctionNames())) {
        return "Parameter name in \"get_param\" must be string";
      }
    }
    return null;
  }

  void checkGetParam(YamlPath path, Object args) {
    checkGetParam(path, args, ParamUse.VALIDATE);
  }

  /**
   * A get_param whose arguments GetParam.result refuses whatever the parameters' values: an error
   * labelled "fails at stack create" in properties Heat resolves before stack create, a warning
   * where Heat resolves it only when it creates the resource; elsewhere an error as below.
   */
  void checkGetParam(YamlPath path, Object args, ParamUse use) {
    if (args instanceof String name && parameterNames.contains(name)) {
      return; // a parameter of the template (the common case, kept small for the JIT)
    }
    checkGetParamArgs(path, args, use);
  }

  private void checkGetParamArgs(YamlPath path, Object args, ParamUse use) {
    String resolveProblem = getParamResultProblem(args);
    if (resolveProblem != null && use == ParamUse.CREATE) {
      problems.add(Problem.createError(path.toString(), resolveProblem));
      return;
    } else if (resolveProblem != null && use == ParamUse.AT_RESOURCE_CREATE) {
      problems.add(Problem.warning(
          path.toString(),
          resolveProblem
              + "; Heat accepts the template but the resource fails when it is created"));
      return;
    }
    boolean inOutput = use == ParamUse.OUTPUT;
    Object name = Trees.node(args instanceof List<?> l && !l.isEmpty() ? l.get(0) : args);
    if (name instanceof String s) {
      boolean known = parameterNames.contains(s) || TemplateValidator.PSEUDO_PARAMETERS.contains(s);
      if (known) {
        return;
      }
      if (inOutput) {
        // template-validate does not resolve outputs
        problems.add(Problem.warning(
            path.toString(),
            "unknown parameter \"" + s + "\"; Heat "
                + "accepts the template but fails to show the output"));
        return;
      }
      String expected = "unknown parameter \"" + s + "\"; expected one of "
          + TemplateValidator.abbreviate(template.parameters().keySet())
          + DidYouMean.hint(s, template.parameters().keySet());
      switch (use) {
        case CREATE -> problems.add(Problem.createError(path.toString(), expected));
        case UNUSED_CONDITION ->
          problems.add(Problem.warning(
              path.toString(),
              expected + "; Heat accepts the template while no resource or output uses the "
                  + "condition, and refuses it once one does"));
        case AT_RESOURCE_CREATE ->
          problems.add(Problem.warning(
              path.toString(),
              expected + "; Heat accepts the template and fails when it creates the resource"));
        default -> error(path, expected);
      }
    } else if (!(name instanceof Map) && inOutput) {
      problems.add(Problem.warning(
          path.toString(),
          "get_param expects a parameter name, not "
              + Trees.describe(name)
              + "; Heat accepts the template but fails to show the "
              + "output"));
    } else if (!(name instanceof Map)) {
      error(path, "get_param expects a parameter name, not " + Trees.describe(name));
    }
  }

  String notAllowed(String function, boolean inConditions) {
    Optional<HotVersion> lowest = inConditions
        ? HotVersion.lowestAllowingInConditions(function)
        : HotVersion.lowestAllowing(function);
    String where = inConditions ? "in conditions" : "";
    if (lowest.isPresent() && lowest.get().isAtLeast(version)) {
      return "function " + function + " is not allowed " + (inConditions ? where + " " : "")
          + "in heat_template_version " + version + "; it needs " + lowest.get()
          + " or newer";
    }
    return "function " + function + " is not allowed " + (inConditions ? where + " " : "")
        + "in heat_template_version " + version;
  }

  private void checkCycles() {
    for (List<String> cycle : dependencies.cycles()) {
      error("resources." + cycle.get(0), "circular dependency: " + String.join(" -> ", cycle));
    }
  }

  private void checkLimits() {
    if (template.resources().size() > TemplateValidator.MAX_RESOURCES_PER_STACK) {
      problems.add(Problem.warning(
          "resources",
          template.resources().size()
              + " resources exceed Heat's default max_resources_per_stack ("
              + TemplateValidator.MAX_RESOURCES_PER_STACK
              + "); split the template into nested stacks "
              + "or ask the operator to raise the limit"));
    }
  }
}
