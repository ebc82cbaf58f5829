package io.hotdsl.functions;

import java.util.Collections;
import java.util.Objects;

/**
 * A call of a HOT intrinsic function, rendered as the single-key map {@code {name: args}}.
 *
 * <p>Built through {@link Fn}; {@code args} may contain literals, collections and other values.
 *
 * @param <T> what the function yields
 */
public final class FunctionCall<T> implements Value<T> {
  private final String name;
  private final Object args;

  FunctionCall(String name, Object args) {
    this.name = Objects.requireNonNull(name, "name");
    this.args = Trees.immutableCopy(args);
  }

  /** The function's name as written in HOT ({@code get_param}, {@code str_replace}, …). */
  public String name() {
    return name;
  }

  /** The function's arguments as given (literals, collections, values), copied unmodifiable. */
  public Object args() {
    return args;
  }

  @Override
  public Object toTree() {
    return Collections.singletonMap(name, Trees.toTree(args));
  }

  /** {@code {name: args}} with the arguments as given. */
  @Override
  public Object toTreeNode() {
    return Collections.singletonMap(name, args);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionCall<?> f && f.name.equals(name) && Objects.equals(f.args, args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, args);
  }

  @Override
  public String toString() {
    return "{" + name + ": " + args + "}";
  }
}
