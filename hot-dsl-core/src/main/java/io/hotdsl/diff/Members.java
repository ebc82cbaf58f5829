package io.hotdsl.diff;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The members of a group resource (ResourceGroup, AutoScalingGroup, ResourceChain) on one
 * side: how many, and the definition each is built from. Heat always updates a group's nested
 * stack; its resources change only when the count or their definition does
 * ({@code resource_group.py}, {@code autoscaling_group.py}, {@code resource_chain.py}).
 *
 * @param count the number of members, or null when unknown (a function Heat resolves later)
 * @param definition the frozen member definition (resource_def, resource, or the chain's
 *     resources and resource_properties)
 * @param memberType the members' type, or null (a chain's are in {@code definition})
 */
record Members(Integer count, Object definition, String memberType) {

  /** The members of {@code implementation}'s resource with these frozen, coerced properties. */
  static Members of(String implementation, Map<String, Object> props, Members before) {
    switch (implementation) {
      case PluginRules.RESOURCE_GROUP -> {
        Object def = props.get("resource_def");
        return new Members(integer(props.getOrDefault("count", 1)), def, typeOf(def));
      }
      case PluginRules.AUTOSCALING_GROUP -> {
        Integer min = integer(props.get("min_size"));
        Integer max = integer(props.get("max_size"));
        Integer desired =
            props.get("desired_capacity") == null ? null : integer(props.get("desired_capacity"));
        Integer count = null;
        if (min != null && max != null) {
          // handle_create: desired or min; handle_update: desired, else the current size
          Integer want = desired != null ? desired : before != null ? before.count() : min;
          count = want == null ? null : Math.max(min, Math.min(max, want));
        }
        Object def = props.get("resource");
        return new Members(count, def, typeOf(def));
      }
      default -> {
        Object list = props.get("resources");
        Integer n = list instanceof java.util.List<?> l ? l.size() : null;
        return new Members(
            n, java.util.Arrays.asList(list, props.get("resource_properties")), null);
      }
    }
  }

  private static String typeOf(Object def) {
    return def instanceof Map<?, ?> m && m.get("type") instanceof String s ? s : null;
  }

  private static Integer integer(Object v) {
    Object c = UpdateImpact.coerce("integer", v);
    if (c instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).intValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return null;
  }
}
