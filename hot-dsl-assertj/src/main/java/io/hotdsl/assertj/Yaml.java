package io.hotdsl.assertj;

import io.hotdsl.validate.Problem;
import io.hotdsl.yaml.TextFiles;
import io.hotdsl.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Golden YAML comparison and problem listing, shared by the asserts. */
final class Yaml {
  private Yaml() {}

  static String read(Path file) {
    try {
      return TextFiles.read(file); // strict UTF-8, at most 10 MiB, located errors
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The failure message when {@code actualTree} differs from the YAML, or null when equal. */
  static String compare(String label, Object actualTree, String yaml, String source) {
    Object expected = YamlReader.read(yaml, source);
    TreeFormat.Difference d = TreeFormat.firstDifference(actualTree, expected, "");
    if (d == null) {
      return null;
    }
    String where = d.path().isEmpty() ? "the root" : d.path();
    String is = d.actual() == TreeFormat.Difference.MISSING
        ? "is not set"
        : "is " + TreeFormat.show(d.actual());
    String has =
        d.expected() == TreeFormat.Difference.MISSING ? "nothing" : TreeFormat.show(d.expected());
    return "expected " + label + " to equal " + source + " (key order ignored) but " + where + " "
        + is + " where " + source + " has " + has;
  }

  static String problems(String label, List<Problem> errors) {
    return "expected " + label + " to be valid but it has " + errors.size()
        + (errors.size() == 1 ? " error:" : " errors:")
        + errors.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
