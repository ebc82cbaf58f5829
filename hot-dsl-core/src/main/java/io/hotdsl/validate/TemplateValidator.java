package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.Condition;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.read.DidYouMean;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a template before it is rendered, collecting every problem with its YAML path.
 *
 * <p>Checks what Heat checks when it validates a template and before it creates a stack:
 * references to unknown resources, parameters, conditions and attributes; dependency cycles;
 * functions and sections the template's version does not allow; parameter defaults that break
 * their own constraints; properties against the resource type's schema when it is known (unknown
 * properties, missing required ones, literal values of the wrong type or outside constraints); and
 * Heat's default limits (512 KiB template, 1,000 resources) as warnings.
 *
 * <p>The value of a hidden parameter never appears in a message.
 */
public final class TemplateValidator {
  /** Heat's default {@code max_template_size}. */
  public static final int MAX_TEMPLATE_BYTES = 512 * 1024;
  /** Heat's default {@code max_resources_per_stack}. */
  public static final int MAX_RESOURCES_PER_STACK = 1000;

  /** Parameters Heat provides to every template. */
  static final Set<String> PSEUDO_PARAMETERS =
      Set.of("OS::stack_name", "OS::stack_id", "OS::project_id");

  private static final Set<String> DEPLOYMENT_TYPES =
      Set.of("OS::Heat::SoftwareDeployment", "OS::Heat::StructuredDeployment");

  private TemplateValidator() {}

  /** Validates {@code template}; never throws for a bad template, see {@link ValidationResult}. */
  public static ValidationResult validate(Template template) {
    return validate(template, Set.of());
  }

  /**
   * Validates {@code template} where an environment's resource_registry maps {@code mappedTypes}
   * (provider and alias types, checked by the bundle validator).
   */
  public static ValidationResult validate(Template template, Set<String> mappedTypes) {
    return validate(template, mappedTypes::contains);
  }

  /**
   * Validates {@code template} where {@code typeResolvedElsewhere} says which resource types
   * something else resolves (the bundle validator, which follows environments' registries with
   * their wildcards and per-resource entries, and nested template files).
   */
  public static ValidationResult validate(Template template,
      java.util.function.Predicate<String> typeResolvedElsewhere) {
    return validate(template, typeResolvedElsewhere, ValidationDepth.CREATE);
  }

  /**
   * Validates {@code template} to {@code depth}: {@link ValidationDepth#VALIDATE} reports what
   * Heat's template-validate API refuses; {@link ValidationDepth#CREATE} (the default) adds what
   * Heat refuses before it creates the stack, labelled "fails at stack create".
   */
  public static ValidationResult validate(Template template, ValidationDepth depth) {
    return validate(template, type -> false, depth);
  }

  /** Validates {@code template} to {@code depth}, with types something else resolves. */
  public static ValidationResult validate(Template template,
      java.util.function.Predicate<String> typeResolvedElsewhere, ValidationDepth depth) {
    Context ctx = new Context(template);
    ctx.mappedTypes = typeResolvedElsewhere;
    ctx.checkParameterGroups();
    ctx.checkParameters();
    ctx.checkConditions();
    ctx.checkResources();
    ctx.checkOutputs();
    ctx.checkCycles();
    ctx.checkLimits();
    if (depth == ValidationDepth.VALIDATE) {
      ctx.problems.removeIf(p -> p.depth() == ValidationDepth.CREATE);
    }
    return new ValidationResult(ctx.problems);
  }

  /** The oldest dated version that allows every function and section {@code template} uses. */
  public static HotVersion lowestVersion(Template template) {
    Context ctx = new Context(template);
    HotVersion lowest = HotVersion.V2013_05_23;
    if (!template.conditions().isEmpty()
        || template.resources().values().stream().anyMatch(r -> r.condition() != null)
        || template.outputs().values().stream().anyMatch(o -> o.condition() != null)) {
      lowest = HotVersion.V2016_10_14;
    }
    Set<String> used = new HashSet<>();
    FunctionWalker walker = new FunctionWalker(HotVersion.allFunctionNames(),
        (path, name, args) -> used.add(name));
    template.resources().forEach((n, r) -> walker.walk(YamlPath.ROOT, r.toTree()));
    template.outputs().forEach((n, o) -> walker.walk(YamlPath.ROOT, o.toTree()));
    for (String fn : used) {
      HotVersion v = HotVersion.lowestAllowing(fn).orElse(HotVersion.LATEST);
      if (!v.isAtLeast(lowest) || v == lowest) {
        continue;
      }
      lowest = v;
    }
    Set<String> conditionFns = new HashSet<>();
    FunctionWalker cw = new FunctionWalker(HotVersion.allFunctionNames(),
        (path, name, args) -> conditionFns.add(name));
    template.conditions().values().forEach(c -> cw.walk(YamlPath.ROOT, c.toTree()));
    for (String fn : conditionFns) {
      HotVersion v = HotVersion.lowestAllowingInConditions(fn).orElse(HotVersion.LATEST);
      if (v.isAtLeast(lowest)) {
        lowest = v;
      }
    }
    ctx.problems.clear();
    return lowest;
  }

