package io.hotdsl.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem as {@code hot} reports it: the file as the user named it, its 1-based line and
 * column when known (0 when not), the YAML path of the bad value (empty when there is none), the
 * severity and the message. Printed as {@code file:line:col: severity: message}, or
 * {@code file: yaml.path: severity: message} when the position is unknown.
 */
record Finding(String file, int line, int column, String path, boolean error, String message) {
  /** A problem of a whole file (a missing file, a file the reader refuses at no position). */
  static Finding ofFile(String file, String message) {
    return new Finding(file, 0, 0, "", true, message);
  }

  String severity() {
    return error ? "error" : "warning";
  }

  /** The one-line text, coloured by {@code style}. */
  String text(Style style) {
    String where =
        line > 0 ? file + ":" + line + ":" + column : path.isEmpty() ? file : file + ": " + path;
    // the input's text is escaped before the style's own escape sequences go around it
    return style.bold(Diagnostics.oneLine(where) + ":") + " "
        + (error ? style.red(severity() + ":") : style.yellow(severity() + ":")) + " "
        + Diagnostics.oneLine(message);
  }

  /** The JSON object: file, line, column (when known), path, severity, message. */
  Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    if (line > 0) {
      m.put("line", line);
      m.put("column", column);
    }
    m.put("path", path);
    m.put("severity", severity());
    m.put("message", message);
    return m;
  }
}
