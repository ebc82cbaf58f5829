package io.hotdsl.yaml.impl;

import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.PyYamlResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * The composer path: SnakeYAML's parser and composer with PyYAML's implicit resolution and
 * libyaml's anchor rule, then {@link PyYamlConstructor}. Errors carry the line and column; a
 * place where libyaml is more lenient is reported as a {@link LibyamlLeniency} for the reader
 * to rewrite and retry.
 */
final class YamlComposer {
  private static final Tag VALUE_T = new Tag(PyYamlConstructor.VALUE_TAG);

  private YamlComposer() {}

  static Object composeAndConstruct(String text, String sourceName, char placeholder) {
    LoaderOptions options = PyYamlLoader.loaderOptions();
    TrackingParser parser =
        new TrackingParser(new ParserImpl(new LinearStreamReader(text), options));
    Node root;
    try {
      root = new Composer(parser, new PyResolver(parser), options).getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() == null
          ? e.getContext()
          : e.getContext() == null ? e.getProblem() : e.getContext() + ", " + e.getProblem();
      HotReadException error = new HotReadException(
          sourceName,
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1,
          problem,
          null,
          e);
      if (e instanceof ScannerException && e.getProblem() != null) {
        String p = e.getProblem();
        String c = e.getContext() == null ? "" : e.getContext();
        int tab = LibyamlLeniency.indexOf(text, e.getProblemMark());
        if (tab >= 0 && text.charAt(tab) == '\t') {
          if (p.contains("cannot start any token")
              || c.startsWith("while scanning a tag")
              || c.startsWith("while scanning an anchor")
              || c.startsWith("while scanning an alias")) {
            if (LibyamlLeniency.separatorTabIndex(text, e.getProblemMark()) >= 0) {
              throw new LibyamlLeniency(tab, ' ', error);
            }
          } else if (c.startsWith("while scanning a double-quoted scalar")
              && p.contains("unknown escape")
              && tab > 0
              && text.charAt(tab - 1) == '\\') {
            throw new LibyamlLeniency(tab, 't', error); // libyaml: "\<TAB>" is a tab
          }
        } else if (tab > 0
            && text.charAt(tab) == '/'
            && text.charAt(tab - 1) == '\\'
            && c.startsWith("while scanning a double-quoted scalar")
            && p.contains("unknown escape")) {
          throw new LibyamlLeniency(tab - 1, tab + 1, "/", error); // libyaml: "\/" is '/'
        }
      } else if (e instanceof ParserException && problem != null && problem.endsWith("but got ?")) {
        int q = LibyamlLeniency.plainQuestionMarkIndex(text, e.getProblemMark());
        if (q >= 0) {
          throw new LibyamlLeniency(q, '?', error);
        }
      }
      throw error;
    } catch (ReaderException e) {
      int[] at = Positions.lineAndColumn(text, e.getPosition());
      throw new HotReadException(
          sourceName,
          at[0],
          at[1],
          String.format("special characters are not allowed: U+%04X", e.getCodePoint()),
          null,
          e);
    } catch (YAMLException e) {
      Mark mark = parser.last;
      throw new HotReadException(
          sourceName,
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1,
          e.getMessage(),
          null,
          e);
    }
    if (root == null) {
      return null;
    }
    return new PyYamlConstructor(sourceName, placeholder).construct(root);
  }

  /** Records the position of the last event, to locate errors SnakeYAML reports unmarked. */
  private static final class TrackingParser implements Parser {
    private final Parser delegate;
    Mark last;
    Event lastEvent;

    TrackingParser(Parser delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      Event e = delegate.peekEvent();
      if (e != null) {
        last = e.getStartMark();
      }
      return e;
    }

    @Override
    public Event getEvent() {
      Event e = delegate.getEvent();
      if (e != null) {
        last = e.getStartMark();
        lastEvent = e;
        if (e instanceof NodeEvent) {
          String anchor = ((NodeEvent) e).getAnchor();
          if (anchor != null && !isLibyamlAnchor(anchor)) {
            throw new MarkedYAMLException(
                "while scanning an " + (e instanceof AliasEvent ? "alias" : "anchor"),
                e.getStartMark(),
                "did not find expected alphabetic or numeric character (libyaml"
                    + " allows only A-Z, a-z, 0-9, '-' and '_' in '" + anchor + "')",
                e.getStartMark()) {
              private static final long serialVersionUID = 1L;
            };
          }
        }
      }
      return e;
    }
  }

  private static boolean isLibyamlAnchor(String anchor) {
    for (int i = 0; i < anchor.length(); i++) {
      char c = anchor.charAt(i);
      if (!((c >= '0' && c <= '9')
          || (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || c == '-'
          || c == '_')) {
        return false;
      }
    }
    return !anchor.isEmpty();
  }

  /** PyYAML's implicit resolution; non-plain scalars are strings. */
  private static final class PyResolver extends Resolver {
    private final TrackingParser parser;

    PyResolver(TrackingParser parser) {
      this.parser = parser;
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      if (kind == NodeId.scalar) {
        if (value.isEmpty()
            && parser.lastEvent instanceof ScalarEvent
            && "!".equals(((ScalarEvent) parser.lastEvent).getTag())) {
          return Tag.STR; // libyaml: an empty node tagged '!' is not implicit
        }
        if (!implicit) {
          return Tag.STR;
        }
        switch (PyYamlResolver.resolvePlain(value)) {
          case BOOL:
            return Tag.BOOL;
          case INT:
            return Tag.INT;
          case FLOAT:
            return Tag.FLOAT;
          case NULL:
            return Tag.NULL;
          case TIMESTAMP:
            return Tag.TIMESTAMP;
          case MERGE:
            return Tag.MERGE;
          case VALUE:
            return VALUE_T;
          default:
            return Tag.STR;
        }
      }
      return kind == NodeId.sequence ? Tag.SEQ : Tag.MAP;
    }
  }
}
