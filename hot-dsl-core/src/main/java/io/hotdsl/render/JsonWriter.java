package io.hotdsl.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import io.hotdsl.functions.FunctionCall;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.SmallMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes a HOT tree as pretty-printed JSON straight from the model: the tree view's model values
 * become tree nodes as the writer reaches them ({@link Trees#node}), the way {@link YamlWriter}
 * does, instead of the template being copied into a tree first. The text is exactly what
 * Jackson writes for {@link io.hotdsl.model.Template#toTree()} with the same printer: integers
 * of every Java type as integers, a {@code float} as its shortest decimal, map keys in iteration
 * order.
 *
 * <p>The text goes into Jackson's own segmented buffer (what {@code writeValueAsString} uses),
 * joined once, instead of a regrowing {@code StringWriter}; a function call and a
 * {@link SmallMap} are written from their fields, without the map and entries {@link Trees#node}
 * and an entry iterator would make for them.
 */
final class JsonWriter {
  private static final int MAX_DEPTH = 1000;

  private JsonWriter() {}

  static String write(ObjectWriter writer, Object tree) {
    SegmentedStringWriter text = new SegmentedStringWriter(new BufferRecycler());
    try {
      try (JsonGenerator out = writer.createGenerator(text)) {
        value(tree, out, 0);
      }
      text.write('\n');
      return text.getAndClear();
    } catch (BadValue e) {
      throw e.toIllegalArgument();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code value}: a tree node or a model value, turned into a node here. */
  private static void value(Object value, JsonGenerator out, int depth) throws IOException {
    if (value instanceof FunctionCall<?> call) {
      // {name: args}, as Trees.node would give it
      if (depth + 1 > MAX_DEPTH) {
        throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
      }
      out.writeStartObject();
      out.writeFieldName(call.name());
      try {
        value(call.args(), out, depth + 1);
      } catch (BadValue bad) {
        throw bad.at(call.name());
      }
      out.writeEndObject();
      return;
    }
    Object v = node(value);
    if (v instanceof String s) {
      out.writeString(s);
    } else if (v instanceof Map<?, ?> m) {
      map(m, out, depth + 1);
    } else if (v instanceof List<?> l) {
      list(l, out, depth + 1);
    } else if (v == null) {
      out.writeNull();
    } else if (v instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short
        || v instanceof Byte) {
      out.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double d) {
      out.writeNumber(d);
    } else if (v instanceof Float f) {
      out.writeNumber(Double.parseDouble(f.toString()));
    } else if (v instanceof BigInteger i) {
      out.writeNumber(i);
    } else if (v instanceof BigDecimal d) {
      out.writeNumber(d);
    } else {
      throw new BadValue("unsupported value", v);
    }
  }

  private static void map(Map<?, ?> m, JsonGenerator out, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    out.writeStartObject();
    if (m instanceof SmallMap small) {
      for (int i = 0; i < small.size(); i++) {
        String key = small.keyAt(i);
        out.writeFieldName(key);
        try {
          value(small.valueAt(i), out, depth);
        } catch (BadValue bad) {
          throw bad.at(key);
        }
      }
      out.writeEndObject();
      return;
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new BadValue("map key is not a String", e.getKey()).at(String.valueOf(e.getKey()));
      }
      out.writeFieldName(key);
      try {
        value(e.getValue(), out, depth);
      } catch (BadValue bad) {
        throw bad.at(key);
      }
    }
    out.writeEndObject();
  }

  private static void list(List<?> l, JsonGenerator out, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new BadValue("nesting deeper than " + MAX_DEPTH + " levels (cyclic tree?)", null);
    }
    out.writeStartArray();
    int i = 0;
    for (Object item : l) {
      try {
        value(item, out, depth);
      } catch (BadValue bad) {
        throw bad.at(i);
      }
      i++;
    }
    out.writeEndArray();
  }

  private static Object node(Object v) {
    try {
      return Trees.node(v);
    } catch (IllegalArgumentException e) {
      throw new BadValue("unsupported value", v);
    }
  }
}
