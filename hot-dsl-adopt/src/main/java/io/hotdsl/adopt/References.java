package io.hotdsl.adopt;

import static io.hotdsl.adopt.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.resources.cinder.VolumeAttachment;
import io.hotdsl.resources.neutron.FloatingIP;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.neutron.Router;

/**
 * A reference from one object read to another: {@code get_resource} of its resource when it was
 * read and becomes one, else a parameter ({@link Inputs}) holding its ID.
 */
final class References {
  private final CloudIndex cloud;
  private final Inputs inputs;

  References(CloudIndex cloud, Inputs inputs) {
    this.cloud = cloud;
    this.inputs = inputs;
  }

  /** {@code get_resource} of resource {@code name}. */
  static Value<String> resource(String name) {
    return Fn.getResource(name);
  }

  Value<String> network(String id, String type, String... path) {
    String r = cloud.resource("network", id);
    if (r != null) {
      return resource(r);
    }
    JsonNode n = cloud.networks.get(id);
    boolean external = n != null && Json.isExternal(n);
    return inputs.reference(
        external || type.equals(Router.TYPE) || type.equals(FloatingIP.TYPE)
            ? "external_network"
            : "network",
        n == null ? null : text(n, "name"),
        id,
        type,
        "neutron.network",
        "network " + id + (n == null ? " (not read)" : ""),
        path);
  }

  Value<String> subnet(String id, String type, String... path) {
    return readOrInput("subnet", id, type, "neutron.subnet", "subnet " + id + " (not read)", path);
  }

  Value<String> port(String id, String type, String... path) {
    return readOrInput(
        "port",
        id,
        type,
        "neutron.port",
        "port " + id + " (not read: another project's, or not listed)",
        path);
  }

  Value<String> server(String id) {
    return readOrInput(
        "server",
        id,
        VolumeAttachment.TYPE,
        "nova.server",
        "server " + id + " (not read)",
        "instance_uuid");
  }

  Value<String> volume(String id, String type, String... path) {
    return readOrInput("volume", id, type, "cinder.volume", "volume " + id + " (not read)", path);
  }

  /**
   * The resource of the {@code kind} object {@code id} when it was read, else a parameter of
   * {@code id} ({@link Inputs#reference}, named after the kind) for property {@code path} of a
   * {@code type} resource.
   */
  private Value<String> readOrInput(
      String kind, String id, String type, String constraint, String notRead, String... path) {
    String r = cloud.resource(kind, id);
    return r != null
        ? resource(r)
        : inputs.reference(kind, null, id, type, constraint, notRead, path);
  }

  /**
   * A security group by ID, or by name ({@code byName}, as Nova lists a server's): its resource,
   * else the name itself (Nova resolves it in the project), else a parameter of the ID.
   */
  Object securityGroup(String idOrName, boolean byName) {
    String id = byName ? cloud.securityGroupsByName.get(idOrName) : idOrName;
    String r = cloud.resource("security_group", id);
    if (r != null) {
      return resource(r);
    }
    if (byName) {
      return idOrName;
    }
    JsonNode g = cloud.items(Kind.SECURITY_GROUPS).stream()
        .filter(n -> idOrName.equals(text(n, "id")))
        .findFirst()
        .orElse(null);
    return inputs.reference(
        "security_group",
        g == null ? null : text(g, "name"),
        idOrName,
        Port.TYPE,
        "neutron.security_group",
        "security group " + idOrName
            + (g == null ? " (not read)" : " (Neutron's default group, not re-created)"));
  }

  Value<String> image(String id, String type, String... path) {
    JsonNode img = cloud.images.get(id);
    return inputs.reference(
        "image",
        img == null ? null : text(img, "name"),
        id,
        type,
        "glance.image",
        "image " + id + (img == null ? "" : " (" + text(img, "name") + ")"),
        path);
  }
}
