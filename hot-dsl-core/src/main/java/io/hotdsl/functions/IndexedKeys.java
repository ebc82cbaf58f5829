package io.hotdsl.functions;

/**
 * A map whose keys can be read by position, without an iterator: the model's array-backed maps.
 * {@link Trees#functionName} reads a one-key map's key through it.
 */
public interface IndexedKeys {
  /** The key at {@code index} in insertion order. */
  String keyAt(int index);
}
