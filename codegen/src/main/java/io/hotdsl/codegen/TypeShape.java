package io.hotdsl.codegen;

import io.hotdsl.model.BuilderChecks;
import io.hotdsl.model.Constraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
public record TypeShape(
    String canonicalName,
    String binaryName,
    String heatPath,
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

  /**
   * What the class's {@code build()} reports about {@code values} (the properties or keys as the
   * setters store them, by Heat name), in its order and words: the same checks of core's {@link
   * BuilderChecks}, from the same data the generator wrote them from. Empty when it builds.
   */
  public List<String> problems(Map<String, ?> values) {
    List<String> problems = new ArrayList<>();
    for (PropertyShape p : properties.values()) {
      Object value = values.get(p.key());
      if (p.required()) {
        BuilderChecks.required(
            problems,
            p.key(),
            value,
            p.requiredAliases().stream().map(values::get).toArray());
      }
      for (Constraint c : p.constraints()) {
        BuilderChecks.check(problems, p.key(), value, c);
      }
      if (!p.itemConstraints().isEmpty()) {
        for (Object item : BuilderChecks.items(value)) {
          for (Constraint c : p.itemConstraints()) {
            BuilderChecks.check(problems, p.key() + "[*]", item, c);
          }
        }
      }
    }
    return problems;
  }
}
