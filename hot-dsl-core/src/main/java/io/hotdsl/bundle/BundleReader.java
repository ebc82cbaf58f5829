package io.hotdsl.bundle;

import io.hotdsl.environment.Environment;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import io.hotdsl.model.TemplateTypes;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.YamlReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a bundle from disk through a {@link FileRoot}: the root template, the environments and
 * every file they reference, following what python-heatclient follows ({@code get_file}, {@code
 * type: *.yaml|*.template}, the file entries of a {@code resource_registry}). Bundle paths are
 * relative to the root folder.
 */
final class BundleReader {
  /** The cap on a document named by the user (the YAML reader's own limit, 10 MiB). */
  static final long DOCUMENT_CAP = 10L * 1024 * 1024;

  private final FileRoot root;
  private final Set<Path> seen = new HashSet<>();
  private Bundle.Builder builder;

  private BundleReader(FileRoot root) {
    this.root = root;
  }

  @SuppressWarnings("unchecked")
  static Bundle read(Path rootTemplate, List<Path> environments, FileRoot root) {
    BundleReader reader = new BundleReader(root);
    Path rootFile = root.locate(rootTemplate, "root template");
    long cap = Math.max(root.maxFileSize(), DOCUMENT_CAP);
    String text = reader.document(rootFile, "root template", cap);
    Object tree = Bundle.parseTemplate(text);
    if (tree == null) {
      // the root must be a template: surface the reader's error with its line and column
      Object read = YamlReader.read(text, rootTemplate.toString());
      throw new HotReadException(
          rootTemplate.toString(),
          1,
          1,
          "not a Heat template: no "
              + String.join(" or ", Bundle.VERSION_KEYS) + " key at the top level"
              + (read instanceof Map<?, ?> m && !m.isEmpty() ? " (found " + keys(m) + ")" : ""),
          null,
          null);
    }
    String rel = root.relative(rootFile);
    reader.builder = new Bundle.Builder(rel);
    reader.builder.putTemplate(rel, (Map<String, Object>) tree);
    reader.walkTemplate(tree, rootFile, rel, "");
    for (Path envPath : environments) {
      Path envFile = root.locate(envPath, "environment");
      String envRel = root.relative(envFile);
      Environment env = EnvironmentYaml.parse(reader.document(envFile, "environment", cap), envRel);
      reader.builder.environment(envRel, env);
      reader.walkRegistry(env.resourceRegistry().toTree(), envFile, envRel);
    }
    return reader.builder.build();
  }

  private void walkTemplate(Object node, Path file, String rel, String path) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        walkTemplate(e.getValue(), file, rel, join(path, String.valueOf(e.getKey())));
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getValue() instanceof String ref) || ref.contains("://")) {
          continue; // URLs are not fetched
        }
        String where = rel + ": " + join(path, String.valueOf(e.getKey()));
        if (e.getKey().equals("get_file")) {
          follow(root.resolve(file, ref, where), false, where);
        } else if (e.getKey().equals("type") && TemplateTypes.isTemplateFile(ref)) {
          follow(root.resolve(file, ref, where), true, where);
        }
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walkTemplate(l.get(i), file, rel, path + "[" + i + "]");
      }
    }
  }

  private void walkRegistry(Map<String, Object> rr, Path envFile, String envRel) {
    String at = envRel + ": resource_registry";
    for (Map.Entry<String, Object> e : rr.entrySet()) {
      if (Bundle.registryFile(e.getKey(), e.getValue())) {
        String where = at + "." + e.getKey();
        follow(root.resolve(envFile, (String) e.getValue(), where), true, where);
      }
    }
    if (rr.get("resources") instanceof Map<?, ?> res) {
      for (Map.Entry<?, ?> r : res.entrySet()) {
        if (r.getValue() instanceof Map<?, ?> rm) {
          for (Map.Entry<?, ?> e : rm.entrySet()) {
            if (Bundle.registryFile(String.valueOf(e.getKey()), e.getValue())) {
              String where = at + ".resources." + r.getKey() + "." + e.getKey();
              follow(root.resolve(envFile, (String) e.getValue(), where), true, where);
            }
          }
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void follow(Path file, boolean asTemplate, String where) {
    if (!seen.add(file)) {
      return;
    }
    // absent files are left out: BundleValidator reports them
    Optional<String> text = root.readIfPresent(file, where);
    if (text.isEmpty()) {
      return;
    }
    Object tree = Bundle.parseTemplate(text.get());
    String rel = root.relative(file);
    if (asTemplate && tree != null) {
      builder.putTemplate(rel, (Map<String, Object>) tree);
    } else {
      builder.file(rel, text.get());
    }
    if (tree != null) {
      walkTemplate(tree, file, rel, "");
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * A template or environment named on the command line: bytes that are not UTF-8 are a read
   * error of that document, with its line, column and byte offset.
   */
  private String document(Path file, String where, long cap) {
    try {
      return root.read(file, where, cap);
    } catch (FileAccessException e) {
      if (e.rule() == FileAccessException.Rule.NOT_UTF8
          && e.getCause() instanceof HotReadException located) {
        throw located;
      }
      throw e;
    }
  }

  private static String keys(Map<?, ?> map) {
    List<String> keys = map.keySet().stream().limit(5).map(String::valueOf).toList();
    return String.join(", ", keys) + (map.size() > keys.size() ? ", ..." : "");
  }
}
