package io.hotdsl.bundle;

import io.hotdsl.environment.Environment;
import io.hotdsl.environment.ResourceRegistry;
import io.hotdsl.functions.DidYouMean;
import io.hotdsl.model.Template;
import io.hotdsl.model.TemplateTypes;
import io.hotdsl.read.HotReader;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.ResourceTypes;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ReadLeniency;
import io.hotdsl.validate.Severity;
import io.hotdsl.validate.TemplateValidator;
import io.hotdsl.validate.ValidationDepth;
import io.hotdsl.validate.ValidationResult;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.YamlWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a bundle across its files: missing files, provider types not registered, properties
 * a child template does not declare, required child parameters not set (nor given by
 * parameter_defaults), get_attr attributes that are not child outputs, cycles through nested
 * templates and nesting deeper than Heat's {@code max_nested_stack_depth} (5). Problem paths name
 * the file and the YAML path: {@code child.yaml: resources.x.properties.y}.
 *
 * <p>The resource types come from a {@link Catalog}: the overloads that take one use it; those
 * without (kept for existing callers) use the process default, the deprecated {@link
 * ResourceTypes#catalog()}. Applications and tools pass a catalog.
 */
public final class BundleValidator {
  /** Heat's default {@code max_nested_stack_depth}. */
  public static final int MAX_NESTED_STACK_DEPTH = 5;

  private final Bundle bundle;
  private final int maxDepth;
  private final Catalog catalog;
  private final List<Problem> problems = new ArrayList<>();
  /** Global registry entries, later environments winning: type → target. */
  private final Map<String, String> global = new LinkedHashMap<>();
  /** The environment (path) each global entry comes from. */
  private final Map<String, String> globalEnv = new LinkedHashMap<>();

  private Map<String, Object> perResource = Map.of();
  private String perResourceEnv;
  private final Set<String> defaults = new HashSet<>();
  private final Set<String> reported = new HashSet<>();
  private final ChildInterfaces interfaces = new ChildInterfaces(problems, reported, defaults);

  private BundleValidator(Bundle bundle, int maxDepth, Catalog catalog) {
    this.bundle = bundle;
    this.maxDepth = maxDepth;
    this.catalog = catalog;
  }

  /**
   * Validates everything in the bundle: each template on its own ({@link TemplateValidator}, paths
   * prefixed with the file) and the bundle across its files. Resource types are resolved once,
   * here, through the environments' registries.
   */
  public static ValidationResult validateAll(Bundle bundle) {
    return validateAll(bundle, ValidationDepth.CREATE);
  }

  /** Like {@link #validateAll(Bundle)}, each template validated to {@code depth}. */
  public static ValidationResult validateAll(Bundle bundle, ValidationDepth depth) {
    return validateAll(bundle, depth, ResourceTypes.catalog());
  }

  /**
   * Like {@link #validateAll(Bundle, ValidationDepth)}, against the resource type schemas of
   * {@code catalog} instead of the process-wide default.
   */
  public static ValidationResult validateAll(
      Bundle bundle, ValidationDepth depth, Catalog catalog) {
    java.util.Objects.requireNonNull(catalog, "catalog");
    List<Problem> across = validate(bundle, MAX_NESTED_STACK_DEPTH, catalog).problems();
    // one error per bad value: where the bundle check already speaks of a path, it wins
    Set<String> spoken = new HashSet<>();
    across.forEach(p -> spoken.add(p.path()));
    List<Problem> all = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : bundle.allTemplates().entrySet()) {
      Template template;
      try {
        template = HotReader.fromTree(e.getValue(), e.getKey());
      } catch (HotReadException ex) {
        all.add(Problem.error(
            e.getKey() + ": " + (ex.getPath() == null ? "" : ex.getPath()), ex.getProblem()));
        continue;
      }
      TemplateValidator.sizeWarning(e.getKey(), YamlWriter.write(e.getValue())).ifPresent(all::add);
      for (Problem p : ReadLeniency.warnings(e.getValue())) {
        String path = e.getKey() + ": " + p.path();
        if (!spoken.contains(path)) {
          all.add(p.withPath(path));
        }
      }
      boolean nested = !e.getKey().equals(bundle.rootPath());
      for (Problem p : TemplateValidator.validate(
              template, type -> mapped(bundle, type), depth, catalog)
          .problems()) {
        String path = e.getKey() + ": " + p.path();
        if (!spoken.contains(path)) {
          all.add(nested && !parsedForSchema(p) ? atCreate(p.withPath(path)) : p.withPath(path));
        }
      }
    }
    all.addAll(across);
    if (depth == ValidationDepth.VALIDATE) {
      all.removeIf(p -> p.depth() == ValidationDepth.CREATE);
    }
    return new ValidationResult(all);
  }

  /**
   * Whether Heat's template-validate sees {@code p} in a nested template: it parses a child's
   * parameter schemata (template_resource.py get_schemas: param_schemata), not its defaults'
   * values, nor anything else of it, which the nested stack's validation finds before stack create
   * (service.py validate_template runs stack.validate with validate_res_tmpl_only).
   */
  private static boolean parsedForSchema(Problem p) {
    return p.path().startsWith("parameters.") && !p.path().endsWith(".default");
  }

  /** A template-validate error found only where Heat validates the nested stack: at create. */
  static Problem atCreate(Problem p) {
    return p.severity() == Severity.ERROR && p.depth() == ValidationDepth.VALIDATE
        ? Problem.createError(p.path(), p.message())
        : p;
  }

  /** Whether an environment of the bundle maps {@code type} (exactly or by a wildcard). */
  private static boolean mapped(Bundle bundle, String type) {
    for (Environment env : bundle.environments().values()) {
      if (env.resourceRegistry().lookup(type, List.of()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Validates with Heat's default nesting limit. */
  public static ValidationResult validate(Bundle bundle) {
    return validate(bundle, MAX_NESTED_STACK_DEPTH);
  }

  /** Validates with the given {@code max_nested_stack_depth}. */
  public static ValidationResult validate(Bundle bundle, int maxNestedStackDepth) {
    return validate(bundle, maxNestedStackDepth, ResourceTypes.catalog());
  }

  /** Validates with the given {@code max_nested_stack_depth} against {@code catalog}'s schemas. */
  public static ValidationResult validate(Bundle bundle, int maxNestedStackDepth, Catalog catalog) {
    java.util.Objects.requireNonNull(catalog, "catalog");
    BundleValidator v = new BundleValidator(bundle, maxNestedStackDepth, catalog);
    v.run();
    return new ValidationResult(v.problems);
  }

  private void run() {
    for (Map.Entry<String, Environment> e : bundle.environments().entrySet()) {
      String envPath = e.getKey();
      Environment env = e.getValue();
      defaults.addAll(env.parameterDefaults().keySet());
      env.resourceRegistry().mappings().forEach((type, target) -> {
        global.put(type, target);
        globalEnv.put(type, envPath);
        if (Bundle.registryFile(type, target)
            && !bundle.contains(resolve(dirOf(envPath), target))) {
          problems.add(Problem.error(
              envPath + ": resource_registry." + type,
              notFound(target, resolve(dirOf(envPath), target))));
        }
      });
      if (!env.resourceRegistry().resources().isEmpty()) {
        perResource = env.resourceRegistry().resources();
        perResourceEnv = envPath;
      }
    }
    Map<String, Object> rootTree = bundle.rootTemplate();
    Set<String> rootParams = new HashSet<>();
    bundle
        .environments()
        .values()
        .forEach(env -> rootParams.addAll(env.parameters().keySet()));
    EnvironmentValues.check(bundle, problems);
    visit(
        bundle.rootPath(), "", rootTree, 0, new ArrayList<>(List.of(bundle.rootPath())), List.of());
  }

  @SuppressWarnings("unchecked")
  private void visit(
      String file,
      String prefix,
      Map<String, Object> tree,
      int depth,
      List<String> chain,
      List<String> resourcePath) {
    if (!(tree.get("resources") instanceof Map<?, ?> resources)) {
      return;
    }
    int before = problems.size();
    visitResources(file, prefix, tree, resources, depth, chain, resourcePath);
    if (!file.equals(bundle.rootPath()) || !prefix.isEmpty()) {
      // a nested stack's own problems: Heat's template-validate does not validate it
      for (int i = before; i < problems.size(); i++) {
        problems.set(i, atCreate(problems.get(i)));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void visitResources(
      String file,
      String prefix,
      Map<String, Object> tree,
      Map<?, ?> resources,
      int depth,
      List<String> chain,
      List<String> resourcePath) {
    Map<String, Map<String, Object>> children = new LinkedHashMap<>();
    for (Map.Entry<?, ?> re : resources.entrySet()) {
      String name = String.valueOf(re.getKey());
      if (!(re.getValue() instanceof Map<?, ?> res) || !(res.get("type") instanceof String type)) {
        continue;
      }
      String at = file + ": " + prefix + "resources." + name;
      List<String> path = new ArrayList<>(resourcePath);
      path.add(name);
      Target target = resolveType(type, path, dirOf(file));
      Map<String, Object> props =
          res.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
      for (Problem p : GetFileTargets.check(bundle, file, at, res)) {
        if (reported.add(p.path())) {
          problems.add(p);
        }
      }
      if (target.file != null) {
        if (!bundle.contains(target.file) || bundle.template(target.file) == null) {
          problems.add(Problem.error(
              at + ".type",
              (Bundle.inside(target.file) == null
                      ? outside(target.file)
                      : bundle.contains(target.file)
                          ? "not a Heat template: " + target.file
                          : "file not found: " + target.file)
                  + (target.env != null ? " (registered in " + target.env + ")" : "")));
          continue;
        }
        Map<String, Object> child = bundle.template(target.file);
        children.put(name, child);
        interfaces.checkProperties(at, target.file, props, child);
        interfaces.checkProviderOutputs(target.file, child);
        descend(at + ".type", target.file, "", child, depth, chain, path);
      } else if (type.equals("OS::Heat::Stack")) {
        Object t = props.get("template");
        Map<String, Object> child = null;
        String childFile = file;
        String childPrefix = prefix + "resources." + name + ".properties.template.";
        if (t instanceof Map<?, ?> m && m.get("get_file") instanceof String ref) {
          childFile = resolve(dirOf(file), ref);
          childPrefix = "";
          child = bundle.template(childFile);
          if (child == null) {
            problems.add(Problem.error(
                at + ".properties.template.get_file",
                Bundle.inside(childFile) == null
                    ? outside(childFile)
                    : "file not found or not a template: " + childFile));
          }
        } else if (t instanceof String s) {
          Object parsed = Bundle.parseTemplate(s);
          child = parsed instanceof Map ? (Map<String, Object>) parsed : null;
        }
        if (child != null) {
          if (props.get("parameters") instanceof Map<?, ?> ps) {
            interfaces.checkProperties(
                at + ".properties.parameters", childFile, (Map<String, Object>) ps, child, false);
          }
          descend(at + ".type", childFile, childPrefix, child, depth, new ArrayList<>(chain), path);
        }
      } else if (type.contains("::") && !known(target.type)) {
        problems.add(Problem.error(
            at + ".type",
            "resource type " + type
                + " is not registered in any environment's resource_registry and is no Heat type"
                + DidYouMean.hint(type, catalog.types())));
      }
    }
    interfaces.checkAttributes(file, prefix, tree, children);
  }

  private void descend(
      String at,
      String childFile,
      String childPrefix,
      Map<String, Object> child,
      int depth,
      List<String> chain,
      List<String> path) {
    if (childPrefix.isEmpty() && chain.contains(childFile)) {
      String key = String.join(">", chain) + ">" + childFile;
      if (reported.add(key)) {
        problems.add(Problem.error(
            at,
            "cycle through nested templates: " + String.join(" -> ", chain) + " -> " + childFile));
      }
      return;
    }
    if (depth + 1 > maxDepth) {
      problems.add(Problem.error(
          at,
          "nested stacks deeper than max_nested_stack_depth " + maxDepth + ": "
              + String.join(" -> ", chain) + " -> " + childFile));
      return;
    }
    List<String> next = new ArrayList<>(chain);
    next.add(childFile);
    visit(childFile, childPrefix, child, depth + 1, next, path);
  }

  private record Target(String type, String file, String env) {}

  /** Follows registry mappings (per-resource, exact, wildcard) to a type or a bundle file. */
  private Target resolveType(String type, List<String> resourcePath, String templateDir) {
    String current = type;
    String env = null;
    for (int hops = 0; hops < 10; hops++) {
      String[] mapped = lookup(current, resourcePath);
      if (mapped == null || mapped[0].equals(current)) {
        break;
      }
      current = mapped[0];
      env = mapped[1];
      if (!current.contains("::")) {
        return new Target(current, resolve(dirOf(env), current), env);
      }
    }
    if (env == null && TemplateTypes.isTemplateFile(current) && !current.contains("://")) {
      return new Target(current, resolve(templateDir, current), null);
    }
    return new Target(current, null, env);
  }

  private String[] lookup(String type, List<String> resourcePath) {
    ResourceRegistry.Match m = ResourceRegistry.match(perResource, global, type, resourcePath);
    if (m == null) {
      return null;
    }
    return new String[] {m.target(), m.key() == null ? perResourceEnv : globalEnv.get(m.key())};
  }

  private boolean known(String type) {
    if (!catalog.isEmpty()) {
      return TemplateValidator.isKnownType(type, catalog);
    }
    return type.startsWith("OS::") || type.startsWith("AWS::");
  }

  private static String notFound(String target, String bundlePath) {
    return Bundle.inside(bundlePath) == null
        ? outside(bundlePath)
        : "file not found: " + target + " (bundle path " + bundlePath + ")";
  }

  private static String outside(String bundlePath) {
    if (bundlePath.indexOf('\\') >= 0) {
      return "refers to " + bundlePath + ", which holds a backslash: bundle paths use / and no "
          + "backslash";
    }
    return "refers to " + bundlePath + ", outside the bundle folder (bundle paths stay inside it)";
  }

  static String dirOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  static String resolve(String dir, String ref) {
    try {
      Path p = dir.isEmpty() ? Path.of(ref) : Path.of(dir).resolve(ref);
      return p.normalize().toString().replace('\\', '/');
    } catch (java.nio.file.InvalidPathException e) {
      return ref; // not a file name: Bundle.inside refuses it
    }
  }
}
