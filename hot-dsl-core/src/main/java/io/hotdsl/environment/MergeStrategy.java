package io.hotdsl.environment;

import java.util.Optional;

/** Heat's {@code parameter_merge_strategies} values. */
public enum MergeStrategy {
  /** The later environment's value replaces the earlier one (Heat's default). */
  OVERWRITE("overwrite"),
  /** Strings and lists are appended, maps updated key by key, numbers added. */
  MERGE("merge"),
  /** Like merge, but maps are merged recursively. */
  DEEP_MERGE("deep_merge");

  private final String key;

  MergeStrategy(String key) {
    this.key = key;
  }

  /** As written in an environment. */
  public String key() {
    return key;
  }

  /** The strategy named {@code key}, if Heat knows it. */
  public static Optional<MergeStrategy> fromKey(Object key) {
    for (MergeStrategy s : values()) {
      if (s.key.equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
