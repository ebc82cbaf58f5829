package io.hotdsl.bundle;

import io.hotdsl.environment.Environment;
import io.hotdsl.environment.InvalidEnvironmentException;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.YamlReader;
import io.hotdsl.yaml.YamlWriter;
import java.util.List;

/**
 * Environment files as text, read as Heat's {@code environment_format.parse} reads them (YAML 1.1
 * or JSON, then {@link #fromTree}) and written as YAML. The {@code environment}
 * package itself holds no YAML reader or writer.
 */
public final class EnvironmentYaml {
  private EnvironmentYaml() {}

  /**
   * Parses environment YAML ({@code source} names it in problems).
   *
   * @throws HotValidationException when the text is no mapping or a section is wrong
   * @throws HotReadException when the text is no YAML
   */
  public static Environment parse(String yaml, String source) {
    Object tree;
    try {
      tree = YamlReader.read(yaml, source);
    } catch (HotReadException e) {
      if (e.getMessage() != null && e.getMessage().contains("not a JSON object or YAML mapping")) {
        throw new HotValidationException(List.of(Problem.error(
            (source == null ? "" : source + ": ") + "(document)",
            "The environment is not a valid YAML mapping data type.")));
      }
      throw e;
    }
    return fromTree(tree, source);
  }

  /**
   * An environment from its tree ({@link Environment#fromTree}), its mistakes reported as
   * validation problems.
   *
   * @param source the file name, prefixed to problem paths ({@code env.yaml: resource_registry})
   * @throws HotValidationException when the tree is no mapping or a section is wrong
   */
  public static Environment fromTree(Object tree, String source) {
    try {
      return Environment.fromTree(tree, source);
    } catch (InvalidEnvironmentException e) {
      throw new HotValidationException(
          e.mistakes().stream().map(m -> Problem.error(m.path(), m.message())).toList());
    }
  }

  /** {@code environment} as YAML text. */
  public static String write(Environment environment) {
    return YamlWriter.write(environment.toTree());
  }
}
