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
      if (c.kind() == Constraint.Kind.LENGTH && ((Map<?, ?>) c.spec()).get("min") instanceof Number n) {
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

  static final List<String> CANDIDATES = List.of("sample", "sample-1", "/dev/vdb",
      "2030-01-01 00:00", "www.example.com", "1-2", "01234567-89ab-cdef-0123-456789abcdef", "a1");

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

  /** A builder of {@code type}'s class, named {@code name}, with every required property set. */
  static Resource.Builder<?> builderWithRequired(ResourceTypeSchema schema, String name)
      throws ReflectiveOperationException {
    Resource.Builder<?> b = builder(schema.type(), name);
    for (Map.Entry<String, PropertySchema> e : schema.properties().entrySet()) {
      if (e.getValue().required()) {
        b.property(e.getKey(), sample(e.getKey(), e.getValue()));
      }
    }
    return b;
  }

  /** {@code <class of type>.builder(name)} by reflection. */
  static Resource.Builder<?> builder(String type, String name) throws ReflectiveOperationException {
    Class<?> cls = Class.forName(GeneratedClasses.className(type));
    return (Resource.Builder<?>) cls.getMethod("builder", String.class).invoke(null, name);
  }
}
