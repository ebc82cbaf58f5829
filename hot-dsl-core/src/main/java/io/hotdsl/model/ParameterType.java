package io.hotdsl.model;

import java.util.Optional;

/** The HOT parameter types. */
public enum ParameterType {
  STRING("string"),
  NUMBER("number"),
  JSON("json"),
  COMMA_DELIMITED_LIST("comma_delimited_list"),
  BOOLEAN("boolean");

  private final String key;

  ParameterType(String key) {
    this.key = key;
  }

  /** The type as written in a template. */
  public String key() {
    return key;
  }

  /** The type whose key is {@code key}, case-insensitively as Heat accepts it. */
  public static Optional<ParameterType> fromKey(String key) {
    for (ParameterType t : values()) {
      if (t.key.equalsIgnoreCase(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return key;
  }
}
