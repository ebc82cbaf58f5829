package io.hotdsl.functions;

/**
 * A value of type {@code T} in a template: either a literal or an intrinsic function that yields
 * a {@code T} when Heat evaluates it (fabric8's {@code IntOrString}, generalised).
 *
 * <p>A property of type {@code T} accepts a {@code Value<T>}; the type parameter is only a
 * compile-time promise, the rendered tree is what Heat reads.
 *
 * @param <T> what the value yields: {@link String}, {@link Number}, {@link Boolean},
 *     {@code java.util.List}, {@code java.util.Map} or {@link Object} when unknown
 */
public interface Value<T> {

  /**
   * The tree this value renders to: a map, list, string, number, boolean or null, functions as
   * single-key maps ({@code {get_param: flavor}}).
   */
  Object toTree();

  /**
   * This value as one tree node whose children may still be model values (values, enums,
   * integers), for writers that turn each child with {@link Trees#node} as they reach it instead
   * of copying the whole tree first. Turned all the way down, it equals {@link #toTree()}, which
   * is the default.
   */
  default Object toTreeNode() {
    return toTree();
  }

  /** A literal value. */
  static <T> Value<T> of(T literal) {
    return new Literal<>(literal);
  }

  /**
   * Treats this value as yielding {@code U}: for a function whose result type the library can't
   * know (a {@code get_attr} path into a map, a {@code yaql} expression).
   */
  @SuppressWarnings("unchecked")
  default <U> Value<U> as(Class<U> type) {
    return (Value<U>) this;
  }
}
