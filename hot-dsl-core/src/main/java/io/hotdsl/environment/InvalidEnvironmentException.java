package io.hotdsl.environment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An environment tree Heat refuses to load ({@code environment_format.parse} and the resource
 * registry): each wrong part at its path, with Heat's message. Reading an environment through the
 * bundle ({@code io.hotdsl.bundle.EnvironmentYaml}) reports the same as validation problems, the
 * one problem type of templates, environments and bundles.
 */
public final class InvalidEnvironmentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One mistake in an environment.
   *
   * @param path where it is ({@code env.yaml: resource_registry.resources})
   * @param message what is wrong and what was expected
   */
  public record Mistake(String path, String message) {
    @Override
    public String toString() {
      return path + ": " + message;
    }
  }

  private final transient List<Mistake> mistakes;

  /** An exception listing {@code mistakes} (at least one), each on a line of the message. */
  public InvalidEnvironmentException(List<Mistake> mistakes) {
    super(mistakes.size() + (mistakes.size() == 1 ? " error" : " errors") + ":\n"
        + mistakes.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
    this.mistakes = List.copyOf(mistakes);
  }

  /** The mistakes, in the order of the environment. */
  public List<Mistake> mistakes() {
    return mistakes;
  }
}
