package io.hotdsl.files;

import java.util.Objects;

/**
 * A file that the file-access policy refuses to read or write. The message names where the path
 * was referenced (a file and a YAML path such as {@code t.yaml:
 * resources.web.properties.user_data.get_file}), the path and the rule it breaks.
 *
 * <p>An {@link IllegalArgumentException}: the path comes from input (a template, an environment,
 * a bundle entry), not from a failing disk.
 */
public final class FileAccessException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rules of the policy, each with the sentence that states it. */
  public enum Rule {
    /** A reference is relative to the file that makes it; {@code /etc/hostname} is refused. */
    ABSOLUTE("references are relative to the file that makes them; absolute paths are refused"),
    /** After normalising, the path stays inside the root; {@code ../../x} past it is refused. */
    OUTSIDE_ROOT("files stay inside their root; allow a wider read root with --root DIR "
        + "(FileRoot.of(dir) in Java)"),
    /** A symbolic link whose target is outside the root. */
    SYMLINK_OUTSIDE("symbolic links must lead to a file inside the root"),
    /** Files under {@code /proc}, {@code /sys} and {@code /dev}, whatever the root. */
    SYSTEM_FILE("nothing under /proc, /sys or /dev is read"),
    /** Directories, devices, pipes and sockets. */
    NOT_REGULAR_FILE("only regular files are read"),
    /** Larger than the size cap (Heat's max_template_size by default). */
    TOO_LARGE("files are capped in size (Heat's max_template_size, 524288 bytes, by default; "
        + "FileRoot.maxFileSize in Java)"),
    /** Bytes that are not UTF-8 text. */
    NOT_UTF8("files are UTF-8 text"),
    /** A name the file system cannot hold (a NUL character, an empty name). */
    INVALID_NAME("a path is a non-empty relative file name");

    private final String statement;

    Rule(String statement) {
      this.statement = statement;
    }

    /** The rule as a sentence. */
    public String statement() {
      return statement;
    }
  }

  private final String where;
  private final String path;
  private final Rule rule;

  FileAccessException(String where, String path, Rule rule, String detail) {
    super(message(where, path, rule, detail));
    this.where = where;
    this.path = Objects.requireNonNull(path, "path");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private static String message(String where, String path, Rule rule, String detail) {
    return (where == null || where.isEmpty() ? "" : where + ": ") + path + ": refused: " + detail
        + " (rule: " + rule.statement() + ")";
  }

  /** Where the path was referenced (file and YAML path), or empty. */
  public String where() {
    return where == null ? "" : where;
  }

  /** The path as it was referenced. */
  public String path() {
    return path;
  }

  /** The rule the path breaks. */
  public Rule rule() {
    return rule;
  }
}
