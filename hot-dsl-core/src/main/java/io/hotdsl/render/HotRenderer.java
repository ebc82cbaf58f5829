package io.hotdsl.render;

import io.hotdsl.model.Template;
import io.hotdsl.yaml.JsonWriter;
import io.hotdsl.yaml.YamlWriter;

/**
 * Renders templates (and any HOT tree) as YAML or JSON, deterministically: sections in HOT order,
 * resources in insertion order, LF line endings and one trailing newline.
 *
 * <p>YAML never leaves a scalar that Heat's loader would read as something else (see
 * {@link YamlWriter}). JSON is what API clients should send for big stacks: Heat parses it far
 * faster than YAML. {@link #json(Template)} is laid out for people to read (Jackson's pretty
 * printer); {@link #jsonCompact(Template)} holds the same values on one line, for a request body
 * (hot-dsl-deploy's {@code StackRequest} embeds it as it is, without parsing it again).
 */
public final class HotRenderer {
  private HotRenderer() {}

  /** The template as HOT YAML. */
  public static String yaml(Template template) {
    return YamlWriter.write(template.treeView());
  }

  /**
   * Writes the template as HOT YAML (the text of {@link #yaml(Template)}) to {@code out} as it
   * goes, about 16 KiB at a time, so that a big template's text is never held in memory whole:
   * pass a buffered {@link java.io.Writer} on a file or a stream. Should a value have no HOT
   * representation, the text before it has already been written.
   *
   * @throws IllegalArgumentException naming the path of a value that has no HOT representation
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  public static void yaml(Template template, Appendable out) {
    YamlWriter.stream(template.treeView(), out);
  }

  /**
   * Writes the template as JSON (the text of {@link #json(Template)}) to {@code out} as it goes,
   * 16 KiB at a time, so that a big template's text is never held in memory whole. Should a value
   * have no HOT representation, the text before it has already been written.
   *
   * @throws IllegalArgumentException naming the path of a value that has no HOT representation
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  public static void json(Template template, Appendable out) {
    JsonWriter.write(template.treeView(), out);
  }

  /**
   * The template as JSON (which Heat also reads, far faster than YAML): written from the
   * template's own values, without a tree copy, in the layout of Jackson's default pretty
   * printer with two-space indents.
   *
   * @throws IllegalArgumentException naming the path of a value that has no HOT representation
   */
  public static String json(Template template) {
    return JsonWriter.write(template.treeView());
  }

  /**
   * The template as compact JSON: the values of {@link #json(Template)} on one line, with no
   * whitespace between tokens and no trailing newline (Jackson's {@code writeValueAsString}
   * layout). What an API client puts in a request body; parsed, it is the same JSON value as
   * {@link #json(Template)}.
   *
   * @throws IllegalArgumentException naming the path of a value that has no HOT representation
   */
  public static String jsonCompact(Template template) {
    return JsonWriter.writeCompact(template.treeView());
  }

  /**
   * Writes the template as compact JSON (the text of {@link #jsonCompact(Template)}) to {@code
   * out} as it goes, 16 KiB at a time. Should a value have no HOT representation, the text before
   * it has already been written.
   *
   * @throws IllegalArgumentException naming the path of a value that has no HOT representation
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  public static void jsonCompact(Template template, Appendable out) {
    JsonWriter.writeCompact(template.treeView(), out);
  }

  /**
   * Any HOT tree (model values allowed in it) as pretty-printed JSON with a trailing newline.
   *
   * @throws IllegalArgumentException naming the path of a value that has no HOT representation
   */
  public static String json(Object tree) {
    return JsonWriter.write(tree);
  }
}
