package io.hotdsl.cli;

import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code --stacks FILE} manifest of {@code hot deploy}: the stacks to deploy, each with its
 * template, environments and parameters, paths relative to the manifest's folder and read under
 * the project's one read policy ({@link FileRoot} of that folder).
 *
 * <pre>{@code
 * stacks:
 *   - name: web
 *     template: web/root.yaml
 *     environments: [web/prod.yaml]
 *     parameters: {flavor: m1.small}
 * }</pre>
 */
final class StackManifest {
  private static final Set<String> KEYS = Set.of("name", "template", "environments", "parameters");
  private static final long MAX_SIZE = 1 << 20;

  /** One stack of the manifest; {@code where} is {@code file:line:col} of its entry. */
  record Entry(
      String name,
      Path template,
      List<Path> environments,
      Map<String, String> parameters,
      String where) {}

  /** A manifest that cannot be used: one line naming file:line:col and the YAML path. */
  static final class Invalid extends RuntimeException {
    Invalid(String message) {
      super(message);
    }
  }

  private final Path file;
  private final FileRoot root;

  private StackManifest(Path file, FileRoot root) {
    this.file = file;
    this.root = root;
  }

  /** The read root: the manifest's folder. */
  static FileRoot rootOf(Path manifest) {
    return FileRoot.of(manifest.toAbsolutePath().normalize().getParent());
  }

  /** Reads the manifest's entries in order. */
  static List<Entry> read(Path manifest) {
    FileRoot root = rootOf(manifest);
    String text = root.read(manifest.toAbsolutePath().normalize(), manifest.toString(), MAX_SIZE);
    return new StackManifest(manifest, root).parse(text);
  }

  private List<Entry> parse(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit((int) MAX_SIZE);
    Node doc;
    try {
      doc = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String at = mark == null
          ? file.toString()
          : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
      throw new Invalid(at + ": not YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new Invalid(file + ": not YAML: " + e.getMessage());
    }
    if (doc == null) {
      throw new Invalid(file + ": empty; expected a mapping with 'stacks', a list of stacks");
    }
    MappingNode top = mapping(doc, "");
    Node stacks = null;
    for (NodeTuple t : top.getValue()) {
      String key = scalar(t.getKeyNode(), "");
      if (!key.equals("stacks")) {
        throw invalid(t.getKeyNode(), key, "unknown key; expected 'stacks'");
      }
      stacks = t.getValueNode();
    }
    if (stacks == null) {
      throw invalid(doc, "", "no 'stacks'; expected a list of stacks");
    }
    if (!(stacks instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw invalid(stacks, "stacks", "expected a non-empty list of stacks");
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < seq.getValue().size(); i++) {
      Node n = seq.getValue().get(i);
      Entry e = entry(n, "stacks[" + i + "]");
      String before = seen.putIfAbsent(e.name(), e.where());
      if (before != null) {
        throw invalid(
            n,
            "stacks[" + i + "].name",
            "stack " + e.name() + " is listed twice (first at " + before + ")");
      }
      entries.add(e);
    }
    return List.copyOf(entries);
  }

  private Entry entry(Node node, String path) {
    MappingNode m = mapping(node, path);
    String name = null;
    Path template = null;
    List<Path> environments = new ArrayList<>();
    Map<String, String> parameters = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = scalar(t.getKeyNode(), path);
      String at = path + "." + key;
      Node v = t.getValueNode();
      if (!KEYS.contains(key)) {
        throw invalid(
            t.getKeyNode(),
            at,
            "unknown key; expected name, template, environments" + " or parameters");
      }
      switch (key) {
        case "name" -> name = scalar(v, at);
        case "template" -> template = file(v, at);
        case "environments" -> {
          if (!(v instanceof SequenceNode s)) {
            throw invalid(v, at, "expected a list of file names");
          }
          for (int i = 0; i < s.getValue().size(); i++) {
            environments.add(file(s.getValue().get(i), at + "[" + i + "]"));
          }
        }
        default -> {
          for (NodeTuple p : mapping(v, at).getValue()) {
            String k = scalar(p.getKeyNode(), at);
            Node value = p.getValueNode();
            if (!(value instanceof ScalarNode sv)) {
              throw invalid(value, at + "." + k, "expected a value (a string or number)");
            }
            parameters.put(k, sv.getValue());
          }
        }
      }
    }
    if (name == null || template == null) {
      throw invalid(node, path, "expected 'name' and 'template'");
    }
    return new Entry(
        name,
        template,
        List.copyOf(environments),
        java.util.Collections.unmodifiableMap(parameters),
        position(node));
  }

  private Path file(Node v, String at) {
    String ref = scalar(v, at);
    try {
      return root.resolve(file.toAbsolutePath().normalize(), ref, position(v) + ": " + at);
    } catch (FileAccessException e) {
      throw new Invalid(e.getMessage());
    }
  }

  private MappingNode mapping(Node n, String path) {
    if (n instanceof MappingNode m) {
      return m;
    }
    throw invalid(n, path, "expected a mapping");
  }

  private String scalar(Node n, String path) {
    if (n instanceof ScalarNode s && !s.getValue().isEmpty()) {
      return s.getValue();
    }
    throw invalid(n, path, "expected a non-empty string");
  }

  private String position(Node n) {
    return file + ":" + (n.getStartMark().getLine() + 1) + ":"
        + (n.getStartMark().getColumn() + 1);
  }

  private Invalid invalid(Node n, String path, String expected) {
    return new Invalid(position(n) + ": " + (path.isEmpty() ? "" : path + ": ") + expected);
  }
}
