package io.hotdsl.codegen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The API of one generated class with a builder (a resource class or a nested value class), as
 * data: its names and, in schema order, the setters of its properties. Recorded by the generator
 * while it writes the class ({@link ApiShapes}), so it names exactly what the class has.
 *
 * @param canonicalName the class as Java source names it ({@code a.b.Server.Network})
 * @param binaryName the class as the class loader names it ({@code a.b.Server$Network})
 * @param heatPath the Heat resource type, or for a nested class the type and property path
 * @param properties the properties by Heat name, in schema order
 */
public record TypeShape(String canonicalName, String binaryName, String heatPath,
    Map<String, PropertyShape> properties) {
  public TypeShape {
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(binaryName, "binaryName");
    Objects.requireNonNull(heatPath, "heatPath");
    properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** The class's simple name. */
  public String simpleName() {
    return canonicalName.substring(canonicalName.lastIndexOf('.') + 1);
  }

  /** The property with Heat name {@code key}, if the class has one. */
  public Optional<PropertyShape> property(String key) {
    return Optional.ofNullable(properties.get(key));
  }
}
