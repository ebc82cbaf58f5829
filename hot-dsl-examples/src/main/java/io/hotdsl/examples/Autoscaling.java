package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.ChildTemplate;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.patterns.LoadBalancedPool;
import io.hotdsl.patterns.ScaledGroup;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.octavia.Pool;
import io.hotdsl.resources.octavia.PoolMember;
import java.util.LinkedHashMap;
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

  /** One member of the web tier: a server serving HTTP and its pool membership. */
  static Template member() {
    Template.Builder t = Template.builder()
        .description("A web server and its membership of the load balancer's pool");
    Parameter<String> image = t.parameter(Parameter.string("image"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor"));
    Parameter<String> network = t.parameter(Parameter.string("network")
        // a default: Heat's template-validate resolves the get_attr path below with it when the
        // file is validated alone (without one: "The Referenced Attribute ... is incorrect")
        .defaultValue("private"));
    Parameter<String> subnet = t.parameter(Parameter.string("subnet"));
    Parameter<String> pool = t.parameter(Parameter.string("pool").description("Octavia pool ID"));
    Parameter<Map<String, Object>> metadata = t.parameter(Parameter.jsonMap("metadata")
        .description("Server metadata; metering.server_group groups the members for Aodh"));
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
    t.output("address", server.networks(network.get(), 0));
    return t.build();
  }

  /**
   * The properties of a member ({@link #member()}): the parameters and the pool stand for their
   * {@code get_param} and {@code get_resource}.
   */
  static Map<String, Object> memberProperties(Parameter<String> image, Parameter<String> flavor,
      Parameter<String> network, Parameter<String> subnet, Pool pool) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("image", image);
    props.put("flavor", flavor);
    props.put("network", network);
    props.put("subnet", subnet);
    props.put("pool", pool);
    return props;
  }

  static Template root(ChildTemplate member) {
    Template.Builder t = Template.builder()
        .description("A web tier behind Octavia that scales on CPU alarms");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("ubuntu-24.04"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Parameter<String> network = t.parameter(Parameter.string("network").defaultValue("private"));
    Parameter<String> subnet = t.parameter(Parameter.string("subnet")
        .defaultValue("private-subnet"));
    LoadBalancedPool lb = LoadBalancedPool.builder("web").vipSubnet(subnet).addTo(t);
    ScaledGroup.Parts web = ScaledGroup.builder("web_group")
        .member(member, memberProperties(image, flavor, network, subnet, lb.pool()))
        .size(1, 2, 6)
        .addTo(t);
    t.output("vip", lb.vipAddress(), "The load balancer's address");
    t.output("members", web.group().outputsList("address"), "The members' addresses");
    t.output("scale_up_url", web.scaleUp().alarmUrl());
    return t.build();
  }

  @Override
  public Bundle bundle() {
    ChildTemplate member = ChildTemplate.nested(MEMBER, member());
    return Bundle.builder(Examples.ROOT, root(member)).child(member).build();
  }
}
