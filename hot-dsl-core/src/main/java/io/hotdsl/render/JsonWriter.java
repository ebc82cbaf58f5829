package io.hotdsl.render;

import io.hotdsl.functions.FunctionCall;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.SmallMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Writes a HOT tree as pretty-printed JSON straight from the model, with no intermediate tree
 * and no JSON library: the tree view's model values become tree nodes as the writer reaches them
 * ({@link Trees#node}), the way {@link YamlWriter} does, and the text goes into 16 KiB chunks
 * joined once.
 *
 * <p>The text is byte for byte what Jackson's {@code ObjectMapper} wrote for
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
 */
final class JsonWriter {
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

  private final StringBuilder sb = new StringBuilder(CHUNK + 1024);
  private final List<String> chunks = new ArrayList<>();

  private JsonWriter() {}

  /** The tree as JSON, with one trailing newline. */
  static String write(Object tree) {
    JsonWriter w = new JsonWriter();
    try {
      w.value(tree, 0);
    } catch (BadValue e) {
      throw e.toIllegalArgument();
    }
    w.sb.append('\n');
    if (w.chunks.isEmpty()) {
      return w.sb.toString();
    }
    w.chunks.add(w.sb.toString());
    return String.join("", w.chunks);
  }

  /** Writes {@code value} at nesting {@code depth}: a tree node, or a model value turned into one. */
  private void value(Object value, int depth) {
    if (value instanceof String s) {
      string(s);
      return;
    }
    if (value instanceof FunctionCall<?> call) {
      // {name: args}, as Trees.node would give it
      int inner = depth + 1;
      if (inner > MAX_DEPTH) {
        throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
      }
      sb.append('{');
      indent(inner);
      string(call.name());
      sb.append(" : ");
      try {
        value(call.args(), inner);
      } catch (BadValue bad) {
        throw bad.at(call.name());
      }
      indent(depth);
      sb.append('}');
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
      sb.append("null");
    } else if (v instanceof Boolean b) {
      sb.append(b.booleanValue() ? "true" : "false");
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short
        || v instanceof Byte) {
      sb.append(((Number) v).longValue());
    } else if (v instanceof Double d) {
      number(d);
    } else if (v instanceof Float f) {
      number(Double.parseDouble(f.toString()));
    } else if (v instanceof BigInteger || v instanceof BigDecimal) {
      sb.append(v);
    } else {
      throw new BadValue("unsupported value", v);
    }
  }

  private void number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      sb.append('"').append(d).append('"'); // Jackson's default: non-numeric numbers as strings
    } else {
      sb.append(d);
    }
  }

  /** A map whose entries sit at nesting {@code depth}. */
  private void map(Map<?, ?> m, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    sb.append('{');
    if (m.isEmpty()) {
      sb.append(" }");
      return;
    }
    if (m instanceof SmallMap small) {
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
    sb.append('}');
  }

  private void entry(String key, Object value, int index, int depth) {
    if (index > 0) {
      sb.append(',');
      boundary();
    }
    indent(depth);
    string(key);
    sb.append(" : ");
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
    sb.append('[');
    if (l.isEmpty()) {
      sb.append(" ]");
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
    sb.append(']');
  }

  private void item(Object item, int index, int depth) {
    if (index > 0) {
      sb.append(',');
      boundary();
    }
    indent(depth);
    try {
      value(item, depth);
    } catch (BadValue bad) {
      throw bad.at(index);
    }
  }

  private void indent(int depth) {
    sb.append(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
  }

  /** Between entries, where the text may be cut into a new chunk. */
  private void boundary() {
    if (sb.length() >= CHUNK) {
      chunks.add(sb.toString());
      sb.setLength(0);
    }
  }

  private void string(String s) {
    sb.append('"');
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 128 && ESCAPES[c] != 0) {
        if (i > start) {
          sb.append(s, start, i);
        }
        escape(c);
        start = i + 1;
      }
    }
    if (start == 0) {
      sb.append(s);
    } else if (start < n) {
      sb.append(s, start, n);
    }
    sb.append('"');
  }

  private void escape(char c) {
    byte e = ESCAPES[c];
    sb.append('\\');
    if (e == 'u') {
      sb.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
    } else {
      sb.append((char) e);
    }
  }

  private static Object node(Object v) {
    try {
      return Trees.node(v);
    } catch (IllegalArgumentException e) {
      throw new BadValue("unsupported value", v);
    }
  }
}
