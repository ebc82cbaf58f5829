package io.hotdsl.yaml;

import io.hotdsl.functions.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a HOT tree as block-style YAML that Heat (PyYAML's YAML 1.1 {@code CSafeLoader} /
 * {@code SafeLoader}) reads back as exactly the same tree.
 *
 * <p>A <em>tree</em> is made of {@code Map<String, ?>} (iteration order is the output order),
 * {@code List<?>}, {@code String}, integral numbers ({@code Long}, {@code Integer}, {@code Short},
 * {@code Byte}, {@code BigInteger}), floating numbers ({@code Double}, {@code Float},
 * {@code BigDecimal}), {@code Boolean} and {@code null}; model values in it (a
 * {@link io.hotdsl.functions.Value}, an enum, an array or another collection) are turned into tree
 * nodes as the writer reaches them ({@link Trees#node}), so a template is written without being
 * copied into a tree first. Any other value is rejected with an
 * {@link IllegalArgumentException} naming its path (e.g. {@code resources.web.properties.networks[0]})
 * and its class.
 *
 * <p>Layout: 2-space indentation, lists indented under their key ({@code key:\n  - a}), maps in
 * lists written compactly ({@code - k: v\n    k2: v2}), {@code {}} and {@code []} for empty
 * collections, LF line endings, one trailing newline, no document marker.
 *
 * <p>Scalars: a string is written plain only when PyYAML's implicit resolvers would read it back
 * as that very string (so {@code on}, {@code yes}, {@code 010}, {@code 1:20}, {@code 1.0},
 * {@code .inf}, {@code ~}, {@code 2018-08-31}, {@code <<}, {@code =} are quoted) and when it is
 * syntactically safe as a plain scalar; otherwise it is single-quoted, or double-quoted with
 * escapes when it holds tabs or non-printable characters. Multi-line strings are written as literal
 * block scalars ({@code |}, {@code |-}, {@code |+}, with an indentation indicator when needed).
 * Floating numbers always carry a dot and a signed exponent so that PyYAML reads a float.
 *
 * <p>The writer is deterministic, allocation-light and hand-written (no regular expression runs on
 * ordinary strings). Instances are not needed; the class is thread-safe. The work is done by
 * package-private classes, one concept each: {@link BlockWriter} (the block structure),
 * {@link ScalarStyle} (which style a string needs, decided with {@link PyYamlResolver}),
 * {@link ScalarWriter} (a scalar in its style) and {@link ChunkedText} (where the text goes).
 */
public final class YamlWriter {

  private YamlWriter() {}

  /**
   * Writes the tree as a YAML document.
   *
   * @param tree a HOT tree, normally a {@code Map<String, ?>}
   * @return the YAML text, LF line endings, ending with exactly one newline
   * @throws IllegalArgumentException if the tree holds a value of an unsupported class, a
   *     non-string map key, or is nested deeper than 1000 levels (e.g. cyclic)
   */
  public static String write(Object tree) {
    ChunkedText out = ChunkedText.whole();
    new BlockWriter(out).document(tree);
    return out.text();
  }

  /**
   * Writes the tree as a YAML document to {@code out}.
   *
   * @param tree a HOT tree, normally a {@code Map<String, ?>}
   * @param out where to write; nothing is written if the tree is invalid
   * @throws IllegalArgumentException if the tree is invalid, see {@link #write(Object)}
   * @throws UncheckedIOException if {@code out} throws an {@link IOException}
   */
  public static void write(Object tree, Appendable out) {
    if (out instanceof StringBuilder target) {
      int mark = target.length();
      try {
        new BlockWriter(ChunkedText.into(target)).document(tree);
      } catch (RuntimeException e) {
        target.setLength(mark);
        throw e;
      }
      return;
    }
    String text = write(tree);
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of {@link #write(Object)}, handed to {@code out} about 16 KiB at a time as it is
   * written, so that the whole text is never held in memory. Unlike {@link #write(Object,
   * Appendable)}, for an invalid tree the text before the bad value has been written to
   * {@code out}.
   *
   * @throws IllegalArgumentException if the tree is invalid, see {@link #write(Object)}
   * @throws UncheckedIOException if {@code out} throws an {@link IOException}
   */
  public static void stream(Object tree, Appendable out) {
    ChunkedText o = ChunkedText.streamingTo(java.util.Objects.requireNonNull(out, "out"));
    new BlockWriter(o).document(tree);
    o.drain();
  }
}
