package io.hotdsl.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where {@link JsonWriter}'s text goes: one byte per character in a buffer (Latin-1, the form in
 * which Java keeps most strings, so the string of a buffer is one copy, with no narrowing of a
 * {@code char[]}). A character above U+00FF is written as a placeholder byte and kept aside with
 * its position; it is put in when the buffer becomes a string. Streaming, the buffer is 16 KiB and
 * each full load goes to an {@link Appendable}. A whole text is written into one buffer that grows
 * to hold it and becomes its string at the end: the thread's buffer of its last whole text
 * ({@link #SPARE}), so that a text like the last is written into memory that is already there (in
 * the cache, often) and copied once, instead of into fresh memory, copied into 16 KiB strings and
 * those joined, twice the fresh memory of the text (the spare buffer took a tenth off a compact
 * write of 1,000 resources, a fifth off one of 10,000).
 *
 * <p>Strings are quoted and escaped as Jackson escapes them: {@code \"}, {@code \\}, {@code \b \t
 * \n \f \r}, other characters below U+0020 as backslash-u00XX (upper-case hex), the rest as they
 * are. Everything else given to it ({@link #put}) must be ASCII.
 */
final class JsonText {
  private static final int CHUNK = 16 * 1024;

  /** A string is scanned and written this many characters at a time once it needs escapes. */
  private static final int SEGMENT = 1024;

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /** Per character up to U+00FF: 0 as is, 'u' as backslash-u00XX, else the escape's letter. */
  private static final byte[] ESCAPES = new byte[256];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  /**
   * The buffer of this thread's last whole text, for its next: as long as the longest text the
   * thread wrote so far (up to twice as long). Only a text that is being written holds it (taken
   * out while in use, so a text written meanwhile on the same thread, by a model value's {@code
   * toTreeNode}, has its own); softly reachable, so a collector short of memory takes it back. Its
   * bytes are never read beyond what the current text wrote.
   */
  private static final ThreadLocal<SoftReference<byte[]>> SPARE = new ThreadLocal<>();

  /** The longest buffer kept as {@link #SPARE}: a text longer than this is rare enough. */
  private static final int MAX_SPARE = 16 * 1024 * 1024;

  private byte[] buf;
  private int pos;

  /** The characters above U+00FF in {@link #buf} and where they go, in the order written. */
  private int[] widePositions;

  private char[] wideChars;
  private int wideCount;

  /** Keys written as they are so far, by their hash ({@link #key}). */
  private final String[] plainKeys = new String[256];

  /** Where full buffers go when streaming; null for a whole text, which grows its buffer. */
  private final Appendable sink;

  private JsonText(byte[] buf, Appendable sink) {
    this.buf = buf;
    this.sink = sink;
  }

  /** A whole text, in one buffer that grows to hold it, the thread's spare one if it has one. */
  static JsonText whole() {
    SoftReference<byte[]> spare = SPARE.get();
    byte[] buf = spare == null ? null : spare.get();
    if (buf == null) {
      return new JsonText(new byte[CHUNK], null);
    }
    SPARE.set(null); // in use
    return new JsonText(buf, null);
  }

  /** Full buffers go to {@code sink} as they are written; {@link #flush()} hands over the rest. */
  static JsonText streamingTo(Appendable sink) {
    return new JsonText(new byte[CHUNK], sink);
  }

  /** An ASCII character. */
  void put(char ascii) {
    if (pos == buf.length) {
      ensure(1);
    }
    buf[pos++] = (byte) ascii;
  }

  /** ASCII characters. */
  void put(byte[] ascii) {
    int n = ascii.length;
    ensure(n);
    System.arraycopy(ascii, 0, buf, pos, n);
    pos += n;
  }

  /** An ASCII string (a number's text). */
  void put(String ascii) {
    int n = ascii.length();
    ensure(n);
    byte[] b = buf;
    int p = pos;
    for (int i = 0; i < n; i++) {
      b[p++] = (byte) ascii.charAt(i);
    }
    pos = p;
  }

  /** An integer's digits, written without a string. */
  void integer(long v) {
    if (v == Long.MIN_VALUE) {
      put(Long.toString(v));
      return;
    }
    ensure(20);
    byte[] b = buf;
    if (v < 0) {
      b[pos++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) {
      digits++;
    }
    int end = pos + digits;
    for (int i = end - 1; i >= pos; i--) {
      b[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    pos = end;
  }

  /**
   * A quoted map key (or function name) and the colon after it. Most keys are one of a few names
   * (a type's property names, the functions' names), the same string again and again: a key
   * written before as it is (no escape, nothing above U+00FF) is remembered by its hash, and
   * copied again without a scan, with its colon, into room made once.
   */
  @SuppressWarnings("deprecation") // getBytes copies each character's low byte: all there is here
  void key(String k, byte[] colon) {
    int h = k.hashCode();
    int slot = (h ^ (h >>> 8)) & (plainKeys.length - 1);
    if (plainKeys[slot] != k) {
      if (quoted(k)) {
        plainKeys[slot] = k;
      }
      put(colon);
      return;
    }
    int n = k.length();
    int c = colon.length;
    ensure(n + 2 + c);
    byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    k.getBytes(0, n, b, p);
    p += n;
    b[p++] = '"';
    for (int i = 0; i < c; i++) {
      b[p++] = colon[i];
    }
    pos = p;
  }

  /**
   * A quoted string: its characters are written as bytes while none needs an escape or is above
   * U+00FF (almost always to the end); from the first that does, a segment at a time.
   *
   * @return whether the string was written as it is, with no escape and nothing above U+00FF
   */
  boolean quoted(String s) {
    int n = s.length();
    if (n > SEGMENT) {
      put('"');
      quotedFrom(s, 0);
      return false;
    }
    ensure(n + 2);
    byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > 0xFF || ESCAPES[c] != 0) {
        pos = p;
        quotedFrom(s, i);
        return false;
      }
      b[p++] = (byte) c;
    }
    b[p++] = '"';
    pos = p;
    return true;
  }

  /**
   * The rest of a string from {@code from} and its closing quote, a segment at a time: room for the
   * segment's worst case (six bytes a character) is made once, then the characters are written
   * without a check each.
   */
  private void quotedFrom(String s, int from) {
    int n = s.length();
    for (int segment = from; segment < n; segment += SEGMENT) {
      int segmentEnd = Math.min(n, segment + SEGMENT);
      ensure(6 * (segmentEnd - segment));
      byte[] b = buf;
      int p = pos;
      for (int i = segment; i < segmentEnd; i++) {
        char c = s.charAt(i);
        if (c > 0xFF) {
          wide(p, c);
          b[p++] = '?'; // a placeholder, replaced by c when the buffer becomes a string
          continue;
        }
        byte e = ESCAPES[c];
        if (e == 0) {
          b[p++] = (byte) c;
        } else {
          b[p++] = '\\';
          if (e == 'u') {
            b[p++] = 'u';
            b[p++] = '0';
            b[p++] = '0';
            b[p++] = HEX[c >> 4];
            b[p++] = HEX[c & 0xF];
          } else {
            b[p++] = e;
          }
        }
      }
      pos = p;
    }
    put('"');
  }

  /** Keeps aside a character above U+00FF that goes at {@code position} of the buffer. */
  private void wide(int position, char c) {
    if (widePositions == null) {
      widePositions = new int[64];
      wideChars = new char[64];
    } else if (wideCount == widePositions.length) {
      widePositions = Arrays.copyOf(widePositions, wideCount * 2);
      wideChars = Arrays.copyOf(wideChars, wideCount * 2);
    }
    widePositions[wideCount] = position;
    wideChars[wideCount++] = c;
  }

  /**
   * Room for {@code n} more bytes: a whole text's buffer grows (doubles); a full buffer streaming is
   * handed on first.
   */
  private void ensure(int n) {
    if (pos + n > buf.length) {
      if (sink == null) {
        buf = Arrays.copyOf(buf, Math.max(2 * buf.length, pos + n));
        return;
      }
      flush();
      if (n > buf.length) {
        buf = new byte[n];
      }
    }
  }

  /** Hands what the buffer holds on to the sink, as a string. */
  void flush() {
    String chunk = bufferText();
    pos = 0;
    wideCount = 0;
    try {
      sink.append(chunk);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The whole text of a {@link #whole()} text; its buffer becomes the thread's spare one (unless
   * over {@link #MAX_SPARE}).
   */
  String text() {
    String text = bufferText();
    if (buf.length <= MAX_SPARE) {
      SPARE.set(new SoftReference<>(buf));
    }
    return text;
  }

  private String bufferText() {
    if (wideCount == 0) {
      return new String(buf, 0, pos, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[pos];
    for (int i = 0; i < pos; i++) {
      chars[i] = (char) (buf[i] & 0xFF);
    }
    for (int i = 0; i < wideCount; i++) {
      chars[widePositions[i]] = wideChars[i];
    }
    return new String(chars);
  }
}
