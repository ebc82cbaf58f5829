package io.hotdsl.bundle;

import io.hotdsl.environment.Environment;
import io.hotdsl.environment.Environments;
import io.hotdsl.files.FileRoot;
import io.hotdsl.files.SafeOutput;
import io.hotdsl.functions.PyJson;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Template;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stack bundle: a root template, its environments, the templates it uses as resource types
 * (nested stacks and providers) and the contents it pulls in with {@code get_file}.
 *
 * <p>Every entry has a path relative to the bundle directory, with {@code /} separators, that
 * stays inside it: no absolute path, no {@code ..} above it (refused when the bundle is built).
 * A bundle read from disk has its read root as its directory ({@link #read(Path, List,
 * FileRoot)}; by default the root template's folder). References inside a template or environment are relative to that
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
    String p = inside(path);
    if (p == null) {
      return null;
    }
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
    String p = inside(path);
    if (p == null) {
      return false;
    }
    return templates.containsKey(p) || texts.containsKey(p) || environments.containsKey(p);
  }

  /**
   * Writes every entry under {@code dir} (templates and environments rendered as YAML, plain files
   * as they are), creating directories; returns the files written, in bundle order. Every file is
   * written through {@link SafeOutput}: inside {@code dir} (a sub-folder that is a symbolic link
   * to elsewhere is refused) and atomically, so a failed write leaves the previous file intact.
   *
   * @throws io.hotdsl.files.FileAccessException when an entry would land outside {@code dir}
   * @throws UncheckedIOException when the disk fails
   */
  public List<Path> writeTo(Path dir) {
    SafeOutput out = SafeOutput.in(dir);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : templates.entrySet()) {
      if (!texts.containsKey(e.getKey())) {
        written.add(out.write(e.getKey(), TreeYaml.write(e.getValue())));
      }
    }
    for (Map.Entry<String, String> e : texts.entrySet()) {
      written.add(out.write(e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, Environment> e : environments.entrySet()) {
      written.add(out.write(e.getKey(), EnvironmentYaml.write(e.getValue())));
    }
    return written;
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
   * Reads a bundle from disk with the root template's folder as the read root: {@link
   * #read(Path, List, FileRoot)} with {@code FileRoot.of(rootTemplate's folder)}.
   */
  public static Bundle read(Path rootTemplate, List<Path> environments) {
    Path folder = rootTemplate.toAbsolutePath().normalize().getParent();
    return read(rootTemplate, environments, FileRoot.of(folder));
  }

  /**
   * Reads a bundle from disk, following what python-heatclient follows: {@code get_file} and
   * {@code type: *.yaml|*.template} in templates (recursively, relative to each file) and file
   * entries of each environment's {@code resource_registry}. Files referenced but absent are left
   * out ({@link BundleValidator} reports them); URLs ({@code http://...}) are not fetched.
   *
   * <p>Everything is read under {@code root}'s policy: the root template, the environments and
   * every file they reference lie inside the root folder (no absolute paths, no {@code ..} past
   * it, no symbolic link out of it, no special files) and referenced files are at most {@link
   * FileRoot#maxFileSize()} bytes (the root template and the environments at most 10 MiB, the
   * YAML reader's limit). Bundle paths are relative to the root folder.
   *
   * @throws io.hotdsl.files.FileAccessException when the policy refuses a file, naming the file,
   *     the YAML path of the reference and the rule
   * @throws UncheckedIOException when the root template or an environment cannot be read
   */
  public static Bundle read(Path rootTemplate, List<Path> environments, FileRoot root) {
    return BundleReader.read(rootTemplate, environments, root);
  }

  /** heatclient's filter for registry entries that name files. */
  static boolean registryFile(String key, Object value) {
    return value instanceof String s
        && !key.equals("base_url")
        && !s.contains("::")
        && !key.equals("hooks")
        && !key.equals("restricted_actions");
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

  /**
   * A bundle path normalised; it is relative and stays inside the bundle folder.
   *
   * @throws IllegalArgumentException when it is absolute, a URL or leaves the bundle folder
   */
  static String normalize(String path) {
    Objects.requireNonNull(path, "path");
    String p = inside(path);
    if (p == null) {
      throw new IllegalArgumentException("bundle path " + path + " is refused: bundle paths are "
          + "relative to the bundle folder and stay inside it (no absolute path, no URL, no .. "
          + "above the folder, / as the separator and no backslash)");
    }
    return p;
  }

  /** {@code path} normalised when it is a relative path inside the bundle folder, else null. */
  static String inside(String path) {
    // a backslash is refused, not read as a separator: heatclient sends names as written, and
    // "a\\..\\x" must not turn into a path that climbs once "\\" became "/"
    if (path.isEmpty()
        || path.startsWith("/")
        || path.indexOf('\\') >= 0
        || path.contains("://")
        || path.indexOf('\0') >= 0) {
      return null;
    }
    Path p;
    try {
      p = Path.of(path);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
    String n = p.normalize().toString();
    if (p.isAbsolute() || n.isEmpty() || n.equals("..") || n.startsWith("../")) {
      return null;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bundle b
        && b.root.equals(root)
        && b.templates.equals(templates)
        && b.texts.equals(texts)
        && b.environments.equals(environments);
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

    Builder(String root) {
      this.root = root;
    }

    /** A tree the reader parsed (already a plain tree: not copied). */
    void putTemplate(String path, Map<String, Object> tree) {
      templates.put(normalize(path), tree);
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