  /** The state of one validation run. */
  private static final class Context {
    final Template template;
    final HotVersion version;
    final List<Problem> problems = new ArrayList<>();
    /** The resources in template order, by their position in {@link #dependencies}. */
    final Resource[] byPosition;
    final DependencyGraph dependencies;
    final PluginRules plugins;
    final PreCreateValues values;
    final ConditionValues conditionValues;
    /** Positions of the resources Heat removes because their condition is false. */
    final Set<Integer> removed = new HashSet<>();
    java.util.function.Predicate<String> mappedTypes = type -> false;
    /** {@link #schemaOf} by type: {resource class, schema}. */
    final Map<String, Object[]> schemas = new java.util.HashMap<>();

    Context(Template template) {
      this.template = template;
      this.version = template.version();
      // keys and values of the resources map come in the same (template) order
      this.byPosition = template.resources().values().toArray(new Resource[0]);
      this.dependencies = new DependencyGraph(template.resources().keySet());
      this.plugins = new PluginRules(problems, template.parameters(), template.resources(),
          version);
      this.values = new PreCreateValues(template.parameters(), template.resources());
      this.conditionValues = new ConditionValues(template.conditions(), template.parameters());
    }

    void error(String path, String message) {
      problems.add(Problem.error(path, message));
    }

    void error(YamlPath path, String message) {
      problems.add(Problem.error(path.toString(), message));
    }

    void checkParameterGroups() {
      ParameterChecks.checkGroups(template, problems);
    }

    void checkParameters() {
      ParameterChecks.check(template, problems);
    }

    void checkConditions() {
      if (!template.conditions().isEmpty() && !version.hasConditions()) {
        error("conditions", "the conditions section needs heat_template_version 2016-10-14 or "
            + "newer; this template is " + version);
        return;
      }
      for (Condition c : template.conditions().values()) {
        YamlPath path = YamlPath.of("conditions").key(c.name());
        Object tree = c.toTree();
        if (tree instanceof Boolean) {
          continue;
        }
        // (a known function not allowed in conditions is reported by the walk below)
        if (!(tree instanceof Map<?, ?> m && m.size() == 1
            && HotVersion.allFunctionNames().contains(String.valueOf(m.keySet().iterator().next())))) {
          // Heat: a definition must be a boolean or a condition function; a bare name is neither
          error(path, "a condition must be true, false or a condition function ("
              + String.join(", ", new java.util.TreeSet<>(version.conditionFunctions()))
              + "), not " + describe(tree) + (tree instanceof String
                  ? "; to reuse a condition write {not: {not: " + tree + "}} or and: [" + tree + "]"
                  : ""));
          if (!(tree instanceof Map)) {
            continue;
          }
        }
        boolean used = template.resources().values().stream()
            .anyMatch(r -> c.name().equals(r.condition()))
            || template.outputs().values().stream()
            .anyMatch(o -> c.name().equals(o.condition()));
        checkConditionTree(path, tree, used);
      }
    }

    /** Checks a condition expression: the conditions section, or the first argument of if. */
    private void checkConditionTree(YamlPath path, Object tree) {
      checkConditionTree(path, tree, true);
    }

