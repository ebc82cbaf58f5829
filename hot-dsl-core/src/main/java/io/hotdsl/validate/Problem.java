package io.hotdsl.validate;

import java.util.Objects;

/**
 * One validation problem: where it is, what is wrong and what was expected.
 *
 * @param path the YAML path of the bad value ({@code resources.web.properties.networks[0].port})
 * @param message what is wrong and what was expected
 * @param severity error or warning
 * @param depth where Heat finds it: {@link ValidationDepth#VALIDATE} for its template-validate
 *     API, {@link ValidationDepth#CREATE} for problems Heat finds only before stack create
 */
public record Problem(String path, String message, Severity severity, ValidationDepth depth) {
  /** The label of errors Heat finds only before stack create. */
  public static final String AT_CREATE = "fails at stack create";

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(depth, "depth");
  }

  /** A problem Heat's template-validate finds. */
  public Problem(String path, String message, Severity severity) {
    this(path, message, severity, ValidationDepth.VALIDATE);
  }

  /** An error at {@code path}. */
  public static Problem error(String path, String message) {
    return new Problem(path, message, Severity.ERROR);
  }

  /**
   * An error Heat's template-validate does not find but stack create does; its message says so
   * ("…; fails at stack create").
   */
  public static Problem createError(String path, String message) {
    return new Problem(path, message + "; " + AT_CREATE, Severity.ERROR, ValidationDepth.CREATE);
  }

  /** A warning at {@code path}. */
  public static Problem warning(String path, String message) {
    return new Problem(path, message, Severity.WARNING);
  }

  /** This problem at another path (a file name in front, in a bundle). */
  public Problem withPath(String otherPath) {
    return new Problem(otherPath, message, severity, depth);
  }

  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "warning: " : "") + path + ": " + message;
  }
}
