package io.hotdsl.validate;

import io.hotdsl.functions.PythonTruth;
import io.hotdsl.functions.Trees;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scaling plugins' {@code validate()} rules, which Heat runs before stack create, and the
 * members of groups, which Heat validates in a nested stack then:
 *
 * <ul>
 *   <li>{@code aws/autoscaling/autoscaling_group.py AutoScalingGroup.validate} (also
 *       OS::Heat::AutoScalingGroup): max below min, min below zero, desired capacity outside;
 *       for AWS, one VPCZoneIdentifier and exactly one of InstanceId / LaunchConfigurationName;
 *   <li>{@code openstack/heat/scaling_policy.py _validate_min_adjustment_step} (also
 *       AWS::AutoScaling::ScalingPolicy): the step only with percent_change_in_capacity;
 *   <li>{@code senlin/cluster.py Cluster.validate}: sizes, -1 meaning no maximum;
 *   <li>{@code stack_resource.py validate_nested_stack} (AutoScalingGroup, desired capacity or
 *       else min_size members) and {@code resource_group.py validate_nested_stack} (count members,
 *       none checked when it is 0): the member's definition and its unknown properties. The
 *       nested stack is validated with {@code strict_validate = False}, so the member's values
 *       are checked only where its plugin's {@code validate()} reads them: warnings here.
 * </ul>
 */
final class ScalingRules {
  private ScalingRules() {}

  static void check(
      PluginRules rules,
      YamlPath at,
      String type,
      Map<String, PropertySchema> schema,
      Map<?, ?> props) {
    switch (type) {
      case "OS::Heat::AutoScalingGroup" -> {
        group(rules, at, schema, props, "min_size", "max_size", "desired_capacity");
        // autoscaling_group.py _get_resource_definition reads the member's definition even
        // when the group has no member (instance_group.py _create_template)
        members(
            rules,
            at.key("resource"),
            Trees.node(props.get("resource")),
            firstTruthy(
                rules.value(props, schema, "desired_capacity"),
                rules.value(props, schema, "min_size")),
            true);
      }
      case "AWS::AutoScaling::AutoScalingGroup" -> {
        if (group(rules, at, schema, props, "MinSize", "MaxSize", "DesiredCapacity")
            && awsGroup(rules, at, schema, props)) {
          // then InstanceGroup.validate: instance_group.py validate_launchconfig
          ServiceRules.launchConfiguration(
              rules, at, new ServiceRules.Reader(rules, type, schema, props));
        }
      }
      case "OS::Heat::ResourceGroup" ->
        members(
            rules,
            at.key("resource_def"),
            Trees.node(props.get("resource_def")),
            rules.value(props, schema, "count"),
            false);
      case "OS::Heat::ScalingPolicy" ->
        step(
            rules,
            at,
            schema,
            props,
            "adjustment_type",
            "min_adjustment_step",
            "percent_change_in_capacity");
      case "AWS::AutoScaling::ScalingPolicy" ->
        step(
            rules,
            at,
            schema,
            props,
            "AdjustmentType",
            "MinAdjustmentStep",
            "PercentChangeInCapacity");
      case "OS::Senlin::Cluster" -> senlin(rules, at, schema, props);
      default -> {}
    }
  }

  /** The sizes of an autoscaling group; false when a rule failed (Heat stops there). */
  private static boolean group(
      PluginRules rules,
      YamlPath at,
      Map<String, PropertySchema> schema,
      Map<?, ?> props,
      String minKey,
      String maxKey,
      String desiredKey) {
    BigDecimal min = PreCreateValues.number(rules.value(props, schema, minKey));
    BigDecimal max = PreCreateValues.number(rules.value(props, schema, maxKey));
    if (min == null || max == null) {
      return false;
    }
    if (max.compareTo(min) < 0) {
      rules.createError(
          at.key(maxKey),
          "MinSize can not be greater than MaxSize (" + minKey + " " + min + ", " + maxKey + " "
              + max + ")");
      return false;
    }
    if (min.signum() < 0) {
      rules.createError(at.key(minKey), "The size of AutoScalingGroup can not be less than zero");
      return false;
    }
    Object d = rules.value(props, schema, desiredKey);
    if (d == PreCreateValues.UNKNOWN) {
      return false;
    }
    BigDecimal desired = PreCreateValues.number(d);
    if (desired != null && (desired.compareTo(min) < 0 || desired.compareTo(max) > 0)) {
      rules.createError(
          at.key(desiredKey),
          "DesiredCapacity must be between MinSize and MaxSize"
              + " (" + desiredKey + " " + desired + ", " + minKey + " " + min + ", " + maxKey + " "
              + max + ")");
      return false;
    }
    return true;
  }

