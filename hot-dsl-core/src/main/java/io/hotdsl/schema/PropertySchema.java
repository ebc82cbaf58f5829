package io.hotdsl.schema;

import io.hotdsl.model.Constraint;
import java.util.List;
import java.util.Map;

/**
 * The schema of one resource property, as Heat's {@code resource_types/{type}} API gives it.
 *
 * @param type string, integer, number, boolean, map or list
 * @param description Heat's description, or null
 * @param defaultValue the default, or null
 * @param required whether the property must be set
 * @param updateAllowed whether a change updates the resource in place (otherwise it is replaced)
 * @param immutable whether a change makes the update fail
 * @param constraints the property's constraints, Heat's own
 * @param schema for a map, its keys' schemas; for a list, the item schema under the key "*"; empty
 *     otherwise
 * @param supportStatus the property's support status
 */
public record PropertySchema(
    String type,
    String description,
    Object defaultValue,
    boolean required,
    boolean updateAllowed,
    boolean immutable,
    List<Constraint> constraints,
    Map<String, PropertySchema> schema,
    SupportStatus supportStatus) {

  public PropertySchema {
    constraints = List.copyOf(constraints);
    schema = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(schema));
  }

  /** For a list, the schema of its items, or null when any item is allowed. */
  public PropertySchema itemSchema() {
    return "list".equals(type) ? schema.get("*") : null;
  }

  /** The custom constraint names (nova.flavor, glance.image …) of this property. */
  public List<String> customConstraints() {
    return constraints.stream()
        .filter(c -> c.kind() == Constraint.Kind.CUSTOM_CONSTRAINT)
        .map(c -> (String) c.spec())
        .toList();
  }

  /** The allowed values of this property, or an empty list. */
  public List<?> allowedValues() {
    return constraints.stream()
        .filter(c -> c.kind() == Constraint.Kind.ALLOWED_VALUES && c.spec() instanceof List)
        .map(c -> (List<?>) c.spec())
        .findFirst()
        .orElse(List.of());
  }
}
