package io.hotdsl.validate;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Resource;
import io.hotdsl.model.TemplateTypes;
import io.hotdsl.schema.Catalog;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types Heat 19 accepts for a resource's own keys, as {@code _rsrc_defn_args} of
 * {@code heat/engine/template_common.py} and {@code heat/engine/hot/template.py}
 * ({@code HOTemplate20161014}) check them in template-validate: metadata and update_policy a map
 * (or a function), deletion_policy a string naming a policy of the version (or a function),
 * condition a name, a boolean or a condition function. Messages are Heat's.
 */
final class ResourceKeys {
  /** {@code HOTemplate20130523.deletion_policies}. */
  private static final Set<String> POLICIES = Set.of("Delete", "Retain", "Snapshot");
  /** {@code HOTemplate20161014.deletion_policies}: lower-case aliases added. */
  private static final Set<String> POLICIES_2016 =
      Set.of("Delete", "Retain", "Snapshot", "delete", "retain", "snapshot");

  /**
   * The types whose plugin has {@code handle_snapshot_delete}, the only ones
   * {@code Resource.validate_deletion_policy} (resource.py) lets take Snapshot; listed from Heat
   * 19's global environment.
   */
  private static final Set<String> SNAPSHOT_TYPES = Set.of(
      "AWS::EC2::Volume", "OS::Cinder::Volume", "OS::Heat::DeployedServer", "OS::Nova::Server");

  private ResourceKeys() {}

  static void check(
      YamlPath path, Resource r, HotVersion version, List<Problem> problems, Catalog catalog) {
    check(path, r, version, problems, false, catalog);
  }

  /**
   * {@code removed}: the resource's condition is false, so Heat reads its keys
   * ({@code _rsrc_defn_args}) but never builds it: no {@code validate_deletion_policy}.
   */
  static void check(
      YamlPath path,
      Resource r,
      HotVersion version,
      List<Problem> problems,
      boolean removed,
      Catalog catalog) {
    Set<String> functions = version.functions();
    Object metadata = Trees.node(r.metadata());
    if (metadata != null && !(metadata instanceof Map)) {
      problems.add(Problem.error(
          path.key("metadata").toString(),
          "Resource " + r.name() + " metadata type must be object"));
    }
    Object updatePolicy = Trees.node(r.updatePolicy());
    if (updatePolicy != null && !(updatePolicy instanceof Map)) {
      problems.add(Problem.error(
          path.key("update_policy").toString(),
          "Resource " + r.name() + " update_policy type must be object"));
    }
    // the DSL's DeletionPolicy renders as its key ("Retain")
    Object policy = r.deletionPolicy() instanceof io.hotdsl.model.DeletionPolicy d
        ? d.key()
        : Trees.node(r.deletionPolicy());
    if (policy != null && !Trees.isFunction(policy, functions)) {
      Set<String> allowed = version.isAtLeast(HotVersion.V2016_10_14) ? POLICIES_2016 : POLICIES;
      if (!(policy instanceof String)) {
        problems.add(Problem.error(
            path.key("deletion_policy").toString(),
            "Resource " + r.name() + " deletion_policy type must be string"));
      } else if (!allowed.contains(policy)) {
        problems.add(Problem.error(
            path.key("deletion_policy").toString(),
            "Invalid deletion policy \"" + policy + "\"; expected one of "
                + new java.util.TreeSet<>(allowed)));
      } else if (!removed && (policy.equals("Snapshot") || policy.equals("snapshot"))) {
        String type = HeatHidden.alias(r.type()).orElse(r.type());
        if (!SNAPSHOT_TYPES.contains(type)
            && (TemplateValidator.isKnownType(r.type(), catalog)
                || TemplateTypes.isTemplateFile(r.type()))) {
          problems.add(Problem.error(
              path.key("deletion_policy").toString(),
              "\"Snapshot\" deletion policy not supported by " + r.type() + "; only "
                  + new java.util.TreeSet<>(SNAPSHOT_TYPES) + " can snapshot"));
        }
      }
    }
    Object condition = Trees.node(r.condition());
    if (condition != null
        && version.hasConditions()
        && !(condition instanceof String
            || condition instanceof Boolean
            || Trees.isFunction(condition, HotVersion.allFunctionNames()))) {
      problems.add(Problem.error(
          path.key("condition").toString(),
          "Resource " + r.name() + " condition type must be string_or_boolean"));
    }
  }
}
