package io.hotdsl.cli;

import java.util.List;

/**
 * The sum of a {@code hot validate} run: how many templates were valid, invalid or unreadable,
 * how many errors and warnings, and the exit status.
 *
 * @param unreadable templates and inputs that could not be read (a usage error each)
 */
record Summary(int templates, int valid, int invalid, int unreadable, long errors, long warnings) {
  static Summary of(List<ValidateCommand.Report> reports, int inputProblems) {
    int valid = 0;
    int invalid = 0;
    int unreadable = inputProblems;
    long errors = 0;
    long warnings = 0;
    for (ValidateCommand.Report r : reports) {
      switch (r.status()) {
        case Diagnostics.OK -> valid++;
        case Diagnostics.INVALID -> invalid++;
        default -> unreadable++;
      }
      errors += r.errors();
      warnings += r.warnings();
    }
    return new Summary(reports.size(), valid, invalid, unreadable, errors, warnings);
  }

  /** 0 when every template is valid, 1 when one is not, 2 when an input cannot be read. */
  int status() {
    return unreadable > 0 || templates == 0
        ? Diagnostics.USAGE
        : invalid > 0 ? Diagnostics.INVALID : Diagnostics.OK;
  }

  /** {@code 3 templates: 2 valid, 1 invalid (1 error, 0 warnings)}. */
  String text() {
    return count(templates, "template") + ": " + valid + " valid, " + invalid + " invalid"
        + (unreadable == 0 ? "" : ", " + unreadable + " unreadable")
        + " (" + count(errors, "error") + ", " + count(warnings, "warning") + ")";
  }

  /** {@code 1 error}, {@code 2 errors}, {@code 0 errors}. */
  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
