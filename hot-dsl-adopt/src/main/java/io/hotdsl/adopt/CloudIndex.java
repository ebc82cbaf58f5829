package io.hotdsl.adopt;

import static io.hotdsl.adopt.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was read, looked up by ID (networks, subnets, images, flavors), key pairs by name,
 * security groups by a name only one group has, the zones that are up, the servers' order; and
 * the template name of every object that becomes a resource ({@link Names}).
 */
final class CloudIndex {
  /** The device owners of a router's interface ports. */
  static final Set<String> ROUTER_INTERFACE_OWNERS = Set.of(
      "network:router_interface",
      "network:router_interface_distributed",
      "network:ha_router_replicated_interface");

  final ProjectSnapshot s;
  final Names names = new Names();
  final Map<String, JsonNode> networks = new LinkedHashMap<>();
  final Map<String, JsonNode> subnets = new LinkedHashMap<>();
  final Map<String, JsonNode> images = new HashMap<>();
  final Map<String, JsonNode> flavors = new HashMap<>();
  final Map<String, String> securityGroupsByName = new HashMap<>();
  final Set<String> zones = new LinkedHashSet<>();
  final List<String> serverOrder = new ArrayList<>();

  CloudIndex(ProjectSnapshot s) {
    this.s = s;
    index();
    assignNames();
  }

  List<JsonNode> items(Kind kind) {
    return s.items(kind);
  }

  /** The resource name of object {@code id} of {@code kind}, or null ({@link Names#of}). */
  String resource(String kind, String id) {
    return names.of(kind, id);
  }

  private void index() {
    items(Kind.NETWORKS).forEach(n -> networks.put(text(n, "id"), n));
    items(Kind.SUBNETS).forEach(n -> subnets.put(text(n, "id"), n));
    items(Kind.IMAGES).forEach(n -> images.put(text(n, "id"), n));
    items(Kind.FLAVORS).forEach(n -> flavors.put(text(n, "id"), n));
    for (JsonNode z : items(Kind.AVAILABILITY_ZONES)) {
      String zn = text(z, "zoneName");
      if (zn != null
          && !"internal".equals(zn)
          && z.path("zoneState").path("available").asBoolean(true)) {
        zones.add(zn);
      }
    }
    Map<String, Integer> sgNames = new HashMap<>();
    items(Kind.SECURITY_GROUPS).forEach(n -> sgNames.merge(text(n, "name"), 1, Integer::sum));
    for (JsonNode n : items(Kind.SECURITY_GROUPS)) {
      if (sgNames.get(text(n, "name")) == 1) {
        securityGroupsByName.put(text(n, "name"), text(n, "id"));
      }
    }
  }

  private void assignNames() {
    items(Kind.KEYPAIRS).forEach(n -> names.name("keypair", text(n, "name"), text(n, "name")));
    items(Kind.SERVER_GROUPS).forEach(n -> names.name("server_group", n));
    for (JsonNode n : items(Kind.SECURITY_GROUPS)) {
      if (!"default".equals(text(n, "name"))) {
        names.name("security_group", n);
      }
    }
    for (JsonNode n : items(Kind.NETWORKS)) {
      if (!Json.isExternal(n)) {
        names.name("network", n);
      }
    }
    items(Kind.SUBNETS).forEach(n -> names.name("subnet", n));
    items(Kind.ROUTERS).forEach(n -> names.name("router", n));
    for (JsonNode n : items(Kind.PORTS)) {
      if (!text(n, "device_owner", "").startsWith("network:")) {
        names.name("port", n);
      }
    }
    items(Kind.VOLUMES).forEach(n -> names.name("volume", n));
    for (JsonNode n : items(Kind.SERVERS)) {
      names.name("server", n);
      serverOrder.add(text(n, "id"));
    }
    items(Kind.FLOATING_IPS)
        .forEach(n -> names.name(
            "floating_ip",
            text(n, "id"),
            text(n, "floating_ip_address") == null
                ? null
                : "fip_" + text(n, "floating_ip_address")));
  }

  /** Whether server {@code serverId} has a port that becomes a resource. */
  boolean hasPorts(String serverId) {
    return items(Kind.PORTS).stream()
        .anyMatch(
            p -> serverId.equals(text(p, "device_id")) && resource("port", text(p, "id")) != null);
  }
}
