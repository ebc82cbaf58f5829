package io.hotdsl.validate;

/** How serious a validation problem is. */
public enum Severity {
  /** Heat would reject the template. */
  ERROR,
  /** Heat accepts the template but the user probably did not mean it (or a default limit is near). */
  WARNING
}
