package io.hotdsl.deploy;

import io.hotdsl.diff.Action;
import io.hotdsl.diff.ResourceChange;
import io.hotdsl.diff.StackDiff;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The offline impact ({@link io.hotdsl.diff.UpdateImpact}) and Heat's preview of one update, side
 * by side, resource by resource, with the rows where they differ marked. Neither is always right:
 * Heat's preview reports stack resources (groups, chains, providers) as updated when nothing
 * inside changes and over-reports resources that reference unchanged ones; the offline impact
 * follows Heat's update code and is checked against real updates (DiffConformanceTest), but
 * cannot know what Heat resolves only at update time (it says "may" there).
 *
 * @param rows one row per resource of the stack, in the offline diff's order, then Heat's
 * @param offlineError why the offline impact could not be computed, or "" (then its column is
 *     empty)
 */
public record ImpactComparison(List<Row> rows, String offlineError) {

  /**
   * One resource: the offline verdict ({@code UPDATE}, {@code REPLACE}, {@code ADD},
   * {@code REMOVE}, {@code FAIL}, {@code UNCHANGED}; "" when unknown) and Heat's in the same words.
   */
  public record Row(String resource, String offline, String heat) {
    /** Whether both columns have a verdict and they differ. */
    public boolean differs() {
      return !offline.isEmpty() && !heat.isEmpty() && !offline.equals(heat);
    }
  }

  public ImpactComparison {
    rows = List.copyOf(rows);
  }

  /** Compares {@code offline} (null when it could not be computed) and {@code heat}. */
  public static ImpactComparison of(StackDiff offline, String offlineError, UpdatePreview heat) {
    Set<String> names = new LinkedHashSet<>();
    if (offline != null) {
      offline.resources().forEach(r -> names.add(r.name()));
    }
    heat.resources().stream()
        .filter(e -> e.parentResource().isEmpty())
        .forEach(e -> names.add(e.name()));
    List<Row> rows = new ArrayList<>();
    for (String n : names) {
      String o = "";
      if (offline != null) {
        ResourceChange c = offline.resource(n);
        o = c == null ? "" : word(c.action());
      }
      Optional<UpdatePreview.Change> h = heat.change(n);
      rows.add(new Row(n, o, h.map(ImpactComparison::word).orElse("")));
    }
    return new ImpactComparison(rows, offlineError == null ? "" : offlineError);
  }

  /** Whether any row differs. */
  public boolean differs() {
    return rows.stream().anyMatch(Row::differs);
  }

  /**
   * The table: a header, one line per resource, {@code *} at the end of each line that
   * differs, and a note when any does or when the offline impact is missing.
   */
  public String toText() {
    int w = "resource".length();
    for (Row r : rows) {
      w = Math.max(w, r.resource().length());
    }
    StringBuilder sb = new StringBuilder();
    String fmt = "%-" + w + "s  %-9s  %-9s%s%n";
    sb.append(String.format(fmt, "resource", "hot", "heat", "").stripTrailing()).append('\n');
    for (Row r : rows) {
      sb.append(String.format(
                  fmt,
                  r.resource(),
                  r.offline().isEmpty() ? "?" : r.offline(),
                  r.heat().isEmpty() ? "?" : r.heat(),
                  r.differs() ? "  *" : "")
              .stripTrailing())
          .append('\n');
    }
    if (differs()) {
      sb.append("* hot (offline) and Heat's preview differ: Heat's preview reports stack "
          + "resources (groups, providers) as updated when nothing inside changes and "
          + "over-reports resources that reference unchanged ones; hot's rules are checked "
          + "against real updates (DiffConformanceTest)\n");
    }
    if (!offlineError.isEmpty()) {
      sb.append("hot (offline) impact unavailable: ").append(offlineError).append('\n');
    }
    return sb.toString();
  }

  private static String word(Action a) {
    return a.word();
  }

  private static String word(UpdatePreview.Change c) {
    return switch (c) {
      case ADDED -> Action.ADDED.word();
      case DELETED -> Action.REMOVED.word();
      case REPLACED -> Action.REPLACED.word();
      case UPDATED -> Action.UPDATED_IN_PLACE.word();
      case UNCHANGED -> Action.UNCHANGED.word();
    };
  }
}
