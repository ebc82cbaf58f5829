package io.hotdsl.validate;

import io.hotdsl.functions.PythonTruth;
import io.hotdsl.model.TemplateTypes;
import io.hotdsl.schema.PropertySchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name Heat gives the nested stack of a resource, which it validates before stack create:
 * {@code stack_resource.py validate_nested_stack} names it {@code "<stack>-<resource>"} and
 * {@code stack.py _validate_stack_name} wants {@code [a-zA-Z][a-zA-Z0-9_.-]{0,254}$} (Python's
 * {@code re.match}: ASCII, 255 characters at most, a final line feed let through by {@code $}).
 * So a nested-stack resource's name must be ASCII letters, digits, {@code _ - .}, and the whole
 * name short enough for the stack's name, which hot-dsl does not know.
 */
final class NestedStackNames {
  /**
   * The Heat 19 types that are StackResources (every type's class checked with
   * {@code issubclass(cls, StackResource)}); a template file as a type is one too. ResourceGroup
   * and the deployment groups validate the nested stack only when they have a member.
   */
  private static final Set<String> NESTED = Set.of(
      "AWS::AutoScaling::AutoScalingGroup",
      "AWS::CloudFormation::Stack",
      "AWS::CloudWatch::Alarm",
      "AWS::ElasticLoadBalancing::LoadBalancer",
      "AWS::RDS::DBInstance",
      "OS::Heat::AutoScalingGroup",
      "OS::Heat::InstanceGroup",
      "OS::Heat::ResourceChain");

  private static final Set<String> COUNTED = Set.of("OS::Heat::ResourceGroup");
  private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9_.-]*\n?");
  /** {@code "<stack>-"} with the shortest stack name Heat allows, one letter. */
  static final int MAX_NAME = 255 - 2;
  /** Below this, any stack name up to 100 characters leaves room. */
  static final int ROOMY_NAME = 255 - 101;

  private NestedStackNames() {}

  static void check(
      YamlPath path,
      String name,
      String type,
      Map<String, PropertySchema> schema,
      Map<?, ?> props,
      PreCreateValues values,
      List<Problem> problems) {
    boolean nested = NESTED.contains(type) || TemplateTypes.isTemplateFile(type);
    if (COUNTED.contains(type) && schema != null) {
      Object count = values.property(props, "count", schema.get("count"));
      nested = count != PreCreateValues.UNKNOWN && PythonTruth.of(count);
    }
    if (!nested) {
      return;
    }
    String where = "Heat validates the nested stack \"<stack name>-" + abbreviate(name)
        + "\" before stack create, and a stack name must contain only ASCII letters, digits and "
        + "\"_-.\" and be 255 characters or less";
    if (!ALLOWED.matcher(name).matches()) {
      problems.add(Problem.createError(
          path.toString(),
          "resource name \"" + abbreviate(name) + "\" of a " + type
              + " is no valid part of a stack name: " + where));
    } else if (name.length() > MAX_NAME) {
      problems.add(Problem.createError(
          path.toString(),
          "resource name of a " + type + " is " + name.length() + " characters long: " + where));
    } else if (name.length() > ROOMY_NAME) {
      problems.add(Problem.warning(
          path.toString(),
          "resource name of a " + type + " is "
              + name.length() + " characters long: " + where + ", so the stack's name may have at "
              + "most " + (254 - name.length()) + " characters"));
    }
  }

  private static String abbreviate(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "...";
  }
}
