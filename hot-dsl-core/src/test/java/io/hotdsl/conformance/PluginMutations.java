package io.hotdsl.conformance;

import static io.hotdsl.conformance.Mutator.pick;
import static io.hotdsl.conformance.Mutator.section;

import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations for the cross-property rules of Heat's plugins ({@code validate()} in
 * heat/engine/resources/openstack/...), each adding one resource that exercises a rule with
 * values on both sides of it: Trove NICs, Barbican orders, group sizes, scaling policy steps,
 * group members' definitions, names of nested-stack resources and group update policies.
 */
final class PluginMutations {
  private PluginMutations() {}

  static void register(Map<String, Mutator.Mutation> kinds) {
    kinds.put("trove_networks", PluginMutations::troveNetworks);
    kinds.put("barbican_order", PluginMutations::barbicanOrder);
    kinds.put("group_sizes", PluginMutations::groupSizes);
    kinds.put("scaling_policy_step", PluginMutations::policyStep);
    kinds.put("group_member", PluginMutations::groupMember);
    kinds.put("nested_stack_name", PluginMutations::nestedStackName);
    kinds.put("group_update_policy", PluginMutations::updatePolicy);
  }

  private static String add(
      Map<String, Object> t, String name, String type, Map<String, Object> props) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("type", type);
    r.put("properties", props);
    section(t, "resources").put(name, r);
    return "resources." + name + " = " + r;
  }

  /** A value for a reference: a literal, a resource or attribute, a parameter, empty, null. */
  private static Object ref(Map<String, Object> t, Random r) {
    List<String> names = new ArrayList<>(section(t, "resources").keySet());
    String res = names.isEmpty() ? null : names.get(r.nextInt(names.size()));
    int k = r.nextInt(6);
    if (k == 0 && res != null) {
      return Map.of("get_resource", res);
    }
    if (k == 1 && res != null) {
      return Map.of("get_attr", List.of(res, "show"));
    }
    if (k == 2) {
      String p = "zz_ref";
      Map<String, Object> def = new LinkedHashMap<>();
      def.put("type", "string");
      if (r.nextBoolean()) {
        def.put("default", pick(r, "private", ""));
      }
      section(t, "parameters").put(p, def);
      return Map.of("get_param", p);
    }
    return pick(r, "private", "", "private");
  }

  private static String troveNetworks(Map<String, Object> t, Random r) {
    List<Object> nics = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
      Map<String, Object> nic = new LinkedHashMap<>();
      switch (r.nextInt(4)) {
        case 0 -> nic.put("network", ref(t, r));
        case 1 -> nic.put("port", ref(t, r));
        case 2 -> {
          nic.put("network", ref(t, r));
          nic.put("port", ref(t, r));
        }
        default -> nic.put("fixed_ip", "10.0.0.5");
      }
      nics.add(nic);
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("flavor", "m1.small");
    props.put("size", 1);
    props.put("networks", nics);
    if (r.nextInt(3) == 0) {
      props.put(
          "users",
          List.of(Map.of(
              "name",
              "app_user",
              "password",
              "secret1",
              "databases",
              List.of(pick(r, "app_db", "other_db")))));
      if (r.nextBoolean()) {
        props.put("databases", List.of(Map.of("name", "app_db")));
      }
    }
    return add(t, "zz_trove", "OS::Trove::Instance", props);
  }

  private static String barbicanOrder(Map<String, Object> t, Random r) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("type", pick(r, "key", "asymmetric", "certificate"));
    for (String key : List.of(
        "name",
        "algorithm",
        "bit_length",
        "mode",
        "pass_phrase",
        "subject_dn",
        "ca_id",
        "profile",
        "request_type")) {
      if (r.nextInt(4) == 0) {
        props.put(
            key,
            switch (key) {
              case "bit_length" -> pick(r, 256, (Object) null);
              case "algorithm" -> pick(r, "aes", "rsa", null);
              case "mode" -> "cbc";
              case "request_type" -> "custom";
              default -> pick(r, "x", ref(t, r));
            });
      }
    }
    return add(t, "zz_order", "OS::Barbican::Order", props);
  }

  private static Object size(Random r) {
    return pick(r, 0, 1, 2, 3, -1, 5);
  }

  private static String groupSizes(Map<String, Object> t, Random r) {
    Map<String, Object> props = new LinkedHashMap<>();
    String type = pick(
        r,
        "OS::Heat::AutoScalingGroup",
        "OS::Senlin::Cluster",
        "AWS::AutoScaling::AutoScalingGroup");
    switch (type) {
      case "OS::Heat::AutoScalingGroup" -> {
        props.put("min_size", size(r));
        props.put("max_size", size(r));
        props.put("resource", Map.of("type", "OS::Heat::None"));
      }
      case "OS::Senlin::Cluster" -> {
        props.put("profile", "p");
        if (r.nextBoolean()) {
          props.put("min_size", size(r));
        }
        if (r.nextBoolean()) {
          props.put("max_size", size(r));
        }
      }
      default -> {
        props.put("MinSize", size(r));
        props.put("MaxSize", size(r));
        props.put("AvailabilityZones", List.of("nova"));
        props.put(r.nextBoolean() ? "InstanceId" : "LaunchConfigurationName", "x");
      }
    }
    if (r.nextBoolean()) {
      props.put(
          type.startsWith("AWS") ? "DesiredCapacity" : "desired_capacity",
          pick(r, 0, 1, 2, 4, null));
    }
    return add(t, "zz_group", type, props);
  }

  private static String policyStep(Map<String, Object> t, Random r) {
    Map<String, Object> props = new LinkedHashMap<>();
    boolean aws = r.nextInt(3) == 0;
    if (aws) {
      props.put("AutoScalingGroupName", "g");
      props.put(
          "AdjustmentType",
          pick(r, "ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"));
      props.put("ScalingAdjustment", 1);
    } else {
      props.put("auto_scaling_group_id", "g");
      props.put(
          "adjustment_type",
          pick(r, "change_in_capacity", "exact_capacity", "percent_change_in_capacity"));
      props.put("scaling_adjustment", 1);
    }
    if (r.nextInt(4) != 0) {
      props.put(aws ? "MinAdjustmentStep" : "min_adjustment_step", pick(r, 1, 0, null));
    }
    return add(
        t, "zz_policy", aws ? "AWS::AutoScaling::ScalingPolicy" : "OS::Heat::ScalingPolicy", props);
  }

  /** A group whose member definition has one mistake (or none), with zero or more members. */
  private static String groupMember(Map<String, Object> t, Random r) {
    String memberType = pick(
        r,
        "OS::Nova::Server",
        "OS::Cinder::Volume",
        "OS::Heat::Value",
        "OS::Neutron::Port",
        "OS::Heat::RandomString");
    ResourceTypeSchema schema = ResourceTypes.lookup(memberType).orElse(null);
    if (schema == null) {
      return null;
    }
    Map<String, Object> memberProps = new LinkedHashMap<>();
    schema.properties().forEach((k, ps) -> {
      if (ps.required()) {
        memberProps.put(k, sample(ps));
      }
    });
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("type", memberType);
    member.put("properties", memberProps);
    String change = switch (r.nextInt(6)) {
      case 0 -> {
        memberProps.put("bogus", 1);
        yield "unknown property";
      }
      case 1 -> {
        if (memberProps.isEmpty()) {
          yield "nothing";
        }
        memberProps.remove(memberProps.keySet().iterator().next());
        yield "required property removed";
      }
      case 2 -> {
        member.put("metadata", List.of("a"));
        yield "metadata a list";
      }
      case 3 -> {
        member.put("properties", List.of("a"));
        yield "properties a list";
      }
      case 4 -> {
        memberProps.replaceAll((k, v) -> v instanceof String ? 1.5 : "abc");
        yield "wrong scalar types";
      }
      default -> "nothing";
    };
    Map<String, Object> props = new LinkedHashMap<>();
    String type = r.nextBoolean() ? "OS::Heat::ResourceGroup" : "OS::Heat::AutoScalingGroup";
    if (type.equals("OS::Heat::ResourceGroup")) {
      if (r.nextBoolean()) {
        props.put("count", pick(r, 0, 1, 2));
      }
      props.put("resource_def", member);
    } else {
      props.put("min_size", pick(r, 0, 1));
      props.put("max_size", 2);
      props.put("resource", member);
    }
    return add(t, "zz_members", type, props) + " (" + change + ")";
  }

  private static Object sample(PropertySchema ps) {
    if (!ps.allowedValues().isEmpty()) {
      return ps.allowedValues().get(0);
    }
    return switch (ps.type() == null ? "" : ps.type()) {
      case "integer", "number" -> 1;
      case "boolean" -> true;
      case "list" -> List.of();
      case "map" -> Map.of();
      default -> "x";
    };
  }

  private static String nestedStackName(Map<String, Object> t, Random r) {
    String name = pick(
        r,
        "gr\u00fcppe",
        "a b",
        "a:b",
        "1group",
        "group.a-b_c",
        "g".repeat(254),
        "g".repeat(230),
        "g".repeat(140),
        "line\n");
    Map<String, Object> props = new LinkedHashMap<>();
    String type =
        pick(r, "OS::Heat::ResourceGroup", "OS::Heat::AutoScalingGroup", "OS::Heat::None");
    if (type.equals("OS::Heat::ResourceGroup")) {
      props.put("count", pick(r, 0, 1));
      props.put("resource_def", Map.of("type", "OS::Heat::None"));
    } else if (type.equals("OS::Heat::AutoScalingGroup")) {
      props.put("min_size", 0);
      props.put("max_size", 1);
      props.put("resource", Map.of("type", "OS::Heat::None"));
    }
    return add(t, name, type, props);
  }

  private static String updatePolicy(Map<String, Object> t, Random r) {
    String type = pick(r, "OS::Heat::ResourceGroup", "OS::Heat::AutoScalingGroup");
    Map<String, Object> props = new LinkedHashMap<>();
    if (type.equals("OS::Heat::ResourceGroup")) {
      props.put("resource_def", Map.of("type", "OS::Heat::None"));
    } else {
      props.put("min_size", 0);
      props.put("max_size", 1);
      props.put("resource", Map.of("type", "OS::Heat::None"));
    }
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put(
        pick(r, "min_in_service", "max_batch_size", "pause_time", "bogus"),
        pick(r, 1, 0, -1, "abc", 2.5));
    Map<String, Object> policy = Map.of(
        pick(r, "rolling_update", "batch_create", "RollingUpdate"), pick(r, inner, 5, inner));
    String done = add(t, "zz_updated", type, props);
    @SuppressWarnings("unchecked")
    Map<String, Object> res = (Map<String, Object>) section(t, "resources").get("zz_updated");
    res.put("update_policy", policy);
    return done + " update_policy = " + policy;
  }
}
