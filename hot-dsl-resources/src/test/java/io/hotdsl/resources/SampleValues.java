package io.hotdsl.resources;

import io.hotdsl.model.Constraint;
import io.hotdsl.model.Resource;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sample property values read off a schema, honouring its constraints: the first allowed value,
 * the range's minimum (moved to meet a modulo), a string matching the pattern and length, a
 * plausible name or address for a custom constraint, nested required keys filled.
 */
final class SampleValues {
  private SampleValues() {}

  /** Plausible values for custom constraints (the oracle accepts any; Heat's own types check). */
  static final Map<String, String> CUSTOM = Map.ofEntries(
      Map.entry("nova.flavor", "m1.small"),
      Map.entry("glance.image", "cirros"),
      Map.entry("nova.keypair", "default"),
      Map.entry("nova.server", "server-1"),
      Map.entry("neutron.network", "private"),
      Map.entry("neutron.subnet", "private-subnet"),
      Map.entry("neutron.port", "port-1"),
      Map.entry("neutron.router", "router-1"),
      Map.entry("ip_addr", "10.0.0.5"),
      Map.entry("net_cidr", "10.0.0.0/24"),
      Map.entry("mac_addr", "fa:16:3e:00:00:01"),
      Map.entry("iso_8601", "2030-01-01T00:00:00Z"),
      Map.entry("cron_expression", "0 0 * * *"),
      Map.entry("timezone", "UTC"),
      Map.entry("dns_domain", "example.com."),
      Map.entry("dns_name", "www.example.com."),
      Map.entry("rel_dns_name", "www"),
      Map.entry("expiration", "2030-01-01T00:00:00Z"),
      Map.entry("keystone.project", "demo"),
      Map.entry("keystone.user", "demo"),
      Map.entry("keystone.group", "admins"),
      Map.entry("keystone.service", "nova"),
      Map.entry("keystone.role", "member"),
      Map.entry("keystone.domain", "default"),
      Map.entry("cinder.volume", "volume-1"),
      Map.entry("cinder.vtype", "lvm"),
      Map.entry("cinder.snapshot", "snap-1"),
      Map.entry("cinder.backup", "backup-1"),
      Map.entry("cinder.qos_specs", "qos-1"),
      Map.entry("sahara.plugin", "vanilla"),
      Map.entry("zaqar.queue", "queue-1"),
      Map.entry("mistral.workflow", "wf-1"),
      Map.entry("senlin.profile_type", "os.nova.server-1.0"),
      Map.entry("senlin.policy_type", "senlin.policy.deletion-1.0"),
      Map.entry("sahara.job_type", "Pig"));

