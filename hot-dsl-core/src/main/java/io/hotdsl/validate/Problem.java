package io.hotdsl.validate;

import java.util.Objects;

/**
 * One validation problem: where it is, what is wrong and what was expected.
 *
 * @param path the YAML path of the bad value ({@code resources.web.properties.networks[0].port})
 * @param message what is wrong and what was expected
 * @param severity error or warning
 */
public record Problem(String path, String message, Severity severity) {
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** An error at {@code path}. */
  public static Problem error(String path, String message) {
    return new Problem(path, message, Severity.ERROR);
  }

  /** A warning at {@code path}. */
  public static Problem warning(String path, String message) {
    return new Problem(path, message, Severity.WARNING);
  }

  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "warning: " : "") + path + ": " + message;
  }
}
