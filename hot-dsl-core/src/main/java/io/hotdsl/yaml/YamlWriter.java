package io.hotdsl.yaml;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.SmallMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * ordinary strings). Instances are not needed; the class is thread-safe.
 */
public final class YamlWriter {

  private static final int MAX_DEPTH = 1000;
  private static final String SPACES = " ".repeat(256);
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static final int PLAIN = 0;
  private static final int SINGLE = 1;
  private static final int DOUBLE = 2;
  private static final int LITERAL = 3;

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
    Out out = new Out(new StringBuilder(Out.CHUNK + 1024), new ArrayList<>());
    emitTop(tree, out);
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
    if (out instanceof StringBuilder) {
      StringBuilder target = (StringBuilder) out;
      int mark = target.length();
      try {
        emitTop(tree, new Out(target, null));
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
    Out o = new Out(
        new StringBuilder(Out.CHUNK + 1024), null, java.util.Objects.requireNonNull(out, "out"));
    emitTop(tree, o);
    o.drain();
  }

  // ------------------------------------------------------------------ structure

  private static void emitTop(Object raw, Out out) {
    try {
      Object tree = node(raw);
      if (tree instanceof Map && !((Map<?, ?>) tree).isEmpty()) {
        map((Map<?, ?>) tree, 0, false, out, 0);
      } else if (tree instanceof List && !((List<?>) tree).isEmpty()) {
        list((List<?>) tree, 0, false, out, 0);
      } else if (tree instanceof Map) {
        out.sb.append("{}\n");
      } else if (tree instanceof List) {
        out.sb.append("[]\n");
      } else {
        scalar(tree, -1, out.sb);
      }
    } catch (BadValue e) {
      throw e.toIllegalArgument();
    }
  }

  private static void map(Map<?, ?> m, int indent, boolean firstInline, Out out, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    if (m instanceof SmallMap small) {
      // a model map: its arrays, without an entry object per key
      for (int i = 0; i < small.size(); i++) {
        entry(small.keyAt(i), small.valueAt(i), indent, i == 0 && firstInline, out, depth);
      }
      return;
    }
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      entry(e.getKey(), e.getValue(), indent, first && firstInline, out, depth);
      first = false;
    }
  }

  private static void entry(
      Object k, Object value, int indent, boolean inline, Out out, int depth) {
    if (!inline) {
      spaces(indent, out.sb);
    }
    if (!(k instanceof String)) {
      throw new BadValue("map key is not a String", k).at(String.valueOf(k));
    }
    String key = (String) k;
    try {
      key(key, indent, out.sb);
      out.sb.append(':');
      afterColon(node(value), indent, out, depth);
    } catch (BadValue bad) {
      throw bad.at(key);
    }
    out.boundary();
  }

