package io.hotdsl.patterns;

import io.hotdsl.functions.Value;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.ProviderNet;
import io.hotdsl.resources.neutron.Router;
import io.hotdsl.resources.neutron.RouterInterface;
import io.hotdsl.resources.neutron.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A private network that reaches the outside: an {@code OS::Neutron::Net}, its
 * {@code OS::Neutron::Subnet}, an {@code OS::Neutron::Router} whose gateway is on an external
 * network, and the {@code OS::Neutron::RouterInterface} joining the subnet to the router.
 *
 * <pre>{@code
 * PrivateNetwork app = PrivateNetwork.builder("app")
 *     .cidr("10.0.0.0/24")
 *     .externalNetwork(external)          // a Parameter<String>, a Net, or a name
 *     .addTo(t);
 * Port port = t.resource(Port.builder("port").network(app.net()).build());
 * }</pre>
 *
 * <p>The parts are named {@code app_net}, {@code app_subnet}, {@code app_router} and
 * {@code app_router_interface}; {@link Builder#name(Part, String)} overrides a name.
 */
public final class PrivateNetwork extends Construct {
  /** The parts, each with the suffix of its derived name. */
  public enum Part {
    NET("net"),
    SUBNET("subnet"),
    ROUTER("router"),
    ROUTER_INTERFACE("router_interface");

    private final String suffix;

    Part(String suffix) {
      this.suffix = suffix;
    }
  }

  private static final Pattern CIDR = Pattern.compile("[0-9A-Fa-f:.]+/[0-9]{1,3}");

  private final Net net;
  private final Subnet subnet;
  private final Router router;
  private final RouterInterface routerInterface;

  private PrivateNetwork(Builder b) {
    PartNames<Part> n = b.names;
    Net.Builder netBuilder = Net.builder(n.of(Part.NET, Part.NET.suffix));
    Subnet.Builder subnetBuilder = Subnet.builder(n.of(Part.SUBNET, Part.SUBNET.suffix));
    if (b.networkName != null) {
      netBuilder.nameProperty(b.networkName);
    }
    this.net = netBuilder.build();
    subnetBuilder.network(net).cidr(b.cidr);
    if (!b.dnsNameservers.isEmpty()) {
      subnetBuilder.dnsNameservers(b.dnsNameservers);
    }
    this.subnet = subnetBuilder.build();
    this.router = Router.builder(n.of(Part.ROUTER, Part.ROUTER.suffix))
        .externalGatewayInfo(
            Router.ExternalGatewayInfo.builder().network(b.external).build())
        .build();
    this.routerInterface = RouterInterface.builder(
            n.of(Part.ROUTER_INTERFACE, Part.ROUTER_INTERFACE.suffix))
        .router(router)
        .subnet(subnet)
        .build();
  }

  /** A private network whose parts are named {@code <name>_net} and so on. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The network: give it wherever a network fits ({@code Port.builder(…).network(net())}). */
  public Net net() {
    return net;
  }

  /** The subnet: for fixed IPs, a load balancer's VIP, pool members. */
  public Subnet subnet() {
    return subnet;
  }

  /** The router, whose gateway is on the external network. */
  public Router router() {
    return router;
  }

  /** The router's interface on the subnet. */
  public RouterInterface routerInterface() {
    return routerInterface;
  }

  /** The network's ID: {@code get_resource: <net>} (for outputs and string properties). */
  public Value<String> networkId() {
    return net.ref();
  }

  /** The subnet's ID: {@code get_resource: <subnet>}. */
  public Value<String> subnetId() {
    return subnet.ref();
  }

  /** The parts in the order they are added: net, subnet, router, router interface. */
  @Override
  public List<Resource> resources() {
    return List.of(net, subnet, router, routerInterface);
  }

  /** Adds the parts to {@code t} and returns this. */
  public PrivateNetwork addTo(Template.Builder t) {
    Refs.addAll(t, resources());
    return this;
  }

  /** Configures a {@link PrivateNetwork}; {@link #cidr} and {@link #externalNetwork} are required. */
  public static final class Builder {
    private final PartNames<Part> names;
    private Value<String> cidr;
    private Value<String> external;
    private String networkName;
    private final List<String> dnsNameservers = new ArrayList<>();

    private Builder(String name) {
      this.names = new PartNames<>(name, Part.class);
    }

    /** The subnet's address range, such as {@code 10.0.0.0/24}. */
    public Builder cidr(String cidr) {
      if (!CIDR.matcher(Objects.requireNonNull(cidr, "cidr")).matches()) {
        throw new IllegalArgumentException(names.name() + ": cidr must be an address range "
            + "such as 10.0.0.0/24, not \"" + cidr + "\"");
      }
      this.cidr = Refs.literal(cidr, "cidr");
      return this;
    }

    /** The subnet's address range from a parameter. */
    public Builder cidr(Parameter<String> cidr) {
      this.cidr = Refs.of(cidr, "cidr");
      return this;
    }

    /** The external network the router's gateway is on, from a parameter. */
    public Builder externalNetwork(Parameter<String> network) {
      this.external = Refs.of(network, "external network");
      return this;
    }

    /** The external network the router's gateway is on, a network of this template. */
    public Builder externalNetwork(Net network) {
      this.external = Refs.of(network, "external network");
      return this;
    }

    /** The external network the router's gateway is on, a provider network of this template. */
    public Builder externalNetwork(ProviderNet network) {
      this.external = Refs.of(network, "external network");
      return this;
    }

    /** The external network by its name or ID in the cloud ({@code public}). */
    public Builder externalNetwork(String nameOrId) {
      this.external = Refs.literal(nameOrId, "external network");
      return this;
    }

    /** The external network as any string value (an attribute, a function). */
    public Builder externalNetwork(Value<String> network) {
      this.external = Refs.of(network, "external network");
      return this;
    }

    /** The network's {@code name} in Neutron (default: Heat's, from the stack and resource). */
    public Builder networkName(String name) {
      this.networkName = Objects.requireNonNull(name, "network name");
      return this;
    }

    /** DNS servers handed out by the subnet's DHCP. */
    public Builder dnsNameservers(String... addresses) {
      for (String a : addresses) {
        dnsNameservers.add(Objects.requireNonNull(a, "DNS nameserver"));
      }
      return this;
    }

    /** Names a part {@code resourceName} instead of {@code <name>_<suffix>}. */
    public Builder name(Part part, String resourceName) {
      names.override(part, resourceName);
      return this;
    }

    /** The network, its parts built. */
    public PrivateNetwork build() {
      List<String> missing = new ArrayList<>();
      if (cidr == null) {
        missing.add("cidr");
      }
      if (external == null) {
        missing.add("externalNetwork");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "PrivateNetwork " + names.name() + ": missing " + String.join(", ", missing));
      }
      return new PrivateNetwork(this);
    }

    /** {@link #build()}, then {@link PrivateNetwork#addTo}. */
    public PrivateNetwork addTo(Template.Builder t) {
      return build().addTo(t);
    }
  }
}
