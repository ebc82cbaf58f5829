package io.hotdsl.cli;

import io.hotdsl.environment.EnvironmentMergeException;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import io.hotdsl.yaml.HotReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * How every {@code hot} command reports a failure: one line per problem, {@code
 * file:line:col: error: message} or {@code file: yaml.path: error: message}, never a stack trace
 * (unless {@code --debug}), and the exit status: {@link #INVALID} for input that is not a valid
 * template or environment, {@link #USAGE} for a wrong command line or a file that cannot be read
 * or written.
 */
final class Diagnostics {
  /** The input is valid, the command did its work. */
  static final int OK = 0;
  /** The input is invalid (or checking it failed). */
  static final int INVALID = 1;
  /** A wrong command line, or a file that cannot be read or written. */
  static final int USAGE = 2;

  private Diagnostics() {}

  /**
   * Prints {@code failure} on {@code err} and returns the exit status.
   *
   * @param subject what the command was working on, for failures that name no file (the
   *     command name or the template's path)
   */
  static int report(Throwable failure, String subject, PrintWriter err, boolean debug) {
    int status = print(failure, subject, err);
    if (debug) {
      failure.printStackTrace(err);
    }
    err.flush();
    return status;
  }

  private static int print(Throwable failure, String subject, PrintWriter err) {
    Throwable t =
        failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
    if (t instanceof HotReadException e) {
      err.println(oneLine(e.diagnostic()));
      return INVALID;
    }
    if (t instanceof HotValidationException e) {
      e.problems().forEach(p -> err.println(line(p)));
      return INVALID;
    }
    if (t instanceof FileAccessException e) {
      err.println(line(e));
      return status(e);
    }
    if (t instanceof EnvironmentMergeException e) {
      err.println(oneLine(subject + ": error: " + e.getMessage()));
      return INVALID;
    }
    if (t instanceof IOException e) {
      err.println(oneLine(io(e, subject)));
      return USAGE;
    }
    if (t instanceof StackOverflowError) {
      err.println(oneLine(subject + ": error: the input is nested too deeply to check"));
      return INVALID;
    }
    if (t instanceof IllegalArgumentException && t.getMessage() != null) {
      err.println(oneLine(subject + ": error: " + t.getMessage()));
      return INVALID;
    }
    err.println(oneLine(subject + ": error: internal error, " + t.getClass().getSimpleName()
        + (t.getMessage() == null ? "" : ": " + t.getMessage())
        + " (a bug in hot-dsl; --debug prints the stack trace)"));
    return INVALID;
  }

  /**
   * A refused file: {@code t.yaml: resources.web.properties.user_data.get_file: error:
   * ../secret.txt: refused: ...}, or {@code root template: error: ...} for a file named on the
   * command line.
   */
  static String line(FileAccessException e) {
    String where = e.where();
    String message = e.getMessage();
    return oneLine(
        where.isEmpty()
            ? e.path() + ": error: " + message
            : where + ": error: " + message.substring(where.length() + 2));
  }

  /**
   * A template's reference to a file it may not read is invalid input (1); a file named on the
   * command line outside the read root is a usage error (2).
   */
  static int status(FileAccessException e) {
    return e.where().equals("root template") || e.where().equals("environment") ? USAGE : INVALID;
  }

  /** A validation problem: {@code file: path: error: message}. */
  static String line(Problem p) {
    return oneLine(p.path() + ": " + (p.severity() == Severity.ERROR ? "error" : "warning") + ": "
        + p.message());
  }

  static String io(IOException e, String subject) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String why = e instanceof NoSuchFileException
          ? "no such file"
          : e instanceof AccessDeniedException
              ? "permission denied"
              : e instanceof NotDirectoryException
                  ? "not a directory"
                  : f.getReason() != null
                      ? f.getReason().toLowerCase(java.util.Locale.ROOT)
                      : e.getClass().getSimpleName();
      return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": error: "
          + why;
    }
    return subject + ": error: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /**
   * The text on one line, with no character that a terminal would act on: line breaks and other
   * control characters of the input are shown as {@code \n}, {@code \r}, {@code \t} or
   * {@code \}{@code uXXXX}.
   */
  static String oneLine(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029;
      if (control && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (b != null) {
        switch (c) {
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> {
            if (control) {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
    }
    return b == null ? text : b.toString();
  }
}
