package io.hotdsl.adopt;

import static io.hotdsl.adopt.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.resources.neutron.ExtraRouteSet;
import io.hotdsl.resources.neutron.FloatingIP;
import io.hotdsl.resources.neutron.FloatingIPPortForward;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.neutron.Router;
import io.hotdsl.resources.neutron.RouterInterface;
import io.hotdsl.resources.neutron.Subnet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Neutron's objects through their typed classes: networks ({@link Net}; external ones are
 * parameters), subnets, routers with their gateway, interfaces and extra routes, ports, floating
 * IPs and their port forwardings.
 */
final class NetworkResources {
  private final AdoptionRun run;
  private final CloudIndex cloud;
  private final References refs;

  NetworkResources(AdoptionRun run) {
    this.run = run;
    this.cloud = run.cloud;
    this.refs = run.refs;
  }

  void networks() {
    for (JsonNode n : cloud.items(Kind.NETWORKS)) {
      String id = text(n, "id");
      if (Json.isExternal(n)) {
        continue;
      }
      Net.Builder b = Net.builder(cloud.resource("network", id));
      putName(n, b::nameProperty);
      if (!n.path("admin_state_up").asBoolean(true)) {
        b.adminStateUp(false);
      }
      if (n.path("shared").asBoolean(false)) {
        b.shared(true);
      }
      if (n.has("port_security_enabled") && !n.path("port_security_enabled").asBoolean(true)) {
        b.portSecurityEnabled(false);
      }
      if (text(n, "qos_policy_id") != null) {
        b.qosPolicy(qosPolicy(n, Net.TYPE));
      }
      if (n.path("tags").size() > 0) {
        b.tags(Json.strings(n, "tags", "network " + id));
      }
      run.add(b, id);
    }
  }

  void subnets() {
    for (JsonNode n : cloud.items(Kind.SUBNETS)) {
      String what = "subnet " + text(n, "id");
      Subnet.Builder b = Subnet.builder(cloud.resource("subnet", text(n, "id")));
      putName(n, b::nameProperty);
      b.network(refs.network(text(n, "network_id"), Subnet.TYPE, "network"));
      b.cidr(text(n, "cidr"));
      if (n.hasNonNull("ip_version")) {
        b.ipVersion(n.get("ip_version").asLong());
      }
      b.enableDhcp(n.path("enable_dhcp").asBoolean(true));
      b.gatewayIp(text(n, "gateway_ip", ""));
      pairs(
              n,
              "allocation_pools",
              what,
              "start",
              "end",
              (start, end) ->
                  Subnet.AllocationPool.builder().start(start).end(end).build())
          .forEach(b::addAllocationPool);
      if (n.path("dns_nameservers").size() > 0) {
        b.dnsNameservers(Json.strings(n, "dns_nameservers", what));
      }
      pairs(
              n,
              "host_routes",
              what,
              "destination",
              "nexthop",
              (to, via) ->
                  Subnet.HostRoute.builder().destination(to).nexthop(via).build())
          .forEach(b::addHostRoute);
      if (text(n, "ipv6_address_mode") != null) {
        b.ipv6AddressMode(text(n, "ipv6_address_mode"));
      }
      if (text(n, "ipv6_ra_mode") != null) {
        b.ipv6RaMode(text(n, "ipv6_ra_mode"));
      }
      if (text(n, "subnetpool_id") != null) {
        b.subnetpool(run.inputs.reference(
            "subnetpool",
            null,
            text(n, "subnetpool_id"),
            Subnet.TYPE,
            "neutron.subnetpool",
            "subnet pool",
            "subnetpool"));
      }
      if (n.path("tags").size() > 0) {
        b.tags(Json.strings(n, "tags", what));
      }
      run.add(b, text(n, "id"));
    }
  }

