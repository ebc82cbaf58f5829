package io.hotdsl.model;

import io.hotdsl.functions.Trees;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template output. A {@link Resource} or a {@link Parameter} anywhere in the value stands for
 * its reference ({@code get_resource}, {@code get_param}), as in a property's value.
 *
 * @param name the output's name
 * @param value a literal or any value ({@code get_attr} mostly)
 * @param description its description, or null
 * @param condition the name of a condition (or a condition expression) gating it, or null
 */
public record Output(String name, Object value, String description, Object condition) {
  public Output {
    Names.checkName(name, "output");
    value = Trees.immutableCopy(Handles.resolve(value));
    condition = Trees.immutableCopy(condition);
  }

  /** An output without description or condition. */
  public static Output of(String name, Object value) {
    return new Output(name, value, null, null);
  }

  /** An output with a description. */
  public static Output of(String name, Object value, String description) {
    return new Output(name, value, description, null);
  }

  /** A typed output: {@code value} must fit the key's type. */
  public static <T> Output of(OutputKey<T> key, io.hotdsl.functions.Value<? extends T> value) {
    return new Output(key.name(), value, null, null);
  }

  /** A typed output with a description. */
  public static <T> Output of(
      OutputKey<T> key, io.hotdsl.functions.Value<? extends T> value, String description) {
    return new Output(key.name(), value, description, null);
  }

  /** A typed output of a resource's ID ({@code get_resource}). */
  public static Output of(OutputKey<String> key, Resource resource) {
    return new Output(key.name(), resource, null, null);
  }

  /** A typed output of a resource's ID ({@code get_resource}), with a description. */
  public static Output of(OutputKey<String> key, Resource resource, String description) {
    return new Output(key.name(), resource, description, null);
  }

  /** This output, gated by a condition. */
  public Output withCondition(Object condition) {
    return new Output(name, value, description, condition);
  }

  /** The HOT tree of this output (without its name). */
  public Map<String, Object> toTree() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (description != null) {
      out.put("description", description);
    }
    out.put("value", Trees.toTree(value));
    if (condition != null) {
      out.put("condition", Trees.toTree(condition));
    }
    return out;
  }
}
