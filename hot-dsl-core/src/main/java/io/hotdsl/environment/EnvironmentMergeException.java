package io.hotdsl.environment;

/** Heat refuses to merge environments (a conflicting or invalid merge strategy, a bad value). */
public class EnvironmentMergeException extends RuntimeException {
  public EnvironmentMergeException(String message) {
    super(message);
  }
}
