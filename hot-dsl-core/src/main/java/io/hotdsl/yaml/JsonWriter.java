package io.hotdsl.yaml;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.FunctionCall;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Writes a HOT tree as JSON, pretty-printed or compact, straight from the model, with no intermediate tree
 * and no JSON library: the tree view's model values become tree nodes as the writer reaches them
 * ({@link Trees#node}), the way {@link YamlWriter} does; the text goes into a {@link JsonText}
 * (a buffer of one byte per character, the thread's buffer of its last text, copied once into the
 * string at the end).
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
  private static final byte[][] INDENTS = new byte[64][];
  private static final byte[] PRETTY_COLON = {' ', ':', ' '};
  private static final byte[] COMPACT_COLON = {':'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = ("\n" + "  ".repeat(i)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
  }

  private final JsonText out;

  /** Jackson's pretty layout ending in a newline, or its compact one: one line, no newline. */
  private final boolean pretty;

  /** What follows a key: {@code " : "} pretty, {@code ":"} compact. */
  private final byte[] colon;

  private JsonWriter(JsonText out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
    this.colon = pretty ? PRETTY_COLON : COMPACT_COLON;
  }

  /** The tree as JSON, with one trailing newline. */
  public static String write(Object tree) {
    return text(tree, true);
  }

  /**
   * The tree as compact JSON: the same values as {@link #write(Object)} on one line, with no
   * space or line break between tokens and no trailing newline; byte for byte what Jackson's
   * {@code ObjectMapper.writeValueAsString} writes for the same tree. For a request body.
   */
  public static String writeCompact(Object tree) {
    return text(tree, false);
  }

  /**
   * The text of {@link #writeCompact(Object)}, handed to {@code out} 16 KiB at a time as it is
   * written. For a bad value the text before it has been written to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  public static void writeCompact(Object tree, Appendable out) {
    stream(tree, out, false);
  }

  /**
   * The same text as {@link #write(Object)}, handed to {@code out} 16 KiB at a time as it is
   * written, so that the whole text is never held in memory. For a bad value the text before it
   * has been written to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  public static void write(Object tree, Appendable out) {
    stream(tree, out, true);
  }

  private static String text(Object tree, boolean pretty) {
    JsonText text = JsonText.whole();
    new JsonWriter(text, pretty).whole(tree);
    return text.text();
  }

  private static void stream(Object tree, Appendable out, boolean pretty) {
    JsonText text = JsonText.streamingTo(java.util.Objects.requireNonNull(out, "out"));
    new JsonWriter(text, pretty).whole(tree);
    text.flush();
  }

  private void whole(Object tree) {
    try {
      value(tree, 0);
    } catch (BadValue e) {
      throw e.toIllegalArgument();
    }
    if (pretty) {
      out.put('\n');
    }
  }

  /** Writes {@code value} at nesting {@code depth}: a tree node, or a model value turned into one. */
  private void value(Object value, int depth) {
    // the common classes by their exact class or a superclass first: an instanceof test of an
    // interface (Map, Value...) on an Integer or a String costs a scan of its interfaces
    Class<?> c = value == null ? null : value.getClass();
    if (c == String.class) {
      out.quoted((String) value);
      return;
    }
    if (value instanceof ArrayMap<?> m) {
      map(m, depth + 1);
      return;
    }
    if (c == FunctionCall.class) {
      call((FunctionCall<?>) value, depth);
      return;
    }
    if (value instanceof AbstractList<?> l) {
      list(l, depth + 1);
      return;
    }
    if (c == Integer.class || c == Long.class) {
      out.integer(((Number) value).longValue());
      return;
    }
    if (c == Boolean.class) {
      out.put((Boolean) value ? TRUE : FALSE);
      return;
    }
    if (Trees.isModelValue(value)) {
      value(
          ((Value<?>) value).toTreeNode(),
          depth); // a model value: its node, as Trees.node gives it
      return;
    }
    Object v = node(value);
    if (v instanceof String s) {
      out.quoted(s);
    } else if (v instanceof Map<?, ?> m) {
      map(m, depth + 1);
    } else if (v instanceof List<?> l) {
      list(l, depth + 1);
    } else if (v == null) {
      out.put(NULL);
    } else if (v instanceof Boolean b) {
      out.put(b.booleanValue() ? TRUE : FALSE);
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      out.integer(((Number) v).longValue());
    } else if (v instanceof Double d) {
      number(d);
    } else if (v instanceof Float f) {
      number(Double.parseDouble(f.toString()));
    } else if (v instanceof BigInteger || v instanceof BigDecimal) {
      out.put(v.toString());
    } else {
      throw new BadValue("unsupported value", v);
    }
  }

  /** A function call as the one-entry map {@link Trees#node} would give it: {@code {name: args}}. */
  private void call(FunctionCall<?> call, int depth) {
    int inner = depth + 1;
    if (inner > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    out.put('{');
    indent(inner);
    out.key(call.name(), colon);
    try {
      value(call.args(), inner);
    } catch (BadValue bad) {
      throw bad.at(call.name());
    }
    indent(depth);
    out.put('}');
  }

  private void number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.put("\"" + d + "\""); // Jackson's default: non-numeric numbers as strings
    } else {
      out.put(Double.toString(d));
    }
  }

  /** A map whose entries sit at nesting {@code depth}. */
  private void map(Map<?, ?> m, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    out.put('{');
    if (m.isEmpty()) {
      if (pretty) {
        out.put(' ');
      }
      out.put('}');
      return;
    }
    if (m instanceof ArrayMap<?> small) {
      for (int i = 0, n = small.size(); i < n; i++) {
        entry(small.keyAt(i), small.valueAt(i), i, depth);
      }
    } else {
      // by forEach, not an entry iterator: the views and wrappers hand their entries over with no
      // entry object each (the resources' view of a template, an unmodifiable map)
      m.forEach(new Entries(depth));
    }
    indent(depth - 1);
    out.put('}');
  }

  /** A map's entries as {@link Map#forEach} hands them over, with their index. */
  private final class Entries implements java.util.function.BiConsumer<Object, Object> {
    private final int depth;
    private int index;

    Entries(int depth) {
      this.depth = depth;
    }

    @Override
    public void accept(Object k, Object value) {
      if (!(k instanceof String key)) {
        throw new BadValue("map key is not a String", k).at(String.valueOf(k));
      }
      entry(key, value, index++, depth);
    }
  }

  private void entry(String key, Object value, int index, int depth) {
    if (index > 0) {
      out.put(',');
    }
    indent(depth);
    out.key(key, colon);
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
    out.put('[');
    if (l.isEmpty()) {
      if (pretty) {
        out.put(' ');
      }
      out.put(']');
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
    out.put(']');
  }

  private void item(Object item, int index, int depth) {
    if (index > 0) {
      out.put(',');
    }
    indent(depth);
    try {
      value(item, depth);
    } catch (BadValue bad) {
      throw bad.at(index);
    }
  }

  private void indent(int depth) {
    if (!pretty) {
      return;
    }
    if (depth < INDENTS.length) {
      out.put(INDENTS[depth]);
    } else {
      out.put("\n" + "  ".repeat(depth));
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