  void routers() {
    for (JsonNode n : cloud.items(Kind.ROUTERS)) {
      String id = text(n, "id");
      String name = cloud.resource("router", id);
      Router.Builder b = Router.builder(name);
      putName(n, b::nameProperty);
      if (!n.path("admin_state_up").asBoolean(true)) {
        b.adminStateUp(false);
      }
      JsonNode gw = n.path("external_gateway_info");
      if (gw.isObject() && text(gw, "network_id") != null) {
        Router.ExternalGatewayInfo.Builder info = Router.ExternalGatewayInfo.builder()
            .network(refs.network(
                text(gw, "network_id"), Router.TYPE, "external_gateway_info", "network"));
        if (gw.has("enable_snat") && !gw.path("enable_snat").asBoolean(true)) {
          info.enableSnat(false); // true is the default; setting it is admin-only
        }
        b.externalGatewayInfo(info.build());
      }
      if (n.path("distributed").asBoolean(false)) {
        b.distributed(true);
      }
      if (n.path("ha").asBoolean(false)) {
        b.ha(true);
      }
      if (n.path("tags").size() > 0) {
        b.tags(Json.strings(n, "tags", "router " + id));
      }
      run.add(b, id);
      List<ExtraRouteSet.Route> routes = pairs(
          n,
          "routes",
          "router " + id,
          "destination",
          "nexthop",
          (to, via) ->
              ExtraRouteSet.Route.builder().destination(to).nexthop(via).build());
      if (!routes.isEmpty()) {
        ExtraRouteSet.Builder r = ExtraRouteSet.builder(cloud.names.fresh(name + "_routes"))
            .router(References.resource(name));
        routes.forEach(r::addRoute);
        run.add(r, id);
      }
    }
    routerInterfaces();
  }

  private void routerInterfaces() {
    for (JsonNode p : cloud.items(Kind.PORTS)) {
      if (!CloudIndex.ROUTER_INTERFACE_OWNERS.contains(text(p, "device_owner", ""))) {
        continue;
      }
      String router = cloud.resource("router", text(p, "device_id"));
      if (router == null) {
        run.warnings.add("port " + text(p, "id") + " is an interface of router "
            + text(p, "device_id") + ", which was not read: left out");
        continue;
      }
      for (JsonNode ip : p.path("fixed_ips")) {
        String subnet = text(ip, "subnet_id");
        String sname = cloud.resource("subnet", subnet);
        run.add(
            RouterInterface.builder(cloud.names.fresh(
                    router + "_" + (sname != null ? sname : Names.shortId(subnet))))
                .router(References.resource(router))
                .subnet(refs.subnet(subnet, RouterInterface.TYPE, "subnet")),
            text(p, "device_id") + ":subnet_id=" + subnet);
      }
    }
  }

  void ports() {
    for (JsonNode p : cloud.items(Kind.PORTS)) {
      String id = text(p, "id");
      String name = cloud.resource("port", id);
      if (name == null) {
        String owner = text(p, "device_owner", "");
        if (!CloudIndex.ROUTER_INTERFACE_OWNERS.contains(owner)) {
          run.warnings.add(
              "port " + id + " (" + owner + ") belongs to Neutron's own " + "machinery: left out");
        }
        continue;
      }
      String what = "port " + id;
      String netId = text(p, "network_id");
      boolean ourNet = cloud.resource("network", netId) != null;
      Port.Builder b = Port.builder(name);
      putName(p, b::nameProperty);
      b.network(refs.network(netId, Port.TYPE, "network"));
      for (JsonNode ip : p.path("fixed_ips")) {
        Port.FixedIp.Builder m = Port.FixedIp.builder();
        if (text(ip, "subnet_id") != null) {
          m.subnet(refs.subnet(text(ip, "subnet_id"), Port.TYPE, "fixed_ips", "*", "subnet"));
        }
        if (ourNet && text(ip, "ip_address") != null) {
          m.ipAddress(text(ip, "ip_address"));
        }
        b.addFixedIp(m.build());
      }
      if (ourNet && text(p, "mac_address") != null) {
        b.macAddress(text(p, "mac_address"));
      }
      if (!p.path("admin_state_up").asBoolean(true)) {
        b.adminStateUp(false);
      }
      if (p.has("port_security_enabled") && !p.path("port_security_enabled").asBoolean(true)) {
        b.portSecurityEnabled(false);
      } else if (p.path("security_groups").size() > 0) {
        List<Object> groups = new ArrayList<>();
        Json.strings(p, "security_groups", what)
            .forEach(g -> groups.add(refs.securityGroup(g, false)));
        b.securityGroups(groups);
      }
      pairs(
              p,
              "allowed_address_pairs",
              what,
              "ip_address",
              "mac_address",
              (ip, mac) -> Port.AllowedAddressPair.builder()
                  .ipAddress(ip)
                  .macAddress(mac)
                  .build())
          .forEach(b::addAllowedAddressPair);
      String vnic = text(p, "binding:vnic_type");
      if (vnic != null && !"normal".equals(vnic)) {
        b.bindingVnicType(vnic);
      }
      if (text(p, "qos_policy_id") != null) {
        b.qosPolicy(qosPolicy(p, Port.TYPE));
      }
      if (p.path("tags").size() > 0) {
        b.tags(Json.strings(p, "tags", what));
      }
      run.add(b, id);
    }
  }

