package io.hotdsl.lsp;

import io.hotdsl.environment.Environment;
import io.hotdsl.files.FileRoot;
import io.hotdsl.schema.Catalog;
import io.hotdsl.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The editor's workspace folders and what lies in them: the environment files (a YAML mapping
 * with a {@code resource_registry}, {@code parameters} or {@code parameter_defaults} section and
 * no template version) and the parameter names the templates declare. Read lazily, bounded
 * ({@value #MAX_FILES} files, {@value #MAX_DEPTH} levels, files up to {@link
 * FileRoot#DEFAULT_MAX_FILE_SIZE} bytes; hidden folders, {@code target} and {@code node_modules}
 * skipped; symbolic links not followed), and read again after a save or a watched-file change.
 * With no workspace folder (an editor that names none), nothing is read.
 */
final class Workspace {
  static final int MAX_FILES = 5_000;
  static final int MAX_DEPTH = 8;
  private static final List<String> VERSION_KEYS =
      List.of("heat_template_version", "HeatTemplateFormatVersion", "AWSTemplateFormatVersion");

  private final List<Path> roots;
  private final Catalog catalog;
  private volatile Snapshot snapshot;

  /**
   * The environments (sorted by path), template parameter names and, for each template, the
   * types of its resources that are no Heat type (a file, a type an environment maps: a
   * provider), and the {@code get_file} references of each template, of one reading.
   */
  record Snapshot(
      Map<Path, Environment> environments,
      Set<String> declaredParameters,
      int templates,
      Map<Path, Map<String, String>> providerTypes,
      Map<Path, Set<String>> getFiles) {}

  Workspace(List<Path> roots, Catalog catalog) {
    this.roots = List.copyOf(roots);
    this.catalog = java.util.Objects.requireNonNull(catalog, "catalog");
  }

  /** The resource types the server knows: a type not in it is a provider's or unknown. */
  Catalog catalog() {
    return catalog;
  }

  /** The workspace of an editor's folder URIs ({@code file:} ones; others are ignored). */
  static Workspace of(List<String> uris, Catalog catalog) {
    List<Path> roots = new ArrayList<>();
    for (String u : uris) {
      try {
        URI uri = URI.create(u);
        if ("file".equals(uri.getScheme()) && Files.isDirectory(Path.of(uri))) {
          roots.add(Path.of(uri).toAbsolutePath().normalize());
        }
      } catch (RuntimeException e) {
        // not a folder URI: not a root
      }
    }
    return new Workspace(roots, catalog);
  }

  /** The workspace folder holding {@code file}, or null. */
  Path rootOf(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return roots.stream().filter(abs::startsWith).findFirst().orElse(null);
  }

  /** Forgets what was read: the next question reads the folders again. */
  void invalidate() {
    snapshot = null;
  }

  Snapshot snapshot() {
    Snapshot s = snapshot;
    if (s == null) {
      s = read();
      snapshot = s;
    }
    return s;
  }

  /**
   * The environment files of {@code root} whose resource registry maps one of {@code types}, in
   * path order (later ones win, as with {@code -e} given in that order).
   */
  List<Path> environmentsMapping(Path root, Set<String> types) {
    List<Path> out = new ArrayList<>();
    snapshot().environments().forEach((path, env) -> {
      if (path.startsWith(root)
          && types.stream().anyMatch(t -> env.resourceRegistry().lookup(t, List.of()) != null)) {
        out.add(path);
      }
    });
    return out;
  }

  private Snapshot read() {
    Map<Path, Environment> envs = new TreeMap<>();
    Set<String> params = new HashSet<>();
    Map<Path, Map<String, String>> providers = new TreeMap<>();
    Map<Path, Set<String>> getFiles = new TreeMap<>();
    int[] counts = new int[2]; // files seen, templates
    for (Path root : roots) {
      try {
        Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean skip = !dir.equals(root)
                && (n.startsWith(".") || n.equals("target") || n.equals("node_modules"));
            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            if (++counts[0] > MAX_FILES) {
              return FileVisitResult.TERMINATE;
            }
            String n = file.getFileName().toString();
            if (a.isRegularFile()
                && a.size() <= FileRoot.DEFAULT_MAX_FILE_SIZE
                && (n.endsWith(".yaml")
                    || n.endsWith(".yml")
                    || n.endsWith(".template")
                    || n.endsWith(".env"))) {
              look(root, file, envs, params, providers, getFiles, counts);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException | RuntimeException e) {
        // an unreadable folder: what was read so far serves
      }
    }
    return new Snapshot(
        Collections.unmodifiableMap(new LinkedHashMap<>(envs)),
        Set.copyOf(params),
        counts[1],
        Collections.unmodifiableMap(providers),
        Collections.unmodifiableMap(getFiles));
  }

  private void look(
      Path root,
      Path file,
      Map<Path, Environment> envs,
      Set<String> params,
      Map<Path, Map<String, String>> providers,
      Map<Path, Set<String>> getFiles,
      int[] counts) {
    Object tree;
    try {
      tree = YamlReader.read(FileRoot.of(root).read(file, file.toString()), file.toString());
    } catch (RuntimeException | StackOverflowError e) {
      return; // not readable, not YAML: neither an environment nor a template
    }
    if (!(tree instanceof Map<?, ?> m)) {
      return;
    }
    if (VERSION_KEYS.stream().anyMatch(m::containsKey)) {
      counts[1]++;
      if (m.get("parameters") instanceof Map<?, ?> ps) {
        ps.keySet().forEach(k -> params.add(String.valueOf(k)));
      }
      if (m.get("Parameters") instanceof Map<?, ?> ps) {
        ps.keySet().forEach(k -> params.add(String.valueOf(k)));
      }
      Map<String, String> types = new LinkedHashMap<>();
      if (m.get("resources") instanceof Map<?, ?> rs) {
        rs.forEach((name, r) -> {
          if (r instanceof Map<?, ?> res
              && res.get("type") instanceof String t
              && Schemas.type(catalog, t) == null) {
            types.put(String.valueOf(name), t);
          }
        });
      }
      if (!types.isEmpty()) {
        providers.put(file.toAbsolutePath().normalize(), Collections.unmodifiableMap(types));
      }
      Set<String> refs = new java.util.TreeSet<>();
      getFiles(m, refs, 0);
      if (!refs.isEmpty()) {
        getFiles.put(file.toAbsolutePath().normalize(), Collections.unmodifiableSet(refs));
      }
      return;
    }
    if (isEnvironment(m)) {
      try {
        envs.put(file, Environment.fromTree(m, file.toString()));
      } catch (RuntimeException e) {
        // a broken environment maps nothing; opened in the editor, it shows why
      }
    }
  }

  /** The {@code get_file} arguments in {@code node} (strings), at most 100 levels deep. */
  private static void getFiles(Object node, Set<String> out, int depth) {
    if (depth > 100) {
      return;
    }
    if (node instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.get("get_file") instanceof String ref) {
        out.add(ref);
        return;
      }
      m.values().forEach(v -> getFiles(v, out, depth + 1));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> getFiles(v, out, depth + 1));
    }
  }

  /** Whether a YAML mapping that is no template reads as an environment. */
  static boolean isEnvironment(Map<?, ?> m) {
    return VERSION_KEYS.stream().noneMatch(m::containsKey)
        && m.keySet().stream().anyMatch(k -> Environment.SECTIONS.contains(String.valueOf(k)));
  }
}
