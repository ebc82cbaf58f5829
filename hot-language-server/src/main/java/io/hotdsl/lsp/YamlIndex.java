package io.hotdsl.lsp;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Where every value of a YAML document sits: YAML path ({@code resources.web.properties.networks[0]
 * .port}, spelled as the validator spells it) to the range of its key and of its value, built from
 * SnakeYAML's composer nodes. Keys are the scalars' text, as the project's reader keeps them
 * (it accepts string keys only); merge keys ({@code <<}) lend their entries to the mapping that
 * holds them, explicit keys winning, as PyYAML flattens them.
 */
final class YamlIndex {
  /** One map entry or list item: its path, key range (null for a list item) and value. */
  record Entry(
      String path, List<String> segments, Range key, Range value, String scalar, boolean plain) {
    /** Whether the value is a scalar (then {@link #scalar()} is its text). */
    boolean isScalar() {
      return scalar != null;
    }

    /** The range of the scalar's text without its quotes. */
    Range inner() {
      if (plain || scalar == null) {
        return value;
      }
      Position s = value.getStart();
      Position e = value.getEnd();
      if (s.getLine() != e.getLine()) {
        return value;
      }
      return new Range(
          new Position(s.getLine(), s.getCharacter() + 1),
          new Position(e.getLine(), Math.max(s.getCharacter() + 1, e.getCharacter() - 1)));
    }
  }

  static final YamlIndex EMPTY = new YamlIndex(Map.of());

  /** The index needs no tags (values are kept as their text): no implicit resolution. */
  private static final Resolver NO_TAGS = new Resolver() {
    @Override
    protected void addImplicitResolvers() {}
  };

  private final Map<String, Entry> entries;

  private YamlIndex(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The index of {@code text}, or {@link #EMPTY} when SnakeYAML cannot compose it. */
  static YamlIndex of(String text) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setMaxAliasesForCollections(50);
      options.setNestingDepthLimit(100);
      options.setCodePointLimit(10 * 1024 * 1024);
      Composer composer = new Composer(
          new ParserImpl(new StreamReader(new StringReader(text)), options), NO_TAGS, options);
      root = composer.getSingleNode();
    } catch (RuntimeException | StackOverflowError e) {
      return EMPTY;
    }
    if (root == null) {
      return EMPTY;
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    new Builder(new Lines(text), entries).walk(root, "", List.of(), 0);
    return new YamlIndex(Collections.unmodifiableMap(entries));
  }

  /** The entry at exactly {@code path}, or null. */
  Entry get(String path) {
    return entries.get(path);
  }

  /** Every entry, in document order. */
  Iterable<Entry> entries() {
    return entries.values();
  }

  /**
   * The range a problem at {@code path} is shown at: a one-line scalar value's own range, else
   * its key (a list item: its first line); the nearest enclosing entry when the path names something absent
   * (a missing property); null when nothing of the path is in the document.
   */
  Range problemRange(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Entry e = entries.get(p);
      if (e != null) {
        boolean oneLine = e.value().getStart().getLine() == e.value().getEnd().getLine();
        if (e.key() == null) {
          return firstLine(e.value());
        }
        return e.isScalar() && oneLine ? e.value() : e.key();
      }
      p = parent(p);
    }
    return null;
  }

  private static Range firstLine(Range r) {
    if (r.getStart().getLine() == r.getEnd().getLine()) {
      return r;
    }
    return new Range(r.getStart(), new Position(r.getStart().getLine() + 1, 0));
  }

  /** The range of the key at {@code path} (the name itself is what is wrong), or null. */
  Range keyRange(String path) {
    Entry e = entries.get(path);
    return e == null ? null : e.key();
  }

  /** The parent of a path: {@code a.b[0]} of {@code a.b[0].c}, {@code a.b} of {@code a.b[0]}. */
  static String parent(String path) {
    int i = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return i < 0 ? "" : path.substring(0, i);
  }

  /**
   * The innermost entry whose key or scalar value holds {@code pos}, with whether it is the key;
   * null when the position is on no key and no scalar.
   */
  Hit at(Position pos) {
    Hit best = null;
    for (Entry e : entries.values()) {
      if (e.key() != null && contains(e.key(), pos)) {
        best = new Hit(e, true);
      } else if (e.isScalar() && contains(e.value(), pos)) {
        best = new Hit(e, false);
      }
    }
    return best;
  }

  /** An entry found at a position: on its key or on its value. */
  record Hit(Entry entry, boolean onKey) {}

  static boolean contains(Range r, Position p) {
    return compare(r.getStart(), p) <= 0 && compare(p, r.getEnd()) <= 0;
  }

