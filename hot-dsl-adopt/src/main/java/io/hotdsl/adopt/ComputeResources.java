package io.hotdsl.adopt;

import static io.hotdsl.adopt.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.functions.Value;
import io.hotdsl.resources.nova.KeyPair;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.nova.ServerGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nova's objects through their typed classes: key pairs ({@link KeyPair}), server groups
 * ({@link ServerGroup}) and servers ({@link Server}) with their networks, security groups,
 * scheduler hints and secrets.
 */
final class ComputeResources {
  private final AdoptionRun run;
  private final CloudIndex cloud;

  ComputeResources(AdoptionRun run) {
    this.run = run;
    this.cloud = run.cloud;
  }

  void keyPairs() {
    for (JsonNode k : cloud.items(Kind.KEYPAIRS)) {
      KeyPair.Builder b =
          KeyPair.builder(cloud.resource("keypair", text(k, "name"))).nameProperty(text(k, "name"));
      if (text(k, "public_key") != null) {
        b.publicKey(text(k, "public_key").strip());
      }
      if (text(k, "type") != null) {
        b.typeProperty(text(k, "type"));
      }
      if (k.hasNonNull("private_key")) {
        run.warnings.add(
            "key pair " + text(k, "name") + ": its private key was read and left " + "out");
      }
      run.add(b, text(k, "name"));
    }
  }

  void serverGroups() {
    for (JsonNode g : cloud.items(Kind.SERVER_GROUPS)) {
      String what = "server group " + text(g, "id");
      ServerGroup.Builder b = ServerGroup.builder(cloud.resource("server_group", text(g, "id")));
      if (text(g, "name") != null) {
        b.nameProperty(text(g, "name"));
      }
      List<String> policies = new ArrayList<>();
      if (text(g, "policy") != null) {
        policies.add(text(g, "policy"));
      } else {
        policies.addAll(Json.strings(g, "policies", what));
      }
      if (!policies.isEmpty()) {
        b.policies(policies);
      }
      if (g.path("rules").isObject() && g.path("rules").size() > 0) {
        b.rules(Json.map(g, "rules", what));
      }
      run.add(b, text(g, "id"));
    }
  }

  void servers() {
    for (JsonNode v : cloud.items(Kind.SERVERS)) {
      String id = text(v, "id");
      String name = cloud.resource("server", id);
      String what = "server " + text(v, "name");
      Server.Builder b = Server.builder(name);
      String label = text(v, "name");
      if (label != null && !label.isEmpty()) {
        b.nameProperty(label);
      }
      JsonNode image = v.path("image");
      if (image.isObject() && text(image, "id") != null) {
        b.image(run.refs.image(text(image, "id"), Server.TYPE, "image"));
      } else {
        run.warnings.add(what + " boots from a volume: its block device mapping is not read; "
            + "set image or block_device_mapping_v2");
      }
      String flavor = flavor(v.path("flavor"));
      if (flavor != null) {
        b.flavor(run.inputs.reference(
            "flavor", flavor, flavor, Server.TYPE, "nova.flavor", "flavor " + flavor, "flavor"));
      }
      String key = text(v, "key_name");
      if (key != null) {
        String kp = cloud.resource("keypair", key);
        b.keyName(
            kp != null
                ? References.resource(kp)
                : run.inputs.reference(
                    "key", key, key, Server.TYPE, "nova.keypair", "key pair " + key, "key_name"));
      }
      Value<String> az = run.inputs.zone(text(v, "OS-EXT-AZ:availability_zone"), what);
      if (az != null) {
        b.availabilityZone(az);
      }
      b.networks(networks(v));
      Set<Object> groups = new LinkedHashSet<>();
      Json.objects(v, "security_groups", what)
          .forEach(g -> groups.add(run.refs.securityGroup(text(g, "name"), true)));
      if (!groups.isEmpty() && !cloud.hasPorts(id)) {
        b.securityGroups(new ArrayList<>(groups));
      }
      Map<String, Object> hints = schedulerHints(v, what);
      if (!hints.isEmpty()) {
        b.schedulerHints(hints);
      }
      if (v.path("metadata").size() > 0) {
        b.metadataProperty(Json.map(v, "metadata", what));
      }
      JsonNode cd = v.path("config_drive");
      if (cd.asBoolean(false) || "true".equalsIgnoreCase(cd.asText())) {
        b.configDrive(true);
      }
      if (v.path("tags").size() > 0) {
        b.tags(Json.strings(v, "tags", what));
      }
      if (run.adminPasswords) {
        b.adminPass(run.inputs.secret(
            name + "_admin_pass",
            "admin password of " + what + " (the running server's cannot be read)"));
      }
      if (v.hasNonNull("OS-EXT-SRV-ATTR:user_data")) {
        b.userData(run.inputs.secret(
            name + "_user_data",
            "user data of " + what + " (read, but it may hold secrets: not copied)"));
        b.userDataFormat(Server.UserDataFormat.RAW);
      }
      run.add(b, id);
    }
  }