  private static void afterColon(Object v, int indent, Out out, int depth) {
    if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      if (m.isEmpty()) {
        out.sb.append(" {}\n");
      } else {
        out.sb.append('\n');
        map(m, indent + 2, false, out, depth + 1);
      }
    } else if (v instanceof List) {
      List<?> l = (List<?>) v;
      if (l.isEmpty()) {
        out.sb.append(" []\n");
      } else {
        out.sb.append('\n');
        list(l, indent + 2, false, out, depth + 1);
      }
    } else {
      out.sb.append(' ');
      scalar(v, indent, out.sb);
    }
  }

  private static void list(List<?> l, int indent, boolean firstInline, Out out, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    int i = 0;
    for (Object item : l) {
      Object v;
      try {
        v = node(item);
      } catch (BadValue bad) {
        throw bad.at(i);
      }
      if (i > 0 || !firstInline) {
        spaces(indent, out.sb);
      }
      out.sb.append("- ");
      try {
        if (v instanceof Map) {
          Map<?, ?> m = (Map<?, ?>) v;
          if (m.isEmpty()) {
            out.sb.append("{}\n");
          } else {
            map(m, indent + 2, true, out, depth + 1);
          }
        } else if (v instanceof List) {
          List<?> inner = (List<?>) v;
          if (inner.isEmpty()) {
            out.sb.append("[]\n");
          } else {
            list(inner, indent + 2, true, out, depth + 1);
          }
        } else {
          scalar(v, indent, out.sb);
        }
      } catch (BadValue bad) {
        throw bad.at(i);
      }
      out.boundary();
      i++;
    }
  }

  /**
   * A model value as a tree node ({@link Trees#node}): a {@code Value}, an enum, an integer of
   * any Java type; trees pass through unchanged.
   */
  private static Object node(Object v) {
    try {
      return Trees.node(v);
    } catch (IllegalArgumentException e) {
      throw new BadValue("unsupported value", v);
    }
  }

  private static void spaces(int n, StringBuilder sb) {
    while (n > SPACES.length()) {
      sb.append(SPACES);
      n -= SPACES.length();
    }
    sb.append(SPACES, 0, n);
  }

  private static void key(String key, int indent, StringBuilder sb) {
    int style = analyze(key, true);
    if (key.length() <= 100) {
      writeFlowScalar(key, style, sb);
      return;
    }
    // PyYAML / libyaml limit simple keys to 1024 characters: use an explicit key when long
    StringBuilder tmp = new StringBuilder(key.length() + 16);
    writeFlowScalar(key, style, tmp);
    if (tmp.length() <= 200) {
      sb.append(tmp);
    } else {
      sb.append("? ").append(tmp).append('\n');
      spaces(indent, sb);
    }
  }

  // ------------------------------------------------------------------ scalars

  /**
   * Writes a scalar and the line break that ends it.
   *
   * @param indent column of the collection holding the scalar, -1 at top level
   */
  private static void scalar(Object v, int indent, StringBuilder sb) {
    if (v instanceof String) {
      String s = (String) v;
      int style = analyze(s, indent < 0);
      if (style == LITERAL) {
        literal(s, indent + 2, sb);
        return;
      }
      writeFlowScalar(s, style, sb);
    } else if (v == null) {
      sb.append("null");
    } else if (v instanceof Boolean) {
      sb.append(((Boolean) v) ? "true" : "false");
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      sb.append(v.toString());
    } else if (v instanceof Double) {
      writeDouble(((Double) v).doubleValue(), Double.toString((Double) v), sb);
    } else if (v instanceof Float) {
      writeDouble(((Float) v).doubleValue(), Float.toString((Float) v), sb);
    } else if (v instanceof BigDecimal) {
      String p = ((BigDecimal) v).toPlainString();
      sb.append(p);
      if (p.indexOf('.') < 0) {
        sb.append(".0");
      }
    } else {
      throw new BadValue("unsupported value", v);
    }
    sb.append('\n');
  }

  private static void writeDouble(double d, String javaText, StringBuilder sb) {
    if (Double.isNaN(d)) {
      sb.append(".nan");
    } else if (Double.isInfinite(d)) {
      sb.append(d > 0 ? ".inf" : "-.inf");
    } else {
      // Java: "123.45", "1.0E20", "1.5E-7"; PyYAML needs "1.0e+20", "1.5e-07" is fine too
      int e = javaText.indexOf('E');
      if (e < 0) {
        sb.append(javaText);
      } else {
        sb.append(javaText, 0, e).append('e');
        if (javaText.charAt(e + 1) != '-') {
          sb.append('+');
        }
        sb.append(javaText, e + 1, javaText.length());
      }
    }
  }

  private static void writeFlowScalar(String s, int style, StringBuilder sb) {
    if (style == PLAIN) {
      sb.append(s);
    } else if (style == SINGLE) {
      sb.append('\'');
      int start = 0;
      for (int i = 0, n = s.length(); i < n; i++) {
        if (s.charAt(i) == '\'') {
          sb.append(s, start, i + 1).append('\'');
          start = i + 1;
        }
      }
      sb.append(s, start, s.length()).append('\'');
    } else {
      doubleQuoted(s, sb);
    }
  }

  private static void doubleQuoted(String s, StringBuilder sb) {
    sb.append('"');
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') {
        continue;
      }
      if (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) {
        continue;
      }
      if (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      sb.append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\0':
          sb.append("\\0");
          break;
        case 0x07:
          sb.append("\\a");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case 0x0B:
          sb.append("\\v");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case 0x1B:
          sb.append("\\e");
          break;
        case 0x85:
          sb.append("\\N");
          break;
        case 0x2028:
          sb.append("\\L");
          break;
        case 0x2029:
          sb.append("\\P");
          break;
        default:
          if (c <= 0xFF) {
            sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            sb.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          }
      }
    }
    sb.append(s, start, n).append('"');
  }

  private static void literal(String s, int contentIndent, StringBuilder sb) {
    int n = s.length();
    int end = n;
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    int trailing = n - end;
    sb.append('|');
    // indentation indicator when the first line (or the first non-empty one) starts with
    // whitespace, or the text starts with a line break (as PyYAML's emitter does)
    int firstContent = 0;
    while (firstContent < end && s.charAt(firstContent) == '\n') {
      firstContent++;
    }
    char fc = s.charAt(firstContent);
    if (firstContent > 0 || fc == ' ' || fc == '\t') {
      sb.append('2');
    }
    if (trailing == 0) {
      sb.append('-');
    } else if (trailing > 1) {
      sb.append('+');
    }
    sb.append('\n');
    int lineStart = 0;
    while (lineStart <= end) {
      int nl = s.indexOf('\n', lineStart);
      if (nl < 0 || nl > end) {
        nl = end;
      }
      if (nl > lineStart) {
        spaces(contentIndent, sb);
        sb.append(s, lineStart, nl);
      }
      sb.append('\n');
      lineStart = nl + 1;
    }
    for (int i = 1; i < trailing; i++) {
      sb.append('\n');
    }
  }

  /**
   * Chooses the style of a string scalar.
   *
   * @param singleLine true for keys and top-level scalars: never a literal block
   */
  private static int analyze(String s, boolean singleLine) {
    int n = s.length();
    if (n == 0) {
      return SINGLE;
    }
    boolean special = false;
    boolean newline = false;
    boolean tab = false;
    boolean plainSyntax = true;
    boolean onlyBlank = true;
    char first = s.charAt(0);
    switch (first) {
      case '#':
      case ',':
      case '[':
      case ']':
      case '{':
      case '}':
      case '&':
      case '*':
      case '!':
      case '|':
      case '>':
      case '\'':
      case '"':
      case '%':
      case '@':
      case '`':
      case '?':
      case ':':
      case ' ':
        plainSyntax = false;
        break;
      case '-':
        if (n == 1 || s.charAt(1) == ' ' || s.startsWith("---")) {
          plainSyntax = false;
        }
        break;
      case '.':
        if (s.startsWith("...")) {
          plainSyntax = false;
        }
        break;
      default:
        break;
    }
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7E) {
        if (c == ':') {
          if (i + 1 == n || s.charAt(i + 1) == ' ') {
            plainSyntax = false;
          }
        } else if (c == '#') {
          if (prev == ' ') {
            plainSyntax = false;
          }
        }
        if (c != ' ') {
          onlyBlank = false;
        }
      } else if (c == '\n') {
        newline = true;
      } else if (c == '\t') {
        tab = true;
        onlyBlank = false;
      } else if ((c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
          || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)) {
        onlyBlank = false;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        onlyBlank = false;
        i++;
        c = 'x';
      } else if (Character.isSurrogate(c)) {
        throw new BadValue("string has an unpaired surrogate (not encodable as UTF-8)", s);
      } else {
        special = true;
      }
      prev = c;
    }
    if (special) {
      return DOUBLE;
    }
    if (newline) {
      return singleLine || onlyBlank ? DOUBLE : LITERAL;
    }
    if (tab) {
      return DOUBLE;
    }
    if (plainSyntax
        && s.charAt(n - 1) != ' '
        && PyYamlResolver.resolvePlain(s) == PyYamlResolver.Kind.STR) {
      return PLAIN;
    }
    return SINGLE;
  }

  /**
   * Where the text goes: a builder that, for a whole document, is handed over in chunks of about
   * {@link #CHUNK} characters and joined once at the end, so a large document is never copied
   * again and again as one builder regrows (nor allocated as ever larger arrays).
   */
  private static final class Out {
    static final int CHUNK = 16 * 1024;

    final StringBuilder sb;
    private final List<String> chunks;
    private final Appendable sink;

    /** {@code chunks} null: everything stays in {@code sb} (the caller's builder). */
    Out(StringBuilder sb, List<String> chunks) {
      this(sb, chunks, null);
    }

    /** {@code sink} not null: full chunks go there as they are written, not into a list. */
    Out(StringBuilder sb, List<String> chunks, Appendable sink) {
      this.sb = sb;
      this.chunks = chunks;
      this.sink = sink;
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

    String text() {
      if (chunks.isEmpty()) {
        return sb.toString();
      }
      chunks.add(sb.toString());
      return String.join("", chunks);
    }
  }
}
