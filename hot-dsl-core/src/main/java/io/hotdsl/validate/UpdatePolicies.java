package io.hotdsl.validate;

import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.SupportStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the update policies Heat 19 knows, as each plugin's
 * {@code update_policy_schema} declares them (dumped from every type of Heat 19's global
 * environment). {@code resource.py validate_template} runs
 * {@code self.t.update_policy(self.update_policy_schema).validate()}, a full
 * {@code Properties.validate} (with values) in template-validate: unknown keys inside a policy
 * ({@code rolling_update: {bogus: 1}}) and values of the wrong type are its errors.
 */
final class UpdatePolicies {
  private static final Map<String, Map<String, PropertySchema>> SCHEMAS = Map.of(
      "AWS::AutoScaling::AutoScalingGroup", Map.of("AutoScalingRollingUpdate", aws()),
      "OS::Heat::InstanceGroup", Map.of("RollingUpdate", aws()),
      "OS::Heat::ResourceGroup",
          Map.of(
              "rolling_update", policy("min_in_service", "max_batch_size", "pause_time"),
              "batch_create", policy("max_batch_size", "pause_time")),
      "OS::Heat::SoftwareDeploymentGroup", deploymentGroup(),
      "OS::Heat::StructuredDeploymentGroup", deploymentGroup());

  private UpdatePolicies() {}

  /** Checks the known policies' values in {@code policy}, the resource's update_policy map. */
  static void check(
      YamlPath path,
      String type,
      Map<?, ?> policy,
      List<Problem> problems,
      Map<String, Parameter<?>> parameters,
      HotVersion version) {
    Map<String, PropertySchema> schema = SCHEMAS.get(type);
    if (schema == null) {
      return;
    }
    Map<Object, Object> known = new LinkedHashMap<>();
    policy.forEach((k, v) -> {
      if (schema.containsKey(String.valueOf(k))) {
        known.put(k, v);
      }
    });
    List<Problem> own = new ArrayList<>();
    new PropertyChecker(own, parameters, version)
        .checkMap(path, schema, known, "update policy of " + type);
    for (Problem p : own) {
      problems.add(Problem.error(p.path(), p.message().replace("; " + Problem.AT_CREATE, "")));
    }
  }

  private static Map<String, PropertySchema> deploymentGroup() {
    return Map.of(
        "rolling_update",
        policy("max_batch_size", "pause_time"),
        "batch_create",
        policy("max_batch_size", "pause_time"));
  }

  /** resource_group.py: integers and a number, each with a Range. */
  private static PropertySchema policy(String... keys) {
    Map<String, PropertySchema> s = new LinkedHashMap<>();
    for (String k : keys) {
      s.put(
          k,
          switch (k) {
            case "min_in_service" -> schema("integer", 0L, List.of(Constraint.range(0, null)));
            case "max_batch_size" -> schema("integer", 1L, List.of(Constraint.range(1, null)));
            default -> schema("number", 0L, List.of(Constraint.range(0, null)));
          });
    }
    return map(s);
  }

  /** instance_group.py / autoscaling_group.py (AWS): no constraints, PauseTime a string. */
  private static PropertySchema aws() {
    Map<String, PropertySchema> s = new LinkedHashMap<>();
    s.put("MinInstancesInService", schema("integer", 0L, List.of()));
    s.put("MaxBatchSize", schema("integer", 1L, List.of()));
    s.put("PauseTime", schema("string", "PT0S", List.of()));
    return map(s);
  }

  private static PropertySchema map(Map<String, PropertySchema> keys) {
    return new PropertySchema(
        "map", null, null, false, true, false, List.of(), keys, SupportStatus.SUPPORTED);
  }

  private static PropertySchema schema(String type, Object dflt, List<Constraint> constraints) {
    return new PropertySchema(
        type, null, dflt, false, true, false, constraints, Map.of(), SupportStatus.SUPPORTED);
  }
}
