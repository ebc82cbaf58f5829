package io.hotdsl.diff;

import java.util.Objects;

/**
 * One changed part of a resource: a property ({@code properties.image}) or a section
 * ({@code metadata}, {@code type}, {@code external_id}), and what Heat does about it.
 *
 * @param path the YAML path inside the resource ({@code properties.flavor}, {@code update_policy})
 * @param oldValue the value before, resolved as far as parameters allow (null: absent); masked
 *     ({@value StackDiff#MASK}) when it comes from a hidden parameter
 * @param newValue the value after, likewise
 * @param verdict what this change alone makes Heat do to the resource
 * @param reason why, in Heat's terms ("not update_allowed", "immutable", "via get_param flavor")
 * @param mayChange true when the value only may change: it refers to a replaced resource through
 *     {@code get_attr}, which Heat resolves at update time
 */
public record PropertyChange(
    String path,
    Object oldValue,
    Object newValue,
    Action verdict,
    String reason,
    boolean mayChange) {
  public PropertyChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
  }

  /** A certain change. */
  public PropertyChange(
      String path, Object oldValue, Object newValue, Action verdict, String reason) {
    this(path, oldValue, newValue, verdict, reason, false);
  }
}
