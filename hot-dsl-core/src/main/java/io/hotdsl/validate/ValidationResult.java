package io.hotdsl.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem a validation found, errors and warnings, in the order of the document.
 *
 * @param problems the problems found
 */
public record ValidationResult(List<Problem> problems) {
  public ValidationResult {
    problems = List.copyOf(problems);
  }

  /** Whether there is no error (warnings allowed). */
  public boolean isValid() {
    return errors().isEmpty();
  }

  public List<Problem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
  }

  /** Throws {@link HotValidationException} listing every error, if there is one. */
  public ValidationResult orThrow() {
    if (!isValid()) {
      throw new HotValidationException(errors());
    }
    return this;
  }

  @Override
  public String toString() {
    return problems.isEmpty()
        ? "valid"
        : problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
