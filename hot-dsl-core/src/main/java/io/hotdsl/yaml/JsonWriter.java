package io.hotdsl.yaml;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.FunctionCall;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Writes a HOT tree as JSON, pretty-printed or compact, straight from the model, with no intermediate tree
 * and no JSON library: the tree view's model values become tree nodes as the writer reaches them
 * ({@link Trees#node}), the way {@link YamlWriter} does; the text goes into a 16 KiB character
 * buffer (a string is copied in whole and scanned there for characters to escape, as Jackson's
 * generator does), whose full loads are joined once at the end.
 *
 * <p>The pretty text is byte for byte what Jackson's {@code ObjectMapper} wrote for
 * {@link io.hotdsl.model.Template#toTree()} with a {@code DefaultPrettyPrinter} indenting objects
 * and arrays by two spaces (what this class used before; the tests compare the two on the corpus,
 * the examples and random trees):
 *
 * <ul>
 *   <li>{@code "key" : value}, entries and items one per line, {@code { }} and {@code [ ]} for
 *       empty collections, no trailing newline of its own (the renderer adds one);
 *   <li>strings escaped as Jackson escapes them: {@code \"}, {@code \\}, {@code \b \t \n \f \r},
 *       other characters below U+0020 as backslash-u00XX (upper-case hex), the rest as is;
 *   <li>integers of every Java type as integers, a {@code float} as its shortest decimal, a
 *       {@code double} as {@link Double#toString(double)} and NaN and the infinities as strings
 *       ({@code "NaN"}), big numbers by their {@code toString()}.
 * </ul>
 *
 * <p>The compact text ({@link #writeCompact(Object)}) is Jackson's default layout: the same
 * tokens with nothing between them ({@code {"key":value,"k2":[]}}) and no trailing newline.
 */
public final class JsonWriter {
  private static final int MAX_DEPTH = 1000;
  private static final int CHUNK = 16 * 1024;
  private static final String[] INDENTS = new String[64];
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  /** Per character below 128: 0 as is, 'u' as backslash-u00XX, else the letter after a backslash. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = "\n" + "  ".repeat(i);
    }
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

  private char[] buf = new char[CHUNK];
  private int pos;
  private final List<String> chunks = new ArrayList<>();

  /** Where full buffers go as they fill up; null: into {@link #chunks}. */
  private final Appendable sink;

  /** Jackson's pretty layout ending in a newline, or its compact one: one line, no newline. */
  private final boolean pretty;

  private JsonWriter(Appendable sink, boolean pretty) {
    this.sink = sink;
    this.pretty = pretty;
  }

  /** The tree as JSON, with one trailing newline. */
  public static String write(Object tree) {
    return text(new JsonWriter(null, true), tree);
  }

  /**
   * The tree as compact JSON: the same values as {@link #write(Object)} on one line, with no
   * space or line break between tokens and no trailing newline; byte for byte what Jackson's
   * {@code ObjectMapper.writeValueAsString} writes for the same tree. For a request body.
   */
  public static String writeCompact(Object tree) {
    return text(new JsonWriter(null, false), tree);
  }

  /**
   * The text of {@link #writeCompact(Object)}, handed to {@code out} 16 KiB at a time as it is
   * written. For a bad value the text before it has been written to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  public static void writeCompact(Object tree, Appendable out) {
    JsonWriter w = new JsonWriter(java.util.Objects.requireNonNull(out, "out"), false);
    w.whole(tree);
    w.flush();
  }

  private static String text(JsonWriter w, Object tree) {
    w.whole(tree);
    if (w.chunks.isEmpty()) {
      return new String(w.buf, 0, w.pos);
    }
    w.flush();
    return String.join("", w.chunks);
  }

  /**
   * The same text as {@link #write(Object)}, handed to {@code out} 16 KiB at a time as it is
   * written, so that the whole text is never held in memory. For a bad value the text before it
   * has been written to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  public static void write(Object tree, Appendable out) {
    JsonWriter w = new JsonWriter(java.util.Objects.requireNonNull(out, "out"), true);
    w.whole(tree);
    w.flush();
  }

  private void whole(Object tree) {
    try {
      value(tree, 0);
    } catch (BadValue e) {
      throw e.toIllegalArgument();
    }
    if (pretty) {
      ensure(1);
      buf[pos++] = '\n';
    }
  }

  /** Writes {@code value} at nesting {@code depth}: a tree node, or a model value turned into one. */
  private void value(Object value, int depth) {
    // the common classes by their exact class first: an instanceof test of an interface (Map,
    // Value...) on an Integer or a String costs a scan of its interfaces
    Class<?> c = value == null ? null : value.getClass();
    if (c == String.class) {
      string((String) value);
      return;
    }
    if (c == Integer.class || c == Long.class) {
      integer(((Number) value).longValue());
      return;
    }
    if (c == Boolean.class) {
      raw((Boolean) value ? "true" : "false");
      return;
    }
    if (value instanceof ArrayMap<?> m) {
      map(m, depth + 1);
      return;
    }
    if (value instanceof AbstractList<?> l) {
      list(l, depth + 1);
      return;
    }
    if (value instanceof FunctionCall<?> call) {
      // {name: args}, as Trees.node would give it
      int inner = depth + 1;
      if (inner > MAX_DEPTH) {
        throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
      }
      raw('{');
      indent(inner);
      string(call.name());
      colon();
      try {
        value(call.args(), inner);
      } catch (BadValue bad) {
        throw bad.at(call.name());
      }
      indent(depth);
      raw('}');
      return;
    }
    if (value instanceof Value<?> model && !(value instanceof Map) && !(value instanceof List)) {
      value(model.toTreeNode(), depth); // a model value: its node, as Trees.node gives it
      return;
    }
    Object v = node(value);
    if (v instanceof String s) {
      string(s);
    } else if (v instanceof Map<?, ?> m) {
      map(m, depth + 1);
    } else if (v instanceof List<?> l) {
      list(l, depth + 1);
    } else if (v == null) {
      raw("null");
    } else if (v instanceof Boolean b) {
      raw(b.booleanValue() ? "true" : "false");
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      integer(((Number) v).longValue());
    } else if (v instanceof Double d) {
      number(d);
    } else if (v instanceof Float f) {
      number(Double.parseDouble(f.toString()));
    } else if (v instanceof BigInteger || v instanceof BigDecimal) {
      raw(v.toString());
    } else {
      throw new BadValue("unsupported value", v);
    }
  }

  /** An integer's digits, written into the buffer without a string. */
  private void integer(long v) {
    if (v == Long.MIN_VALUE) {
      raw(Long.toString(v));
      return;
    }
    ensure(20);
    if (v < 0) {
      buf[pos++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) {
      digits++;
    }
    int end = pos + digits;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    pos = end;
  }

  private void number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      raw("\"" + d + "\""); // Jackson's default: non-numeric numbers as strings
    } else {
      raw(Double.toString(d));
    }
  }

  /** A map whose entries sit at nesting {@code depth}. */
  private void map(Map<?, ?> m, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    raw('{');
    if (m.isEmpty()) {
      if (pretty) {
        raw(' ');
      }
      raw('}');
      return;
    }
    if (m instanceof ArrayMap<?> small) {
      for (int i = 0; i < small.size(); i++) {
        String key = small.keyAt(i);
        entry(key, small.valueAt(i), i, depth);
      }
    } else {
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new BadValue("map key is not a String", e.getKey()).at(String.valueOf(e.getKey()));
        }
        entry(key, e.getValue(), i++, depth);
      }
    }
    indent(depth - 1);
    raw('}');
  }

  private void entry(String key, Object value, int index, int depth) {
    if (index > 0) {
      raw(',');
    }
    indent(depth);
    string(key);
    colon();
    try {
      value(value, depth);
    } catch (BadValue bad) {
      throw bad.at(key);
    }
  }

  /** A list whose items sit at nesting {@code depth}. */
  private void list(List<?> l, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    raw('[');
    if (l.isEmpty()) {
      if (pretty) {
        raw(' ');
      }
      raw(']');
      return;
    }
    if (l instanceof RandomAccess) {
      for (int i = 0, n = l.size(); i < n; i++) {
        item(l.get(i), i, depth);
      }
    } else {
      int i = 0;
      for (Object item : l) {
        item(item, i++, depth);
      }
    }
    indent(depth - 1);
    raw(']');
  }

  private void item(Object item, int index, int depth) {
    if (index > 0) {
      raw(',');
    }
    indent(depth);
    try {
      value(item, depth);
    } catch (BadValue bad) {
      throw bad.at(index);
    }
  }

  private void colon() {
    if (pretty) {
      raw(" : ");
    } else {
      raw(':');
    }
  }

  private void indent(int depth) {
    if (!pretty) {
      return;
    }
    raw(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
  }

  /** Room for {@code n} more characters: a full buffer becomes a chunk. */
  private void ensure(int n) {
    if (pos + n > buf.length) {
      flush();
      if (n > buf.length) {
        buf = new char[n];
      }
    }
  }

  private void flush() {
    if (sink == null) {
      chunks.add(new String(buf, 0, pos));
    } else {
      try {
        if (sink instanceof java.io.Writer writer) {
          writer.write(buf, 0, pos);
        } else {
          sink.append(java.nio.CharBuffer.wrap(buf, 0, pos));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    pos = 0;
  }

  private void raw(char c) {
    ensure(1);
    buf[pos++] = c;
  }

  /** Text that needs no escaping. */
  private void raw(String text) {
    int n = text.length();
    ensure(n);
    text.getChars(0, n, buf, pos);
    pos += n;
  }

  /**
   * A quoted string: copied into the buffer in one go and scanned there; from the first
   * character that needs an escape on, written character by character.
   */
  private void string(String s) {
    int n = s.length();
    ensure(n + 2);
    char[] b = buf;
    int start = pos + 1;
    b[pos] = '"';
    s.getChars(0, n, b, start);
    int end = start + n;
    for (int i = start; i < end; i++) {
      char c = b[i];
      if (c <= '\\' && ESCAPES[c] != 0) {
        pos = i;
        escapedFrom(s, i - start);
        return;
      }
    }
    b[end] = '"';
    pos = end + 1;
  }

  /**
   * The rest of a string from its first character that needs an escape, a segment at a time:
   * room for the segment's worst case (six characters each) is made once, then the characters
   * are written without a check each.
   */
  private void escapedFrom(String s, int from) {
    int n = s.length();
    for (int segment = from; segment < n; segment += 1024) {
      int segmentEnd = Math.min(n, segment + 1024);
      ensure(6 * (segmentEnd - segment));
      char[] b = buf;
      int p = pos;
      for (int i = segment; i < segmentEnd; i++) {
        char c = s.charAt(i);
        if (c <= '\\' && ESCAPES[c] != 0) {
          byte e = ESCAPES[c];
          b[p++] = '\\';
          if (e == 'u') {
            b[p++] = 'u';
            b[p++] = '0';
            b[p++] = '0';
            b[p++] = HEX[c >> 4];
            b[p++] = HEX[c & 0xF];
          } else {
            b[p++] = (char) e;
          }
        } else {
          b[p++] = c;
        }
      }
      pos = p;
    }
    raw('"');
  }

  private static Object node(Object v) {
    try {
      return Trees.node(v);
    } catch (IllegalArgumentException e) {
      throw new BadValue("unsupported value", v);
    }
  }
}
