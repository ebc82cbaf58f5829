package io.hotdsl.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What Heat 19 knows about a type beyond its schema API, for other packages (diff). */
public final class HeatTypeFacts {
  private HeatTypeFacts() {}

  /** The update_policy keys a Heat 19 type takes (often none); empty when Heat has no such type. */
  public static Optional<Set<String>> updatePolicyKeys(String type) {
    return HeatHidden.updatePolicyKeys(type);
  }

  /** Whether {@code property} is a hidden property of {@code type}. */
  public static boolean isHiddenProperty(String type, String property) {
    return HeatHidden.isHiddenProperty(type, property);
  }

  /** The hidden properties of {@code type} Heat's translation moves into {@code property}. */
  public static List<String> hiddenSourcesOf(String type, String property) {
    return HeatHidden.hiddenSourcesOf(type, property);
  }
}
