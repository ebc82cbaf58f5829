package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.resources.cinder.Volume;
import io.hotdsl.resources.cinder.VolumeAttachment;
import io.hotdsl.resources.neutron.FloatingIP;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.neutron.Router;
import io.hotdsl.resources.neutron.SecurityGroup;
import io.hotdsl.resources.neutron.Subnet;
import io.hotdsl.resources.nova.KeyPair;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.nova.ServerGroup;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every resource the adopter makes is built with its generated class, so the class's checks
 * apply: a value read that the class refuses fails the adoption with the class's message.
 */
class AdopterTypedClassesTest {
  @Test
  void eachResourceIsAnInstanceOfItsTypedClass() {
    Template t = Adopter.create().adopt(Samples.snapshot()).template();
    Map<String, Class<? extends Resource>> classes = Map.ofEntries(
        Map.entry(Server.TYPE, Server.class),
        Map.entry(Port.TYPE, Port.class),
        Map.entry(Net.TYPE, Net.class),
        Map.entry(Subnet.TYPE, Subnet.class),
        Map.entry(Router.TYPE, Router.class),
        Map.entry(SecurityGroup.TYPE, SecurityGroup.class),
        Map.entry(Volume.TYPE, Volume.class),
        Map.entry(VolumeAttachment.TYPE, VolumeAttachment.class),
        Map.entry(FloatingIP.TYPE, FloatingIP.class),
        Map.entry(KeyPair.TYPE, KeyPair.class),
        Map.entry(ServerGroup.TYPE, ServerGroup.class));
    assertThat(t.resources().values())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.getClass().getPackageName())
            .as(r.name())
            .startsWith("io.hotdsl.resources."));
    assertThat(t.resources().values())
        .extracting(Resource::type)
        .contains(
            Server.TYPE,
            Net.TYPE,
            Subnet.TYPE,
            Router.TYPE,
            Volume.TYPE,
            VolumeAttachment.TYPE,
            FloatingIP.TYPE,
            KeyPair.TYPE,
            ServerGroup.TYPE);
    classes.forEach((type, cls) -> assertThat(t.resources().values())
        .filteredOn(r -> r.type().equals(type))
        .as(type)
        .allSatisfy(r -> assertThat(r).isInstanceOf(cls)));
  }

  @Test
  void aValueTheTypedClassRefusesFailsWithItsMessage() {
    ProjectSnapshot s = ProjectSnapshot.builder()
        .add(Kind.NETWORKS, AdopterRulesTest.json("{'id': 'n1', 'name': 'app'}"))
        .add(
            Kind.SUBNETS,
            AdopterRulesTest.json("{'id': 's1', 'name': 'app-v5',"
                + " 'network_id': 'n1', 'cidr': '10.0.0.0/24', 'ip_version': 5}"))
        .build();
    assertThatThrownBy(() -> Adopter.create().adopt(s))
        .isInstanceOf(AdoptException.class)
        .hasMessageStartingWith("cannot adopt what was read: resource app-v5 (OS::Neutron::Subnet):"
            + " property \"ip_version\": ");
  }
}
