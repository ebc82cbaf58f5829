package io.hotdsl.diff;

import io.hotdsl.schema.DeprecatedProperties;
import io.hotdsl.validate.HeatTypeFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What particular resource plugins of Heat 19 do on update, beyond their property schemas; each
 * rule names the plugin code it follows.
 */
final class PluginRules {
  static final String NONE = "OS::Heat::None";
  static final String TEST_RESOURCE = "OS::Heat::TestResource";
  static final String RANDOM_STRING = "OS::Heat::RandomString";
  static final String RESOURCE_GROUP = "OS::Heat::ResourceGroup";
  static final String AUTOSCALING_GROUP = "OS::Heat::AutoScalingGroup";
  static final String RESOURCE_CHAIN = "OS::Heat::ResourceChain";

  /** The update_policy sub-keys of the groups' policies ({@code resource_group.py}). */
  private static final Map<String, Set<String>> POLICY_KEYS = Map.of(
      "rolling_update", Set.of("min_in_service", "max_batch_size", "pause_time"),
      "batch_create", Set.of("max_batch_size", "pause_time"));

  private PluginRules() {}

  /** Whether the type's resources own a nested stack whose resources decide what changes. */
  static boolean isGroup(String implementation) {
    return RESOURCE_GROUP.equals(implementation)
        || AUTOSCALING_GROUP.equals(implementation)
        || RESOURCE_CHAIN.equals(implementation);
  }

  /**
   * Why Heat refuses the new template's update_policy ({@code Resource.validate} checks it
   * against the plugin's update_policy_schema, often empty), or empty.
   */
  static Optional<String> badUpdatePolicy(String implementation, Object policy) {
    // none_resource.py: None's validate() is a no-op, so it takes any update_policy
    if (!(policy instanceof Map<?, ?> m)
        || Frozen.containsFunction(policy)
        || Side.TEMPLATE.equals(implementation)
        || NONE.equals(implementation)) {
      return Optional.empty();
    }
    Optional<Set<String>> keys = HeatTypeFacts.updatePolicyKeys(implementation);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String k = String.valueOf(e.getKey());
      if (!keys.get().contains(k)) {
        return Optional.of("unknown update_policy \"" + k + "\" of " + implementation
            + (keys.get().isEmpty() ? " (it takes none)" : "") + ": Heat refuses the template");
      }
      if (POLICY_KEYS.containsKey(k) && e.getValue() instanceof Map<?, ?> sub) {
        for (Object s : sub.keySet()) {
          if (!POLICY_KEYS.get(k).contains(String.valueOf(s))) {
            return Optional.of("unknown key \"" + s + "\" in update_policy " + k + " of "
                + implementation + ": Heat refuses the template");
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The properties after Heat's translation rules: RandomString's hidden {@code sequence} is
   * added to {@code character_classes} as {@code {class: sequence}} and removed
   * ({@code random_string.py translation_rules}); a hidden property that a REPLACE rule renames
   * ({@code subnet_id} of RouterInterface) is read as its replacement ({@link
   * DeprecatedProperties#translate}).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> translate(String implementation, Map<String, Object> props) {
    if (RANDOM_STRING.equals(implementation)
        && props.get("sequence") instanceof String seq
        && !seq.isEmpty()) {
      Map<String, Object> out = new LinkedHashMap<>(props);
      out.remove("sequence");
      List<Object> classes = out.get("character_classes") instanceof List<?> l
          ? new ArrayList<>(l)
          : new ArrayList<>();
      classes.add(Map.of("class", seq));
      out.put("character_classes", classes);
      return out;
    }
    // the other hidden properties Heat renames before it compares (subnet_id -> subnet)
    return DeprecatedProperties.translate(implementation, props);
  }

  /**
   * Whether an attribute's value changes when its resource is updated in place or replaced:
   * true or false when the plugin says, null when only the update can tell.
   *
   * @param implementation the resource's implementation type
   * @param attribute the attribute's name
   * @param action what the update does to the resource
   * @param propertyChanged which of its properties change (coerced values); {@code *}: its
   *     implementation changes
   */
  static Boolean attributeChanges(
      String implementation, String attribute, Action action, Set<String> propertyChanged) {
    if (action == Action.UNCHANGED) {
      return false;
    }
    if (propertyChanged.contains("*")) {
      // another resource class now: its attribute is another plugin's, known at update time
      return null;
    }
    switch (implementation) {
      case TEST_RESOURCE -> {
        // test_resource.py: output is the value property's value (data 'value')
        if ("output".equals(attribute)) {
          return propertyChanged.contains("value");
        }
      }
      case "OS::Heat::Value" -> {
        // value.py: the value attribute is the value property, converted to its type
        if ("value".equals(attribute)) {
          return propertyChanged.contains("value") || propertyChanged.contains("type");
        }
      }
      case RANDOM_STRING -> {
        // random_string.py: a new string only when the resource is created again
        if ("value".equals(attribute) || attribute.isEmpty()) {
          return action == Action.REPLACED;
        }
      }
      case NONE -> {
        return false;
      }
      default -> {
        // unknown: only the update tells
      }
    }
    return null;
  }

  /**
   * TestResource's needs_replace_with_prop_diff: a changed {@code value} replaces it when the new
   * {@code update_replace} is true; null when the rule does not apply.
   */
  static Boolean testResourceReplaces(String key, Map<String, Object> newProps) {
    if (!"value".equals(key)) {
      return null;
    }
    Object replace = UpdateImpact.coerce("boolean", newProps.get("update_replace"));
    return Boolean.TRUE.equals(replace);
  }
}
