package io.hotdsl.patterns;

import io.hotdsl.functions.Value;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.resources.barbican.CertificateContainer;
import io.hotdsl.resources.neutron.FloatingIP;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.Subnet;
import io.hotdsl.resources.octavia.HealthMonitor;
import io.hotdsl.resources.octavia.Listener;
import io.hotdsl.resources.octavia.LoadBalancer;
import io.hotdsl.resources.octavia.Pool;
import io.hotdsl.resources.octavia.PoolMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Octavia load-balanced pool: an {@code OS::Octavia::LoadBalancer}, its
 * {@code OS::Octavia::Listener}, {@code OS::Octavia::Pool} and {@code OS::Octavia::HealthMonitor},
 * the {@code OS::Octavia::PoolMember}s given here and, if asked, an {@code OS::Neutron::FloatingIP}
 * on the VIP.
 *
 * <pre>{@code
 * LoadBalancedPool web = LoadBalancedPool.builder("web")
 *     .vipSubnet(subnet)                   // a Parameter<String> or a Subnet
 *     .listen(Listener.Protocol.HTTP, 80)
 *     .floatingIp(external)
 *     .addTo(t);
 * }</pre>
 *
 * <p>With {@link ScaledGroup} the members are not listed here: {@code
 * ScaledGroup.builder(…).servers(…).behind(pool)} puts the servers of a group in the pool (each
 * member template holds its own {@code OS::Octavia::PoolMember}, on {@link Builder#memberPort}
 * and on {@link Builder#memberSubnet} or else the VIP's subnet). The parts are named
 * {@code web_lb}, {@code web_listener}, {@code web_pool}, {@code web_monitor},
 * {@code web_floating_ip} and {@code web_member_1}, {@code web_member_2} …;
 * {@link Builder#name(Part, String)} overrides a name. The pool's protocol follows the listener's
 * ({@code TERMINATED_HTTPS} → {@code HTTP}), and so does the monitor's type ({@code HTTP} checks
 * {@code GET /}, {@code TCP} a connection, {@code UDP} {@code UDP-CONNECT}).
 */
public final class LoadBalancedPool extends Construct {
  /** The parts, each with the suffix of its derived name (members add their number). */
  public enum Part {
    LOAD_BALANCER("lb"),
    LISTENER("listener"),
    POOL("pool"),
    MONITOR("monitor"),
    FLOATING_IP("floating_ip"),
    MEMBER("member");

    private final String suffix;

    Part(String suffix) {
      this.suffix = suffix;
    }
  }

  private final LoadBalancer loadBalancer;
  private final Listener listener;
  private final Pool pool;
  private final HealthMonitor monitor;
  private final List<PoolMember> members;
  private final FloatingIP floatingIp;
  private final Value<String> memberSubnet;
  private final long memberPort;
  private final String name;

  private LoadBalancedPool(Builder b) {
    PartNames<Part> n = b.names;
    this.name = n.name();
    this.memberSubnet = b.memberSubnet == null ? b.vipSubnet : b.memberSubnet;
    this.memberPort = b.memberPort == 0 ? b.port : b.memberPort;
    this.loadBalancer = LoadBalancer.builder(n.of(Part.LOAD_BALANCER, Part.LOAD_BALANCER.suffix))
        .vipSubnet(b.vipSubnet)
        .build();
    Listener.Builder l = Listener.builder(n.of(Part.LISTENER, Part.LISTENER.suffix))
        .loadbalancer(loadBalancer)
        .protocol(b.protocol)
        .protocolPort(b.port);
    if (b.tlsContainer != null) {
      l.defaultTlsContainerRef(b.tlsContainer);
    }
    this.listener = l.build();
    Pool.Protocol poolProtocol = poolProtocol(b.protocol);
    this.pool = Pool.builder(n.of(Part.POOL, Part.POOL.suffix))
        .listener(listener)
        .lbAlgorithm(b.algorithm)
        .protocol(poolProtocol)
        .build();
    HealthMonitor.Type type = monitorType(poolProtocol);
    HealthMonitor.Builder m = HealthMonitor.builder(n.of(Part.MONITOR, Part.MONITOR.suffix))
        .pool(pool)
        .typeProperty(type);
    if (type == HealthMonitor.Type.HTTP || type == HealthMonitor.Type.HTTPS) {
      m.urlPath(b.healthPath);
    }
    this.monitor = m.delay(b.delay).timeout(b.timeout).maxRetries(b.maxRetries).build();
    List<PoolMember> ms = new ArrayList<>();
    for (int i = 0; i < b.memberAddresses.size(); i++) {
      PoolMember.Builder pm = PoolMember.builder(
              n.of(Part.MEMBER, Part.MEMBER.suffix) + "_" + (i + 1))
          .pool(pool)
          .address(b.memberAddresses.get(i))
          .protocolPort(memberPort);
      if (b.memberSubnet != null) {
        pm.subnet(b.memberSubnet);
      }
      ms.add(pm.build());
    }
    this.members = List.copyOf(ms);
    this.floatingIp = b.external == null
        ? null
        : FloatingIP.builder(n.of(Part.FLOATING_IP, Part.FLOATING_IP.suffix))
            .floatingNetwork(b.external)
            .portId(loadBalancer.vipPortId())
            .build();
  }

  static Pool.Protocol poolProtocol(Listener.Protocol listener) {
    return switch (listener) {
      case TCP -> Pool.Protocol.TCP;
      case HTTP, TERMINATED_HTTPS -> Pool.Protocol.HTTP;
      case HTTPS -> Pool.Protocol.HTTPS;
      case PROXY -> Pool.Protocol.PROXY;
      case UDP -> Pool.Protocol.UDP;
    };
  }

  static HealthMonitor.Type monitorType(Pool.Protocol pool) {
    return switch (pool) {
      case HTTP -> HealthMonitor.Type.HTTP;
      case HTTPS -> HealthMonitor.Type.HTTPS;
      case TCP, PROXY, TERMINATED_HTTPS -> HealthMonitor.Type.TCP;
      case UDP -> HealthMonitor.Type.UDP_CONNECT;
    };
  }

  /** A load-balanced pool whose parts are named {@code <name>_lb} and so on. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The load balancer. */
  public LoadBalancer loadBalancer() {
    return loadBalancer;
  }

  /** The listener. */
  public Listener listener() {
    return listener;
  }

  /** The pool: give it to members elsewhere ({@code PoolMember.builder(…).pool(pool())}). */
  public Pool pool() {
    return pool;
  }

  /** The health monitor. */
  public HealthMonitor monitor() {
    return monitor;
  }

  /** The members given to the builder, in order. */
  public List<PoolMember> members() {
    return members;
  }

  /** The pattern's name, from which its parts' names derive. */
  String name() {
    return name;
  }

  /** The port members listen on: {@link Builder#memberPort}, else the listener's. */
  long memberPort() {
    return memberPort;
  }

  /** The subnet of a scaled group's members: {@link Builder#memberSubnet}, else the VIP's. */
  Value<String> memberSubnet() {
    return memberSubnet;
  }

  /** The floating IP on the VIP, if one was asked for. */
  public Optional<FloatingIP> floatingIp() {
    return Optional.ofNullable(floatingIp);
  }

  /** The VIP's address on its subnet: {@code get_attr: [<lb>, vip_address]}. */
  public Value<String> vipAddress() {
    return loadBalancer.vipAddress();
  }

  /**
   * The floating IP's address.
   *
   * @throws IllegalStateException when there is no floating IP
   */
  public Value<String> publicAddress() {
    if (floatingIp == null) {
      throw new IllegalStateException("LoadBalancedPool " + loadBalancer.name()
          + " has no floating IP; call floatingIp(...) on its builder");
    }
    return floatingIp.floatingIpAddress();
  }

  /** The parts in the order they are added: lb, listener, pool, monitor, members, floating IP. */
  @Override
  public List<Resource> resources() {
    List<Resource> out = new ArrayList<>(List.of(loadBalancer, listener, pool, monitor));
    out.addAll(members);
    if (floatingIp != null) {
      out.add(floatingIp);
    }
    return List.copyOf(out);
  }

  /** Adds the parts to {@code t} and returns this. */
  public LoadBalancedPool addTo(Template.Builder t) {
    Refs.addAll(t, resources());
    return this;
  }

  /** Configures a {@link LoadBalancedPool}; {@link #vipSubnet} is required. */
  public static final class Builder {
    private final PartNames<Part> names;
    private Value<String> vipSubnet;
    private Listener.Protocol protocol = Listener.Protocol.HTTP;
    private long port = 80;
    private Pool.LbAlgorithm algorithm = Pool.LbAlgorithm.ROUND_ROBIN;
    private String healthPath = "/";
    private long delay = 5;
    private long timeout = 5;
    private long maxRetries = 3;
    private Value<String> tlsContainer;
    private Value<String> external;
    private final List<Value<String>> memberAddresses = new ArrayList<>();
    private long memberPort;
    private Value<String> memberSubnet;

    private Builder(String name) {
      this.names = new PartNames<>(name, Part.class);
    }

    /** The subnet of the VIP, a subnet of this template. */
    public Builder vipSubnet(Subnet subnet) {
      this.vipSubnet = Refs.of(subnet, "VIP subnet");
      return this;
    }

    /** The subnet of the VIP, from a parameter. */
    public Builder vipSubnet(Parameter<String> subnet) {
      this.vipSubnet = Refs.of(subnet, "VIP subnet");
      return this;
    }

    /** The subnet of the VIP by its name or ID in the cloud. */
    public Builder vipSubnet(String nameOrId) {
      this.vipSubnet = Refs.literal(nameOrId, "VIP subnet");
      return this;
    }

    /** The listener's protocol and port (default HTTP on 80). */
    public Builder listen(Listener.Protocol protocol, long port) {
      Refs.checkPort(port, names.name() + ": the listener's port");
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      this.port = port;
      return this;
    }

    /** How the pool spreads connections (default ROUND_ROBIN). */
    public Builder algorithm(Pool.LbAlgorithm algorithm) {
      this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /** The path an HTTP(S) monitor requests (default {@code /}). */
    public Builder healthPath(String path) {
      if (!Objects.requireNonNull(path, "path").startsWith("/")) {
        throw new IllegalArgumentException(
            names.name() + ": the health path must start with /, " + "not \"" + path + "\"");
      }
      this.healthPath = path;
      return this;
    }

    /** Seconds between checks, seconds a check may take, failures before a member is down. */
    public Builder healthCheck(long delaySeconds, long timeoutSeconds, long maxRetries) {
      if (delaySeconds < 0
          || timeoutSeconds < 0
          || timeoutSeconds > delaySeconds
          || maxRetries < 1
          || maxRetries > 10) {
        throw new IllegalArgumentException(names.name() + ": health check must satisfy 0 <= "
            + "timeout <= delay and 1 <= maxRetries <= 10 (Octavia's rules), not delay "
            + delaySeconds + ", timeout " + timeoutSeconds + ", maxRetries " + maxRetries);
      }
      this.delay = delaySeconds;
      this.timeout = timeoutSeconds;
      this.maxRetries = maxRetries;
      return this;
    }

    /** The certificate container a {@code TERMINATED_HTTPS} listener presents. */
    public Builder tlsContainer(CertificateContainer container) {
      this.tlsContainer = Refs.of(container, "TLS container");
      return this;
    }

    /** The certificate container a {@code TERMINATED_HTTPS} listener presents, by reference. */
    public Builder tlsContainer(Parameter<String> containerRef) {
      this.tlsContainer = Refs.of(containerRef, "TLS container");
      return this;
    }

    /** A member at this address (a server's address attribute), on the listener's port. */
    public Builder addMember(Value<String> address) {
      memberAddresses.add(Refs.of(address, "member address"));
      return this;
    }

    /** A member at the address a parameter gives, on the listener's port. */
    public Builder addMember(Parameter<String> address) {
      memberAddresses.add(Refs.of(address, "member address"));
      return this;
    }

    /** A member: the server's fixed IP. */
    public Builder addMember(ServerWithPort server) {
      return addMember(Objects.requireNonNull(server, "server").address());
    }

    /** The port the members listen on (default: the listener's). */
    public Builder memberPort(long port) {
      Refs.checkPort(port, names.name() + ": the members' port");
      this.memberPort = port;
      return this;
    }

    /** The subnet the members are on, a subnet of this template (default: Octavia's choice). */
    public Builder memberSubnet(Subnet subnet) {
      this.memberSubnet = Refs.of(subnet, "member subnet");
      return this;
    }

    /** The subnet the members are on, from a parameter. */
    public Builder memberSubnet(Parameter<String> subnet) {
      this.memberSubnet = Refs.of(subnet, "member subnet");
      return this;
    }

    /** A floating IP on the VIP, from an external network given by a parameter. */
    public Builder floatingIp(Parameter<String> externalNetwork) {
      this.external = Refs.of(externalNetwork, "external network");
      return this;
    }

    /** A floating IP on the VIP, from an external network of this template. */
    public Builder floatingIp(Net externalNetwork) {
      this.external = Refs.of(externalNetwork, "external network");
      return this;
    }

    /** A floating IP on the VIP, from an external network named in the cloud ({@code public}). */
    public Builder floatingIp(String externalNetwork) {
      this.external = Refs.literal(externalNetwork, "external network");
      return this;
    }

    /** Names a part {@code resourceName} instead of the derived name (members add _1, _2 …). */
    public Builder name(Part part, String resourceName) {
      names.override(part, resourceName);
      return this;
    }

    /** The load-balanced pool, its parts built. */
    public LoadBalancedPool build() {
      if (vipSubnet == null) {
        throw new IllegalStateException("LoadBalancedPool " + names.name() + ": missing vipSubnet");
      }
      if (tlsContainer != null && protocol != Listener.Protocol.TERMINATED_HTTPS) {
        throw new IllegalStateException("LoadBalancedPool " + names.name() + ": a TLS container "
            + "needs listen(TERMINATED_HTTPS, …), not " + protocol);
      }
      return new LoadBalancedPool(this);
    }

    /** {@link #build()}, then {@link LoadBalancedPool#addTo}. */
    public LoadBalancedPool addTo(Template.Builder t) {
      return build().addTo(t);
    }
  }
}