  private static int compare(Position a, Position b) {
    return a.getLine() != b.getLine()
        ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }

  /**
   * Walks composer nodes into entries. A node reached again through an alias is not walked again
   * (its entries are where the anchor is), and the walk stops after {@value #MAX_STEPS} steps:
   * an alias bomb costs no more than a plain document.
   */
  private static final class Builder {
    private static final int MAX_STEPS = 1_000_000;
    private final Lines lines;
    private final Map<String, Entry> entries;
    private final Set<Node> walked = Collections.newSetFromMap(new IdentityHashMap<>());
    private int steps;

    Builder(Lines lines, Map<String, Entry> entries) {
      this.lines = lines;
      this.entries = entries;
    }

    void walk(Node node, String path, List<String> segments, int depth) {
      if (depth > 100 || ++steps > MAX_STEPS || !walked.add(node)) {
        return;
      }
      if (node instanceof MappingNode m) {
        mapping(m, path, segments, depth, true);
      } else if (node instanceof SequenceNode s) {
        int i = 0;
        for (Node item : s.getValue()) {
          String p = path + "[" + i + "]";
          List<String> seg = append(segments, "[" + i + "]");
          put(p, seg, null, item);
          walk(item, p, seg, depth + 1);
          i++;
        }
      }
    }

    private void mapping(
        MappingNode m, String path, List<String> segments, int depth, boolean explicit) {
      List<Node> merges = new ArrayList<>();
      for (NodeTuple t : m.getValue()) {
        if (++steps > MAX_STEPS) {
          return;
        }
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          continue;
        }
        if (k.getValue().equals("<<") && k.isPlain()) {
          merges.add(t.getValueNode());
          continue;
        }
        String p = path.isEmpty() ? k.getValue() : path + "." + k.getValue();
        if (!explicit && entries.containsKey(p)) {
          continue;
        }
        List<String> seg = append(segments, k.getValue());
        put(p, seg, range(k), t.getValueNode());
        walk(t.getValueNode(), p, seg, depth + 1);
      }
      for (Node merge : merges) {
        List<Node> maps = merge instanceof SequenceNode s ? s.getValue() : List.of(merge);
        for (Node n : maps) {
          if (n instanceof MappingNode mm) {
            mapping(mm, path, segments, depth + 1, false);
          }
        }
      }
    }

    private void put(String path, List<String> segments, Range key, Node value) {
      String scalar = value instanceof ScalarNode s ? s.getValue() : null;
      boolean plain = value instanceof ScalarNode s && s.isPlain();
      entries.put(path, new Entry(path, segments, key, range(value), scalar, plain));
    }

    private Range range(Node n) {
      return new Range(lines.position(n.getStartMark()), lines.position(n.getEndMark()));
    }

    private static List<String> append(List<String> list, String s) {
      List<String> l = new ArrayList<>(list.size() + 1);
      l.addAll(list);
      l.add(s);
      return List.copyOf(l);
    }
  }

  /** Converts SnakeYAML marks (code point columns) to LSP positions (UTF-16 columns). */
  static final class Lines {
    private final String text;
    private final int[] starts;
    /** Whether a code point takes two chars somewhere (else columns are offsets). */
    private final boolean surrogates;

    Lines(String text) {
      this.text = text;
      int[] s = new int[64];
      int count = 1;
      boolean surrogates = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          if (count == s.length) {
            s = java.util.Arrays.copyOf(s, count * 2);
          }
          s[count++] = i + 1;
        } else if (Character.isSurrogate(c)) {
          surrogates = true;
        }
      }
      starts = java.util.Arrays.copyOf(s, count);
      this.surrogates = surrogates;
    }

    Position position(Mark m) {
      return position(m.getLine(), m.getColumn());
    }

    /** The LSP position of 0-based {@code line} and code point {@code column}. */
    Position position(int line, int column) {
      if (line >= starts.length) {
        return new Position(Math.max(0, starts.length - 1), 0);
      }
      int start = starts[line];
      int end = line + 1 < starts.length ? starts[line + 1] : text.length();
      int offset;
      if (!surrogates) {
        offset = column;
      } else {
        try {
          offset = text.offsetByCodePoints(start, column) - start;
        } catch (IndexOutOfBoundsException e) {
          offset = end - start;
        }
      }
      return new Position(line, Math.min(offset, end - start));
    }

    /** The text of 0-based {@code line}, without its line break. */
    String line(int line) {
      if (line < 0 || line >= starts.length) {
        return "";
      }
      int end = line + 1 < starts.length ? starts[line + 1] : text.length();
      String l = text.substring(starts[line], end);
      return l.replaceAll("[\r\n]+$", "");
    }

    int count() {
      return starts.length;
    }
  }
}
