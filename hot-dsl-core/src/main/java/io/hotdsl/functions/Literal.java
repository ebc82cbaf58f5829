package io.hotdsl.functions;

import java.util.Objects;

/**
 * A literal value; collections may hold further {@link Value}s.
 *
 * @param value the literal, possibly null
 * @param <T> its type
 */
public record Literal<T>(T value) implements Value<T> {

  @Override
  public Object toTree() {
    return Trees.toTree(value);
  }

  @Override
  public String toString() {
    return Objects.toString(value);
  }
}
