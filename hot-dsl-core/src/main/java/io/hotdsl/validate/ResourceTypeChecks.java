package io.hotdsl.validate;

import io.hotdsl.functions.DidYouMean;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.Resource;
import io.hotdsl.model.TemplateTypes;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resource types and their schemas in one validation run: unknown types (a resource's own, a
 * group's or chain's members), attributes a type does not have, and the schema each resource is
 * checked with.
 */
final class ResourceTypeChecks {
  private final ValidationRun run;
  private final List<Problem> problems;
  /** {@link #schemaOf} by type: {resource class, schema}. */
  private final Map<String, Object[]> schemas = new java.util.HashMap<>();

  ResourceTypeChecks(ValidationRun run) {
    this.run = run;
    this.problems = run.problems;
  }

  /**
   * A type that is no known schema, no template file and not mapped by an environment is an
   * error, as in Heat, once schemas are known at all (hot-dsl-resources on the class path).
   */
  void checkUnknownType(YamlPath path, String type) {
    checkUnknownType(path, type, false);
  }

  /** {@code member}: a group's member type, which Heat resolves only before stack create. */
  private void checkUnknownType(YamlPath path, String type, boolean member) {
    if (TemplateTypes.isTemplateFile(type)
        || run.mappedTypes.test(type)
        || run.catalog.isEmpty()
        || run.catalog.lookup(type).isPresent()
        || HeatHidden.isHiddenType(type)
        || HeatHidden.alias(type).isPresent()) {
      return;
    }
    String message = "unknown resource type \"" + type + "\"; it is no type of Heat 19 "
        + "or of the registered schemas, no template file, and no environment maps it"
        + DidYouMean.hint(type, run.catalog.types());
    problems.add(
        member
            ? Problem.createError(path.toString(), message)
            : Problem.error(path.toString(), message));
  }

  /**
   * The member types of groups and chains, which Heat resolves when it validates the nested
   * stack: {@code ResourceGroup.resource_def.type}, {@code AutoScalingGroup.resource.type},
   * {@code ResourceChain.resources[i]}, when written literally.
   */
  void checkMemberTypes(YamlPath path, String type, Map<?, ?> props) {
    switch (type) {
      case "OS::Heat::ResourceGroup", "OS::Heat::AutoScalingGroup" -> {
        String key = type.equals("OS::Heat::ResourceGroup") ? "resource_def" : "resource";
        if (Trees.node(props.get(key)) instanceof Map<?, ?> def
            && Trees.node(def.get("type")) instanceof String t) {
          checkUnknownType(path.key("properties").key(key).key("type"), t, true);
        }
      }
      case "OS::Heat::ResourceChain" -> {
        if (Trees.node(props.get("resources")) instanceof List<?> l) {
          for (int i = 0; i < l.size(); i++) {
            if (Trees.node(l.get(i)) instanceof String t) {
              checkUnknownType(path.key("properties").key("resources").index(i), t, true);
            }
          }
        }
      }
      default -> {}
    }
  }

  void checkAttribute(YamlPath path, Resource target, String attr) {
    schemaOf(target).ifPresent(s -> {
      if (!s.hasAttribute(attr)
          && !acceptsAnyAttribute(s)
          && !HeatHidden.isHiddenAttribute(s.type(), attr)) {
        run.error(
            path,
            "resource \"" + target.name() + "\" (" + target.type()
                + ") has no attribute \"" + attr + "\"; expected one of "
                + s.attributes().keySet() + DidYouMean.hint(attr, s.attributes().keySet()));
      }
    });
  }

  private static boolean acceptsAnyAttribute(ResourceTypeSchema s) {
    // stacks, groups and deployments answer their members' / outputs' attributes
    return s.type().equals("OS::Heat::Stack") || HeatHidden.acceptsAnyAttribute(s.type());
  }

  /**
   * The schema Heat validates a resource of {@code type} with: its own, or that of the type
   * Heat's default global environment maps it to ({@code OS::Ceilometer::Alarm} …).
   */
  Optional<ResourceTypeSchema> schemaOf(Resource r) {
    // one look-up per type and resource class in a run (a resource class may answer its own)
    Object[] cached = schemas.get(r.type());
    if (cached != null && cached[0] == r.getClass()) {
      @SuppressWarnings("unchecked")
      Optional<ResourceTypeSchema> schema = (Optional<ResourceTypeSchema>) cached[1];
      return schema;
    }
    Optional<ResourceTypeSchema> schema = lookUpSchema(r);
    schemas.put(r.type(), new Object[] {r.getClass(), schema});
    return schema;
  }

  private Optional<ResourceTypeSchema> lookUpSchema(Resource r) {
    Optional<ResourceTypeSchema> own = run.catalog.lookup(r.type());
    if (own.isPresent()) {
      return own;
    }
    return HeatHidden.alias(r.type()).flatMap(run.catalog::lookup);
  }
}
