package io.hotdsl.model;

/**
 * A typed name of a template's output, for a child template's outputs that a parent reads as
 * attributes: the child declares {@code t.output(Output.of(NETWORK_ID, net.ref()))}, the parent
 * reads {@code child.attr(network, NETWORK_ID)} as a {@code Value<String>}.
 *
 * <pre>{@code
 * static final OutputKey<String> NETWORK_ID = OutputKey.of("network_id");
 * }</pre>
 *
 * @param <T> the Java type of the output's value
 * @param name the output's name
 */
public record OutputKey<T>(String name) {
  public OutputKey {
    Names.checkName(name, "output");
  }

  /** A key named {@code name}; its type comes from the variable it is assigned to. */
  public static <T> OutputKey<T> of(String name) {
    return new OutputKey<>(name);
  }
}
