package io.hotdsl.validate;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a template has validation errors; the message lists each with its path. */
public class HotValidationException extends RuntimeException {
  private final List<Problem> problems;

  public HotValidationException(List<Problem> problems) {
    super(problems.size() + (problems.size() == 1 ? " error" : " errors") + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** The problems, each with its path. */
  public List<Problem> problems() {
    return problems;
  }
}
