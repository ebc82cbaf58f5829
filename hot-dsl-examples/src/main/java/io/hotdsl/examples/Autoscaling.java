package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.ChildTemplate;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.model.Output;
import io.hotdsl.model.OutputKey;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.patterns.LoadBalancedPool;
import io.hotdsl.patterns.ScaledGroup;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.octavia.Pool;
import io.hotdsl.resources.octavia.PoolMember;
import java.util.Map;

/**
 * Autoscaling: a web tier behind an Octavia load balancer that grows when its CPU is busy and
 * shrinks when it is idle.
 *
 * <p>Each group member ({@code web_member.yaml}) is a server plus its {@code
 * OS::Octavia::PoolMember}, so a new server joins the pool and a removed one leaves it. The load
 * balancer, listener, pool and health monitor come from {@link LoadBalancedPool}; the group, its
 * scaling policies and the Aodh alarms that watch the members' CPU in Gnocchi (found through the
 * {@code metering.server_group} metadata) from {@link ScaledGroup} (its defaults: cooldowns of
 * 120 s up and 300 s down, thresholds of 15 % and 80 % CPU).
 */
public final class Autoscaling implements Example {
  static final String MEMBER = "web_member.yaml";

  @Override
  public String name() {
    return "autoscaling";
  }

  @Override
  public String description() {
    return "An AutoScalingGroup of Octavia pool members scaled by Aodh CPU alarms";
  }

  /** {@code web_member.yaml}'s parameters and output: the keys its parents set and read. */
  static final class WebMember {
    static final Parameter<String> IMAGE = Parameter.string("image").build();
    static final Parameter<String> FLAVOR = Parameter.string("flavor").build();
    static final Parameter<String> NETWORK = Parameter.string("network")
        // a default: Heat's template-validate resolves the get_attr path below with it when the
        // file is validated alone (without one: "The Referenced Attribute ... is incorrect")
        .defaultValue("private")
        .build();
    static final Parameter<String> SUBNET = Parameter.string("subnet").build();
    static final Parameter<String> POOL =
        Parameter.string("pool").description("Octavia pool ID").build();
    static final Parameter<Map<String, Object>> METADATA = Parameter.jsonMap("metadata")
        .description("Server metadata; metering.server_group groups the members for Aodh")
        .build();
    static final OutputKey<String> ADDRESS = OutputKey.of("address");

    private WebMember() {}
  }

  /** One member of the web tier: a server serving HTTP and its pool membership. */
  static Template member() {
    Template.Builder t = Template.builder()
        .description("A web server and its membership of the load balancer's pool");
    Parameter<String> image = t.parameter(WebMember.IMAGE);
    Parameter<String> flavor = t.parameter(WebMember.FLAVOR);
    Parameter<String> network = t.parameter(WebMember.NETWORK);
    Parameter<String> subnet = t.parameter(WebMember.SUBNET);
    Parameter<String> pool = t.parameter(WebMember.POOL);
    Parameter<Map<String, Object>> metadata = t.parameter(WebMember.METADATA);
    CloudConfig boot = CloudConfig.builder()
        .packageUpdate(true)
        .packages("nginx")
        .writeFile("/var/www/html/index.html", "<h1>served by a scaled web server</h1>\n")
        .runcmd("systemctl", "enable", "--now", "nginx")
        .build();
    Server server = t.resource(Server.builder("server")
        .image(image)
        .flavor(flavor)
        .addNetwork(Server.Network.builder().network(network).build())
        .metadataProperty(metadata)
        .userDataFormat(Server.UserDataFormat.RAW)
        .userData(boot.userData())
        .build());
    t.resource(PoolMember.builder("member")
        .pool(pool)
        .address(server.networks(network.get(), 0))
        .protocolPort(80)
        .subnet(subnet)
        .build());
    t.output(Output.of(WebMember.ADDRESS, server.networks(network.get(), 0)));
    return t.build();
  }

  /**
   * A member ({@link #member()}) as a group's typed member: the parameters and the pool stand
   * for their {@code get_param} and {@code get_resource}.
   */
  static ChildTemplate.ResourceBuilder member(
      ChildTemplate member,
      Parameter<String> image,
      Parameter<String> flavor,
      Parameter<String> network,
      Parameter<String> subnet,
      Pool pool) {
    return member
        .resource("member")
        .set(WebMember.IMAGE, image)
        .set(WebMember.FLAVOR, flavor)
        .set(WebMember.NETWORK, network)
        .set(WebMember.SUBNET, subnet)
        .set(WebMember.POOL, pool);
  }

  static Template root(ChildTemplate member) {
    Template.Builder t =
        Template.builder().description("A web tier behind Octavia that scales on CPU alarms");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("ubuntu-24.04"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Parameter<String> network = t.parameter(Parameter.string("network").defaultValue("private"));
    Parameter<String> subnet =
        t.parameter(Parameter.string("subnet").defaultValue("private-subnet"));
    LoadBalancedPool lb = LoadBalancedPool.builder("web").vipSubnet(subnet).addTo(t);
    ScaledGroup.Parts web = ScaledGroup.builder("web_group")
        .member(member(member, image, flavor, network, subnet, lb.pool()))
        .size(1, 2, 6)
        .addTo(t);
    t.output("vip", lb.vipAddress(), "The load balancer's address");
    t.output(
        "members", web.group().outputsList(WebMember.ADDRESS.name()), "The members' addresses");
    t.output("scale_up_url", web.scaleUp().alarmUrl());
    return t.build();
  }

  @Override
  public Bundle bundle() {
    ChildTemplate member = ChildTemplate.nested(MEMBER, member());
    return Bundle.builder(Examples.ROOT, root(member)).child(member).build();
  }
}
