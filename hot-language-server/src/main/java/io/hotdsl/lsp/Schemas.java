package io.hotdsl.lsp;

import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.SupportStatus;
import java.util.List;
import java.util.Map;

/** Resource type schemas for completion and hover: property schemas along a path, texts. */
final class Schemas {
  private Schemas() {}

  /**
   * The properties that can be written at {@code path} below a resource's {@code properties}
   * ({@code []} for the resource's own, {@code [networks]} for a network item's keys; list indexes
   * as {@code [0]} or left out), or null when the path leaves the schema.
   */
  static Map<String, PropertySchema> propertiesAt(ResourceTypeSchema type, List<String> path) {
    Map<String, PropertySchema> props = type.properties();
    PropertySchema current = null;
    for (String step : path) {
      if (step.startsWith("[")) {
        if (current == null || current.itemSchema() == null) {
          return null;
        }
        current = current.itemSchema();
        props = current.schema();
        continue;
      }
      current = props.get(step);
      if (current == null) {
        return null;
      }
      props = current.schema();
      if (current.itemSchema() != null) {
        props = current.itemSchema().schema();
      }
    }
    return props;
  }

  /** {@code SUPPORTED since 5.0.0}, {@code DEPRECATED since 9.0.0: use X}. */
  static String status(SupportStatus s) {
    if (s == null) {
      return "SUPPORTED";
    }
    StringBuilder b = new StringBuilder(s.status());
    if (s.version() != null) {
      b.append(" since ").append(s.version());
    }
    if (s.message() != null && !s.message().isBlank()) {
      b.append(": ").append(s.message());
    }
    SupportStatus first = s;
    while (first.previous() != null) {
      first = first.previous();
    }
    if (first != s && first.version() != null) {
      b.append(" (")
          .append(first.status())
          .append(" since ")
          .append(first.version())
          .append(')');
    }
    return b.toString();
  }

  /** Markdown for a property: type, required, description, constraints, update, support. */
  static String propertyDoc(String name, PropertySchema p) {
    StringBuilder b = new StringBuilder();
    b.append("**")
        .append(name)
        .append("** `")
        .append(p.type())
        .append('`')
        .append(p.required() ? ", required" : ", optional")
        .append("\n\n");
    if (p.description() != null && !p.description().isBlank()) {
      b.append(p.description()).append("\n\n");
    }
    if (p.defaultValue() != null) {
      b.append("Default: `").append(p.defaultValue()).append("`\n\n");
    }
    p.constraints()
        .forEach(c -> b.append("Constraint: ")
            .append(c.kind().key())
            .append(' ')
            .append(c.spec())
            .append(c.description() == null ? "" : " (" + c.description() + ")")
            .append("\n\n"));
    b.append("Update: ").append(update(p)).append("\n\n");
    b.append("Support status: ").append(status(p.supportStatus()));
    return b.toString();
  }

  /** What a change of the property does on stack update. */
  static String update(PropertySchema p) {
    if (p.immutable()) {
      return "immutable (a change makes the update fail)";
    }
    return p.updateAllowed()
        ? "updated in place (update_allowed)"
        : "replaces the resource (not update_allowed)";
  }

  /** Markdown for a resource type: description and support status. */
  static String typeDoc(ResourceTypeSchema t) {
    StringBuilder b = new StringBuilder("**").append(t.type()).append("**\n\n");
    if (t.description() != null && !t.description().isBlank()) {
      b.append(t.description()).append("\n\n");
    }
    b.append("Support status: ").append(status(t.supportStatus()));
    return b.toString();
  }

  /** The schema of type {@code name} in {@code catalog} (the server's), or null. */
  static ResourceTypeSchema type(Catalog catalog, String name) {
    return name == null ? null : catalog.lookup(name).orElse(null);
  }
}
