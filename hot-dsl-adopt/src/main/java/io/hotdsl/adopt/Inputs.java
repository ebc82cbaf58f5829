package io.hotdsl.adopt;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template's parameters: one per thing referred to but not read (an image, a flavor, an
 * external network …) with the custom constraint of the property it feeds and the current value
 * as default, shared by every use of the same value; hidden ones without default for secrets;
 * one per availability zone, constrained to the zones read.
 */
final class Inputs {
  private final Template.Builder t;
  private final Set<String> zones;
  private final List<String> warnings;
  /** The schemas the custom constraints are read from. */
  private final Catalog catalog;

  private final Set<String> used = new HashSet<>();
  /** "constraint\0value" (or "az\0zone") to parameter name. */
  private final Map<String, String> byValue = new HashMap<>();

  Inputs(Template.Builder t, Set<String> zones, List<String> warnings, Catalog catalog) {
    this.t = t;
    this.zones = zones;
    this.warnings = warnings;
    this.catalog = catalog;
  }

  /**
   * {@code get_param} of the parameter for {@code value}, the value of property {@code path} of
   * {@code type}: named from {@code base} and {@code label}, constrained with the property's
   * custom constraint in the catalog's schema (else {@code fallback}).
   */
  Value<String> reference(
      String base,
      String label,
      String value,
      String type,
      String fallback,
      String description,
      String... path) {
    String constraint = customConstraint(catalog, type, fallback, path);
    String key = constraint + "\0" + value;
    String existing = byValue.get(key);
    if (existing == null) {
      existing = Names.unique(
          Names.sanitize(
              base + "_" + (label == null || label.isEmpty() ? Names.shortId(value) : label)),
          used);
      Parameter.Builder<String> p =
          Parameter.string(existing).defaultValue(value).description(description);
      if (constraint != null) {
        p.constraint(Constraint.customConstraint(constraint));
      }
      t.parameter(p);
      byValue.put(key, existing);
    }
    return Fn.getParam(existing);
  }

  /** A hidden parameter without default: a secret that cannot be read back. */
  Parameter<String> secret(String name, String description) {
    String p = Names.unique(Names.sanitize(name), used);
    return t.parameter(Parameter.string(p).hidden(true).description(description));
  }

  /** The parameter of availability zone {@code zone} (of {@code what}), or null for none. */
  Value<String> zone(String zone, String what) {
    if (zone == null || zone.isEmpty()) {
      return null;
    }
    String key = "az\0" + zone;
    String existing = byValue.get(key);
    if (existing == null) {
      existing = Names.unique(Names.sanitize("availability_zone_" + zone), used);
      Parameter.Builder<String> p =
          Parameter.string(existing).defaultValue(zone).description("availability zone " + zone);
      if (zones.contains(zone)) {
        p.constraint(Constraint.allowedValues(List.copyOf(zones)));
      } else if (!zones.isEmpty()) {
        warnings.add(
            "availability zone " + zone + " (" + what + ") is not among the zones read: " + zones);
      }
      t.parameter(p);
      byValue.put(key, existing);
    }
    return Fn.getParam(existing);
  }

  /**
   * The custom constraint {@code catalog}'s schema puts on a property ({@code path} walks maps and
   * list items, "*"), or {@code fallback} where the schema is unknown or has none.
   */
  static String customConstraint(Catalog catalog, String type, String fallback, String... path) {
    PropertySchema p = catalog
        .lookup(type)
        .map(s -> path.length == 0 ? null : s.properties().get(path[0]))
        .orElse(null);
    for (int i = 1; p != null && i < path.length; i++) {
      p = p.schema().get(path[i]);
    }
    if (p != null && !p.customConstraints().isEmpty()) {
      return p.customConstraints().get(0);
    }
    return fallback;
  }
}
