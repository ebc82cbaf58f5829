package io.hotdsl.codegen;

import com.palantir.javapoet.ClassName;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.SupportStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which resource types a string property refers to, so that its setter also takes the resource
 * itself ({@code .network(net)} renders {@code {get_resource: net}}).
 *
 * <p>The rule, from the schema data alone: a string property (or list item) whose Heat schema
 * has the custom constraint {@code svc.thing} (Heat looks the value up in that service: a name or
 * an ID) refers to every type of this generation run named {@code <any>::Svc::Thing}, comparing
 * the segments without case and underscores ({@code neutron.security_group} →
 * {@code OS::Neutron::SecurityGroup}, {@code octavia.pool} → {@code OS::Octavia::Pool},
 * {@code neutron.lbaas.pool} → {@code OS::Neutron::LBaaS::Pool}). The physical ID Heat gives such a
 * resource ({@code get_resource}) is what the constraint accepts. Types that are deprecated or
 * hidden are left out (their classes are deprecated), and so are constraints no type matches
 * ({@code ip_addr}, {@code nova.host}, {@code trove.flavor}): those setters take strings only.
 *
 * <p>{@link #ALIASES} lists the constraints whose creating types have other names, and {@link
 * #UNCONSTRAINED} the properties that take such an ID without saying so in their schema, each
 * with the reason.
 */
final class References {
  /** A generator that knows no types: no reference setters ({@link ApiShapes}). */
  static final References NONE = new References("unused", List.of());

  /** Constraint names that mean more types than their own name, and which. */
  static final Map<String, List<String>> ALIASES = Map.of(
      // Heat's network resources are OS::Neutron::Net and OS::Neutron::ProviderNet
      "neutron.network", List.of("neutron.net", "neutron.provider_net"),
      // a volume type is created as OS::Cinder::VolumeType; the constraint is named "vtype"
      "cinder.vtype", List.of("cinder.volume_type"),
      // OS::Glance::WebImage uploads an image from a URL; its ID is the image's
      "glance.image", List.of("glance.web_image"),
      // Barbican's three container types are all containers to the constraint
      "barbican.container",
          List.of(
              "barbican.generic_container",
              "barbican.certificate_container",
              "barbican.rsa_container"),
      // not a Heat constraint: the name UNCONSTRAINED uses for a software config's ID, which
      // every config type's get_resource is (they are all stored as software configs)
      "heat.software_config",
          List.of(
              "heat.structured_config",
              "heat.cloud_config",
              "heat.multipart_mime",
              "heat.software_component"));

  /**
   * Properties (type and path, a list's items as {@code [*]}) whose schema has no custom
   * constraint although Heat uses the value as the ID (or name) of what the constraint named here
   * looks up; each with the place in Heat's plugin code that does.
   */
  static final Map<String, String> UNCONSTRAINED = Map.ofEntries(
      // port.py: security_groups go through neutron's find_resourceid_by_name_or_id
      Map.entry("OS::Neutron::Port security_groups[*]", "neutron.security_group"),
      // server.py: the server's ports get the groups the same way (_get_security_groups)
      Map.entry("OS::Nova::Server security_groups[*]", "neutron.security_group"),
      // server.py: a translation rule resolves networks[*].subnet as a neutron subnet
      Map.entry("OS::Nova::Server networks[*].subnet", "neutron.subnet"),
      // server_network_mixin.py: associated through neutron's update_floatingip(ID)
      Map.entry("OS::Nova::Server networks[*].floating_ip", "neutron.floating_ip"),
      // router.py: a translation rule resolves the gateway's network as a neutron network
      Map.entry("OS::Neutron::Router external_gateway_info.network", "neutron.network"),
      // floatingip.py (FloatingIPAssociation): update_floatingip(floatingip_id, ...)
      Map.entry("OS::Neutron::FloatingIPAssociation floatingip_id", "neutron.floating_ip"),
      // cinder/volume.py (CinderVolumeAttachment): the server's ID, given to nova's attach
      Map.entry("OS::Cinder::VolumeAttachment instance_uuid", "nova.server"),
      // scaling_policy.py: stack.resource_by_refid(auto_scaling_group_id), the group's get_resource
      Map.entry("OS::Heat::ScalingPolicy auto_scaling_group_id", "heat.auto_scaling_group"),
      // software_deployment.py: the server whose metadata carries the deployment, by ID
      Map.entry("OS::Heat::SoftwareDeployment server", "nova.server"),
      Map.entry("OS::Heat::StructuredDeployment server", "nova.server"),
      // software_deployment.py: rpc show_software_config(config), a software config's ID
      Map.entry("OS::Heat::SoftwareDeployment config", "heat.software_config"),
      Map.entry("OS::Heat::StructuredDeployment config", "heat.software_config"),
      Map.entry("OS::Heat::SoftwareDeploymentGroup config", "heat.software_config"),
      Map.entry("OS::Heat::StructuredDeploymentGroup config", "heat.software_config"));

  /** The types by normalised name without namespace ("neutron/securitygroup"). */
  private final Map<String, List<String>> byName = new TreeMap<>();

  private final String basePackage;

  References(String basePackage, Collection<ResourceTypeSchema> types) {
    this.basePackage = basePackage;
    for (ResourceTypeSchema t : types) {
      SupportStatus s = t.supportStatus();
      if (s != null && (s.isDeprecated() || s.isHidden() || s.isUnsupported())) {
        continue;
      }
      String[] parts = t.type().split("::");
      if (parts.length < 3) {
        continue;
      }
      List<String> key = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        key.add(normal(parts[i]));
      }
      byName.computeIfAbsent(String.join("/", key), k -> new ArrayList<>()).add(t.type());
    }
  }

  /** The classes of {@link #types(String, String, PropertySchema)}. */
  List<ClassName> targets(String type, String path, PropertySchema p) {
    return types(type, path, p).stream()
        .map(t -> ClassName.get(Naming.packageName(basePackage, t), Naming.className(t)))
        .toList();
  }

  /**
   * The types the string value at {@code path} of {@code type} ({@code networks[*].network}) may
   * be a resource of, sorted; {@code p} is null for a list's untyped items.
   */
  List<String> types(String type, String path, PropertySchema p) {
    List<String> constraints = new ArrayList<>();
    String unconstrained = UNCONSTRAINED.get(type + " " + path);
    if (unconstrained != null) {
      constraints.add(unconstrained);
    } else if (p == null || !"string".equals(p.type())) {
      return List.of();
    } else {
      constraints.addAll(p.customConstraints());
    }
    TreeSet<String> out = new TreeSet<>();
    for (String name : constraints) {
      List<String> names = new ArrayList<>();
      names.add(name);
      names.addAll(ALIASES.getOrDefault(name, List.of()));
      for (String n : names) {
        List<String> key = new ArrayList<>();
        for (String part : n.split("\\.")) {
          key.add(normal(part));
        }
        out.addAll(byName.getOrDefault(String.join("/", key), List.of()));
      }
    }
    return List.copyOf(out);
  }

  private static String normal(String segment) {
    return segment.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