    /**
     * {@code used}: whether a resource or output names the condition. Heat resolves a condition
     * only when something asks for it (conditions.py Conditions.is_enabled), so the shape of a
     * {@code not} nobody asks for is a warning.
     */
    private void checkConditionTree(YamlPath path, Object tree, boolean used) {
      new FunctionWalker(HotVersion.allFunctionNames(), (p, name, args) -> {
        if (!version.conditionFunctions().contains(name)) {
          error(p, notAllowed(name, true));
        } else if (name.equals("get_param")) {
          checkGetParam(p, args);
        } else {
          String shape = FunctionArgs.problem(name, args, version);
          if (shape != null && name.equals("not") && !used) {
            problems.add(Problem.warning(p.toString(), shape + "; Heat refuses it once a "
                + "resource or output uses the condition"));
          } else if (shape != null) {
            error(p, shape);
          }
        }
      }).walk(path, tree);
    }

    private void checkConditionName(YamlPath path, String name) {
      if (!template.conditions().containsKey(name)) {
        error(path, "unknown condition \"" + name + "\"; expected one of "
            + template.conditions().keySet());
      }
    }

    void checkResources() {
      YamlPath resources = YamlPath.of("resources");
      List<Problem> deploymentProblems = new ArrayList<>();
      if (version.hasConditions()) {
        for (int i = 0; i < byPosition.length; i++) {
          if (byPosition[i].condition() != null
              && Boolean.FALSE.equals(conditionValues.of(byPosition[i].condition()))) {
            removed.add(i);
          }
        }
      }
      for (int self = 0; self < byPosition.length; self++) {
        Resource r = byPosition[self];
        YamlPath path = resources.key(r.name());
        if (!removed.isEmpty() && removed.contains(self)) {
          // hot/template.py resource_definitions: Heat reads the definition's keys
          // (_rsrc_defn_args), then drops it before it looks any further
          ResourceKeys.check(path, r, version, problems, true);
          continue;
        }
        if (template.parameters().containsKey(r.name()) || PSEUDO_PARAMETERS.contains(r.name())) {
          // Heat's Stack.validate: "Duplicate names {...}" between parameters and resources
          error(path, "resource \"" + r.name() + "\" has the name of a parameter; Heat rejects "
              + "a template that uses one name for both; rename one of them");
        }
        // the model's own values, turned into tree nodes as they are checked: no copy of the tree
        Map<String, Object> tree = r.sections();
        ResourceKeys.check(path, r, version, problems);
        if (r.condition() != null && !version.hasConditions()) {
          error(path.key("condition"), "resource conditions need heat_template_version "
              + "2016-10-14 or newer; this template is " + version);
        } else if (r.condition() instanceof String name) {
          checkConditionName(path.key("condition"), name);
        }
        if (r.externalId() != null && !version.isAtLeast(HotVersion.V2016_10_14)) {
          error(path.key("external_id"), "external_id needs heat_template_version 2016-10-14 or "
              + "newer; this template is " + version);
        }
        for (int i = 0; i < r.dependsOn().size(); i++) {
          String dep = r.dependsOn().get(i);
          YamlPath dpath = r.dependsOn().size() > 1
              ? path.key("depends_on").index(i) : path.key("depends_on");
          int target = dependencies.positionOf(dep);
          if (target < 0) {
            error(dpath, "unknown resource \"" + dep + "\"; depends_on expects a resource of "
                + "this template");
          } else {
            dependencies.add(self, target);
          }
        }
        walkValues(path, "properties", tree.get("properties"), self);
        walkValues(path, "metadata", tree.get("metadata"), self);
        Object updatePolicy = tree.get("update_policy");
        if (updatePolicy != null) {
          walkValues(path, "update_policy", updatePolicy, -1);
          checkUpdatePolicy(path.key("update_policy"), r.type(), updatePolicy);
        }
        walkValues(path, "deletion_policy", tree.get("deletion_policy"), -1);
        Map<?, ?> props = Trees.node(tree.get("properties")) instanceof Map<?, ?> m ? m : Map.of();
        Optional<ResourceTypeSchema> schema = schemaOf(r);
        if (schema.isEmpty()) {
          checkUnknownType(path.key("type"), r.type());
        } else if (r.externalId() == null) {
          // Heat validates an external resource's reference only, not its properties
          plugins.check(path, r.name(), schema.get(), props);
          DeprecationWarnings.check(path.key("properties"), schema.get().type(), props, problems);
          checkMemberTypes(path, schema.get().type(), props);
        }
        if (r.externalId() == null) {
          NestedStackNames.check(path, r.name(), r.type(),
              schema.map(ResourceTypeSchema::properties).orElse(null), props, values, problems);
        }
        checkDeploymentServer(r, props, deploymentProblems);
      }
      problems.addAll(deploymentProblems);
    }

