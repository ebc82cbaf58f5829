package io.hotdsl.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON read into plain values with jackson-core's streaming parser: objects as
 * {@code LinkedHashMap}s (a repeated key keeps its first place and its last value), arrays as
 * {@code ArrayList}s, integers as the smallest of {@code Integer}, {@code Long} and
 * {@code BigInteger} that holds them, other numbers as {@code Double}, then strings, booleans and
 * null: the values Jackson's {@code ObjectMapper} gives for {@code Object.class}, without loading
 * databind (hundreds of classes, a third of a small validation's start-up).
 */
public final class JsonValues {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonValues() {}

  /** The first JSON value of {@code in} (null if there is none). */
  public static Object read(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      return p.nextToken() == null ? null : value(p);
    }
  }

  /** The first JSON value of {@code json} (null if there is none). */
  public static Object read(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      return p.nextToken() == null ? null : value(p);
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          m.put(key, value(p));
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected JSON token " + t + " at " + p.currentLocation());
    }
  }

  /** {@code value} (plain values as {@link #read} gives them) as compact JSON, for messages. */
  static String compact(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(Object v, JsonGenerator g) throws IOException {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object item : l) {
        write(item, g);
      }
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof java.math.BigInteger i) {
      g.writeNumber(i);
    } else if (v instanceof Number n) {
      g.writeNumber(n.longValue());
    } else {
      g.writeNull();
    }
  }
}
