package io.hotdsl.yaml;

/**
 * A template or environment could not be read: a YAML/JSON syntax error, a construct Heat's
 * loader rejects, or a value outside the HOT tree contract.
 *
 * <p>The message reads {@code sourceName:line:column: problem}, e.g.
 * {@code web.yaml:12:5: mapping values are not allowed here}, followed by {@code (at path)} when
 * the YAML path of the offending node is known.
 */
public class HotReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final int line;
  private final int column;
  private final String problem;
  private final String path;

  /**
   * Creates the exception.
   *
   * @param sourceName name of the source (file name or URL), may be {@code null}
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param problem the problem, without location
   * @param path YAML path of the offending node (e.g. {@code resources.web}), or {@code null}
   * @param cause the underlying exception, or {@code null}
   */
  public HotReadException(
      String sourceName, int line, int column, String problem, String path, Throwable cause) {
    super(format(sourceName, line, column, problem, path), cause);
    this.sourceName = sourceName;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.path = path;
  }

  private static String format(
      String sourceName, int line, int column, String problem, String path) {
    StringBuilder sb = new StringBuilder();
    sb.append(sourceName == null ? "<unknown>" : sourceName);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(": ").append(problem);
    if (path != null && !path.isEmpty()) {
      sb.append(" (at ").append(path).append(')');
    }
    return sb.toString();
  }

  /**
   * The error as one line for a command line: {@code file:line:col: error: problem (at path)},
   * or {@code file: path: error: problem} when only the YAML path is known.
   */
  public String diagnostic() {
    StringBuilder sb = new StringBuilder(sourceName == null ? "<unknown>" : sourceName);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    } else if (path != null && !path.isEmpty()) {
      sb.append(": ").append(path);
    }
    sb.append(": error: ").append(problem);
    if (line > 0 && path != null && !path.isEmpty()) {
      sb.append(" (at ").append(path).append(')');
    }
    return sb.toString();
  }

  /** @return the source name given to the reader */
  public String getSourceName() {
    return sourceName;
  }

  /** @return 1-based line of the problem, 0 when unknown */
  public int getLine() {
    return line;
  }

  /** @return 1-based column of the problem, 0 when unknown */
  public int getColumn() {
    return column;
  }

  /** @return the problem without source and location */
  public String getProblem() {
    return problem;
  }

  /** @return the YAML path of the offending node, or {@code null} when unknown */
  public String getPath() {
    return path;
  }
}