    /**
     * A type that is no known schema, no template file and not mapped by an environment is an
     * error, as in Heat, once schemas are known at all (hot-dsl-resources on the class path).
     */
    private void checkUnknownType(YamlPath path, String type) {
      checkUnknownType(path, type, false);
    }

    /** {@code member}: a group's member type, which Heat resolves only before stack create. */
    private void checkUnknownType(YamlPath path, String type, boolean member) {
      if (isTemplateReference(type) || mappedTypes.test(type) || ResourceTypes.isEmpty()
          || ResourceTypes.lookup(type).isPresent()
          || HeatHidden.isHiddenType(type) || HeatHidden.alias(type).isPresent()) {
        return;
      }
      String message = "unknown resource type \"" + type + "\"; it is no type of Heat 19 "
          + "or of the registered schemas, no template file, and no environment maps it"
          + DidYouMean.hint(type, ResourceTypes.all().keySet());
      problems.add(member ? Problem.createError(path.toString(), message)
          : Problem.error(path.toString(), message));
    }

    /**
     * Heat's SoftwareDeployment.validate: the server a deployment targets (get_resource) must
     * have user_data_format SOFTWARE_CONFIG; OS::Nova::Server's default is HEAT_CFNTOOLS. Checked
     * in the same pass over the resources; its problems follow theirs.
     */
    private void checkDeploymentServer(Resource r, Map<?, ?> props, List<Problem> out) {
      if (!DEPLOYMENT_TYPES.contains(r.type()) || r.externalId() != null
          || !(Trees.node(props.get("server")) instanceof Map<?, ?> ref && ref.size() == 1
              && Trees.node(ref.get("get_resource")) instanceof String serverName)) {
        return;
      }
      Resource server = template.resource(serverName);
      if (server == null || !"OS::Nova::Server".equals(server.type())) {
        return;
      }
      Object format = server.toTree().get("properties") instanceof Map<?, ?> serverProps
          ? serverProps.get("user_data_format") : null;
      if (format == null || format instanceof String f && !f.equals("SOFTWARE_CONFIG")) {
        // SoftwareDeployment.validate(): a plugin check, run before stack create only
        out.add(Problem.createError("resources." + r.name() + ".properties.server", "server \""
            + serverName + "\" has software deployments, so its user_data_format must be "
            + "SOFTWARE_CONFIG, not " + (format == null ? "the default HEAT_CFNTOOLS" : format)));
      }
    }

    /** Heat checks update_policy keys against the type's update_policy_schema (often empty). */
    private void checkUpdatePolicy(YamlPath path, String type, Object policy) {
      if (!(Trees.node(policy) instanceof Map<?, ?> m) || FunctionWalker.containsFunction(policy,
          Set.of("get_param", "resource_facade", "if", "yaql", "map_merge", "map_replace"))) {
        return;
      }
      Optional<Set<String>> keys = isTemplateReference(type)
          ? Optional.of(Set.of()) : HeatHidden.updatePolicyKeys(type);
      keys.ifPresent(allowed -> {
        for (Object k : m.keySet()) {
          if (!allowed.contains(String.valueOf(k))) {
            error(path.key(String.valueOf(k)), "unknown update policy \"" + k + "\" of " + type
                + (allowed.isEmpty() ? "; this type takes no update_policy"
                    : "; expected one of " + new java.util.TreeSet<>(allowed)));
          }
        }
      });
      UpdatePolicies.check(path, type, m, problems, template.parameters(), version);
    }

    /**
     * The member types of groups and chains, which Heat resolves when it validates the nested
     * stack: {@code ResourceGroup.resource_def.type}, {@code AutoScalingGroup.resource.type},
     * {@code ResourceChain.resources[i]}, when written literally.
     */
    private void checkMemberTypes(YamlPath path, String type, Map<?, ?> props) {
      switch (type) {
        case "OS::Heat::ResourceGroup", "OS::Heat::AutoScalingGroup" -> {
          String key = type.equals("OS::Heat::ResourceGroup") ? "resource_def" : "resource";
          if (Trees.node(props.get(key)) instanceof Map<?, ?> def
              && Trees.node(def.get("type")) instanceof String t) {
            checkUnknownType(path.key("properties").key(key).key("type"), t, true);
          }
        }
        case "OS::Heat::ResourceChain" -> {
          if (Trees.node(props.get("resources")) instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
              if (Trees.node(l.get(i)) instanceof String t) {
                checkUnknownType(path.key("properties").key("resources").index(i), t, true);
              }
            }
          }
        }
        default -> { }
      }
    }

