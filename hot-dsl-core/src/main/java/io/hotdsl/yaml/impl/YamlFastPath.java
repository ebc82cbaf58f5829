package io.hotdsl.yaml.impl;

import io.hotdsl.yaml.PyYamlResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * The reader's fast path: the tree straight from SnakeYAML's parser events for the documents
 * almost every template is (see {@link #read(String)}).
 */
final class YamlFastPath {
  /** Returned by the fast path for a document it leaves to the composer path. */
  static final Object SLOW_PATH = new Object();

  private YamlFastPath() {}

  /**
   * Builds the tree straight from SnakeYAML's parser events, without the composer's node graph,
   * for the documents almost every template is: no anchor, alias, tag or merge key, every key a
   * string. Anything else (those features, a syntax error, a limit, a scalar PyYAML would reject)
   * returns {@link #SLOW_PATH}, and the composer path reads the document from the start, so
   * results and errors are exactly the composer path's. Typing and constructors are the same
   * ({@link PyYamlResolver}, {@link PyYamlConstructor}).
   */
  static Object read(String text) {
    try {
      ParserImpl parser =
          new ParserImpl(new LinearStreamReader(text), PyYamlLoader.loaderOptions());
      parser.getEvent(); // stream start
      if (parser.checkEvent(Event.ID.StreamEnd)) {
        return null;
      }
      parser.getEvent(); // document start
      Object root = fastNode(parser, 0);
      if (root == SLOW_PATH) {
        return SLOW_PATH;
      }
      parser.getEvent(); // document end
      return parser.checkEvent(Event.ID.StreamEnd) ? root : SLOW_PATH;
    } catch (RuntimeException e) {
      return SLOW_PATH; // the composer path reports it, with its leniencies and messages
    }
  }

  private static Object fastNode(Parser parser, int depth) {
    Event e = parser.getEvent();
    switch (e.getEventId()) {
      case Scalar: {
        ScalarEvent s = (ScalarEvent) e;
        if (s.getTag() != null || s.getAnchor() != null) {
          return SLOW_PATH;
        }
        String v = s.getValue();
        if (!s.getImplicit().canOmitTagInPlainScalar()) {
          return v;
        }
        switch (PyYamlResolver.resolvePlain(v)) {
          case STR:
          case TIMESTAMP:
            return v;
          case NULL:
            return null;
          case BOOL:
            Boolean b = PyYamlConstructor.constructBool(v);
            return b == null ? SLOW_PATH : b;
          case INT:
            try {
              return PyYamlConstructor.constructInt(v);
            } catch (NumberFormatException | IndexOutOfBoundsException x) {
              return SLOW_PATH;
            }
          case FLOAT:
            try {
              return PyYamlConstructor.constructFloat(v);
            } catch (NumberFormatException | IndexOutOfBoundsException x) {
              return SLOW_PATH;
            }
          default:
            return SLOW_PATH; // merge key or '=' as a value
        }
      }
      case MappingStart: {
        MappingStartEvent m = (MappingStartEvent) e;
        if (m.getTag() != null || m.getAnchor() != null || depth >= PyYamlLoader.MAX_DEPTH - 1) {
          return SLOW_PATH;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
          Event k = parser.getEvent();
          if (!(k instanceof ScalarEvent)) {
            return SLOW_PATH;
          }
          ScalarEvent ks = (ScalarEvent) k;
          if (ks.getTag() != null || ks.getAnchor() != null) {
            return SLOW_PATH;
          }
          String key = ks.getValue();
          if (ks.getImplicit().canOmitTagInPlainScalar()) {
            PyYamlResolver.Kind kind = PyYamlResolver.resolvePlain(key);
            if (kind != PyYamlResolver.Kind.STR
                && kind != PyYamlResolver.Kind.TIMESTAMP
                && kind != PyYamlResolver.Kind.VALUE) {
              return SLOW_PATH; // a merge key, or a key that is no string
            }
          }
          Object value = fastNode(parser, depth + 1);
          if (value == SLOW_PATH) {
            return SLOW_PATH;
          }
          out.put(key, value);
        }
        parser.getEvent(); // mapping end
        return out;
      }
      case SequenceStart: {
        SequenceStartEvent q = (SequenceStartEvent) e;
        if (q.getTag() != null || q.getAnchor() != null || depth >= PyYamlLoader.MAX_DEPTH - 1) {
          return SLOW_PATH;
        }
        List<Object> out = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
          Object item = fastNode(parser, depth + 1);
          if (item == SLOW_PATH) {
            return SLOW_PATH;
          }
          out.add(item);
        }
        parser.getEvent(); // sequence end
        return out;
      }
      default:
        return SLOW_PATH; // an alias
    }
  }
}
