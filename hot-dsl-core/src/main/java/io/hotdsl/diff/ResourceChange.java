package io.hotdsl.diff;

import java.util.List;
import java.util.Objects;

/**
 * What an update does to one resource.
 *
 * @param name the resource's name
 * @param oldType its type before (null when added)
 * @param newType its type after (null when removed)
 * @param action the worst of its changes
 * @param uncertain true when the action only follows from changes that may happen
 *     ({@link PropertyChange#mayChange()})
 * @param changes the changes, worst first
 * @param nested the diff of its nested stack when its type is a template file given as a child,
 *     or null
 */
public record ResourceChange(
    String name,
    String oldType,
    String newType,
    Action action,
    boolean uncertain,
    List<PropertyChange> changes,
    StackDiff nested) {
  public ResourceChange {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    changes = List.copyOf(changes);
  }

  /** The type after, or before when removed. */
  public String type() {
    return newType != null ? newType : oldType;
  }

  /** The change at {@code path}, or null. */
  public PropertyChange change(String path) {
    return changes.stream().filter(c -> c.path().equals(path)).findFirst().orElse(null);
  }
}
