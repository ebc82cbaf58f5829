package io.hotdsl.yaml;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.FunctionCall;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The block structure of {@link YamlWriter}'s text: maps and lists indented by two spaces, lists
 * under their key, maps in lists written compactly, {@code {}} and {@code []} for empty
 * collections; scalars by {@link ScalarWriter}. One instance writes one document.
 *
 * <p>Model values are read as they are reached: a {@link FunctionCall} is written as the
 * one-entry map {@code {name: args}} it stands for without making that map, a model map
 * ({@link ArrayMap}) by index, and the common scalars by their exact class, before the general
 * {@link Trees#node}. A key's written form is kept in a small cache (keys repeat: every resource
 * has a {@code type}, every server an {@code image}), but for the names one level down.
 */
final class BlockWriter {
  private static final int MAX_DEPTH = 1000;
  private static final int CACHE = 256;

  private final ChunkedText out;
  private final StringBuilder sb;
  private final String[] cachedKeys = new String[CACHE];
  private final String[] cachedText = new String[CACHE];

  BlockWriter(ChunkedText out) {
    this.out = out;
    this.sb = out.sb;
  }

  /** Writes a whole document. */
  void document(Object raw) {
    try {
      Object tree = node(raw);
      if (tree instanceof FunctionCall<?> call) {
        functionCall(call, 0, false, 0);
      } else if (tree instanceof Map<?, ?> m && !m.isEmpty()) {
        map(m, 0, false, 0);
      } else if (tree instanceof List<?> l && !l.isEmpty()) {
        list(l, 0, false, 0);
      } else if (tree instanceof Map) {
        sb.append("{}\n");
      } else if (tree instanceof List) {
        sb.append("[]\n");
      } else {
        ScalarWriter.scalar(tree, -1, sb);
      }
    } catch (BadValue e) {
      throw e.toIllegalArgument();
    }
  }

  private void map(Map<?, ?> m, int indent, boolean firstInline, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    if (m instanceof ArrayMap<?> small) {
      // a model map: its arrays, without an entry object per key
      for (int i = 0, n = small.size(); i < n; i++) {
        entry(small.keyAt(i), small.valueAt(i), indent, i == 0 && firstInline, depth);
      }
      return;
    }
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      entry(e.getKey(), e.getValue(), indent, first && firstInline, depth);
      first = false;
    }
  }

  /** {@code {name: args}}, as the map {@link FunctionCall#toTreeNode()} gives. */
  private void functionCall(FunctionCall<?> call, int indent, boolean inline, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    entry(call.name(), call.args(), indent, inline, depth);
  }

  private void entry(Object k, Object value, int indent, boolean inline, int depth) {
    if (!inline) {
      ScalarWriter.spaces(indent, sb);
    }
    if (!(k instanceof String key)) {
      throw new BadValue("map key is not a String", k).at(String.valueOf(k));
    }
    try {
      key(key, indent, depth != 1);
      sb.append(':');
      afterColon(node(value), indent, depth);
    } catch (BadValue bad) {
      throw bad.at(key);
    }
    out.boundary();
  }

  private void afterColon(Object v, int indent, int depth) {
    if (v instanceof String s) {
      sb.append(' ');
      ScalarWriter.scalar(s, indent, sb);
    } else if (v instanceof FunctionCall<?> call) {
      sb.append('\n');
      functionCall(call, indent + 2, false, depth + 1);
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append(" {}\n");
      } else {
        sb.append('\n');
        map(m, indent + 2, false, depth + 1);
      }
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        sb.append(" []\n");
      } else {
        sb.append('\n');
        list(l, indent + 2, false, depth + 1);
      }
    } else {
      sb.append(' ');
      ScalarWriter.scalar(v, indent, sb);
    }
  }

  private void list(List<?> l, int indent, boolean firstInline, int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    if (l instanceof RandomAccess) {
      for (int i = 0, n = l.size(); i < n; i++) {
        item(l.get(i), i, indent, firstInline, depth);
      }
    } else {
      int i = 0;
      for (Object item : l) {
        item(item, i++, indent, firstInline, depth);
      }
    }
  }

  private void item(Object item, int i, int indent, boolean firstInline, int depth) {
    Object v;
    try {
      v = node(item);
    } catch (BadValue bad) {
      throw bad.at(i);
    }
    if (i > 0 || !firstInline) {
      ScalarWriter.spaces(indent, sb);
    }
    sb.append("- ");
    try {
      if (v instanceof String s) {
        ScalarWriter.scalar(s, indent, sb);
      } else if (v instanceof FunctionCall<?> call) {
        functionCall(call, indent + 2, true, depth + 1);
      } else if (v instanceof Map<?, ?> m) {
        if (m.isEmpty()) {
          sb.append("{}\n");
        } else {
          map(m, indent + 2, true, depth + 1);
        }
      } else if (v instanceof List<?> inner) {
        if (inner.isEmpty()) {
          sb.append("[]\n");
        } else {
          list(inner, indent + 2, true, depth + 1);
        }
      } else {
        ScalarWriter.scalar(v, indent, sb);
      }
    } catch (BadValue bad) {
      throw bad.at(i);
    }
    out.boundary();
  }

  /**
   * A value as the writer takes it: trees, the common scalars and model maps and lists as they
   * are (by their class first: an {@code instanceof} test of an interface on an {@code Integer}
   * scans its interfaces), a {@link FunctionCall} as itself (written as its one-entry map), a
   * {@link Value} as its node, any other model value as its tree node ({@link Trees#node}).
   */
  private static Object node(Object v) {
    if (v == null) {
      return null;
    }
    Class<?> c = v.getClass();
    if (c == String.class
        || c == Long.class
        || c == Integer.class
        || c == Boolean.class
        || c == Double.class
        || v instanceof FunctionCall
        || v instanceof AbstractMap
        || v instanceof AbstractList) {
      return v; // (tests of a class, not an interface: cheap)
    }
    if (Trees.isModelValue(v)) {
      return node(((Value<?>) v).toTreeNode());
    }
    try {
      return Trees.node(v);
    } catch (IllegalArgumentException e) {
      throw new BadValue("unsupported value", v);
    }
  }

  /**
   * A key as written before its colon: from the cache, or styled (and kept there when {@code
   * cache}: not for the names of a template's resources, parameters and outputs, which are keys
   * one level down and each written once).
   */
  private void key(String key, int indent, boolean cache) {
    int slot = cache ? key.hashCode() & (CACHE - 1) : 0;
    if (cache) {
      String cached = cachedKeys[slot];
      if (cached == key || key.equals(cached)) {
        sb.append(cachedText[slot]);
        return;
      }
    }
    int style = ScalarStyle.of(key, true);
    if (key.length() <= 100) {
      int start = sb.length();
      ScalarWriter.writeFlowScalar(key, style, sb);
      if (cache) {
        cachedKeys[slot] = key;
        cachedText[slot] = sb.substring(start);
      }
      return;
    }
    // PyYAML / libyaml limit simple keys to 1024 characters: use an explicit key when long
    StringBuilder tmp = new StringBuilder(key.length() + 16);
    ScalarWriter.writeFlowScalar(key, style, tmp);
    if (tmp.length() <= 200) {
      sb.append(tmp);
    } else {
      sb.append("? ").append(tmp).append('\n');
      ScalarWriter.spaces(indent, sb);
    }
  }
}