    void checkOutputs() {
      template.outputs().forEach((name, output) -> {
        YamlPath path = YamlPath.of("outputs").key(name);
        Map<String, Object> tree = output.toTree();
        if (output.condition() != null && !version.hasConditions()) {
          // Heat before 2016-10-14 ignores the key: the output is always there
          problems.add(Problem.warning(path.key("condition").toString(), "output conditions need "
              + "heat_template_version 2016-10-14 or newer; Heat ignores this one in " + version));
        } else if (output.condition() instanceof String c) {
          checkConditionName(path.key("condition"), c);
        }
        if (tree.get("value") == null) {
          // hot/template.py HOTemplate20130523.validate_section / outputs: a value key is required
          error(path, "Each output definition must contain a value key.");
        }
        if (output.condition() != null && version.hasConditions()
            && Boolean.FALSE.equals(conditionValues.of(output.condition()))) {
          // an output whose condition is false is not resolved
          return;
        }
        walkValues(path, "value", tree.get("value"), OUTPUT);
      });
    }

    /** {@code dependent} of values in outputs, which Heat's template-validate hardly resolves. */
    static final int OUTPUT = -2;

    /** Checks the function calls in {@code tree}, the value of {@code key} under {@code parent}. */
    private void walkValues(YamlPath parent, String key, Object tree, int dependent) {
      if (tree == null) {
        return;
      }
      YamlPath path = parent.key(key);
      new FunctionWalker(HotVersion.allFunctionNames(), version.allows("if"), (p, name, args) -> {
        if (!version.allows(name)) {
          if (isRemovedFunction(name)) {
            error(p, notAllowed(name, false));
          } else {
            // hot/template.py: a name missing from the version's function table is no function
            problems.add(Problem.warning(p.toString(), notAllowed(name, false) + "; Heat reads "
                + "{" + name + ": …} here as a plain map with the key \"" + name + "\""));
          }
          return false;
        }
        String shape = FunctionArgs.problem(name, args, version);
        if (shape != null) {
          error(p, shape);
          return false;
        }
        switch (name) {
          case "get_param" -> checkGetParam(p, args, dependent == OUTPUT);
          case "get_resource" -> {
            int found = args instanceof String t ? dependencies.positionOf(t) : -1;
            if (args instanceof String target && dependent == OUTPUT
                && (found < 0 || removed.contains(found))) {
              // template-validate does not resolve get_resource in outputs
              problems.add(Problem.warning(p.toString(), (found < 0 ? "unknown resource \""
                  + target + "\"" : "resource \"" + target + "\" is removed by its condition")
                  + "; Heat accepts the template but the output's value will be null"));
            } else if (args instanceof String target) {
              int position = checkResourceRef(p, target);
              if (position >= 0 && dependent >= 0) {
                dependencies.add(dependent, position);
              }
            } else if (!(args instanceof Map)) {
              error(p, "get_resource expects a resource name, not " + describe(args));
            }
          }
          case "get_attr" -> {
            if (args instanceof List<?> l && !l.isEmpty()
                && Trees.node(l.get(0)) instanceof String target) {
              int position = checkResourceRef(p, target);
              if (position >= 0) {
                if (dependent >= 0) {
                  dependencies.add(dependent, position);
                }
                if (l.size() > 1 && Trees.node(l.get(1)) instanceof String attr) {
                  checkAttribute(p, byPosition[position], attr);
                }
              }
              if (mayHoldCallsAfterFirst(l)) {
                // (a plain attribute name and path hold no get_param: no walk for them)
                checkAttributePathParameters(p, target, l);
              }
            }
          }
          case "list_join" -> {
            if (!(args instanceof List<?> l && l.size() >= 2)) {
              error(p, "list_join expects [delimiter, list, list…], not " + describe(args));
            } else if (l.size() > 2 && !version.isAtLeast(HotVersion.V2015_10_15)) {
              error(p, "list_join takes one list in heat_template_version " + version
                  + "; joining several lists needs 2015-10-15 or newer");
            }
          }
          case "if" -> {
            // hot/functions.py IfNullable (2021-04-16+): the value if false may be left out
            int least = version.isAtLeast(HotVersion.V2021_04_16) ? 2 : 3;
            if (args instanceof List<?> l && l.size() >= least && l.size() <= 3) {
              // If.parse_args: the condition is parsed with the condition functions
              Object c = Trees.node(l.get(0));
              if (c instanceof String name2) {
                checkConditionName(p.index(0), name2);
              } else if (c instanceof Map) {
                checkConditionTree(p.index(0), c);
                if (!FunctionArgs.isFunction(c, version.conditionFunctions())) {
                  error(p.index(0), "Invalid condition " + describe(c) + "; expected a "
                      + "condition name, true, false or a condition function");
                }
              } else if (!(c instanceof Boolean)) {
                error(p.index(0), "Invalid condition \"" + c + "\"");
              }
            } else {
              error(p, "if expects [condition, value if true, value if false], not "
                  + describe(args));
            }
          }
          default -> { }
        }
        return true;
      }).walk(path, tree);
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
        Object pname = Trees.node(fargs instanceof List<?> gl && !gl.isEmpty() ? gl.get(0) : fargs);
        Parameter<?> param = pname instanceof String s ? template.parameters().get(s) : null;
        if (name.equals("get_param") && param != null
            && (!param.hasDefault() || param.defaultValue() == null)) {
          unset.add(param.name());
        }
      }).walk(p, args.subList(1, args.size()));
      if (!unset.isEmpty()) {
        error(p, "the attribute path of " + target + " uses parameter" + (unset.size() > 1 ? "s "
            : " ") + String.join(", ", unset) + " without a default: Heat's template-validate "
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

    /** The position of resource {@code target}, or -1 after reporting that there is none. */
    private int checkResourceRef(YamlPath path, String target) {
      int position = dependencies.positionOf(target);
      if (position < 0) {
        error(path, "unknown resource \"" + target + "\"; expected one of "
            + abbreviate(template.resources().keySet())
            + DidYouMean.hint(target, template.resources().keySet()));
      } else if (removed.contains(position) && !path.toString().matches(".*\\.if\\[[12]\\].*")) {
        // (a branch of if is parsed only when its condition chooses it: If.parse_args)
        // Heat dropped it (its condition is false): the reference names no resource
        error(path, "resource \"" + target + "\" is removed by its condition "
            + byPosition[position].condition() + ", which is false; Heat refuses the reference");
        return -1;
      }
      return position;
    }

    private void checkAttribute(YamlPath path, Resource target, String attr) {
      schemaOf(target).ifPresent(s -> {
        if (!s.hasAttribute(attr) && !acceptsAnyAttribute(s)
            && !HeatHidden.isHiddenAttribute(s.type(), attr)) {
          error(path, "resource \"" + target.name() + "\" (" + target.type()
              + ") has no attribute \"" + attr + "\"; expected one of "
              + s.attributes().keySet() + DidYouMean.hint(attr, s.attributes().keySet()));
        }
      });
    }

    private static boolean acceptsAnyAttribute(ResourceTypeSchema s) {
      // stacks, groups and deployments answer their members' / outputs' attributes
      return s.type().equals("OS::Heat::Stack") || HeatHidden.acceptsAnyAttribute(s.type());
    }

    /**
     * The schema Heat validates a resource of {@code type} with: its own, or that of the type
     * Heat's default global environment maps it to ({@code OS::Ceilometer::Alarm} …).
     */
    private Optional<ResourceTypeSchema> schemaOf(Resource r) {
      // one look-up per type and resource class in a run (a resource class may answer its own)
      Object[] cached = schemas.get(r.type());
      if (cached != null && cached[0] == r.getClass()) {
        @SuppressWarnings("unchecked")
        Optional<ResourceTypeSchema> schema = (Optional<ResourceTypeSchema>) cached[1];
        return schema;
      }
      Optional<ResourceTypeSchema> schema = lookUpSchema(r);
      schemas.put(r.type(), new Object[] {r.getClass(), schema});
      return schema;
    }

    private static Optional<ResourceTypeSchema> lookUpSchema(Resource r) {
      Optional<ResourceTypeSchema> own = ResourceTypes.lookup(r.type());
      if (own.isPresent()) {
        return own;
      }
      return HeatHidden.alias(r.type()).flatMap(ResourceTypes::lookup);
    }

    private void checkGetParam(YamlPath path, Object args) {
      checkGetParam(path, args, false);
    }

    private void checkGetParam(YamlPath path, Object args, boolean inOutput) {
      Object name = Trees.node(args instanceof List<?> l && !l.isEmpty() ? l.get(0) : args);
      if (name instanceof String s) {
        if (inOutput && !template.parameters().containsKey(s) && !PSEUDO_PARAMETERS.contains(s)) {
          // template-validate does not resolve outputs
          problems.add(Problem.warning(path.toString(), "unknown parameter \"" + s + "\"; Heat "
              + "accepts the template but fails to show the output"));
        } else if (!template.parameters().containsKey(s) && !PSEUDO_PARAMETERS.contains(s)) {
          error(path, "unknown parameter \"" + s + "\"; expected one of "
              + abbreviate(template.parameters().keySet())
              + DidYouMean.hint(s, template.parameters().keySet()));
        }
      } else if (!(name instanceof Map) && inOutput) {
        problems.add(Problem.warning(path.toString(), "get_param expects a parameter name, not "
            + describe(name) + "; Heat accepts the template but fails to show the output"));
      } else if (!(name instanceof Map)) {
        error(path, "get_param expects a parameter name, not " + describe(name));
      }
    }

    private String notAllowed(String function, boolean inConditions) {
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

    void checkCycles() {
      for (List<String> cycle : dependencies.cycles()) {
        error("resources." + cycle.get(0), "circular dependency: " + String.join(" -> ", cycle));
      }
    }

    void checkLimits() {
      if (template.resources().size() > MAX_RESOURCES_PER_STACK) {
        problems.add(Problem.warning("resources", template.resources().size()
            + " resources exceed Heat's default max_resources_per_stack ("
            + MAX_RESOURCES_PER_STACK + "); split the template into nested stacks or ask the "
            + "operator to raise the limit"));
      }
    }
  }

  /**
   * A warning when a rendered template is larger than Heat's default {@code max_template_size}
   * (512 KiB): Heat rejects it unless the operator raised the limit. Rendering is the caller's
   * (the bundle validator renders each file it sends), so {@link #validate(Template)} stays free of
   * it.
   */
  public static Optional<Problem> sizeWarning(String path, String renderedText) {
    int bytes = renderedText.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes <= MAX_TEMPLATE_BYTES) {
      return Optional.empty();
    }
    return Optional.of(Problem.warning(path, "the template is " + bytes + " bytes, above Heat's "
        + "default max_template_size of " + MAX_TEMPLATE_BYTES + " bytes; split it into nested "
        + "stacks or ask the operator to raise the limit"));
  }

  /**
   * The deprecated properties of {@code type} that Heat 19 still accepts and moves into
   * {@code property} ({@code network_id} → {@code network} of {@code OS::Neutron::Port}); they are
   * hidden from Heat's schema API. Sorted; empty when there are none.
   */
  public static List<String> deprecatedAliasesOf(String type, String property) {
    return HeatHidden.hiddenSourcesOf(type, property);
  }

  /**
   * Whether Heat 19 (or a registered schema) knows {@code type}: a listed type, a hidden one Heat
   * still accepts, or an alias of Heat's default global environment.
   */
  public static boolean isKnownType(String type) {
    return ResourceTypes.lookup(type).isPresent() || HeatHidden.isHiddenType(type)
        || HeatHidden.alias(type).isPresent();
  }

  /** Whether a type names a template (a file or URL) rather than a registered type. */
  public static boolean isTemplateReference(String type) {
    String t = type.toLowerCase(java.util.Locale.ROOT);
    return t.endsWith(".yaml") || t.endsWith(".yml") || t.endsWith(".template")
        || t.endsWith(".json") || t.contains("/") || t.startsWith("http:")
        || t.startsWith("https:") || t.startsWith("file:");
  }

  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "a map";
    }
    if (value instanceof List) {
      return "a list";
    }
    return value.getClass().getSimpleName().toLowerCase() + " " + value;
  }

  private static String abbreviate(Set<String> names) {
    if (names.size() <= 20) {
      return names.toString();
    }
    return new ArrayList<>(names).subList(0, 20) + " and " + (names.size() - 20) + " more";
  }
}
