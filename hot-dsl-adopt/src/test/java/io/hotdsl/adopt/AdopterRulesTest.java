package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.model.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small project written for the cases the samples lack: rules, ports, groups, names. */
class AdopterRulesTest {

  static JsonNode json(String text) {
    try {
      return ProjectSnapshot.JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static final ProjectSnapshot PROJECT = ProjectSnapshot.builder()
      .add(
          Kind.SECURITY_GROUPS,
          json("{'id': 'sg-web', 'name': 'web', 'description': 'web tier',"
              + " 'security_group_rules': ["
              + " {'direction': 'ingress', 'ethertype': 'IPv4', 'protocol': 'tcp',"
              + "  'port_range_min': 443, 'port_range_max': 443, 'remote_ip_prefix': '0.0.0.0/0'},"
              + " {'direction': 'ingress', 'ethertype': 'IPv4', 'remote_group_id': 'sg-web'}]}"))
      .add(
          Kind.SECURITY_GROUPS,
          json("{'id': 'sg-db', 'name': 'db', 'security_group_rules': ["
              + " {'direction': 'ingress', 'ethertype': 'IPv4', 'protocol': 'tcp',"
              + "  'port_range_min': 5432, 'port_range_max': 5432, 'remote_group_id': 'sg-web'}]}"))
      .add(Kind.NETWORKS, json("{'id': 'n1', 'name': 'app net', 'admin_state_up': true}"))
      .add(
          Kind.SUBNETS,
          json("{'id': 's1', 'name': 'app', 'network_id': 'n1', 'cidr':"
              + " '10.1.0.0/24', 'ip_version': 4, 'enable_dhcp': true, 'gateway_ip': '10.1.0.1',"
              + " 'dns_nameservers': ['9.9.9.9']}"))
      .add(
          Kind.ROUTERS,
          json("{'id': 'r1', 'name': 'edge', 'external_gateway_info':"
              + " {'network_id': 'ext-net', 'enable_snat': false}}"))
      .add(
          Kind.PORTS,
          json("{'id': 'p-ri', 'device_owner': 'network:router_interface',"
              + " 'device_id': 'r1', 'network_id': 'n1',"
              + " 'fixed_ips': [{'subnet_id': 's1', 'ip_address': '10.1.0.1'}]}"))
      .add(
          Kind.PORTS,
          json("{'id': 'p-web', 'name': '', 'device_owner': 'compute:nova',"
              + " 'device_id': 'srv-1', 'network_id': 'n1', 'mac_address': 'fa:16:3e:00:00:01',"
              + " 'fixed_ips': [{'subnet_id': 's1', 'ip_address': '10.1.0.5'}],"
              + " 'security_groups': ['sg-web', 'sg-default'], 'port_security_enabled': true}"))
      .add(
          Kind.SECURITY_GROUPS,
          json("{'id': 'sg-default', 'name': 'default'," + " 'security_group_rules': []}"))
      .add(
          Kind.SERVER_GROUPS,
          json("{'id': 'g1', 'name': 'spread', 'policies':"
              + " ['anti-affinity'], 'members': ['srv-1', 'srv-2']}"))
      .add(
          Kind.KEYPAIRS,
          json("{'keypair': {'name': 'ops', 'public_key': 'ssh-ed25519 AAAA ops',"
              + " 'private_key': '-----BEGIN OPENSSH PRIVATE KEY-----xyz', 'type': 'ssh'}}"))
      .add(
          Kind.SERVERS,
          json("{'id': 'srv-1', 'name': 'web', 'key_name': 'ops',"
              + " 'image': {'id': 'img-1'}, 'flavor': {'id': 'f1'},"
              + " 'addresses': {'app net': [{'addr': '10.1.0.5', 'OS-EXT-IPS:type': 'fixed'}]},"
              + " 'security_groups': [{'name': 'web'}], 'metadata': {},"
              + " 'adminPass': 'leaked-password'}"))
      .add(
          Kind.SERVERS,
          json("{'id': 'srv-2', 'name': 'web', 'key_name': 'someone-else',"
              + " 'image': {'id': 'img-1'}, 'flavor': {'id': 'f1'},"
              + " 'addresses': {'app net': [{'addr': '10.1.0.6', 'OS-EXT-IPS:type': 'fixed'},"
              + "  {'addr': '172.24.4.9', 'OS-EXT-IPS:type': 'floating'}]},"
              + " 'security_groups': [{'name': 'web'}, {'name': 'default'}],"
              + " 'scheduler_hints': {'different_host': ['srv-1']}}"))
      .add(
          Kind.SERVERS,
          json("{'id': 'srv-3', 'name': 'my server/1', 'image': '',"
              + " 'flavor': {'id': 'f1'}, 'addresses': {}}"))
      .add(Kind.FLAVORS, json("{'id': 'f1', 'name': 'm1.small'}"))
      .add(Kind.IMAGES, json("{'id': 'img-1', 'name': 'Ubuntu 24.04', 'visibility': 'private'}"))
      .add(
          Kind.VOLUMES,
          json("{'id': 'v1', 'name': 'data', 'size': 5, 'availability_zone':"
              + " 'nova', 'attachments': [{'server_id': 'srv-1', 'device': '/dev/vdb'}],"
              + " 'volume_image_metadata': {'image_id': 'img-1'}}"))
      .build();

  static final Adoption ADOPTION = Adopter.create().adopt(PROJECT);
  static final Template T = ADOPTION.template();

  @SuppressWarnings("unchecked")
  static Map<String, Object> props(String resource) {
    assertThat(T.resource(resource)).as(resource).isNotNull();
    return (Map<String, Object>) T.resource(resource).toTree().get("properties");
  }

  static Map<String, Object> ref(String name) {
    return Map.of("get_resource", name);
  }

  @Test
  void securityGroupsKeepTheirRulesAndReferToEachOther() {
    assertThat(props("web"))
        .containsEntry("name", "web")
        .containsEntry("description", "web tier")
        .containsEntry(
            "rules",
            List.of(
                Map.of(
                    "direction",
                    "ingress",
                    "ethertype",
                    "IPv4",
                    "protocol",
                    "tcp",
                    "port_range_min",
                    443L,
                    "port_range_max",
                    443L,
                    "remote_ip_prefix",
                    "0.0.0.0/0"),
                Map.of(
                    "direction",
                    "ingress",
                    "ethertype",
                    "IPv4",
                    "remote_mode",
                    "remote_group_id")));
    assertThat(props("db"))
        .containsEntry(
            "rules",
            List.of(Map.of(
                "direction",
                "ingress",
                "ethertype",
                "IPv4",
                "protocol",
                "tcp",
                "port_range_min",
                5432L,
                "port_range_max",
                5432L,
                "remote_mode",
                "remote_group_id",
                "remote_group_id",
                ref("web"))));
    assertThat(T.resources()).doesNotContainKey("default");
  }

  @Test
  void serversUseTheirPortsGroupsAndKeys() {
    assertThat(props("port_p-web"))
        .containsEntry("network", ref("app_net"))
        .containsEntry("fixed_ips", List.of(Map.of("subnet", ref("app"), "ip_address", "10.1.0.5")))
        .containsEntry("mac_address", "fa:16:3e:00:00:01")
        .containsEntry(
            "security_groups", List.of(ref("web"), Map.of("get_param", "security_group_default")));
    assertThat(T.parameters().get("security_group_default").constraints().get(0).spec())
        .isEqualTo("neutron.security_group");
    assertThat(props("web")).isNotNull();
    Map<String, Object> web = props("web_2");
    assertThat(web)
        .containsEntry("networks", List.of(Map.of("port", ref("port_p-web"))))
        .containsEntry("key_name", ref("ops"))
        .containsEntry("flavor", Map.of("get_param", "flavor_m1_small"))
        .containsEntry("image", Map.of("get_param", "image_Ubuntu_24_04"))
        .containsEntry("scheduler_hints", Map.of("group", ref("spread")))
        .doesNotContainKey("security_groups"); // the port carries them
    Map<String, Object> second = props("web_3");
    assertThat(second)
        .containsEntry(
            "networks", List.of(Map.of("network", ref("app_net"), "fixed_ip", "10.1.0.6")))
        .containsEntry("key_name", Map.of("get_param", "key_someone-else"))
        .containsEntry("security_groups", List.of(ref("web"), "default"))
        .containsEntry(
            "scheduler_hints",
            Map.of("different_host", List.of(ref("web_2")), "group", ref("spread")));
    assertThat(T.parameters().get("key_someone-else").constraints().get(0).spec())
        .isEqualTo("nova.keypair");
    assertThat(T.resources()).containsKey("my_server_1");
    assertThat(ADOPTION.warnings()).anyMatch(w -> w.startsWith("server my server/1 boots from"));
  }

  @Test
  void routersGetTheirInterfacesAndGateway() {
    assertThat(props("edge"))
        .containsEntry(
            "external_gateway_info",
            Map.of(
                "network", Map.of("get_param", "external_network_ext-net"), "enable_snat", false));
    assertThat(props("edge_app"))
        .containsEntry("router", ref("edge"))
        .containsEntry("subnet", ref("app"));
    assertThat(props("app"))
        .containsEntry("network", ref("app_net"))
        .containsEntry("dns_nameservers", List.of("9.9.9.9"));
  }

  @Test
  void volumesAndAttachments() {
    assertThat(props("data"))
        .containsEntry("size", 5L)
        .containsEntry("image", Map.of("get_param", "image_Ubuntu_24_04"));
    assertThat(props("web_2_data"))
        .containsEntry("instance_uuid", ref("web_2"))
        .containsEntry("volume_id", ref("data"))
        .containsEntry("mountpoint", "/dev/vdb");
  }

  @Test
  void secretsNeverLeak() {
    String yaml = ADOPTION.yaml();
    assertThat(yaml).doesNotContain("leaked-password", "PRIVATE KEY");
    assertThat(ADOPTION.warnings()).contains("key pair ops: its private key was read and left out");
    assertThat(T.parameters().values())
        .filteredOn(p -> p.name().endsWith("_admin_pass"))
        .hasSize(3)
        .allSatisfy(p -> {
          assertThat(p.hidden()).isTrue();
          assertThat(p.hasDefault()).isFalse();
        });
    assertThat(Adopter.create().adminPasswords(false).adopt(PROJECT).template().parameters())
        .noneSatisfy((k, v) -> assertThat(k).endsWith("_admin_pass"));
  }

  @Test
  void heatAcceptsAtBothDepths() {
    HeatOracle heat = HeatSupport.requireHeat();
    // srv-3 boots from a volume it does not name: Heat needs image or a bootable volume
    Template t = T.toBuilder().removeResource("my_server_1").build();
    String yaml = io.hotdsl.render.HotRenderer.yaml(t);
    List<HeatVerdict> v = heat.run(List.of(
        HeatCase.validate("api", yaml, Depth.API),
        HeatCase.validate("strict", yaml, null, null, HeatSupport.strictValues(t), Depth.STRICT)));
    assertThat(v).allSatisfy(r -> {
      assertThat(r.error()).as(r.id()).isNull();
      assertThat(r.ok()).as(r.id()).isTrue();
    });
  }
}
