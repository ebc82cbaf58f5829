package io.hotdsl.bundle;

import io.hotdsl.functions.Trees;
import io.hotdsl.environment.Environment;
import io.hotdsl.environment.Environments;
import io.hotdsl.model.ParameterType;
import io.hotdsl.environment.TreeYaml;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReadException;
import io.hotdsl.read.TextFiles;
import io.hotdsl.read.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A stack bundle: a root template, its environments, the templates it uses as resource types
 * (nested stacks and providers) and the contents it pulls in with {@code get_file}.
 *
 * <p>Every entry has a path relative to the bundle directory (the root template's directory),
 * with {@code /} separators. References inside a template or environment are relative to that
 * file's own directory, exactly as python-heatclient resolves them: a template at {@code
 * lib/a.yaml} naming {@code type: b.yaml} uses the bundle entry {@code lib/b.yaml}.
 */
public final class Bundle {
  static final List<String> VERSION_KEYS =
      List.of("heat_template_version", "HeatTemplateFormatVersion", "AWSTemplateFormatVersion");

  private final String root;
  private final Map<String, Map<String, Object>> templates;
  private final Map<String, String> texts;
  private final Map<String, Environment> environments;

  private Bundle(Builder b) {
    this.root = b.root;
    this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(b.templates));
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(b.texts));
    this.environments = Collections.unmodifiableMap(new LinkedHashMap<>(b.environments));
  }

  /** A bundle whose root template is written to {@code rootPath} (e.g. {@code "root.yaml"}). */
  public static Builder builder(String rootPath, Template root) {
    return builder(rootPath, root.toTree());
  }

  /** A bundle whose root template is the tree {@code root}. */
  public static Builder builder(String rootPath, Map<String, Object> root) {
    Builder b = new Builder(normalize(rootPath));
    b.template(rootPath, root);
    return b;
  }

  /** The root template's path. */
  public String rootPath() {
    return root;
  }

  /** The root template's tree. */
  public Map<String, Object> rootTemplate() {
    return templates.get(root);
  }

  /** Every template tree by path, the root first. */
  public Map<String, Map<String, Object>> templates() {
    return templates;
  }

  /**
   * Every template of the bundle: the template trees and the files fetched with {@code get_file}
   * that are templates themselves (an {@code OS::Heat::Stack}'s template), by path.
   */
  public Map<String, Map<String, Object>> allTemplates() {
    Map<String, Map<String, Object>> all = new LinkedHashMap<>(templates);
    texts.forEach((path, text) -> {
      if (!all.containsKey(path) && text.startsWith("heat_template_version")) {
        Map<String, Object> tree = template(path);
        if (tree != null) {
          all.put(path, tree);
        }
      }
    });
    return all;
  }

  /** The template at {@code path} (from a tree or by parsing a text file), or null. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> template(String path) {
    String p = normalize(path);
    if (templates.containsKey(p)) {
      return templates.get(p);
    }
    if (texts.containsKey(p)) {
      Object tree = parseTemplate(texts.get(p));
      return tree == null ? null : (Map<String, Object>) tree;
    }
    return null;
  }

  /** The plain files ({@code get_file} contents) by path. */
  public Map<String, String> files() {
    return texts;
  }

  /** The environments by path, in the order they are given to {@code -e}. */
  public Map<String, Environment> environments() {
    return environments;
  }

  /**
   * The environments merged as Heat 19's engine merges {@code environment_files} for this bundle:
   * parameter types from every template of the bundle (Heat's {@code all_param_schemata(files)}).
   *
   * @throws io.hotdsl.environment.EnvironmentMergeException where Heat refuses the merge
   */
  public Environment mergedEnvironment() {
    Map<String, ParameterType> schemata = new LinkedHashMap<>();
    for (Map<String, Object> t : templates.values()) {
      if (t.get("parameters") instanceof Map<?, ?> ps) {
        ps.forEach((name, p) -> {
          Object type = p instanceof Map<?, ?> pm ? pm.get("type") : null;
          ParameterType.fromKey(String.valueOf(type))
              .ifPresent(pt -> schemata.put(String.valueOf(name), pt));
        });
      }
    }
    return Environments.merge(List.copyOf(environments.values()), schemata);
  }

  /** Whether the bundle has an entry at {@code path}. */
  public boolean contains(String path) {
    String p = normalize(path);
    return templates.containsKey(p) || texts.containsKey(p) || environments.containsKey(p);
  }

  /**
   * Writes every entry under {@code dir} (templates and environments rendered as YAML, plain files
   * as they are), creating directories; returns the files written, in bundle order.
   */
  public List<Path> writeTo(Path dir) {
    List<Path> written = new ArrayList<>();
    try {
      for (Map.Entry<String, Map<String, Object>> e : templates.entrySet()) {
        if (!texts.containsKey(e.getKey())) {
          written.add(write(dir, e.getKey(), TreeYaml.write(e.getValue())));
        }
      }
      for (Map.Entry<String, String> e : texts.entrySet()) {
        written.add(write(dir, e.getKey(), e.getValue()));
      }
      for (Map.Entry<String, Environment> e : environments.entrySet()) {
        written.add(write(dir, e.getKey(), e.getValue().toYaml()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  private static Path write(Path dir, String rel, String text) throws IOException {
    Path file = dir.resolve(rel).normalize();
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The files map python-heatclient sends when the bundle is written to {@code dir} and created
   * with {@code openstack stack create -t <root> -e <env>...}: keys are absolute {@code file://}
   * URLs, templates are sent as JSON with their references rewritten to such URLs, environments
   * are included under their own URLs.
   */
  public Map<String, String> filesMap(Path dir) {
    return request(dir).files();
  }

  /** {@link #filesMap(Path)} for the bundle written to the working directory. */
  public Map<String, String> filesMap() {
    return filesMap(Path.of(""));
  }

  /** Everything python-heatclient sends for the bundle written to {@code dir}. */
  @SuppressWarnings("unchecked")
  public HeatclientRequest request(Path dir) {
    Heatclient client = new Heatclient(this, dir);
    Map<String, Object> template = (Map<String, Object>) Heatclient.isTemplate(client.textOf(root));
    Map<String, String> files = new LinkedHashMap<>();
    client.resolveTemplate(template, files, Heatclient.baseUrlFor(client.url(root)));
    Map<String, Object> merged = new LinkedHashMap<>();
    List<String> envUrls = new ArrayList<>();
    for (Map.Entry<String, Environment> e : environments.entrySet()) {
      String envUrl = client.url(e.getKey());
      Map<String, Object> env = (Map<String, Object>) Trees.toTree(e.getValue().toTree());
      Map<String, String> envFiles = new LinkedHashMap<>();
      client.resolveEnvironment(env, envFiles, Heatclient.baseUrlFor(envUrl));
      envFiles.put(envUrl, PyJson.dumps(env));
      files.putAll(envFiles);
      Heatclient.deepUpdate(merged, env);
      envUrls.add(envUrl);
    }
    return new HeatclientRequest(template, files, merged, envUrls);
  }

  /**
   * Reads a bundle from disk, following what python-heatclient follows: {@code get_file} and
   * {@code type: *.yaml|*.template} in templates (recursively, relative to each file) and file
   * entries of each environment's {@code resource_registry}. Files referenced but absent are left
   * out ({@link BundleValidator} reports them); absolute URLs are not followed.
   *
   * @throws UncheckedIOException when the root template or an environment cannot be read
   */
  public static Bundle read(Path rootTemplate, List<Path> environments) {
    Path base = rootTemplate.toAbsolutePath().normalize().getParent();
    Reader reader = new Reader(base);
    Map<String, Object> rootTree = reader.readTemplate(rootTemplate.toAbsolutePath().normalize());
    if (rootTree == null) {
      // the root must be a template: surface the reader's error with its line and column
      Object tree;
      try {
        tree = YamlReader.read(TextFiles.read(rootTemplate), rootTemplate.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new HotReadException(rootTemplate.toString(), 1, 1, "not a Heat template: no "
          + String.join(" or ", VERSION_KEYS) + " key at the top level"
          + (tree instanceof Map<?, ?> m && !m.isEmpty() ? " (found " + keys(m) + ")" : ""),
          null, null);
    }
    Builder b = new Builder(reader.rel(rootTemplate.toAbsolutePath().normalize()));
    reader.builder = b;
    b.templates.put(b.root, rootTree);
    reader.walkTemplate(rootTree, rootTemplate.toAbsolutePath().normalize().getParent());
    for (Path envPath : environments) {
      Path abs = envPath.toAbsolutePath().normalize();
      String text;
      try {
        text = TextFiles.read(abs);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String rel = reader.rel(abs);
      Environment env = Environment.parse(text, rel);
      b.environments.put(rel, env);
      reader.walkRegistry(env.resourceRegistry().toTree(), abs.getParent());
    }
    return b.build();
  }

  private static final class Reader {
    final Path base;
    Builder builder;
    final Set<Path> seen = new HashSet<>();

    Reader(Path base) {
      this.base = base;
    }

    String rel(Path abs) {
      return base.relativize(abs).toString().replace('\\', '/');
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> readTemplate(Path file) {
      try {
        Object tree = parseTemplate(TextFiles.read(file));
        return tree == null ? null : (Map<String, Object>) tree;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void walkTemplate(Object node, Path dir) {
      if (node instanceof Map<?, ?> m) {
        for (Object v : m.values()) {
          walkTemplate(v, dir);
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!(e.getValue() instanceof String ref) || ref.contains("://")) {
            continue;
          }
          if (e.getKey().equals("get_file")) {
            follow(dir.resolve(ref).normalize(), false);
          } else if (e.getKey().equals("type") && (ref.endsWith(".yaml") || ref.endsWith(".template"))) {
            follow(dir.resolve(ref).normalize(), true);
          }
        }
      } else if (node instanceof List<?> l) {
        for (Object v : l) {
          walkTemplate(v, dir);
        }
      }
    }

    void walkRegistry(Map<String, Object> rr, Path dir) {
      for (Map.Entry<String, Object> e : rr.entrySet()) {
        if (registryFile(e.getKey(), e.getValue())) {
          follow(dir.resolve((String) e.getValue()).normalize(), true);
        }
      }
      if (rr.get("resources") instanceof Map<?, ?> res) {
        for (Object r : res.values()) {
          if (r instanceof Map<?, ?> rm) {
            for (Map.Entry<?, ?> e : rm.entrySet()) {
              if (registryFile(String.valueOf(e.getKey()), e.getValue())) {
                follow(dir.resolve((String) e.getValue()).normalize(), true);
              }
            }
          }
        }
      }
    }

    void follow(Path file, boolean asTemplate) {
      if (!seen.add(file) || !Files.isRegularFile(file)) {
        return;
      }
      String text;
      try {
        text = TextFiles.read(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Object tree = parseTemplate(text);
      String rel = rel(file);
      if (asTemplate && tree != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) tree;
        builder.templates.put(rel, t);
      } else {
        builder.texts.put(rel, text);
      }
      if (tree != null) {
        walkTemplate(tree, file.getParent());
      }
    }
  }

  private static String keys(Map<?, ?> map) {
    List<String> keys = map.keySet().stream().limit(5).map(String::valueOf).toList();
    return String.join(", ", keys) + (map.size() > keys.size() ? ", ..." : "");
  }

  /** heatclient's filter for registry entries that name files. */
  static boolean registryFile(String key, Object value) {
    return value instanceof String s && !key.equals("base_url") && !s.contains("::")
        && !key.equals("hooks") && !key.equals("restricted_actions");
  }

  /** The tree of {@code text} if it is a template as heatclient's template_format sees it. */
  static Object parseTemplate(String text) {
    Object tree;
    try {
      tree = TreeYaml.read(text, "template");
    } catch (RuntimeException e) {
      return null;
    }
    if (tree instanceof Map<?, ?> m && VERSION_KEYS.stream().anyMatch(m::containsKey)) {
      return tree;
    }
    return null;
  }

  static String normalize(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || path.contains("://")) {
      throw new IllegalArgumentException("bundle paths are relative: " + path);
    }
    return Path.of(path).normalize().toString().replace('\\', '/');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bundle b && b.root.equals(root) && b.templates.equals(templates)
        && b.texts.equals(texts) && b.environments.equals(environments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(root, templates.keySet(), texts.keySet(), environments.keySet());
  }

  @Override
  public String toString() {
    return "Bundle{" + root + ", templates=" + templates.keySet() + ", files=" + texts.keySet()
        + ", environments=" + environments.keySet() + "}";
  }

  /** Builds a {@link Bundle}. */
  public static final class Builder {
    private final String root;
    private final Map<String, Map<String, Object>> templates = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Environment> environments = new LinkedHashMap<>();

    private Builder(String root) {
      this.root = root;
    }

    /** A template (a nested stack or a provider) at {@code path}. */
    public Builder template(String path, Template template) {
      return template(path, template.toTree());
    }

    /** A template tree at {@code path}. */
    @SuppressWarnings("unchecked")
    public Builder template(String path, Map<String, Object> tree) {
      templates.put(normalize(path), (Map<String, Object>) Trees.toTree(tree));
      return this;
    }

    /** The template of a child (nested template or provider) at its file. */
    public Builder child(ChildTemplate child) {
      return template(child.file(), child.template());
    }

    /** A plain file ({@code get_file} content) at {@code path}. */
    public Builder file(String path, String content) {
      texts.put(normalize(path), Objects.requireNonNull(content, "content"));
      return this;
    }

    /** An environment at {@code path}; environments apply in the order added. */
    public Builder environment(String path, Environment environment) {
      environments.put(normalize(path), Objects.requireNonNull(environment, "environment"));
      return this;
    }

    public Bundle build() {
      return new Bundle(this);
    }
  }
}
