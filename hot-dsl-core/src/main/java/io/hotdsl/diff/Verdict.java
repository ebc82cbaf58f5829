package io.hotdsl.diff;

import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.Map;

/**
 * What Heat 19 does when one property of a resource changes: updates it in place
 * ({@code update_allowed}), replaces the resource, or fails the update (immutable, unknown), with
 * the plugins' own rules ({@code Server.needs_replace_with_prop_diff}, TestResource's {@code
 * update_replace}); {@code uncertain} when the answer depends on what is known only at update
 * time.
 */
record Verdict(Action action, String reason, boolean uncertain) {
  /**
   * The verdict on a change of property {@code key} of a resource of implementation {@code
   * newImpl} with {@code schema} (null: unknown), {@code newProps} its new coerced properties.
   */
  static Verdict of(
      String newImpl, String key, ResourceTypeSchema schema, Map<String, Object> newProps) {
    if (schema == null) {
      return new Verdict(
          Action.REPLACED, "no schema for " + newImpl + ": assumed not update_allowed", true);
    }
    PropertySchema ps = schema.properties().get(key);
    if (ps == null) {
      return Analysis.hiddenProperty(newImpl, key)
          ? new Verdict(
              Action.REPLACED,
              "a hidden property of " + newImpl + ": Heat translates it into another property",
              true)
          : new Verdict(Action.UPDATE_FAILS, "unknown property of " + newImpl, false);
    }
    if (ps.immutable()) {
      return new Verdict(Action.UPDATE_FAILS, "immutable", false);
    }
    if (UpdateImpact.NOVA_SERVER.equals(newImpl)) {
      Verdict v = server(key, newProps);
      if (v != null) {
        return v;
      }
    }
    if (PluginRules.TEST_RESOURCE.equals(newImpl)
        && Boolean.TRUE.equals(PluginRules.testResourceReplaces(key, newProps))) {
      return new Verdict(
          Action.REPLACED,
          "update_replace is true (TestResource's needs_replace_with_prop_diff)",
          false);
    }
    return ps.updateAllowed()
        ? new Verdict(Action.UPDATED_IN_PLACE, "update_allowed", false)
        : new Verdict(Action.REPLACED, "not update_allowed", false);
  }

  /** Heat's Server.needs_replace_with_prop_diff and handle_update. */
  private static Verdict server(String key, Map<String, Object> newProps) {
    String policyName = switch (key) {
      case "image" -> "image_update_policy";
      case "flavor" -> "flavor_update_policy";
      case "user_data" -> "user_data_update_policy";
      default -> null;
    };
    if (policyName == null) {
      return null;
    }
    Object policy = newProps.get(policyName);
    if (!(policy instanceof String)) {
      return new Verdict(
          Action.REPLACED, policyName + " unknown (a parameter without value)", true);
    }
    String p = policyName + " " + policy;
    return switch (key) {
      case "image" ->
        "REPLACE".equals(policy)
            ? new Verdict(Action.REPLACED, p, false)
            : new Verdict(Action.UPDATED_IN_PLACE, "rebuild (" + p + ")", false);
      case "flavor" ->
        "REPLACE".equals(policy)
            ? new Verdict(Action.REPLACED, p, false)
            : new Verdict(Action.UPDATED_IN_PLACE, "resize (" + p + ")", false);
      default ->
        switch (String.valueOf(policy)) {
          case "REPLACE" -> new Verdict(Action.REPLACED, p, false);
          case "IGNORE" -> new Verdict(Action.UPDATED_IN_PLACE, "not applied (" + p + ")", false);
          default -> new Verdict(Action.UPDATED_IN_PLACE, "rebuild (" + p + ")", false);
        };
    };
  }
}
