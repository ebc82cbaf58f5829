package io.hotdsl.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.hotdsl.yaml.impl.Positions;
import io.hotdsl.yaml.impl.PyYamlLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads HOT templates and environments exactly as Heat's {@code template_format.parse} loads them:
 * JSON first (when the text is a JSON object), otherwise YAML 1.1 with PyYAML's {@code SafeLoader}
 * resolvers and constructors, timestamps kept as strings.
 *
 * <p>The result is a <em>tree</em>: {@code LinkedHashMap<String, Object>} (document order),
 * {@code ArrayList<Object>}, {@code String}, {@code Long} (or {@code BigInteger} when it does not
 * fit), {@code Double}, {@code Boolean} and {@code null}.
 *
 * <p>YAML is parsed with SnakeYAML's low-level parser and composer (limits: 50 aliases to
 * collections, nesting depth 100, 10 MiB of code points); plain scalars are typed here with
 * PyYAML's exact regular expressions ({@link PyYamlResolver}) and PyYAML's constructor algorithms:
 * {@code yes/No/ON} are booleans ({@code y}/{@code n} are strings), {@code 010} is 8, {@code 0x1F} 31,
 * {@code 1_000} 1000, {@code 1:20} 80, {@code 1:20.5} 80.5, {@code 1e3} a string,
 * {@code 2018-08-31} a string, {@code ~} null; merge keys {@code <<} are flattened as PyYAML does,
 * duplicate keys keep the last value (in the first key's position). Explicit tags {@code !!str},
 * {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null}, {@code !!timestamp},
 * {@code !!map}, {@code !!seq} are honoured; any other tag is rejected. Map keys must be strings.
 *
 * <p>Aliased collections are shared in the result (as in PyYAML); recursive aliases are rejected.
 */
public final class YamlReader {

  static final int MAX_CODE_POINTS = PyYamlLoader.MAX_CODE_POINTS;

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private YamlReader() {}

  /**
   * Reads a template or environment like Heat's {@code template_format.parse}: the text is
   * parsed as JSON when it is a JSON object, otherwise as YAML. An empty YAML document gives an
   * empty map.
   *
   * @param text the template text
   * @param sourceName the name used in error messages (file name, URL...)
   * @return the top-level mapping, a {@code LinkedHashMap<String, Object>}
   * @throws HotReadException on syntax errors, unsupported tags, non-string keys, exceeded
   *     limits, or when the document is not a mapping
   */
  public static Object read(String text, String sourceName) {
    return read(text, sourceName, true);
  }

  /**
   * {@link #read} without the event-level fast path (SnakeYAML's node graph, then the
   * constructor): the reference the fast path is tested on, public so benchmarks can compare the
   * two. It accepts and refuses exactly what {@link #read} does.
   */
  public static Object readComposed(String text, String sourceName) {
    return read(text, sourceName, false);
  }

  private static Object read(String text, String sourceName, boolean fast) {
    checkSize(text, sourceName);
    int i = 0;
    int n = text.length();
    while (i < n && isJsonSpace(text.charAt(i))) {
      i++;
    }
    Object tree;
    if (i < n && text.charAt(i) == '{') {
      Object json;
      try {
        json = readJson(text, sourceName);
      } catch (HotReadException notJson) {
        json = NOT_JSON; // Heat: json.loads failed, fall back to YAML
      }
      tree = json != NOT_JSON ? json : PyYamlLoader.load(text, sourceName, fast);
    } else {
      tree = PyYamlLoader.load(text, sourceName, fast);
      if (tree == null) {
        tree = new LinkedHashMap<String, Object>();
      }
    }
    if (!(tree instanceof Map)) {
      int[] at = Positions.firstContent(text);
      throw new HotReadException(
          sourceName,
          at[0],
          at[1],
          "The template is not a JSON object or YAML mapping.",
          null,
          null);
    }
    return tree;
  }

  private static final Object NOT_JSON = new Object();

  /**
   * Refuses a text over the limit of {@value #MAX_CODE_POINTS} code points before any scanning,
   * naming the line and column where the limit is crossed.
   */
  private static void checkSize(String text, String sourceName) {
    if (text.length() <= MAX_CODE_POINTS) {
      return; // a string never has more code points than chars
    }
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints > MAX_CODE_POINTS) {
      int[] at = Positions.lineAndColumn(text, MAX_CODE_POINTS);
      throw new HotReadException(
          sourceName,
          at[0],
          at[1],
          "the document has " + codePoints + " code points, more than the limit of "
              + MAX_CODE_POINTS + " (10 MiB)",
          null,
          null);
    }
  }

  private static boolean isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Reads one JSON value as a tree (like Python's {@code json.loads}: {@code NaN},
   * {@code Infinity}, {@code -Infinity} accepted, duplicate keys keep the last value).
   *
   * @param text the JSON text
   * @param sourceName the name used in error messages
   * @return the tree (any JSON value, not only objects)
   * @throws HotReadException on syntax errors, with 1-based line and column
   */
  public static Object readJson(String text, String sourceName) {
    checkSize(text, sourceName);
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new HotReadException(sourceName, 1, 1, "Expecting value", null, null);
      }
      Object v = jsonValue(p, t);
      if (p.nextToken() != null) {
        JsonLocation loc = p.currentTokenLocation();
        throw new HotReadException(
            sourceName, loc.getLineNr(), loc.getColumnNr(), "Extra data", null, null);
      }
      return v;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new HotReadException(
          sourceName,
          loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(),
          e.getOriginalMessage(),
          null,
          e);
    } catch (IOException e) {
      throw new HotReadException(sourceName, 0, 0, e.toString(), null, e);
    }
  }

  private static Object jsonValue(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          m.put(name, jsonValue(p, p.nextToken()));
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
          l.add(jsonValue(p, k));
        }
        return l;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return p.getBigIntegerValue();
        }
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        if (p.isNaN()) {
          String t2 = p.getText();
          if (!t2.equals("NaN") && !t2.equals("Infinity") && !t2.equals("-Infinity")) {
            // Python's json accepts only these three spellings
            throw new JsonParseException(p, "Expecting value: " + t2);
          }
        }
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected JSON token " + t);
    }
  }
}
