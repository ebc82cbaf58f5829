package io.hotdsl.lsp;

import io.hotdsl.yaml.YamlReader;
import java.util.Map;

/**
 * An open document as the editor last sent it: its text, the position index of that text, and
 * the template tree of the last text that could be read (completion needs it while the user types
 * text that is not YAML yet).
 */
final class OpenDocument {
  final String uri;
  final int version;
  final String text;
  final YamlIndex index;
  /** The tree of this text, or of the last version that could be read; null if none could. */
  final Map<String, Object> tree;
  /** Whether {@link #tree} is this text's. */
  final boolean readable;

  private OpenDocument(
      String uri,
      int version,
      String text,
      YamlIndex index,
      Map<String, Object> tree,
      boolean readable) {
    this.uri = uri;
    this.version = version;
    this.text = text;
    this.index = index;
    this.tree = tree;
    this.readable = readable;
  }

  /** The document at {@code text}; {@code previous} lends its tree when this text cannot be read. */
  static OpenDocument of(String uri, int version, String text, OpenDocument previous) {
    if (previous != null && previous.text.equals(text)) {
      // the same text at another version (an edit undone): read as it was
      return new OpenDocument(uri, version, text, previous.index, previous.tree, previous.readable);
    }
    Map<String, Object> tree = read(text);
    boolean readable = tree != null;
    if (tree == null && previous != null) {
      tree = previous.tree; // not readable now: the last tree serves completion
    }
    return new OpenDocument(uri, version, text, YamlIndex.of(text), tree, readable);
  }

  /**
   * This document as completion at {@code line} sees it: when the text cannot be read (the user
   * is typing on that line), the tree of the text without that line, if that can be read.
   */
  OpenDocument withoutLine(int line) {
    if (readable) {
      return this;
    }
    String[] lines = text.split("\n", -1);
    if (line < 0 || line >= lines.length) {
      return this;
    }
    lines[line] = "";
    Map<String, Object> t = read(String.join("\n", lines));
    return t == null ? this : new OpenDocument(uri, version, text, index, t, false);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(String text) {
    try {
      return YamlReader.read(text, "template") instanceof Map<?, ?> m
          ? (Map<String, Object>) m
          : null;
    } catch (RuntimeException | StackOverflowError e) {
      return null; // diagnostics report why
    }
  }

  /** The map at {@code keys} in the tree, or an empty map. */
  Map<?, ?> map(String... keys) {
    Object node = tree;
    for (String k : keys) {
      node = node instanceof Map<?, ?> m ? m.get(k) : null;
    }
    return node instanceof Map<?, ?> m ? m : Map.of();
  }

  /** The type of resource {@code name}, or null. */
  String resourceType(String name) {
    return map("resources", name).get("type") instanceof String s ? s : null;
  }
}
