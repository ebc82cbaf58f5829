package io.hotdsl.yaml;

import io.hotdsl.yaml.impl.Positions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads template and environment files as Heat does: UTF-8, strictly. A byte sequence that is no
 * UTF-8 is reported with the file, its line and column and its byte offset, never replaced; a
 * file over the size limit is refused before it is read into memory.
 */
public final class TextFiles {
  /** The default limit of {@link #read(Path)}: 10 MiB, the reader's own limit. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private TextFiles() {}

  /**
   * Reads a UTF-8 file of at most {@link #MAX_BYTES} bytes.
   *
   * @throws HotReadException when the file is larger or is not valid UTF-8
   * @throws IOException when it cannot be read
   */
  public static String read(Path file) throws IOException {
    return read(file, MAX_BYTES);
  }

  /**
   * Reads a UTF-8 file of at most {@code maxBytes} bytes (the size is checked as the bytes
   * arrive, so a file that grows, or reports no size, cannot exceed it either).
   *
   * @throws HotReadException when the file is larger or is not valid UTF-8
   * @throws IOException when it cannot be read
   */
  public static String read(Path file, int maxBytes) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxBytes);
      if (in.read() >= 0) {
        throw new HotReadException(
            file.toString(),
            0,
            0,
            "the file is larger than the limit of " + maxBytes + " bytes",
            null,
            null);
      }
    }
    return decode(bytes, file.toString());
  }

  /**
   * Decodes UTF-8 strictly.
   *
   * @param source names the bytes in the error
   * @throws HotReadException naming the line, column and byte offset of the first invalid byte
   */
  public static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String before = out.flip().toString();
      int[] at = Positions.lineAndColumn(before, before.codePointCount(0, before.length()));
      StringBuilder shown = new StringBuilder();
      for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
        shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i]));
      }
      throw new HotReadException(
          source,
          at[0],
          at[1],
          "invalid UTF-8 at byte offset " + offset + " (" + shown
              + "); templates and environments must be UTF-8",
          null,
          null);
    }
    return out.flip().toString();
  }
}
