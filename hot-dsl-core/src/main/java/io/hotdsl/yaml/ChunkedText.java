package io.hotdsl.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link YamlWriter}'s text goes: a builder that, for a whole document, is handed over in
 * chunks of about {@link #CHUNK} characters and joined once at the end, so a large document is
 * never copied again and again as one builder regrows (nor allocated as ever larger arrays); or,
 * streaming, handed to an {@link Appendable} chunk by chunk; or the caller's own builder.
 */
final class ChunkedText {
  static final int CHUNK = 16 * 1024;

  final StringBuilder sb;
  private final List<String> chunks;
  private final Appendable sink;

  private ChunkedText(StringBuilder sb, List<String> chunks, Appendable sink) {
    this.sb = sb;
    this.chunks = chunks;
    this.sink = sink;
  }

  /** A whole document, kept in chunks and joined by {@link #text()}. */
  static ChunkedText whole() {
    return new ChunkedText(new StringBuilder(CHUNK + 1024), new ArrayList<>(), null);
  }

  /** Everything stays in the caller's builder. */
  static ChunkedText into(StringBuilder target) {
    return new ChunkedText(target, null, null);
  }

  /** Full chunks go to {@code sink} as they are written; {@link #drain()} hands over the rest. */
  static ChunkedText streamingTo(Appendable sink) {
    return new ChunkedText(new StringBuilder(CHUNK + 1024), null, sink);
  }

  /** Called between entries, where the text may be cut. */
  void boundary() {
    if (sb.length() < CHUNK) {
      return;
    }
    if (sink != null) {
      drain();
    } else if (chunks != null) {
      chunks.add(sb.toString());
      sb.setLength(0);
    }
  }

  /** Hands what {@code sb} holds to the sink. */
  void drain() {
    try {
      sink.append(sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sb.setLength(0);
  }

  /** The whole text of a {@link #whole()} document. */
  String text() {
    if (chunks.isEmpty()) {
      return sb.toString();
    }
    chunks.add(sb.toString());
    return String.join("", chunks);
  }
}