  /** The flavor's name as Nova reports it (microversion 2.47+), else looked up by ID. */
  private String flavor(JsonNode fl) {
    String flavor = text(fl, "original_name");
    if (flavor == null && text(fl, "id") != null) {
      JsonNode f = cloud.flavors.get(text(fl, "id"));
      flavor = f != null ? text(f, "name") : text(fl, "id");
    }
    return flavor;
  }

  /** The server's ports that are resources, else its addresses by network. */
  private List<Server.Network> networks(JsonNode v) {
    String id = text(v, "id");
    List<Server.Network> nets = new ArrayList<>();
    for (JsonNode p : cloud.items(Kind.PORTS)) {
      String port = cloud.resource("port", text(p, "id"));
      if (id.equals(text(p, "device_id")) && port != null) {
        nets.add(Server.Network.builder().port(References.resource(port)).build());
      }
    }
    if (!nets.isEmpty()) {
      return nets;
    }
    v.path("addresses").fields().forEachRemaining(e -> {
      String netName = e.getKey();
      String netId = cloud.networks.values().stream()
          .filter(n -> netName.equals(text(n, "name")))
          .map(n -> text(n, "id"))
          .findFirst()
          .orElse(null);
      String r = cloud.resource("network", netId);
      for (JsonNode a : e.getValue()) {
        if ("floating".equals(text(a, "OS-EXT-IPS:type"))) {
          continue;
        }
        Server.Network.Builder m = Server.Network.builder();
        if (r != null) {
          m.network(References.resource(r)).fixedIp(text(a, "addr"));
        } else {
          m.network(run.inputs.reference(
              "network",
              netName,
              netId != null ? netId : netName,
              Server.TYPE,
              "neutron.network",
              "network " + netName + " (not read)",
              "networks",
              "*",
              "network"));
        }
        nets.add(m.build());
      }
    });
    return nets;
  }

  /**
   * The scheduler hints, a server group or an earlier server referred to as a resource; the
   * server group the server is a member of as hint {@code group}.
   */
  private Map<String, Object> schedulerHints(JsonNode v, String what) {
    String id = text(v, "id");
    int me = cloud.serverOrder.indexOf(id);
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
        String server = cloud.resource("server", ref);
        String group = cloud.resource("server_group", ref);
        if (group != null) {
          values.add(References.resource(group));
        } else if (server != null && cloud.serverOrder.indexOf(ref) < me) {
          values.add(References.resource(server));
        } else {
          values.add(x.isValueNode() ? ref : Json.plain(x));
        }
      }
      if (!values.isEmpty() || val.isArray()) {
        hints.put(e.getKey(), val.isArray() ? values : values.get(0));
      }
    });
    for (JsonNode g : cloud.items(Kind.SERVER_GROUPS)) {
      for (JsonNode m : g.path("members")) {
        if (id.equals(m.asText()) && !hints.containsKey("group")) {
          hints.put("group", References.resource(cloud.resource("server_group", text(g, "id"))));
        }
      }
    }
    return hints;
  }
}
