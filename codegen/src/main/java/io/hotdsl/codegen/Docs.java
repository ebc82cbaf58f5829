package io.hotdsl.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.model.Constraint;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.SupportStatus;
import java.util.Map;

/** Javadoc text from Heat's descriptions, flags, defaults, constraints and support status. */
final class Docs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Docs() {}

  /**
   * Heat's (or a user schema's) text made safe for Javadoc: HTML specials escaped, "@" escaped so
   * it never starts a tag, then {@link JavaText#comment}: no backslash (javac reads unicode
   * escapes even in comments), no comment terminator, ASCII only, lines joined with LF.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return JavaText.comment(text.strip()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;"));
  }

  static String code(Object value) {
    return "{@code " + escape(json(value)).replace("{", "&#123;").replace("}", "&#125;") + "}";
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /** The Javadoc of a property's setters (or of a nested key's). */
  static String property(String heatName, PropertySchema p) {
    StringBuilder out = new StringBuilder();
    String description = escape(p.description());
    out.append(description.isEmpty() ? "Sets {@code " + escape(heatName) + "}." : description);
    out.append("\n\n<p>Heat property {@code ")
        .append(escape(heatName))
        .append("}, ")
        .append(p.type() == null ? "any type" : p.type())
        .append(", ")
        .append(p.required() ? "<b>required</b>" : "optional")
        .append('.');
    if (p.immutable()) {
      out.append(" Immutable: an update that changes it fails.");
    } else if (p.updateAllowed()) {
      out.append(" Can be updated in place.");
    } else {
      out.append(" Changing it replaces the resource.");
    }
    if (p.defaultValue() != null) {
      out.append(" Default: ").append(code(p.defaultValue())).append('.');
    }
    appendConstraints(out, p);
    if (p.itemSchema() != null && !p.itemSchema().constraints().isEmpty()) {
      out.append("\n<p>Each item:");
      appendConstraints(out, p.itemSchema());
    }
    appendStatus(out, p.supportStatus(), "property");
    return out.toString();
  }

  private static void appendConstraints(StringBuilder out, PropertySchema p) {
    if (p.constraints().isEmpty()) {
      return;
    }
    out.append("\n<ul>");
    for (Constraint c : p.constraints()) {
      out.append("\n  <li>").append(constraint(c));
      if (c.description() != null) {
        out.append(" (").append(escape(c.description())).append(')');
      }
    }
    out.append("\n</ul>");
  }

  private static String constraint(Constraint c) {
    return switch (c.kind()) {
      case RANGE -> "Range: " + bounds(c, "min", "max");
      case LENGTH -> "Length: " + bounds(c, "min", "max");
      case MODULO -> "Modulo: " + code(c.spec());
      case ALLOWED_VALUES -> "Allowed values: " + code(c.spec());
      case ALLOWED_PATTERN -> "Pattern: " + code(c.spec());
      case CUSTOM_CONSTRAINT ->
        "Custom constraint {@code " + escape((String) c.spec())
            + "} (Heat checks it against the cloud)";
    };
  }

  private static String bounds(Constraint c, String lo, String hi) {
    Map<?, ?> m = (Map<?, ?>) c.spec();
    Object min = m.get(lo);
    Object max = m.get(hi);
    if (min != null && max != null) {
      return min + " to " + max;
    }
    return min != null ? "at least " + min : "at most " + max;
  }

  static void appendStatus(StringBuilder out, SupportStatus s, String what) {
    if (s == null) {
      return;
    }
    String version = s.version() == null ? "" : " since Heat " + escape(s.version());
    if (s.isDeprecated()) {
      out.append("\n\n@deprecated Deprecated").append(version).append('.');
      if (s.message() != null) {
        out.append(' ').append(escape(s.message()));
      }
    } else if (s.isUnsupported()) {
      out.append("\n\n<p><b>Unsupported</b>")
          .append(version)
          .append(": Heat keeps this ")
          .append(what)
          .append(
              " for compatibility but no longer supports it; it may not work on a given cloud.");
      if (s.message() != null) {
        out.append(' ').append(escape(s.message()));
      }
    } else if (s.isHidden()) {
      out.append("\n\n<p><b>Hidden</b>")
          .append(version)
          .append(": Heat no longer offers this ")
          .append(what)
          .append('.');
    } else if (s.version() != null) {
      out.append("\n\n<p>Available since Heat ").append(escape(s.version())).append('.');
    }
  }
}
