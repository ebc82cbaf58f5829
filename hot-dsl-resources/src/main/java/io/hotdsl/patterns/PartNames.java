package io.hotdsl.patterns;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The resource names of a pattern's parts: {@code <name>_<suffix>} unless overridden (a part whose
 * suffix is empty is named {@code <name>}).
 */
final class PartNames<P extends Enum<P>> {
  private final String name;
  private final Map<P, String> overrides;

  PartNames(String name, Class<P> parts) {
    if (Objects.requireNonNull(name, "name").isEmpty()) {
      throw new IllegalArgumentException("a pattern's name must not be empty");
    }
    this.name = name;
    this.overrides = new EnumMap<>(parts);
  }

  void override(P part, String resourceName) {
    Objects.requireNonNull(part, "part");
    if (Objects.requireNonNull(resourceName, "resource name").isEmpty()) {
      throw new IllegalArgumentException(name + ": the name of " + part + " must not be empty");
    }
    overrides.put(part, resourceName);
  }

  String name() {
    return name;
  }

  String of(P part, String suffix) {
    String given = overrides.get(part);
    if (given != null) {
      return given;
    }
    return suffix.isEmpty() ? name : name + "_" + suffix;
  }
}
