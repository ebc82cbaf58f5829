package io.hotdsl.bundle;

import io.hotdsl.yaml.YamlReader;
import io.hotdsl.yaml.YamlWriter;

/**
 * YAML text to tree and back for environments and bundles: {@link YamlWriter#write(Object)} and
 * {@link YamlReader#read(String, String)} (PyYAML 1.1 semantics as Heat reads; JSON when the text
 * is a JSON object). The tree is the contract: Map, List, String, Number, Boolean, null.
 */
public final class TreeYaml {
  private TreeYaml() {}

  /** Renders {@code tree} as YAML text. */
  public static String write(Object tree) {
    return YamlWriter.write(tree);
  }

  /**
   * Parses a template or environment text into its top-level map (an empty document is an empty
   * map).
   *
   * @throws io.hotdsl.yaml.HotReadException when it is no YAML/JSON mapping
   */
  public static Object read(String text, String sourceName) {
    return YamlReader.read(text, sourceName);
  }
}
