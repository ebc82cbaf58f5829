package io.hotdsl.validate;

import io.hotdsl.schema.ResourceTypeSchema;
import java.util.List;
import java.util.Map;

/**
 * Properties a plugin reads when Heat builds the resource, so in its template-validate too: the
 * value is converted then ({@code Property._get_string}, without validation), and a value that
 * does not convert (a map, a list, a float for a string), or a required one left out, is refused
 * at template-validate depth, not only before stack create. Found by reading every Heat 19
 * plugin's {@code __init__}, {@code reparse} and {@code translation_rules}:
 *
 * <ul>
 *   <li>{@code heat/engine/resources/openstack/heat/value.py Value.reparse}: {@code type};
 *   <li>{@code heat/engine/resources/openstack/nova/server.py Server.__init__}
 *       ({@code user_data_software_config}): {@code user_data_format};
 *   <li>{@code heat/engine/resources/openstack/neutron/rbac_policy.py
 *       RBACPolicy.translation_rules}: {@code object_type}.
 * </ul>
 */
final class BuildTimeReads {
  static final Map<String, String> READS = Map.of(
      "OS::Heat::Value", "type",
      "OS::Nova::Server", "user_data_format",
      "OS::Neutron::RBACPolicy", "object_type");

  private BuildTimeReads() {}

  /** Whether {@code type}'s plugin reads a property when the resource is built. */
  static boolean applies(String type) {
    return READS.containsKey(type);
  }

  /**
   * Checks the properties of a type of {@link #READS}, the conversion error of the property read
   * when built labelled as Heat's template-validate finds it; true when that conversion fails.
   */
  static boolean check(PluginRules rules, YamlPath at, ResourceTypeSchema schema, Map<?, ?> props) {
    // the run's own checker and list: the problems it adds are relabelled in place, if any
    List<Problem> problems = rules.problems();
    int from = problems.size();
    rules.properties().check(at, schema, props);
    if (problems.size() == from) {
      return false;
    }
    boolean fails = false;
    String read = at.key(READS.get(schema.type())).toString();
    for (int i = from; i < problems.size(); i++) {
      Problem p = problems.get(i);
      if (p.path().equals(read)
          && p.depth() == ValidationDepth.CREATE
          && (p.message().startsWith("expected a string")
              || p.message().startsWith("required property"))) {
        fails = true;
        problems.set(
            i,
            Problem.error(
                p.path(),
                p.message().replace("; " + Problem.AT_CREATE, "") + "; " + schema.type()
                    + " reads it when Heat builds the resource, so Heat's template-validate refuses "
                    + "this"));
      }
    }
    return fails;
  }
}
