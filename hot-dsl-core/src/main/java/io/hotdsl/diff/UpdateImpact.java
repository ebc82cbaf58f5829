package io.hotdsl.diff;

import io.hotdsl.environment.Environment;
import io.hotdsl.model.Template;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.ResourceTypes;
import java.util.Map;
import java.util.Set;

/**
 * What a stack update from one template to another does, resource by resource, offline: the
 * analogue of {@code cdk diff} for Heat.
 *
 * <p>Properties are compared with the schemas of a {@link Catalog}: the overloads without one
 * (kept for existing callers) use the process default, the deprecated {@link
 * ResourceTypes#catalog()}. Applications and tools pass a catalog.
 *
 * <p>The rules are Heat 19's, checked against the real engine by hot-dsl-deploy's
 * {@code DiffConformanceTest} ({@code update.py}; {@code resource.py} {@code update},
 * {@code _needs_update}, {@code update_template_diff_properties}; {@code rsrc_defn.py}):
 *
 * <ul>
 *   <li>conditions are evaluated with each side's parameter values: a resource whose condition
 *       turns false is removed, one whose condition turns true is added, one false on both sides
 *       is not listed;
 *   <li>a resource whose implementation changes is replaced: its type, after the environment's
 *       resource_registry (global and per resource), names another resource class; the same
 *       class under another name (a remap to the same type, one provider template for another)
 *       is updated in place. A per-resource remap to a plugin leaks into the stack's whole
 *       environment (Heat stores it as a global mapping of the type): the running stack is read
 *       with it, and in the new stack it reaches the other resources of that type or not by
 *       Heat's order of instantiation, so their verdict is uncertain ({@link Side#leaks});
 *   <li>a changed {@code external_id} fails the update (Heat raises NotSupported); an unchanged
 *       non-null one makes Heat skip the resource's update altogether; OS::Heat::None never
 *       updates;
 *   <li>Heat first compares the definitions as written after resolving the functions it can
 *       ({@code get_param}, {@code if}, {@code list_join}, {@code str_replace} … — {@link
 *       Frozen}): equal definitions are unchanged; written differently ({@code "8"} for {@code
 *       8}, an explicit default) they are updated in place even with no property change;
 *   <li>then property values are compared after defaults and type coercion: a changed {@code
 *       immutable} property fails the update; a changed property that is not {@code
 *       update_allowed} replaces the resource; else it is updated in place; plugin rules
 *       ({@link PluginRules}: TestResource's update_replace, Nova server update policies, Port
 *       REPLACE_ALWAYS, RandomString's hidden {@code sequence}) refine this;
 *   <li>a property referring to a replaced resource through {@code get_resource} changes; one
 *       reading an attribute through {@code get_attr} changes when the plugin's attribute
 *       follows a changed property or the replacement, and may change otherwise ({@link
 *       PropertyChange#mayChange()});
 *   <li>a new update_policy with keys the type does not take makes Heat refuse the update;
 *   <li>stack resources (template resources, groups) are updated when something inside them
 *       changes: the nested stack is diffed with the parameters the resource passes, a group's
 *       members when their count or definition (or their template) changes;
 *   <li>the new environment's resource_registry {@code restricted_actions} ({@code update},
 *       {@code replace}) turn the matching action into a failure.
 * </ul>
 */
public final class UpdateImpact {
  static final String NOVA_SERVER = "OS::Nova::Server";

  private UpdateImpact() {}

  /** The diff of updating a stack of {@code before} to {@code after}, parameters at defaults. */
  public static StackDiff between(Template before, Template after) {
    return between(StackInput.of(before), StackInput.of(after));
  }

  /** The diff with the parameter values each side's stack is (to be) given. */
  public static StackDiff between(
      Template before, Template after, Map<String, ?> beforeValues, Map<String, ?> afterValues) {
    return between(
        StackInput.of(before).withParameters(beforeValues),
        StackInput.of(after).withParameters(afterValues));
  }

  /** The diff with each side's environment (parameters, parameter_defaults, registry). */
  public static StackDiff between(
      Template before, Template after, Environment beforeEnv, Environment afterEnv) {
    return between(
        StackInput.of(before).withEnvironment(beforeEnv),
        StackInput.of(after).withEnvironment(afterEnv));
  }

  /** The diff of two fully described sides (values, environment, child templates). */
  public static StackDiff between(StackInput before, StackInput after) {
    return between(before, after, ResourceTypes.catalog());
  }

  /** The diff of two fully described sides, properties compared with {@code catalog}'s schemas. */
  public static StackDiff between(StackInput before, StackInput after, Catalog catalog) {
    java.util.Objects.requireNonNull(catalog, "catalog");
    return new Analysis(new Side(before, true), new Side(after), catalog).run();
  }

  /** Heat converts property values to their schema type before comparing them. */
  static Object coerce(String type, Object v) {
    if ("string".equals(type) && (v instanceof Number || v instanceof Boolean)) {
      return v instanceof Boolean b ? (b ? "True" : "False") : Frozen.text(v);
    }
    if (v instanceof String s && ("integer".equals(type) || "number".equals(type))) {
      try {
        return new java.math.BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if (v instanceof String s && "boolean".equals(type)) {
      String l = s.trim().toLowerCase(java.util.Locale.ROOT);
      if (Set.of("true", "on", "y", "yes", "1", "t").contains(l)) {
        return true;
      }
      if (Set.of("false", "off", "n", "no", "0", "f").contains(l)) {
        return false;
      }
    }
    return v;
  }
}
