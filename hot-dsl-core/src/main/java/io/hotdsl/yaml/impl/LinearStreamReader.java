package io.hotdsl.yaml.impl;

import java.io.Reader;
import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader} over a string, in linear time.
 *
 * <p>SnakeYAML's reader keeps a window of code points from the scanner's position on and, every
 * 1,023 characters it reads ahead, copies the whole window into a new array. A plain scalar is
 * scanned by peeking ahead without moving the position, so one scalar of n characters costs n²/2046
 * copies (8 MiB: about 25 s). This reader keeps every code point loaded so far in one growing
 * array, so each is decoded and copied a bounded number of times.
 *
 * <p>Everything the scanner can observe is the same as with SnakeYAML's reader: text is loaded in
 * chunks of 1,023 characters (one more when the chunk ends in a high surrogate), one chunk per
 * look-ahead that needs it, and a character YAML forbids is reported, with SnakeYAML's message
 * and position, when its chunk is loaded; the marks carry the same index, line and column.
 */
final class LinearStreamReader extends StreamReader {
  /** SnakeYAML 2.5 reads {@code buffer.length - 1} = 1,023 characters at a time. */
  static final int CHUNK = 1023;

  private static final String NAME = "'string'";

  private final String text;
  private int[] window;
  private int loaded;
  private int next;
  private boolean eof;
  private int pointer;
  private int documentIndex;
  private int line;
  private int column;
  private long work;

  LinearStreamReader(String text) {
    super(Reader.nullReader());
    this.text = text;
    this.window = new int[Math.min(Math.max(text.length(), 1), 4 * CHUNK)];
  }

  /**
   * The code points decoded and stored so far, plus the array elements copied to grow the
   * window: the reader's whole work, which is linear in the length of the text.
   */
  long work() {
    return work;
  }

  @Override
  public Mark getMark() {
    return new Mark(NAME, pointer, line, column, window, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && ensureEnoughData(0); i++) {
      int c = window[pointer++];
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && ensureEnoughData(0) && window[pointer] != '\n')) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return ensureEnoughData(0) ? window[pointer] : 0;
  }

  @Override
  public int peek(int index) {
    return ensureEnoughData(index) ? window[pointer + index] : 0;
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    if (ensureEnoughData(length)) {
      return new String(window, pointer, length);
    }
    return new String(window, pointer, Math.min(length, loaded - pointer));
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getLine() {
    return line;
  }

  /** SnakeYAML's rule: at most one chunk is loaded per look-ahead. */
  private boolean ensureEnoughData(int ahead) {
    if (!eof && pointer + ahead >= loaded) {
      update();
    }
    return pointer + ahead < loaded;
  }

  private void update() {
    if (next >= text.length()) {
      eof = true;
      return;
    }
    int read = Math.min(CHUNK, text.length() - next);
    int end = next + read;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      if (end == text.length()) {
        throw new ReaderException(
            NAME,
            pointer + read,
            text.charAt(end - 1),
            "The last char is HighSurrogate (no LowSurrogate detected).");
      }
      end++;
    }
    if (loaded + (end - next) > window.length) {
      int size = Math.max(window.length * 2, loaded + (end - next));
      work += loaded;
      window = Arrays.copyOf(window, Math.min(size, Math.max(text.length(), loaded + end - next)));
    }
    int bad = -1;
    for (int i = next; i < end; ) {
      int c = Character.codePointAt(text, i);
      window[loaded++] = c;
      work++;
      if (StreamReader.isPrintable(c)) {
        i += Character.charCount(c);
      } else {
        bad = c;
        break;
      }
    }
    next = end;
    if (bad >= 0) {
      throw new ReaderException(NAME, loaded - 1, bad, "special characters are not allowed");
    }
  }
}
