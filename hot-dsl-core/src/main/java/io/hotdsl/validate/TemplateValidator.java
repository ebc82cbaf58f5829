package io.hotdsl.validate;

import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Template;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.ResourceTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a template before it is rendered, collecting every problem with its YAML path.
 *
 * <p>Checks what Heat checks when it validates a template and before it creates a stack:
 * references to unknown resources, parameters, conditions and attributes; dependency cycles;
 * functions and sections the template's version does not allow; parameter defaults that break
 * their own constraints; properties against the resource type's schema when it is known (unknown
 * properties, missing required ones, literal values of the wrong type or outside constraints); and
 * Heat's default limits (512 KiB template, 1,000 resources) as warnings.
 *
 * <p>The value of a hidden parameter never appears in a message.
 *
 * <p>The resource types come from a {@link Catalog}: the overloads that take one use it; those
 * without (kept for existing callers) use the process default, the deprecated {@link
 * ResourceTypes#catalog()}. Applications and tools pass a catalog.
 */
public final class TemplateValidator {
  /** Heat's default {@code max_template_size}. */
  public static final int MAX_TEMPLATE_BYTES = 512 * 1024;
  /** Heat's default {@code max_resources_per_stack}. */
  public static final int MAX_RESOURCES_PER_STACK = 1000;

  /** Parameters Heat provides to every template. */
  static final Set<String> PSEUDO_PARAMETERS =
      Set.of("OS::stack_name", "OS::stack_id", "OS::project_id");

  private TemplateValidator() {}

  /** Validates {@code template}; never throws for a bad template, see {@link ValidationResult}. */
  public static ValidationResult validate(Template template) {
    return validate(template, Set.of());
  }

  /**
   * Validates {@code template} where an environment's resource_registry maps {@code mappedTypes}
   * (provider and alias types, checked by the bundle validator).
   */
  public static ValidationResult validate(Template template, Set<String> mappedTypes) {
    return validate(template, mappedTypes::contains);
  }

  /**
   * Validates {@code template} where {@code typeResolvedElsewhere} says which resource types
   * something else resolves (the bundle validator, which follows environments' registries with
   * their wildcards and per-resource entries, and nested template files).
   */
  public static ValidationResult validate(
      Template template, java.util.function.Predicate<String> typeResolvedElsewhere) {
    return validate(template, typeResolvedElsewhere, ValidationDepth.CREATE);
  }

  /**
   * Validates {@code template} to {@code depth}: {@link ValidationDepth#VALIDATE} reports what
   * Heat's template-validate API refuses; {@link ValidationDepth#CREATE} (the default) adds what
   * Heat refuses before it creates the stack, labelled "fails at stack create".
   */
  public static ValidationResult validate(Template template, ValidationDepth depth) {
    return validate(template, type -> false, depth);
  }

  /** Validates {@code template} to {@code depth}, with types something else resolves. */
  public static ValidationResult validate(
      Template template,
      java.util.function.Predicate<String> typeResolvedElsewhere,
      ValidationDepth depth) {
    return validate(template, typeResolvedElsewhere, depth, ResourceTypes.catalog());
  }

  /**
   * Validates {@code template} against the resource type schemas of {@code catalog} (for instance
   * {@code Catalog.standard().with(myType)}) instead of the process-wide default.
   */
  public static ValidationResult validate(Template template, Catalog catalog) {
    return validate(template, type -> false, ValidationDepth.CREATE, catalog);
  }

  /**
   * Validates {@code template} to {@code depth} against {@code catalog}'s schemas, with the types
   * {@code typeResolvedElsewhere} accepts resolved by something else (an environment, a bundle).
   */
  public static ValidationResult validate(
      Template template,
      java.util.function.Predicate<String> typeResolvedElsewhere,
      ValidationDepth depth,
      Catalog catalog) {
    java.util.Objects.requireNonNull(catalog, "catalog");
    List<Problem> problems = new ValidationRun(template, typeResolvedElsewhere, catalog).check();
    if (depth == ValidationDepth.VALIDATE) {
      problems.removeIf(p -> p.depth() == ValidationDepth.CREATE);
    }
    return new ValidationResult(problems);
  }

  /** The oldest dated version that allows every function and section {@code template} uses. */
  public static HotVersion lowestVersion(Template template) {
    HotVersion lowest = HotVersion.V2013_05_23;
    if (!template.conditions().isEmpty()
        || template.resources().values().stream().anyMatch(r -> r.condition() != null)
        || template.outputs().values().stream().anyMatch(o -> o.condition() != null)) {
      lowest = HotVersion.V2016_10_14;
    }
    Set<String> used = new HashSet<>();
    FunctionWalker walker =
        new FunctionWalker(HotVersion.allFunctionNames(), (path, name, args) -> used.add(name));
    template.resources().forEach((n, r) -> walker.walk(YamlPath.ROOT, r.toTree()));
    template.outputs().forEach((n, o) -> walker.walk(YamlPath.ROOT, o.toTree()));
    for (String fn : used) {
      HotVersion v = HotVersion.lowestAllowing(fn).orElse(HotVersion.LATEST);
      if (!v.isAtLeast(lowest) || v == lowest) {
        continue;
      }
      lowest = v;
    }
    Set<String> conditionFns = new HashSet<>();
    FunctionWalker cw = new FunctionWalker(
        HotVersion.allFunctionNames(), (path, name, args) -> conditionFns.add(name));
    template.conditions().values().forEach(c -> cw.walk(YamlPath.ROOT, c.toTree()));
    for (String fn : conditionFns) {
      HotVersion v = HotVersion.lowestAllowingInConditions(fn).orElse(HotVersion.LATEST);
      if (v.isAtLeast(lowest)) {
        lowest = v;
      }
    }
    return lowest;
  }

  /**
   * A warning when a rendered template is larger than Heat's default {@code max_template_size}
   * (512 KiB): Heat rejects it unless the operator raised the limit. Rendering is the caller's
   * (the bundle validator renders each file it sends), so {@link #validate(Template)} stays free of
   * it.
   */
  public static Optional<Problem> sizeWarning(String path, String renderedText) {
    int bytes = renderedText.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes <= MAX_TEMPLATE_BYTES) {
      return Optional.empty();
    }
    return Optional.of(Problem.warning(
        path,
        "the template is " + bytes + " bytes, above Heat's "
            + "default max_template_size of " + MAX_TEMPLATE_BYTES + " bytes; split it into nested "
            + "stacks or ask the operator to raise the limit"));
  }

  /**
   * The deprecated properties of {@code type} that Heat 19 still accepts and moves into
   * {@code property} ({@code network_id} → {@code network} of {@code OS::Neutron::Port}); they are
   * hidden from Heat's schema API. Sorted; empty when there are none.
   */
  public static List<String> deprecatedAliasesOf(String type, String property) {
    return HeatHidden.hiddenSourcesOf(type, property);
  }

  /**
   * Whether Heat 19 (or a registered schema) knows {@code type}: a listed type, a hidden one Heat
   * still accepts, or an alias of Heat's default global environment.
   */
  public static boolean isKnownType(String type) {
    return isKnownType(type, ResourceTypes.catalog());
  }

  /**
   * Whether Heat 19 or {@code catalog} knows {@code type}: a type of the catalog, a hidden one Heat
   * still accepts, or an alias of Heat's default global environment.
   */
  public static boolean isKnownType(String type, Catalog catalog) {
    return catalog.lookup(type).isPresent()
        || HeatHidden.isHiddenType(type)
        || HeatHidden.alias(type).isPresent();
  }

  static String abbreviate(Set<String> names) {
    if (names.size() <= 20) {
      return names.toString();
    }
    return new ArrayList<>(names).subList(0, 20) + " and " + (names.size() - 20) + " more";
  }
}
