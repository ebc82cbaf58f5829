package io.hotdsl.codegen;

import io.hotdsl.schema.PropertySchema;
import java.util.List;
import java.util.Map;

/**
 * The properties whose value is the definition of another resource (a group's member), so that
 * their setter also takes a built resource ({@code .resourceDef(volume)}) instead of only a map.
 *
 * <p>The rule: a map property whose schema has the keys {@code type} and {@code properties}
 * ({@code OS::Heat::ResourceGroup}'s {@code resource_def}) takes a resource whose set sections
 * are among the schema's keys; and {@link #PLAIN} lists the map properties without a schema that
 * Heat reads as a whole HOT resource definition.
 */
final class MemberDefinitions {
  /** The sections Heat's {@code _rsrc_defn_args} reads from a HOT resource definition. */
  static final List<String> HOT_SECTIONS = List.of(
      "type",
      "properties",
      "metadata",
      "depends_on",
      "deletion_policy",
      "update_policy",
      "description");

  /**
   * Map properties without a schema that hold a resource definition, by type and property:
   * {@code OS::Heat::AutoScalingGroup}'s {@code resource} is parsed with HOT 2015-04-30's
   * resource rules ({@code autoscaling_group.py}, {@code _get_resource_definition}).
   */
  static final Map<String, String> PLAIN = Map.of("OS::Heat::AutoScalingGroup", "resource");

  private MemberDefinitions() {}

  /**
   * The sections a resource given to property {@code path} of {@code type} may set, or null when
   * the property holds no resource definition.
   */
  static List<String> sections(String type, String path, PropertySchema p) {
    if ("map".equals(p.type())
        && p.schema().containsKey("type")
        && p.schema().containsKey("properties")) {
      return List.copyOf(p.schema().keySet());
    }
    if ("map".equals(p.type()) && path.equals(PLAIN.get(type))) {
      return HOT_SECTIONS;
    }
    return null;
  }
}
