package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.DeletionPolicy;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.model.TemplateTypes;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each resource in template order: removed by a false condition, or checked for its keys, name,
 * condition, depends_on, values, update_policy, type and plugin rules.
 */
final class ResourceChecks {
  private static final Set<String> DEPLOYMENT_TYPES =
      Set.of("OS::Heat::SoftwareDeployment", "OS::Heat::StructuredDeployment");

  private final ValidationRun run;
  private final Template template;
  private final HotVersion version;
  private final List<Problem> problems;
  private final Resource[] byPosition;
  private final DeprecationWarnings deprecations = new DeprecationWarnings();

  ResourceChecks(ValidationRun run) {
    this.run = run;
    this.template = run.template;
    this.version = run.version;
    this.problems = run.problems;
    this.byPosition = run.byPosition;
  }

  void check() {
    YamlPath resources = YamlPath.of("resources");
    List<Problem> deploymentProblems = new ArrayList<>();
    if (version.hasConditions()) {
      for (int i = 0; i < byPosition.length; i++) {
        if (byPosition[i].condition() != null
            && Boolean.FALSE.equals(run.conditionValues.of(byPosition[i].condition()))) {
          run.removed.add(i);
        }
      }
    }
    // the resources named as a parameter: looked up once per parameter, not once per resource
    boolean[] parameterNames = new boolean[byPosition.length];
    for (String name : template.parameters().keySet()) {
      markPosition(parameterNames, name);
    }
    for (String name : TemplateValidator.PSEUDO_PARAMETERS) {
      markPosition(parameterNames, name);
    }
    for (int self = 0; self < byPosition.length; self++) {
      Resource r = byPosition[self];
      YamlPath path = resources.key(r.name());
      if (run.isRemoved(self)) {
        // hot/template.py resource_definitions: Heat reads the definition's keys
        // (_rsrc_defn_args), then drops it before it looks any further
        ResourceKeys.check(path, r, version, problems, true, run.catalog);
        continue;
      }
      if (parameterNames[self]) {
        // Heat's Stack.validate: "Duplicate names {...}" between parameters and resources
        run.error(
            path,
            "resource \"" + r.name() + "\" has the name of a parameter; Heat rejects "
                + "a template that uses one name for both; rename one of them");
      }
      // the model's own values, turned into tree nodes as they are checked: no copy of the tree
      // (the sections as Resource.sections() gives them, read without building that map)
      Object properties = r.properties().isEmpty() ? null : r.properties();
      ResourceKeys.check(path, r, version, problems, run.catalog);
      if (r.condition() != null && !version.hasConditions()) {
        run.error(
            path.key("condition"),
            "resource conditions need heat_template_version "
                + "2016-10-14 or newer; this template is " + version);
      } else if (r.condition() instanceof String name) {
        run.checkConditionName(path.key("condition"), name);
      }
      if (r.externalId() != null && !version.isAtLeast(HotVersion.V2016_10_14)) {
        run.error(
            path.key("external_id"),
            "external_id needs heat_template_version 2016-10-14 or " + "newer; this template is "
                + version);
      }
      for (int i = 0; i < r.dependsOn().size(); i++) {
        String dep = r.dependsOn().get(i);
        YamlPath dpath =
            r.dependsOn().size() > 1 ? path.key("depends_on").index(i) : path.key("depends_on");
        int target = run.dependencies.positionOf(dep);
        if (target < 0) {
          run.error(
              dpath,
              "unknown resource \"" + dep + "\"; depends_on expects a resource of "
                  + "this template");
        } else {
          run.dependencies.add(self, target);
        }
      }
      run.calls.takeResolvableKeys();
      run.calls.walkValues(path, "properties", properties, self);
      List<String> resolvable = run.calls.takeResolvableKeys();
      run.calls.walkValues(path, "metadata", r.metadata(), self);
      Object updatePolicy = r.updatePolicy();
      if (updatePolicy != null) {
        run.calls.walkValues(path, "update_policy", updatePolicy, -1);
        checkUpdatePolicy(path.key("update_policy"), r.type(), updatePolicy);
      }
      run.calls.walkValues(
          path,
          "deletion_policy",
          r.deletionPolicy() instanceof DeletionPolicy dp ? dp.key() : r.deletionPolicy(),
          -1);
      Map<?, ?> props = Trees.node(properties) instanceof Map<?, ?> m ? m : Map.of();
      Optional<ResourceTypeSchema> schema = run.types.schemaOf(r);
      if (schema.isEmpty()) {
        run.types.checkUnknownType(path.key("type"), r.type());
      } else if (r.externalId() == null) {
        // Heat validates an external resource's reference only, not its properties
        // the path of the properties, built once for both
        YamlPath propertiesPath = path.key("properties");
        run.plugins.check(propertiesPath, r.name(), schema.get(), props, resolvable);
        deprecations.check(propertiesPath, schema.get().type(), props, problems);
        run.types.checkMemberTypes(path, schema.get().type(), props);
      }
      if (r.externalId() == null) {
        NestedStackNames.check(
            path,
            r.name(),
            r.type(),
            schema.isPresent() ? schema.get().properties() : null,
            props,
            run.values,
            problems);
      }
      checkDeploymentServer(r, props, deploymentProblems);
    }
    problems.addAll(deploymentProblems);
  }

