package io.hotdsl.deploy;

import java.util.Map;
import java.util.Objects;

/**
 * One old/new pair of the diff conformance test. Every name it owns (resources, parameters,
 * conditions, custom types {@code My::X_T}, files {@code X_n.yaml}) starts with {@code X_},
 * which {@link #as(String)} replaces by a prefix unique in its batch, so several pairs share one
 * stack without touching each other.
 *
 * @param id a stable number (the order of {@link DiffPairs#all()})
 * @param kind the class of difference the pair exercises (conditions, remap, coercion …)
 * @param oldTemplate the old template's text
 * @param newTemplate the new template's text
 * @param oldEnv the old environment's text, or ""
 * @param newEnv the new environment's text, or ""
 * @param oldFiles the old files map
 * @param newFiles the new files map
 * @param solo whether the pair changes something global to its stack (a type remapped for every
 *     resource, an update Heat may refuse) and so runs in a stack of its own
 */
record DiffPair(
    int id,
    String kind,
    String oldTemplate,
    String newTemplate,
    String oldEnv,
    String newEnv,
    Map<String, String> oldFiles,
    Map<String, String> newFiles,
    boolean solo) {

  DiffPair {
    Objects.requireNonNull(kind, "kind");
    oldFiles = Map.copyOf(oldFiles);
    newFiles = Map.copyOf(newFiles);
  }

  /** The prefix of this pair's names in a batch. */
  String prefix() {
    return String.format("p%03d_", id);
  }

  /** {@code text} with this pair's placeholder names made unique. */
  String as(String text) {
    return text.replace("X_", prefix());
  }

  @Override
  public String toString() {
    return "#" + id + " " + kind + "\n--- old\n" + oldTemplate
        + (oldEnv.isEmpty() ? "" : "--- old env\n" + oldEnv) + oldFiles + "\n--- new\n"
        + newTemplate
        + (newEnv.isEmpty() ? "" : "--- new env\n" + newEnv) + newFiles;
  }
}