  /** The sample of a property (or nested key) schema. */
  static Object sample(String key, PropertySchema p) {
    List<?> allowed = p.allowedValues();
    if (!allowed.isEmpty()) {
      Object first = allowed.get(0);
      return "list".equals(p.type()) ? List.of(first) : first;
    }
    String type = p.type() == null ? "any" : p.type();
    switch (type) {
      case "integer", "number" -> {
        return number(p);
      }
      case "boolean" -> {
        return Boolean.TRUE;
      }
      case "list" -> {
        PropertySchema item = p.itemSchema();
        int n = Math.max(1, minLength(p));
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          out.add(item == null ? "item" : sample(key, item));
        }
        return out;
      }
      case "map" -> {
        Map<String, Object> out = new LinkedHashMap<>();
        if (p.schema().isEmpty()) {
          out.put("key", "value");
        }
        for (Map.Entry<String, PropertySchema> e : p.schema().entrySet()) {
          if (e.getValue().required()) {
            out.put(e.getKey(), sample(e.getKey(), e.getValue()));
          }
        }
        return out;
      }
      case "string" -> {
        return string(key, p);
      }
      default -> {
        return "sample";
      }
    }
  }

  private static int minLength(PropertySchema p) {
    for (Constraint c : p.constraints()) {
      if (c.kind() == Constraint.Kind.LENGTH
          && ((Map<?, ?>) c.spec()).get("min") instanceof Number n) {
        return n.intValue();
      }
    }
    return 0;
  }

  private static Object number(PropertySchema p) {
    long v = 1;
    Long step = null;
    long offset = 0;
    for (Constraint c : p.constraints()) {
      Map<?, ?> spec = c.spec() instanceof Map<?, ?> m ? m : Map.of();
      if (c.kind() == Constraint.Kind.RANGE) {
        if (spec.get("min") instanceof Number min) {
          v = (long) Math.ceil(min.doubleValue());
        } else if (spec.get("max") instanceof Number max && max.doubleValue() < v) {
          v = (long) Math.floor(max.doubleValue());
        }
      }
      if (c.kind() == Constraint.Kind.MODULO) {
        step = ((Number) spec.get("step")).longValue();
        offset = spec.get("offset") instanceof Number o ? o.longValue() : 0;
      }
    }
    if (step != null) {
      while (Math.floorMod(v, step) != Math.floorMod(offset, step)) {
        v++;
      }
    }
    return v;
  }

  static final List<String> CANDIDATES = List.of(
      "sample",
      "sample-1",
      "/dev/vdb",
      "2030-01-01 00:00",
      "www.example.com",
      "1-2",
      "01234567-89ab-cdef-0123-456789abcdef",
      "a1");

  private static String string(String key, PropertySchema p) {
    for (String custom : p.customConstraints()) {
      if (CUSTOM.containsKey(custom)) {
        return CUSTOM.get(custom);
      }
    }
    String pattern = null;
    for (Constraint c : p.constraints()) {
      if (c.kind() == Constraint.Kind.ALLOWED_PATTERN) {
        pattern = (String) c.spec();
      }
    }
    for (String candidate : CANDIDATES) {
      if ((pattern == null || Pattern.compile(pattern).matcher(candidate).matches())
          && fitsLength(p, candidate)) {
        return candidate;
      }
    }
    int n = Math.max(1, minLength(p));
    return "s".repeat(n);
  }

  private static boolean fitsLength(PropertySchema p, String s) {
    for (Constraint c : p.constraints()) {
      if (c.kind() == Constraint.Kind.LENGTH && c.violation(s) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Properties the schema can't express: Heat's resource-level validate() rules ("at least one of
   * …", "image or a bootable volume") and references whose format Heat checks. Set on top of the
   * required samples so Heat's STRICT validation passes where the sample, not the cloud, is the
   * problem.
   */
  static final Map<String, Map<String, Object>> EXTRA = Map.ofEntries(
      Map.entry("AWS::AutoScaling::AutoScalingGroup", Map.of("InstanceId", "server-1")),
      Map.entry(
          "AWS::AutoScaling::LaunchConfiguration",
          Map.of("ImageId", "cirros", "InstanceType", "m1.small")),
      Map.entry("AWS::EC2::EIPAssociation", Map.of("EIP", "172.24.4.10", "InstanceId", "server-1")),
      Map.entry("OS::Barbican::Order", Map.of("algorithm", "aes", "bit_length", 256)),
      Map.entry("OS::Cinder::Quota", Map.of("volumes", 10)),
      Map.entry("OS::Cinder::Volume", Map.of("size", 1)),
      Map.entry("OS::Designate::Zone", Map.of("email", "admin@example.com")),
      Map.entry("OS::Heat::AccessPolicy", Map.of("AllowedResources", List.of())),
      Map.entry("OS::Heat::AutoScalingGroup", Map.of("resource", Map.of("type", "OS::Heat::None"))),
      Map.entry("OS::Heat::ResourceChain", Map.of("resources", List.of("OS::Heat::None"))),
      Map.entry(
          "OS::Heat::ResourceGroup", Map.of("resource_def", Map.of("type", "OS::Heat::None"))),
      Map.entry("OS::Heat::Stack", Map.of("template", "heat_template_version: 2021-04-16\n")),
      Map.entry("OS::Mistral::CronTrigger", Map.of("pattern", "0 0 * * *")),
      Map.entry(
          "OS::Mistral::Workflow",
          Map.of("tasks", List.of(Map.of("name", "noop", "action", "std.noop")))),
      Map.entry("OS::Monasca::Notification", Map.of("address", "admin@example.com")),
      Map.entry("OS::Neutron::LBaaS::Listener", Map.of("loadbalancer", "lb-1")),
      Map.entry("OS::Neutron::LBaaS::Pool", Map.of("listener", "listener-1")),
      Map.entry("OS::Neutron::Quota", Map.of("network", 10)),
      Map.entry("OS::Neutron::RouterInterface", Map.of("subnet", "private-subnet")),
      Map.entry("OS::Neutron::Subnet", Map.of("cidr", "10.0.0.0/24")),
      Map.entry(
          "OS::Nova::KeyPair",
          Map.of("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBXXXXXXXXXXXXXXXXXX test")),
      Map.entry("OS::Nova::Quota", Map.of("cores", 10)),
      Map.entry("OS::Nova::Server", Map.of("image", "cirros")),
      Map.entry("OS::Octavia::Listener", Map.of("loadbalancer", "lb-1")),
      Map.entry("OS::Octavia::Pool", Map.of("listener", "listener-1")),
      Map.entry("OS::Octavia::Quota", Map.of("loadbalancer", 10)),
      Map.entry("OS::Sahara::ClusterTemplate", Map.of("neutron_management_network", "private")),
      Map.entry(
          "OS::Sahara::JobBinary",
          Map.of("url", "internal-db://00000000-0000-0000-0000-000000000001")),
      Map.entry("OS::Zaqar::Subscription", Map.of("subscriber", "http://example.com/hook")));

  /** A builder of {@code type}'s class, named {@code name}, with every required property set. */
  static Resource.Builder<?> builderWithRequired(ResourceTypeSchema schema, String name)
      throws ReflectiveOperationException {
    Resource.Builder<?> b = builder(schema.type(), name);
    for (Map.Entry<String, PropertySchema> e : schema.properties().entrySet()) {
      if (e.getValue().required()) {
        b.property(e.getKey(), sample(e.getKey(), e.getValue()));
      }
    }
    EXTRA.getOrDefault(schema.type(), Map.of()).forEach(b::property);
    return b;
  }

  /** {@code <class of type>.builder(name)} by reflection. */
  static Resource.Builder<?> builder(String type, String name) throws ReflectiveOperationException {
    Class<?> cls = Class.forName(GeneratedClasses.className(type));
    return (Resource.Builder<?>) cls.getMethod("builder", String.class).invoke(null, name);
  }
}
