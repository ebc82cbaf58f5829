package io.hotdsl.patterns;

import io.hotdsl.functions.Value;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.resources.neutron.FloatingIP;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.neutron.ProviderNet;
import io.hotdsl.resources.neutron.SecurityGroup;
import io.hotdsl.resources.neutron.Subnet;
import io.hotdsl.resources.nova.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A server on its own {@code OS::Neutron::Port}, with an {@code OS::Neutron::SecurityGroup} holding
 * the rules it needs and, if asked, an {@code OS::Neutron::FloatingIP} on the port.
 *
 * <pre>{@code
 * ServerWithPort web = ServerWithPort.builder("web")
 *     .server(s -> s.image(image).flavor(flavor))
 *     .network(app)                        // a PrivateNetwork: its net and subnet
 *     .allowTcp(80).allowTcp(22, "203.0.113.0/24")
 *     .floatingIp(external)
 *     .addTo(t);
 * t.output("url", web.publicAddress());
 * }</pre>
 *
 * <p>The parts are named {@code web} (the server), {@code web_port}, {@code web_security_group}
 * and {@code web_floating_ip}; {@link Builder#name(Part, String)} overrides a name. Without rules
 * there is no security group and the port keeps Neutron's default group.
 */
public final class ServerWithPort extends Construct {
  /** The parts, each with the suffix of its derived name. */
  public enum Part {
    SERVER(""),
    PORT("port"),
    SECURITY_GROUP("security_group"),
    FLOATING_IP("floating_ip");

    private final String suffix;

    Part(String suffix) {
      this.suffix = suffix;
    }
  }

  private final Server server;
  private final Port port;
  private final SecurityGroup securityGroup;
  private final FloatingIP floatingIp;

  private ServerWithPort(Builder b) {
    PartNames<Part> n = b.names;
    if (b.rules.isEmpty()) {
      this.securityGroup = null;
    } else {
      SecurityGroup.Builder sg =
          SecurityGroup.builder(n.of(Part.SECURITY_GROUP, Part.SECURITY_GROUP.suffix));
      b.rules.forEach(sg::addRule);
      this.securityGroup = sg.build();
    }
    Port.Builder p = Port.builder(n.of(Part.PORT, Part.PORT.suffix)).network(b.network);
    if (b.subnet != null) {
      p.addFixedIp(Port.FixedIp.builder().subnet(b.subnet).build());
    }
    if (securityGroup != null) {
      p.addSecurityGroup(securityGroup);
    }
    b.securityGroups.forEach(p::addSecurityGroup);
    this.port = p.build();
    Server.Builder s =
        b.serverSettings.apply(Server.builder(n.of(Part.SERVER, Part.SERVER.suffix)));
    this.server = Objects.requireNonNull(s, "server settings returned null")
        .addNetwork(Server.Network.builder().port(port).build())
        .build();
    this.floatingIp = b.external == null
        ? null
        : FloatingIP.builder(n.of(Part.FLOATING_IP, Part.FLOATING_IP.suffix))
            .floatingNetwork(b.external)
            .portId(port)
            .build();
  }

  /** A server whose parts are named {@code <name>}, {@code <name>_port} and so on. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The server. */
  public Server server() {
    return server;
  }

  /** The server's port. */
  public Port port() {
    return port;
  }

  /** The security group of the rules, if any were given. */
  public Optional<SecurityGroup> securityGroup() {
    return Optional.ofNullable(securityGroup);
  }

  /** The floating IP on the port, if one was asked for. */
  public Optional<FloatingIP> floatingIp() {
    return Optional.ofNullable(floatingIp);
  }

  /** The port's first fixed IP address: {@code get_attr: [<port>, fixed_ips, 0, ip_address]}. */
  public Value<String> address() {
    return port.fixedIps(0, "ip_address");
  }

  /**
   * The floating IP's address.
   *
   * @throws IllegalStateException when the server has no floating IP
   */
  public Value<String> publicAddress() {
    if (floatingIp == null) {
      throw new IllegalStateException("ServerWithPort " + server.name()
          + " has no floating IP; call floatingIp(...) on its builder");
    }
    return floatingIp.floatingIpAddress();
  }

  /** The parts in the order they are added: security group, port, server, floating IP. */
  @Override
  public List<Resource> resources() {
    List<Resource> out = new ArrayList<>();
    if (securityGroup != null) {
      out.add(securityGroup);
    }
    out.add(port);
    out.add(server);
    if (floatingIp != null) {
      out.add(floatingIp);
    }
    return List.copyOf(out);
  }

  /** Adds the parts to {@code t} and returns this. */
  public ServerWithPort addTo(Template.Builder t) {
    Refs.addAll(t, resources());
    return this;
  }

  /** Configures a {@link ServerWithPort}; {@link #server} and a network are required. */
  public static final class Builder {
    private final PartNames<Part> names;
    private UnaryOperator<Server.Builder> serverSettings;
    private Value<String> network;
    private Value<String> subnet;
    private Value<String> external;
    private final List<SecurityGroup.Rule> rules = new ArrayList<>();
    private final List<SecurityGroup> securityGroups = new ArrayList<>();

    private Builder(String name) {
      this.names = new PartNames<>(name, Part.class);
    }

    /**
     * The server's own settings (image, flavor, user data …), applied to its typed builder; the
     * pattern adds the port to its networks.
     */
    public Builder server(UnaryOperator<Server.Builder> settings) {
      this.serverSettings = Objects.requireNonNull(settings, "server settings");
      return this;
    }

    /** The port's network and a fixed IP on the subnet of a {@link PrivateNetwork}. */
    public Builder network(PrivateNetwork network) {
      Objects.requireNonNull(network, "network");
      return network(network.net()).subnet(network.subnet());
    }

    /** The port's network, a network of this template. */
    public Builder network(Net network) {
      this.network = Refs.of(network, "network");
      return this;
    }

    /** The port's network, a provider network of this template. */
    public Builder network(ProviderNet network) {
      this.network = Refs.of(network, "network");
      return this;
    }

    /** The port's network from a parameter. */
    public Builder network(Parameter<String> network) {
      this.network = Refs.of(network, "network");
      return this;
    }

    /** The port's network by its name or ID in the cloud. */
    public Builder network(String nameOrId) {
      this.network = Refs.literal(nameOrId, "network");
      return this;
    }

    /** The port's network as any string value (an attribute, a function). */
    public Builder network(Value<String> network) {
      this.network = Refs.of(network, "network");
      return this;
    }

    /** The subnet of the port's fixed IP, a subnet of this template. */
    public Builder subnet(Subnet subnet) {
      this.subnet = Refs.of(subnet, "subnet");
      return this;
    }

    /** The subnet of the port's fixed IP, from a parameter. */
    public Builder subnet(Parameter<String> subnet) {
      this.subnet = Refs.of(subnet, "subnet");
      return this;
    }

    /** Allows TCP to {@code port} from anywhere (IPv4). */
    public Builder allowTcp(long port) {
      return allowTcp(port, "0.0.0.0/0");
    }

    /** Allows TCP to {@code port} from an address range. */
    public Builder allowTcp(long port, String fromCidr) {
      Refs.checkPort(port, names.name() + ": allowTcp's port");
      return allow(SecurityGroup.Rule.builder()
          .protocol("tcp")
          .portRangeMin(port)
          .portRangeMax(port)
          .remoteIpPrefix(Objects.requireNonNull(fromCidr, "fromCidr"))
          .build());
    }

    /** Allows ICMP (ping) from anywhere (IPv4). */
    public Builder allowIcmp() {
      return allow(SecurityGroup.Rule.builder()
          .protocol("icmp")
          .remoteIpPrefix("0.0.0.0/0")
          .build());
    }

    /** Adds a rule to the server's security group. */
    public Builder allow(SecurityGroup.Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Also puts the port in a security group of this template. */
    public Builder securityGroup(SecurityGroup group) {
      securityGroups.add(Objects.requireNonNull(group, "security group"));
      return this;
    }

    /** A floating IP on the port, from an external network given by a parameter. */
    public Builder floatingIp(Parameter<String> externalNetwork) {
      this.external = Refs.of(externalNetwork, "external network");
      return this;
    }

    /** A floating IP on the port, from an external network of this template. */
    public Builder floatingIp(Net externalNetwork) {
      this.external = Refs.of(externalNetwork, "external network");
      return this;
    }

    /** A floating IP on the port, from an external network named in the cloud ({@code public}). */
    public Builder floatingIp(String externalNetwork) {
      this.external = Refs.literal(externalNetwork, "external network");
      return this;
    }

    /** Names a part {@code resourceName} instead of the derived name. */
    public Builder name(Part part, String resourceName) {
      names.override(part, resourceName);
      return this;
    }

    /** The server, its parts built. */
    public ServerWithPort build() {
      List<String> missing = new ArrayList<>();
      if (serverSettings == null) {
        missing.add("server");
      }
      if (network == null) {
        missing.add("network");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "ServerWithPort " + names.name() + ": missing " + String.join(", ", missing));
      }
      return new ServerWithPort(this);
    }

    /** {@link #build()}, then {@link ServerWithPort#addTo}. */
    public ServerWithPort addTo(Template.Builder t) {
      return build().addTo(t);
    }
  }
}
