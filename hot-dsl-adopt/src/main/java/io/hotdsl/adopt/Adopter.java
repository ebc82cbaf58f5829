package io.hotdsl.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a HOT template (2021-04-16) from what was read of a project, as Flame did.
 *
 * <p>Objects read become typed resources (servers with their ports and networks, volumes and
 * attachments, security groups with rules, networks, subnets, routers with gateway and
 * interfaces, floating IPs with port forwardings, key pairs, server groups); references between
 * them become {@code get_resource}. References to things not read (an image, a flavor, an
 * external network, another project's port) become parameters with Heat's custom constraint
 * ({@code glance.image}, {@code nova.flavor}, {@code neutron.network} …) and the current value as
 * default. Secrets (admin passwords, user data) become hidden parameters without a default.
 *
 * <pre>{@code
 * Adoption a = Adopter.create().externalIds(true).adopt(ProjectSnapshot.fromDirectory(dir));
 * a.bundle(true).writeTo(out);
 * }</pre>
 */
public final class Adopter {
  static final String EXTRA_ROUTE_SET = "OS::Neutron::ExtraRouteSet";
  static final String FLOATING_IP = "OS::Neutron::FloatingIP";
  static final String FLOATING_IP_PORT_FORWARD = "OS::Neutron::FloatingIPPortForward";
  static final String KEY_PAIR = "OS::Nova::KeyPair";
  static final String NET = "OS::Neutron::Net";
  static final String PORT = "OS::Neutron::Port";
  static final String ROUTER = "OS::Neutron::Router";
  static final String ROUTER_INTERFACE = "OS::Neutron::RouterInterface";
  static final String SECURITY_GROUP = "OS::Neutron::SecurityGroup";
  static final String SERVER = "OS::Nova::Server";
  static final String SERVER_GROUP = "OS::Nova::ServerGroup";
  static final String SUBNET = "OS::Neutron::Subnet";
  static final String VOLUME = "OS::Cinder::Volume";
  static final String VOLUME_ATTACHMENT = "OS::Cinder::VolumeAttachment";


  /**
   * The resource types of Heat 19 that cannot adopt an {@code external_id}: their classes have no
   * {@code entity} to look the ID up with ({@code Resource._show_resource}, {@code
   * NeutronResource._show_resource}), so Heat fails validating the external resource.
   */
  public static final Set<String> NO_EXTERNAL_ID = Set.of(
      ROUTER_INTERFACE, EXTRA_ROUTE_SET, FLOATING_IP_PORT_FORWARD,
      "OS::Neutron::FloatingIPAssociation", VOLUME_ATTACHMENT);

  private static final Set<String> ROUTER_INTERFACE_OWNERS = Set.of("network:router_interface",
      "network:router_interface_distributed", "network:ha_router_replicated_interface");

  private boolean externalIds;
  private boolean adminPasswords = true;
  private String description;

  private Adopter() {}

  public static Adopter create() {
    return new Adopter();
  }

  /** Emit {@code external_id} on every resource whose type Heat 19 can adopt (default false). */
  public Adopter externalIds(boolean externalIds) {
    this.externalIds = externalIds;
    return this;
  }

  /**
   * Give each server an {@code admin_pass} bound to a hidden parameter without default (default
   * true): the running server's password cannot be read, the re-created one needs a new one.
   */
  public Adopter adminPasswords(boolean adminPasswords) {
    this.adminPasswords = adminPasswords;
    return this;
  }

  /** The template's description (default: a summary of what was read). */
  public Adopter description(String description) {
    this.description = description;
    return this;
  }

  /** Builds the template. */
  public Adoption adopt(ProjectSnapshot snapshot) {
    return new Run(Objects.requireNonNull(snapshot, "snapshot")).run();
  }

  // ---------------------------------------------------------------------------------------------

  private final class Run {
    final ProjectSnapshot s;
    final Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    final List<String> warnings = new ArrayList<>();
    final Map<String, String> physicalIds = new LinkedHashMap<>();
    final Set<String> usedNames = new HashSet<>();
    final Set<String> usedParams = new HashSet<>();
    /** "kind:id" to resource name, assigned before any resource is built. */
    final Map<String, String> names = new HashMap<>();
    /** "constraint\0value" to parameter name. */
    final Map<String, String> params = new HashMap<>();
    final Map<String, List<String>> notAdoptable = new TreeMap<>();
    final Map<String, JsonNode> networks = new LinkedHashMap<>();
    final Map<String, JsonNode> subnets = new LinkedHashMap<>();
    final Map<String, JsonNode> images = new HashMap<>();
    final Map<String, JsonNode> flavors = new HashMap<>();
    final Map<String, JsonNode> keypairs = new HashMap<>();
    final Map<String, String> sgByName = new HashMap<>();
    final Set<String> zones = new LinkedHashSet<>();
    final List<String> serverOrder = new ArrayList<>();

    Run(ProjectSnapshot s) {
      this.s = s;
    }

    Adoption run() {
      index();
      assignNames();
      t.description(description != null ? description : summary());
      keyPairs();
      serverGroups();
      securityGroups();
      networks();
      subnets();
      routers();
      ports();
      volumes();
      servers();
      attachments();
      floatingIps();
      imageWarnings();
      notAdoptable.forEach((type, rs) -> warnings.add("external_id: Heat 19 cannot adopt "
          + type + " (no entity to look the ID up with); created anew: " + String.join(", ", rs)));
      return new Adoption(t.build(), warnings, physicalIds);
    }

    String summary() {
      StringBuilder b = new StringBuilder("Adopted by hot-dsl-adopt from what was read");
      if (s.projectId() != null) {
        b.append(" of project ").append(s.projectId());
      }
      b.append(": ");
      List<String> parts = new ArrayList<>();
      for (Kind k : Kind.values()) {
        if (!s.items(k).isEmpty()) {
          parts.add(s.items(k).size() + " " + k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
      }
      return b.append(parts.isEmpty() ? "nothing" : String.join(", ", parts)).toString();
    }

    // --- indexes and names ---------------------------------------------------------------------

    void index() {
      for (JsonNode n : s.items(Kind.NETWORKS)) {
        networks.put(text(n, "id"), n);
      }
      for (JsonNode n : s.items(Kind.SUBNETS)) {
        subnets.put(text(n, "id"), n);
      }
      s.items(Kind.IMAGES).forEach(n -> images.put(text(n, "id"), n));
      s.items(Kind.FLAVORS).forEach(n -> flavors.put(text(n, "id"), n));
      s.items(Kind.KEYPAIRS).forEach(n -> keypairs.put(text(n, "name"), n));
      for (JsonNode z : s.items(Kind.AVAILABILITY_ZONES)) {
        String zn = text(z, "zoneName");
        if (zn != null && !"internal".equals(zn) && z.path("zoneState").path("available").asBoolean(true)) {
          zones.add(zn);
        }
      }
      Map<String, Integer> sgNames = new HashMap<>();
      s.items(Kind.SECURITY_GROUPS).forEach(n -> sgNames.merge(text(n, "name"), 1, Integer::sum));
      for (JsonNode n : s.items(Kind.SECURITY_GROUPS)) {
        if (sgNames.get(text(n, "name")) == 1) {
          sgByName.put(text(n, "name"), text(n, "id"));
        }
      }
    }

    void assignNames() {
      s.items(Kind.KEYPAIRS).forEach(n -> name("keypair", text(n, "name"), text(n, "name")));
      s.items(Kind.SERVER_GROUPS).forEach(n -> name("server_group", n));
      for (JsonNode n : s.items(Kind.SECURITY_GROUPS)) {
        if (!"default".equals(text(n, "name"))) {
          name("security_group", n);
        }
      }
      for (JsonNode n : s.items(Kind.NETWORKS)) {
        if (!isExternal(n)) {
          name("network", n);
        }
      }
      s.items(Kind.SUBNETS).forEach(n -> name("subnet", n));
      s.items(Kind.ROUTERS).forEach(n -> name("router", n));
      for (JsonNode n : s.items(Kind.PORTS)) {
        if (!text(n, "device_owner", "").startsWith("network:")) {
          name("port", n);
        }
      }
      s.items(Kind.VOLUMES).forEach(n -> name("volume", n));
      for (JsonNode n : s.items(Kind.SERVERS)) {
        name("server", n);
        serverOrder.add(text(n, "id"));
      }
      s.items(Kind.FLOATING_IPS).forEach(n -> name("floating_ip", text(n, "id"),
          text(n, "floating_ip_address") == null ? null
              : "fip_" + text(n, "floating_ip_address")));
    }

    String name(String kind, JsonNode n) {
      return name(kind, text(n, "id"), text(n, "name"));
    }

    String name(String kind, String id, String label) {
      String base = sanitize(label);
      if (base.isEmpty()) {
        base = kind + "_" + shortId(id);
      }
      String unique = unique(base, usedNames);
      names.put(kind + ":" + id, unique);
      return unique;
    }

    String res(String kind, String id) {
      return id == null ? null : names.get(kind + ":" + id);
    }

    <R extends Resource> R add(R resource, String id) {
      Resource r = resource;
      if (id != null) {
        physicalIds.put(resource.name(), id);
        if (externalIds) {
          if (NO_EXTERNAL_ID.contains(resource.type())) {
            notAdoptable.computeIfAbsent(resource.type(), k -> new ArrayList<>()).add(resource.name());
          } else {
            r = resource.toBuilder().externalId(id).build();
          }
        }
      }
      t.resource(r);
      return resource;
    }

    /**
     * A parameter for a reference to something not read, with the custom constraint of the
     * property it feeds (from the Heat 19 schema, else {@code fallback}), deduplicated by value.
     */
    Value<String> param(String base, String label, String value, String type, String fallback,
        String description, String... path) {
      String constraint = customConstraint(type, fallback, path);
      String key = constraint + "\0" + value;
      String existing = params.get(key);
      if (existing == null) {
        String stem = sanitize(base + "_" + (label == null || label.isEmpty() ? shortId(value) : label));
        existing = unique(stem, usedParams);
        Parameter.Builder<String> p = Parameter.string(existing).defaultValue(value)
            .description(description);
        if (constraint != null) {
          p.constraint(Constraint.customConstraint(constraint));
        }
        t.parameter(p);
        params.put(key, existing);
      }
      return Fn.getParam(existing);
    }

    Value<String> secret(String name, String description) {
      String p = unique(sanitize(name), usedParams);
      t.parameter(Parameter.string(p).hidden(true).description(description));
      return Fn.getParam(p);
    }

    // --- references ----------------------------------------------------------------------------

    Object networkRef(String id, String type, String... path) {
      String r = res("network", id);
      if (r != null) {
        return Fn.getResource(r);
      }
      JsonNode n = networks.get(id);
      boolean external = n != null && isExternal(n);
      return param(external || type.equals(ROUTER) || type.equals(FLOATING_IP)
              ? "external_network" : "network", n == null ? null : text(n, "name"), id, type,
          "neutron.network", "network " + id + (n == null ? " (not read)" : ""), path);
    }

    Object subnetRef(String id, String type, String... path) {
      String r = res("subnet", id);
      return r != null ? Fn.getResource(r) : param("subnet", null, id, type, "neutron.subnet",
          "subnet " + id + " (not read)", path);
    }

    Object portRef(String id, String type, String... path) {
      String r = res("port", id);
      return r != null ? Fn.getResource(r) : param("port", null, id, type, "neutron.port",
          "port " + id + " (not read: another project's, or not listed)", path);
    }

    Object serverRef(String id) {
      String r = res("server", id);
      return r != null ? Fn.getResource(r) : param("server", null, id, VOLUME_ATTACHMENT,
          "nova.server", "server " + id + " (not read)", "instance_uuid");
    }

    Object volumeRef(String id, String type, String... path) {
      String r = res("volume", id);
      return r != null ? Fn.getResource(r) : param("volume", null, id, type, "cinder.volume",
          "volume " + id + " (not read)", path);
    }

    Object securityGroupRef(String idOrName, boolean byName) {
      String id = byName ? sgByName.get(idOrName) : idOrName;
      String r = res("security_group", id);
      if (r != null) {
        return Fn.getResource(r);
      }
      if (byName) {
        return idOrName; // a name (default, or another's): Nova resolves it in the project
      }
      JsonNode g = s.items(Kind.SECURITY_GROUPS).stream()
          .filter(n -> idOrName.equals(text(n, "id"))).findFirst().orElse(null);
      return param("security_group", g == null ? null : text(g, "name"), idOrName, PORT,
          "neutron.security_group", "security group " + idOrName
              + (g == null ? " (not read)" : " (Neutron's default group, not re-created)"));
    }

    Object imageRef(String id, String type, String... path) {
      JsonNode img = images.get(id);
      return param("image", img == null ? null : text(img, "name"), id, type, "glance.image",
          "image " + id + (img == null ? "" : " (" + text(img, "name") + ")"), path);
    }

    Object zone(String zone, String type) {
      if (zone == null || zone.isEmpty()) {
        return null;
      }
      String key = "az\0" + zone;
      String existing = params.get(key);
      if (existing == null) {
        existing = unique(sanitize("availability_zone_" + zone), usedParams);
        Parameter.Builder<String> p = Parameter.string(existing).defaultValue(zone)
            .description("availability zone " + zone);
        if (zones.contains(zone)) {
          p.constraint(Constraint.allowedValues(List.copyOf(zones)));
        } else if (!zones.isEmpty()) {
          warnings.add("availability zone " + zone + " (" + type + ") is not among the zones read: "
              + zones);
        }
        t.parameter(p);
        params.put(key, existing);
      }
      return Fn.getParam(existing);
    }

    // --- resources -----------------------------------------------------------------------------

    void keyPairs() {
      for (JsonNode k : s.items(Kind.KEYPAIRS)) {
        Resource.GenericBuilder b = builder(KEY_PAIR, res("keypair", text(k, "name")))
            .property("name", text(k, "name"));
        if (text(k, "public_key") != null) {
          b.property("public_key", text(k, "public_key").strip());
        }
        if (text(k, "type") != null) {
          b.property("type", text(k, "type"));
        }
        if (k.hasNonNull("private_key")) {
          warnings.add("key pair " + text(k, "name") + ": its private key was read and left out");
        }
        add(b.build(), text(k, "name"));
      }
    }

    void serverGroups() {
      for (JsonNode g : s.items(Kind.SERVER_GROUPS)) {
        Resource.GenericBuilder b = builder(SERVER_GROUP, res("server_group", text(g, "id")));
        if (text(g, "name") != null) {
          b.property("name", text(g, "name"));
        }
        List<String> policies = new ArrayList<>();
        if (text(g, "policy") != null) {
          policies.add(text(g, "policy"));
        } else {
          g.path("policies").forEach(p -> policies.add(p.asText()));
        }
        if (!policies.isEmpty()) {
          b.property("policies", policies);
        }
        if (g.path("rules").isObject() && g.path("rules").size() > 0) {
          b.property("rules", plain(g.get("rules")));
        }
        add(b.build(), text(g, "id"));
      }
    }

    void securityGroups() {
      Set<String> built = new HashSet<>();
      for (JsonNode g : s.items(Kind.SECURITY_GROUPS)) {
        String id = text(g, "id");
        if ("default".equals(text(g, "name"))) {
          warnings.add("security group default (" + id + ") is Neutron's per-project default: "
              + "not re-created (Heat refuses the name), referred to by name or parameter");
          continue;
        }
        Resource.GenericBuilder b = builder(SECURITY_GROUP, res("security_group", id))
            .property("name", text(g, "name"));
        if (text(g, "description") != null && !text(g, "description").isEmpty()) {
          b.property("description", text(g, "description"));
        }
        List<Object> rules = new ArrayList<>();
        for (JsonNode r : g.path("security_group_rules")) {
          Map<String, Object> rule = new LinkedHashMap<>();
          rule.put("direction", text(r, "direction"));
          rule.put("ethertype", text(r, "ethertype"));
          putIf(rule, "protocol", text(r, "protocol"));
          if (r.hasNonNull("port_range_min")) {
            rule.put("port_range_min", r.get("port_range_min").asLong());
          }
          if (r.hasNonNull("port_range_max")) {
            rule.put("port_range_max", r.get("port_range_max").asLong());
          }
          putIf(rule, "remote_ip_prefix", text(r, "remote_ip_prefix"));
          String remote = text(r, "remote_group_id");
          if (remote != null) {
            rule.put("remote_mode", "remote_group_id");
            if (!remote.equals(id)) { // omitted: the group itself
              String other = res("security_group", remote);
              if (other != null && built.contains(remote)) {
                rule.put("remote_group_id", Fn.getResource(other));
              } else {
                rule.put("remote_group_id", remote);
                warnings.add("security group " + text(g, "name") + ": a rule names group "
                    + remote + " by ID (not read, or read later: a reference could be a cycle)");
              }
            }
          }
          rules.add(rule);
        }
        b.property("rules", rules);
        add(b.build(), id);
        built.add(id);
      }
    }

    void networks() {
      for (JsonNode n : s.items(Kind.NETWORKS)) {
        String id = text(n, "id");
        if (isExternal(n)) {
          continue;
        }
        Resource.GenericBuilder b = builder(NET, res("network", id));
        putName(b, n);
        if (!n.path("admin_state_up").asBoolean(true)) {
          b.property("admin_state_up", false);
        }
        if (n.path("shared").asBoolean(false)) {
          b.property("shared", true);
        }
        if (n.has("port_security_enabled") && !n.path("port_security_enabled").asBoolean(true)) {
          b.property("port_security_enabled", false);
        }
        if (text(n, "qos_policy_id") != null) {
          b.property("qos_policy", param("qos_policy", null, text(n, "qos_policy_id"), NET,
              "neutron.qos_policy", "QoS policy " + text(n, "qos_policy_id"), "qos_policy"));
        }
        tags(b, n);
        add(b.build(), id);
      }
    }

    void subnets() {
      for (JsonNode n : s.items(Kind.SUBNETS)) {
        Resource.GenericBuilder b = builder(SUBNET, res("subnet", text(n, "id")));
        putName(b, n);
        b.property("network", networkRef(text(n, "network_id"), SUBNET, "network"));
        b.property("cidr", text(n, "cidr"));
        if (n.hasNonNull("ip_version")) {
          b.property("ip_version", n.get("ip_version").asLong());
        }
        b.property("enable_dhcp", n.path("enable_dhcp").asBoolean(true));
        b.property("gateway_ip", text(n, "gateway_ip", ""));
        if (n.path("allocation_pools").size() > 0) {
          b.property("allocation_pools", plain(n.get("allocation_pools")));
        }
        if (n.path("dns_nameservers").size() > 0) {
          b.property("dns_nameservers", plain(n.get("dns_nameservers")));
        }
        if (n.path("host_routes").size() > 0) {
          b.property("host_routes", plain(n.get("host_routes")));
        }
        putIf(b, "ipv6_address_mode", text(n, "ipv6_address_mode"));
        putIf(b, "ipv6_ra_mode", text(n, "ipv6_ra_mode"));
        if (text(n, "subnetpool_id") != null) {
          b.property("subnetpool", param("subnetpool", null, text(n, "subnetpool_id"),
              SUBNET, "neutron.subnetpool", "subnet pool", "subnetpool"));
        }
        tags(b, n);
        add(b.build(), text(n, "id"));
      }
    }

    void routers() {
      for (JsonNode n : s.items(Kind.ROUTERS)) {
        String id = text(n, "id");
        String name = res("router", id);
        Resource.GenericBuilder b = builder(ROUTER, name);
        putName(b, n);
        if (!n.path("admin_state_up").asBoolean(true)) {
          b.property("admin_state_up", false);
        }
        JsonNode gw = n.path("external_gateway_info");
        if (gw.isObject() && text(gw, "network_id") != null) {
          Map<String, Object> info = new LinkedHashMap<>();
          info.put("network", networkRef(text(gw, "network_id"), ROUTER,
              "external_gateway_info", "network"));
          if (gw.has("enable_snat") && !gw.path("enable_snat").asBoolean(true)) {
            info.put("enable_snat", false); // true is the default; setting it is admin-only
          }
          b.property("external_gateway_info", info);
        }
        if (n.path("distributed").asBoolean(false)) {
          b.property("distributed", true);
        }
        if (n.path("ha").asBoolean(false)) {
          b.property("ha", true);
        }
        tags(b, n);
        add(b.build(), id);
        if (n.path("routes").size() > 0) {
          add(builder(EXTRA_ROUTE_SET, unique(name + "_routes", usedNames))
              .property("router", Fn.getResource(name))
              .property("routes", plain(n.get("routes"))).build(), id);
        }
      }
      for (JsonNode p : s.items(Kind.PORTS)) {
        if (!ROUTER_INTERFACE_OWNERS.contains(text(p, "device_owner", ""))) {
          continue;
        }
        String router = res("router", text(p, "device_id"));
        if (router == null) {
          warnings.add("port " + text(p, "id") + " is an interface of router "
              + text(p, "device_id") + ", which was not read: left out");
          continue;
        }
        for (JsonNode ip : p.path("fixed_ips")) {
          String subnet = text(ip, "subnet_id");
          String sname = res("subnet", subnet);
          add(builder(ROUTER_INTERFACE, unique(router + "_" + (sname != null ? sname
                  : shortId(subnet)), usedNames))
              .property("router", Fn.getResource(router))
              .property("subnet", subnetRef(subnet, ROUTER_INTERFACE, "subnet")).build(),
              text(p, "device_id") + ":subnet_id=" + subnet);
        }
      }
    }

    void ports() {
      for (JsonNode p : s.items(Kind.PORTS)) {
        String id = text(p, "id");
        String name = res("port", id);
        if (name == null) {
          String owner = text(p, "device_owner", "");
          if (!ROUTER_INTERFACE_OWNERS.contains(owner)) {
            warnings.add("port " + id + " (" + owner + ") belongs to Neutron's own "
                + "machinery: left out");
          }
          continue;
        }
        String netId = text(p, "network_id");
        boolean ourNet = res("network", netId) != null;
        Resource.GenericBuilder b = builder(PORT, name);
        putName(b, p);
        b.property("network", networkRef(netId, PORT, "network"));
        List<Object> ips = new ArrayList<>();
        for (JsonNode ip : p.path("fixed_ips")) {
          Map<String, Object> m = new LinkedHashMap<>();
          if (text(ip, "subnet_id") != null) {
            m.put("subnet", subnetRef(text(ip, "subnet_id"), PORT, "fixed_ips", "*", "subnet"));
          }
          if (ourNet && text(ip, "ip_address") != null) {
            m.put("ip_address", text(ip, "ip_address"));
          }
          ips.add(m);
        }
        if (!ips.isEmpty()) {
          b.property("fixed_ips", ips);
        }
        if (ourNet && text(p, "mac_address") != null) {
          b.property("mac_address", text(p, "mac_address"));
        }
        if (!p.path("admin_state_up").asBoolean(true)) {
          b.property("admin_state_up", false);
        }
        if (p.has("port_security_enabled") && !p.path("port_security_enabled").asBoolean(true)) {
          b.property("port_security_enabled", false);
        } else if (p.path("security_groups").size() > 0) {
          List<Object> groups = new ArrayList<>();
          p.get("security_groups").forEach(g -> groups.add(securityGroupRef(g.asText(), false)));
          b.property("security_groups", groups);
        }
        if (p.path("allowed_address_pairs").size() > 0) {
          b.property("allowed_address_pairs", plain(p.get("allowed_address_pairs")));
        }
        String vnic = text(p, "binding:vnic_type");
        if (vnic != null && !"normal".equals(vnic)) {
          b.property("binding:vnic_type", vnic);
        }
        if (text(p, "qos_policy_id") != null) {
          b.property("qos_policy", param("qos_policy", null, text(p, "qos_policy_id"), PORT,
              "neutron.qos_policy", "QoS policy " + text(p, "qos_policy_id"), "qos_policy"));
        }
        tags(b, p);
        add(b.build(), id);
      }
    }

    void volumes() {
      for (JsonNode v : s.items(Kind.VOLUMES)) {
        String id = text(v, "id");
        Resource.GenericBuilder b = builder(VOLUME, res("volume", id));
        putName(b, v);
        if (text(v, "description") != null && !text(v, "description").isEmpty()) {
          b.property("description", text(v, "description"));
        }
        b.property("size", v.path("size").asLong(1));
        if (text(v, "volume_type") != null) {
          b.property("volume_type", param("volume_type", text(v, "volume_type"),
              text(v, "volume_type"), VOLUME, "cinder.vtype", "volume type", "volume_type"));
        }
        Object az = zone(text(v, "availability_zone"), "volume " + id);
        if (az != null) {
          b.property("availability_zone", az);
        }
        if (v.path("metadata").size() > 0) {
          b.property("metadata", plain(v.get("metadata")));
        }
        String image = text(v.path("volume_image_metadata"), "image_id");
        if (image != null) {
          b.property("image", imageRef(image, VOLUME, "image"));
        }
        if (text(v, "source_volid") != null) {
          b.property("source_volid", volumeRef(text(v, "source_volid"), VOLUME,
              "source_volid"));
        }
        if (text(v, "snapshot_id") != null) {
          b.property("snapshot_id", param("snapshot", null, text(v, "snapshot_id"), VOLUME,
              "cinder.snapshot", "volume snapshot", "snapshot_id"));
        }
        add(b.build(), id);
      }
    }

    void servers() {
      for (JsonNode v : s.items(Kind.SERVERS)) {
        String id = text(v, "id");
        String name = res("server", id);
        Resource.GenericBuilder b = builder(SERVER, name);
        putName(b, v);
        JsonNode image = v.path("image");
        if (image.isObject() && text(image, "id") != null) {
          b.property("image", imageRef(text(image, "id"), SERVER, "image"));
        } else {
          warnings.add("server " + text(v, "name") + " boots from a volume: its block device "
              + "mapping is not read; set image or block_device_mapping_v2");
        }
        JsonNode fl = v.path("flavor");
        String flavor = text(fl, "original_name");
        if (flavor == null && text(fl, "id") != null) {
          JsonNode f = flavors.get(text(fl, "id"));
          flavor = f != null ? text(f, "name") : text(fl, "id");
        }
        if (flavor != null) {
          b.property("flavor", param("flavor", flavor, flavor, SERVER, "nova.flavor",
              "flavor " + flavor, "flavor"));
        }
        String key = text(v, "key_name");
        if (key != null) {
          String kp = res("keypair", key);
          b.property("key_name", kp != null ? Fn.getResource(kp)
              : param("key", key, key, SERVER, "nova.keypair", "key pair " + key,
                  "key_name"));
        }
        Object az = zone(text(v, "OS-EXT-AZ:availability_zone"), "server " + text(v, "name"));
        if (az != null) {
          b.property("availability_zone", az);
        }
        b.property("networks", serverNetworks(v));
        Set<Object> groups = new LinkedHashSet<>();
        v.path("security_groups").forEach(g -> groups.add(securityGroupRef(text(g, "name"), true)));
        if (!groups.isEmpty() && !hasPorts(id)) {
          b.property("security_groups", new ArrayList<>(groups));
        }
        Map<String, Object> hints = schedulerHints(v);
        if (!hints.isEmpty()) {
          b.property("scheduler_hints", hints);
        }
        if (v.path("metadata").size() > 0) {
          b.property("metadata", plain(v.get("metadata")));
        }
        JsonNode cd = v.path("config_drive");
        if (cd.asBoolean(false) || "true".equalsIgnoreCase(cd.asText())) {
          b.property("config_drive", true);
        }
        if (v.path("tags").size() > 0) {
          b.property("tags", plain(v.get("tags")));
        }
        if (adminPasswords) {
          b.property("admin_pass", secret(name + "_admin_pass", "admin password of server "
              + text(v, "name") + " (the running server's cannot be read)"));
        }
        if (v.hasNonNull("OS-EXT-SRV-ATTR:user_data")) {
          b.property("user_data", secret(name + "_user_data", "user data of server "
              + text(v, "name") + " (read, but it may hold secrets: not copied)"));
          b.property("user_data_format", "RAW");
        }
        add(b.build(), id);
      }
    }

    boolean hasPorts(String serverId) {
      return s.items(Kind.PORTS).stream().anyMatch(p -> serverId.equals(text(p, "device_id"))
          && res("port", text(p, "id")) != null);
    }

    List<Object> serverNetworks(JsonNode v) {
      String id = text(v, "id");
      List<Object> nets = new ArrayList<>();
      for (JsonNode p : s.items(Kind.PORTS)) {
        String port = res("port", text(p, "id"));
        if (id.equals(text(p, "device_id")) && port != null) {
          nets.add(Map.of("port", Fn.getResource(port)));
        }
      }
      if (!nets.isEmpty()) {
        return nets;
      }
      v.path("addresses").fields().forEachRemaining(e -> {
        String netName = e.getKey();
        String netId = networks.values().stream()
            .filter(n -> netName.equals(text(n, "name"))).map(n -> text(n, "id"))
            .findFirst().orElse(null);
        String r = res("network", netId);
        for (JsonNode a : e.getValue()) {
          if ("floating".equals(text(a, "OS-EXT-IPS:type"))) {
            continue;
          }
          Map<String, Object> m = new LinkedHashMap<>();
          if (r != null) {
            m.put("network", Fn.getResource(r));
            putIf(m, "fixed_ip", text(a, "addr"));
          } else {
            m.put("network", param("network", netName, netId != null ? netId : netName,
                SERVER, "neutron.network", "network " + netName + " (not read)",
                "networks", "*", "network"));
          }
          nets.add(m);
        }
      });
      return nets;
    }

    Map<String, Object> schedulerHints(JsonNode v) {
      String id = text(v, "id");
      int me = serverOrder.indexOf(id);
      Map<String, Object> hints = new LinkedHashMap<>();
      v.path("scheduler_hints").fields().forEachRemaining(e -> {
        List<Object> values = new ArrayList<>();
        JsonNode val = e.getValue();
        List<JsonNode> items = new ArrayList<>();
        if (val.isArray()) {
          val.forEach(items::add);
        } else {
          items.add(val);
        }
        for (JsonNode x : items) {
          String ref = x.asText();
          String server = res("server", ref);
          String group = res("server_group", ref);
          if (group != null) {
            values.add(Fn.getResource(group));
          } else if (server != null && serverOrder.indexOf(ref) < me) {
            values.add(Fn.getResource(server));
          } else {
            values.add(x.isValueNode() ? ref : plain(x));
          }
        }
        hints.put(e.getKey(), val.isArray() ? values : values.get(0));
      });
      for (JsonNode g : s.items(Kind.SERVER_GROUPS)) {
        for (JsonNode m : g.path("members")) {
          if (id.equals(m.asText()) && !hints.containsKey("group")) {
            hints.put("group", Fn.getResource(res("server_group", text(g, "id"))));
          }
        }
      }
      return hints;
    }

    void attachments() {
      Map<String, String[]> pairs = new LinkedHashMap<>(); // server\0volume -> [server, volume, device]
      for (JsonNode v : s.items(Kind.SERVERS)) {
        for (JsonNode a : v.path("os-extended-volumes:volumes_attached")) {
          pair(pairs, text(v, "id"), text(a, "id"), null);
        }
      }
      for (JsonNode v : s.items(Kind.VOLUMES)) {
        for (JsonNode a : v.path("attachments")) {
          pair(pairs, text(a, "server_id"), text(v, "id"), text(a, "device"));
        }
      }
      for (JsonNode a : s.items(Kind.VOLUME_ATTACHMENTS)) {
        pair(pairs, text(a, "instance"), text(a, "volume_id"), null);
      }
      for (String[] p : pairs.values()) {
        String server = res("server", p[0]);
        String volume = res("volume", p[1]);
        if (server == null && volume == null) {
          warnings.add("volume " + p[1] + " is attached to server " + p[0]
              + ": neither was read, attachment left out");
          continue;
        }
        String base = (server != null ? server : "server_" + shortId(p[0])) + "_"
            + (volume != null ? volume : "volume_" + shortId(p[1]));
        Resource.GenericBuilder b = builder(VOLUME_ATTACHMENT, unique(base, usedNames))
            .property("instance_uuid", serverRef(p[0]))
            .property("volume_id", volumeRef(p[1], VOLUME_ATTACHMENT, "volume_id"));
        if (p[2] != null) {
          b.property("mountpoint", p[2]);
        }
        add(b.build(), p[1]);
      }
    }

    void pair(Map<String, String[]> pairs, String server, String volume, String device) {
      if (server == null || volume == null) {
        return;
      }
      String[] p = pairs.computeIfAbsent(server + "\0" + volume,
          k -> new String[] {server, volume, null});
      if (device != null) {
        p[2] = device;
      }
    }

    void floatingIps() {
      for (JsonNode f : s.items(Kind.FLOATING_IPS)) {
        String id = text(f, "id");
        String name = res("floating_ip", id);
        Resource.GenericBuilder b = builder(FLOATING_IP, name);
        b.property("floating_network", networkRef(text(f, "floating_network_id"), FLOATING_IP,
            "floating_network"));
        if (text(f, "port_id") != null) {
          b.property("port_id", portRef(text(f, "port_id"), FLOATING_IP, "port_id"));
          putIf(b, "fixed_ip_address", text(f, "fixed_ip_address"));
        }
        add(b.build(), id);
        int i = 0;
        for (JsonNode pf : f.path("port_forwardings")) {
          i++;
          Resource.GenericBuilder pb = builder(FLOATING_IP_PORT_FORWARD, 
                  unique(name + "_forward_" + text(pf, "external_port", String.valueOf(i)), usedNames))
              .property("floating_ip", Fn.getResource(name))
              .property("internal_port", portRef(text(pf, "internal_port_id"),
                  FLOATING_IP_PORT_FORWARD, "internal_port"))
              .property("internal_ip_address", text(pf, "internal_ip_address"))
              .property("internal_port_number", pf.path("internal_port").asLong())
              .property("external_port", pf.path("external_port").asLong())
              .property("protocol", text(pf, "protocol"));
          add(pb.build(), text(pf, "id"));
        }
      }
    }

    void imageWarnings() {
      for (JsonNode img : s.items(Kind.IMAGES)) {
        String vis = text(img, "visibility", "");
        if (!"public".equals(vis) && !"community".equals(vis)) {
          warnings.add("image " + text(img, "name") + " (" + text(img, "id") + ") is " + vis
              + ": its data lives in Glance, the template only refers to it");
        }
      }
      Map<String, List<String>> members = new TreeMap<>();
      for (JsonNode m : s.items(Kind.IMAGE_MEMBERS)) {
        members.computeIfAbsent(text(m, "image_id"), k -> new ArrayList<>())
            .add(text(m, "member_id") + " (" + text(m, "status") + ")");
      }
      members.forEach((image, ms) -> warnings.add("image " + image + " is shared with "
          + String.join(", ", ms) + ": HOT has no resource for image members"));
    }

    // --- helpers -------------------------------------------------------------------------------

    void putName(Resource.Builder<?> b, JsonNode n) {
      String name = text(n, "name");
      if (name != null && !name.isEmpty()) {
        b.property("name", name);
      }
    }

    void tags(Resource.Builder<?> b, JsonNode n) {
      if (n.path("tags").size() > 0) {
        b.property("tags", plain(n.get("tags")));
      }
    }
  }

  // --- static helpers --------------------------------------------------------------------------

  static Resource.GenericBuilder builder(String type, String name) {
    return Resource.builder(name, type);
  }

  static boolean isExternal(JsonNode network) {
    return network.path("router:external").asBoolean(false);
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  static String text(JsonNode n, String field, String orElse) {
    String v = text(n, field);
    return v == null ? orElse : v;
  }

  static void putIf(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  static void putIf(Resource.Builder<?> b, String k, Object v) {
    if (v != null) {
      b.property(k, v);
    }
  }

  /** A JSON value as plain Java maps, lists and scalars. */
  static Object plain(JsonNode n) {
    return ProjectSnapshot.JSON.convertValue(n, Object.class);
  }

  private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
      "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");

  /** The first 8 hex digits of a UUID, or the sanitised ID (up to 20 characters). */
  static String shortId(String id) {
    if (id == null) {
      return "unknown";
    }
    if (UUID.matcher(id).matches()) {
      return id.substring(0, 8);
    }
    String s = sanitize(id);
    return s.length() > 20 ? s.substring(0, 20) : s;
  }

  /** A readable template name: letters, digits, '_' and '-'; others become '_'. */
  static String sanitize(String label) {
    if (label == null) {
      return "";
    }
    String s = label.strip().replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("_+", "_");
    s = s.replaceAll("^[_-]+|[_-]+$", "");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }

  static String unique(String base, Set<String> used) {
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  /**
   * The custom constraint Heat 19's schema puts on a property ({@code path} walks maps and list
   * items, "*"), or {@code fallback} where the schema is unknown or has none.
   */
  static String customConstraint(String type, String fallback, String... path) {
    PropertySchema p = ResourceTypes.lookup(type)
        .map(s -> path.length == 0 ? null : s.properties().get(path[0])).orElse(null);
    for (int i = 1; p != null && i < path.length; i++) {
      p = p.schema().get(path[i]);
    }
    if (p != null && !p.customConstraints().isEmpty()) {
      return p.customConstraints().get(0);
    }
    return fallback;
  }
}
