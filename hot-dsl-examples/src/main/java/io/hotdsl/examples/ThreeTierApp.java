package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.cloudinit.WriteFile;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.patterns.LoadBalancedPool;
import io.hotdsl.patterns.ScaledGroup;
import io.hotdsl.resources.designate.RecordSet;
import io.hotdsl.resources.designate.Zone;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.nova.ServerGroup;
import io.hotdsl.resources.trove.Instance;
import java.util.Map;

/**
 * A complete three-tier application:
 *
 * <ol>
 *   <li>web: an autoscaled group behind Octavia, its VIP on a floating IP named in Designate
 *       (the patterns {@link LoadBalancedPool} and {@link ScaledGroup});
 *   <li>app: two application servers kept on different hosts (anti-affinity), configured by
 *       cloud-init with the database's address;
 *   <li>data: a Trove MySQL instance with the application's database and user.
 * </ol>
 */
public final class ThreeTierApp implements Example {

  @Override
  public String name() {
    return "three-tier";
  }

  @Override
  public String description() {
    return "Web (autoscaled, Octavia, DNS), app (anti-affinity, cloud-init) and Trove data tiers";
  }

  @Override
  public Bundle bundle() {
    Template.Builder t = Template.builder()
        .description("A three-tier application: scaled web tier, app servers and a database");
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("ubuntu-24.04"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Parameter<String> network = t.parameter(Parameter.string("network").defaultValue("private"));
    Parameter<String> subnet =
        t.parameter(Parameter.string("subnet").defaultValue("private-subnet"));
    Parameter<String> external =
        t.parameter(Parameter.string("external_network").defaultValue("public"));
    Parameter<String> domain =
        t.parameter(Parameter.string("domain").defaultValue("shop.example.org."));
    Parameter<String> dbFlavor =
        t.parameter(Parameter.string("db_flavor").defaultValue("d2.medium"));
    Parameter<String> dbPassword = t.parameter(Parameter.string("db_password").hidden(true));

    // data tier
    Instance db = TroveDatabases.mysql(t, dbFlavor, network, dbPassword);

    // app tier
    ServerGroup apart =
        t.resource(ServerGroup.builder("app_hosts").addPolicy("anti-affinity").build());
    CloudConfig appConfig = CloudConfig.builder()
        .packages("openjdk-17-jre-headless")
        .writeFile(WriteFile.builder("/etc/shop/db.properties")
            .permissions("0600")
            .content(db.hostname())
            .build())
        .runcmd("systemctl", "restart", "shop")
        .build();
    Value<String> appUserData = appConfig.userData(t, "app_config");
    for (String name : new String[] {"app_1", "app_2"}) {
      t.resource(Server.builder(name)
          .image(image)
          .flavor(flavor)
          .addNetwork(Server.Network.builder().network(network).build())
          .schedulerHints(Map.of("group", apart))
          .userDataFormat(Server.UserDataFormat.RAW)
          .userData(appUserData)
          .build());
    }

    // web tier: Octavia (HTTP on 80, a floating IP on the VIP) and servers scaled on CPU alarms,
    // each joining the pool (the pattern writes their member template, web_member.yaml)
    LoadBalancedPool lb =
        LoadBalancedPool.builder("web").vipSubnet(subnet).floatingIp(external).addTo(t);
    ScaledGroup web = ScaledGroup.builder("web_group")
        .servers(image, flavor, network)
        .userData(Autoscaling.WEB_SERVER)
        .behind(lb)
        .size(1, 2, 6)
        .addTo(t);
    Zone zone = t.resource(Zone.builder("zone")
        .nameProperty(domain)
        .email("hostmaster@example.org")
        .build());
    t.resource(RecordSet.builder("www")
        .zone(zone)
        .nameProperty("www")
        .typeProperty(RecordSet.Type.A)
        .addRecord(lb.publicAddress())
        .build());

    t.output("public_ip", lb.publicAddress());
    t.output("web_members", web.addresses());
    t.output("db_hostname", db.hostname());
    return Bundle.builder(Examples.ROOT, t.build())
        .child(web.memberTemplate().orElseThrow())
        .build();
  }

  @Override
  public Map<String, Object> parameterValues() {
    return Map.of("db_password", "CorrectHorse42Battery");
  }
}
