package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.patterns.LoadBalancedPool;
import io.hotdsl.patterns.ScaledGroup;

/**
 * Autoscaling: a web tier behind an Octavia load balancer that grows when its CPU is busy and
 * shrinks when it is idle.
 *
 * <p>The load balancer, listener, pool and health monitor come from {@link LoadBalancedPool}; the
 * group, its scaling policies and the Aodh alarms that watch the members' CPU in Gnocchi (found
 * through the {@code metering.server_group} metadata) from {@link ScaledGroup} (its defaults:
 * cooldowns of 120 s up and 300 s down, thresholds of 15 % and 80 % CPU). Its servers are behind
 * the pool: each member ({@code web_member.yaml}, which the pattern writes) is a server plus its
 * {@code OS::Octavia::PoolMember}, so a new server joins the pool and a removed one leaves it.
 */
public final class Autoscaling implements Example {
  /** The web servers' cloud-config: nginx serving one page. */
  static final CloudConfig WEB_SERVER = CloudConfig.builder()
      .packageUpdate(true)
      .packages("nginx")
      .writeFile("/var/www/html/index.html", "<h1>served by a scaled web server</h1>\n")
      .runcmd("systemctl", "enable", "--now", "nginx")
      .build();

  @Override
  public String name() {
    return "autoscaling";
  }

  @Override
  public String description() {
    return "An AutoScalingGroup of Octavia pool members scaled by Aodh CPU alarms";
  }

  @Override
  public Bundle bundle() {
    Template.Builder t =
        Template.builder().description("A web tier behind Octavia that scales on CPU alarms");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("ubuntu-24.04"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Parameter<String> network = t.parameter(Parameter.string("network").defaultValue("private"));
    Parameter<String> subnet =
        t.parameter(Parameter.string("subnet").defaultValue("private-subnet"));
    LoadBalancedPool lb = LoadBalancedPool.builder("web").vipSubnet(subnet).addTo(t);
    ScaledGroup web = ScaledGroup.builder("web_group")
        .servers(image, flavor, network)
        .userData(WEB_SERVER)
        .behind(lb)
        .size(1, 2, 6)
        .addTo(t);
    t.output("vip", lb.vipAddress(), "The load balancer's address");
    t.output("members", web.addresses(), "The members' addresses");
    t.output("scale_up_url", web.scaleUp().alarmUrl());
    return Bundle.builder(Examples.ROOT, t.build())
        .child(web.memberTemplate().orElseThrow())
        .build();
  }
}