  void floatingIps() {
    for (JsonNode f : cloud.items(Kind.FLOATING_IPS)) {
      String id = text(f, "id");
      String name = cloud.resource("floating_ip", id);
      FloatingIP.Builder b = FloatingIP.builder(name)
          .floatingNetwork(
              refs.network(text(f, "floating_network_id"), FloatingIP.TYPE, "floating_network"));
      if (text(f, "port_id") != null) {
        b.portId(refs.port(text(f, "port_id"), FloatingIP.TYPE, "port_id"));
        b.fixedIpAddress(text(f, "fixed_ip_address"));
      }
      run.add(b, id);
      int i = 0;
      for (JsonNode pf : f.path("port_forwardings")) {
        i++;
        run.add(
            FloatingIPPortForward.builder(cloud.names.fresh(
                    name + "_forward_" + text(pf, "external_port", String.valueOf(i))))
                .floatingIp(References.resource(name))
                .internalPort(refs.port(
                    text(pf, "internal_port_id"), FloatingIPPortForward.TYPE, "internal_port"))
                .internalIpAddress(text(pf, "internal_ip_address"))
                .internalPortNumber(pf.path("internal_port").asLong())
                .externalPort(pf.path("external_port").asLong())
                .protocol(text(pf, "protocol")),
            text(pf, "id"));
      }
    }
  }

  private io.hotdsl.functions.Value<String> qosPolicy(JsonNode n, String type) {
    return run.inputs.reference(
        "qos_policy",
        null,
        text(n, "qos_policy_id"),
        type,
        "neutron.qos_policy",
        "QoS policy " + text(n, "qos_policy_id"),
        "qos_policy");
  }

  private static void putName(JsonNode n, java.util.function.Consumer<String> setter) {
    String name = text(n, "name");
    if (name != null && !name.isEmpty()) {
      setter.accept(name);
    }
  }

  /**
   * The objects of list {@code field} of {@code n} ({@code what} read), each made from its two
   * text fields {@code a} and {@code b}; any other field is warned about.
   */
  private <T> List<T> pairs(
      JsonNode n,
      String field,
      String what,
      String a,
      String b,
      BiFunction<String, String, T> make) {
    List<T> out = new ArrayList<>();
    for (JsonNode item : Json.objects(n, field, what)) {
      known(item, Set.of(a, b), what + " " + field);
      out.add(make.apply(text(item, a), text(item, b)));
    }
    return out;
  }

  /** Warns about the fields of {@code item} other than {@code known}: the template has none. */
  private void known(JsonNode item, Set<String> known, String what) {
    for (Iterator<String> f = item.fieldNames(); f.hasNext(); ) {
      String field = f.next();
      if (!known.contains(field) && !item.get(field).isNull()) {
        run.warnings.add(
            what + ": field " + field + " has no property in the template: left " + "out");
      }
    }
  }
}