  /** The AWS group's own rules; false when one failed or could not be judged. */
  private static boolean awsGroup(
      PluginRules rules, YamlPath at, Map<String, PropertySchema> schema, Map<?, ?> props) {
    Object zones = rules.value(props, schema, "VPCZoneIdentifier");
    if (zones instanceof List<?> l
        && !l.isEmpty()
        && l.size() != 1
        && !PreCreateValues.unknown(zones)) {
      rules.createError(
          at.key("VPCZoneIdentifier"),
          "Anything other than one VPCZoneIdentifier is not supported.");
      return false;
    }
    Object instance = rules.value(props, schema, "InstanceId");
    Object launch = rules.value(props, schema, "LaunchConfigurationName");
    if (instance == PreCreateValues.UNKNOWN || launch == PreCreateValues.UNKNOWN) {
      return false;
    }
    if (PythonTruth.of(instance) == PythonTruth.of(launch)) {
      boolean unresolved = props.get("LaunchConfigurationName") != null && launch == null
          || props.get("InstanceId") != null && instance == null;
      rules.createError(
          at,
          "Either 'InstanceId' or 'LaunchConfigurationName' must be provided."
              + (unresolved
                  ? " (get_attr, and get_resource of some types, give nothing before the "
                      + "resources exist)"
                  : ""));
      return false;
    }
    return true;
  }

  private static void step(
      PluginRules rules,
      YamlPath at,
      Map<String, PropertySchema> schema,
      Map<?, ?> props,
      String typeKey,
      String stepKey,
      String percent) {
    Object type = rules.value(props, schema, typeKey);
    Object step = rules.value(props, schema, stepKey);
    if (type == PreCreateValues.UNKNOWN
        || step == PreCreateValues.UNKNOWN
        || step == null
        || percent.equals(type)) {
      return;
    }
    rules.createError(
        at.key(stepKey),
        stepKey + " property should only be specified for "
            + typeKey + " with value " + percent + "."
            + (Trees.node(props.get(stepKey)) == null
                ? " (null is still set: Heat reads it as 0)"
                : ""));
  }

  private static void senlin(
      PluginRules rules, YamlPath at, Map<String, PropertySchema> schema, Map<?, ?> props) {
    BigDecimal min = PreCreateValues.number(rules.value(props, schema, "min_size"));
    BigDecimal max = PreCreateValues.number(rules.value(props, schema, "max_size"));
    BigDecimal desired = PreCreateValues.number(rules.value(props, schema, "desired_capacity"));
    if (min == null || max == null || desired == null) {
      return;
    }
    boolean bounded = max.compareTo(BigDecimal.ONE.negate()) != 0;
    if (bounded && max.compareTo(min) < 0) {
      rules.createError(at.key("max_size"), "min_size can not be greater than max_size");
    } else if (desired.compareTo(min) < 0 || bounded && desired.compareTo(max) > 0) {
      rules.createError(
          at.key("desired_capacity"), "desired_capacity must be between min_size and max_size");
    }
  }

  private static Object firstTruthy(Object a, Object b) {
    return a == PreCreateValues.UNKNOWN ? a : PythonTruth.of(a) ? a : b;
  }

  /**
   * A group's member definition when Heat validates at least one member: its shape and unknown
   * properties are errors; problems with its values, warnings.
   */
  private static void members(
      PluginRules rules, YamlPath at, Object def, Object count, boolean shapeAlways) {
    BigDecimal n = PreCreateValues.number(count);
    boolean some = n != null && n.signum() > 0;
    if (!(some || shapeAlways && n != null) || !(def instanceof Map<?, ?> m)) {
      return;
    }
    if (!m.containsKey("type")) {
      // template_common.py _rsrc_defn_args (a KeyError Heat reports as is)
      rules.createError(at, "Resource member is missing \"type\"");
      return;
    }
    for (String key : List.of("properties", "metadata")) {
      Object v = Trees.node(m.get(key));
      if (v != null
          && !(v instanceof Map)
          && !Trees.isFunction(v, rules.version().functions())) {
        // template_common.py _rsrc_defn_args, for the member's definition
        rules.createError(at.key(key), "Resource member " + key + " type must be object");
        return;
      }
    }
    if (!some || !(Trees.node(m.get("type")) instanceof String type)) {
      return;
    }
    ResourceTypeSchema schema = rules.catalog().lookup(type).orElse(null);
    Object props = Trees.node(m.get("properties"));
    if (schema == null
        || type.equals("OS::Senlin::Cluster")
        || props != null && !(props instanceof Map)) {
      return;
    }
    List<Problem> own = new ArrayList<>();
    rules
        .propertiesInto(own)
        .check(at.key("properties"), schema, props == null ? Map.of() : (Map<?, ?>) props);
    for (Problem p : own) {
      String message = p.message().replace("; " + Problem.AT_CREATE, "");
      rules
          .problems()
          .add(
              p.depth() == ValidationDepth.VALIDATE
                  ? Problem.createError(p.path(), message + " (in the group's member)")
                  : Problem.warning(
                      p.path(),
                      message + "; Heat checks the member's values only where " + type
                          + "'s validate() reads them, else when the group creates its members"));
    }
    if (!type.equals("OS::Heat::InstanceGroup")) {
      // the member plugin's validate() runs in the nested stack (its own rules, with the values
      // the group resolved: get_attr as nothing)
      ServiceRules.check(
          rules,
          at.key("properties"),
          "(a member of the group)",
          type,
          schema.properties(),
          props == null ? Map.of() : (Map<?, ?>) props);
    }
  }
}