  /** Marks the position of resource {@code name}, if the template has one. */
  private void markPosition(boolean[] positions, String name) {
    int at = run.dependencies.positionOf(name);
    if (at >= 0) {
      positions[at] = true;
    }
  }

  /**
   * Heat's SoftwareDeployment.validate: the server a deployment targets (get_resource) must
   * have user_data_format SOFTWARE_CONFIG; OS::Nova::Server's default is HEAT_CFNTOOLS. Checked
   * in the same pass over the resources; its problems follow theirs.
   */
  private void checkDeploymentServer(Resource r, Map<?, ?> props, List<Problem> out) {
    if (!DEPLOYMENT_TYPES.contains(r.type())
        || r.externalId() != null
        || !(Trees.node(props.get("server")) instanceof Map<?, ?> ref
            && ref.size() == 1
            && Trees.node(ref.get("get_resource")) instanceof String serverName)) {
      return;
    }
    Resource server = template.resource(serverName);
    if (server == null || !"OS::Nova::Server".equals(server.type())) {
      return;
    }
    Object format = server.toTree().get("properties") instanceof Map<?, ?> serverProps
        ? serverProps.get("user_data_format")
        : null;
    if (format == null || format instanceof String f && !f.equals("SOFTWARE_CONFIG")) {
      // SoftwareDeployment.validate(): a plugin check, run before stack create only
      out.add(Problem.createError(
          "resources." + r.name() + ".properties.server",
          "server \""
              + serverName + "\" has software deployments, so its user_data_format must be "
              + "SOFTWARE_CONFIG, not " + (format == null ? "the default HEAT_CFNTOOLS" : format)));
    }
  }

  /** Heat checks update_policy keys against the type's update_policy_schema (often empty). */
  private void checkUpdatePolicy(YamlPath path, String type, Object policy) {
    if (!(Trees.node(policy) instanceof Map<?, ?> m)
        || FunctionWalker.containsFunction(
            policy,
            Set.of("get_param", "resource_facade", "if", "yaql", "map_merge", "map_replace"))) {
      return;
    }
    Optional<Set<String>> keys = TemplateTypes.isTemplateFile(type)
        ? Optional.of(Set.of())
        : HeatHidden.updatePolicyKeys(type);
    keys.ifPresent(allowed -> {
      for (Object k : m.keySet()) {
        if (!allowed.contains(String.valueOf(k))) {
          run.error(
              path.key(String.valueOf(k)),
              "unknown update policy \"" + k + "\" of " + type
                  + (allowed.isEmpty()
                      ? "; this type takes no update_policy"
                      : "; expected one of " + new java.util.TreeSet<>(allowed)));
        }
      }
    });
    UpdatePolicies.check(path, type, m, problems, template.parameters(), version);
  }
}
