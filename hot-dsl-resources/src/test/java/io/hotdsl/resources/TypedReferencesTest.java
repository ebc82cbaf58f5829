package io.hotdsl.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.resources.cinder.Volume;
import io.hotdsl.resources.cinder.VolumeAttachment;
import io.hotdsl.resources.heat.AutoScalingGroup;
import io.hotdsl.resources.heat.CloudConfig;
import io.hotdsl.resources.heat.ResourceGroup;
import io.hotdsl.resources.heat.ScalingPolicy;
import io.hotdsl.resources.heat.SoftwareDeployment;
import io.hotdsl.resources.neutron.Net;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.neutron.SecurityGroup;
import io.hotdsl.resources.neutron.Subnet;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.octavia.Listener;
import io.hotdsl.resources.octavia.LoadBalancer;
import io.hotdsl.resources.octavia.Pool;
import io.hotdsl.validate.TemplateValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The setters that take a resource of the template ({@code get_resource}), a parameter handle
 * ({@code get_param}) or a whole resource as a group's member definition: used as a user would
 * (this file only compiles if the overloads exist) and the rendered YAML compared.
 */
class TypedReferencesTest {

  static Template network() {
    Template.Builder t = Template.builder().description("typed references");
    Parameter<String> flavor = t.parameter(Parameter.string("flavor"));
    Parameter<Number> size = t.parameter(Parameter.number("size").defaultValue(10));
    Parameter<Boolean> admin = t.parameter(Parameter.bool("admin_up").defaultValue(true));
    Parameter<Map<String, Object>> metadata =
        t.parameter(Parameter.jsonMap("metadata").defaultValue(Map.of("role", "web")));
    Parameter<List<String>> dns =
        t.parameter(Parameter.commaDelimitedList("dns").defaultValue(List.of("8.8.8.8")));
    Net net = t.resource(Net.builder("net").adminStateUp(admin).build());
    Subnet subnet = t.resource(Subnet.builder("subnet")
        .network(net)
        .cidr("10.0.0.0/24")
        .dnsNameservers(dns)
        .build());
    SecurityGroup web = t.resource(SecurityGroup.builder("web").build());
    Port port = t.resource(Port.builder("port")
        .network(net)
        .addSecurityGroup(web)
        .addFixedIp(Port.FixedIp.builder().subnet(subnet).build())
        .build());
    Volume data = t.resource(Volume.builder("data").size(size).build());
    t.resource(Server.builder("server")
        .image("cirros")
        .flavor(flavor)
        .metadataProperty(metadata)
        .addNetwork(Server.Network.builder().port(port).build())
        .addBlockDeviceMappingV2(
            Server.BlockDeviceMappingV2.builder().volumeId(data).bootIndex(0).build())
        .build());
    LoadBalancer lb = t.resource(LoadBalancer.builder("lb").vipSubnet(subnet).build());
    Listener listener = t.resource(Listener.builder("listener")
        .loadbalancer(lb)
        .protocol(Listener.Protocol.HTTP)
        .protocolPort(80)
        .build());
    t.resource(Pool.builder("pool")
        .listener(listener)
        .lbAlgorithm(Pool.LbAlgorithm.ROUND_ROBIN)
        .protocol(Pool.Protocol.HTTP)
        .build());
    return t.build();
  }

  @Test
  void resourcesAndParametersRenderAsReferences() {
    assertThat(HotRenderer.yaml(network())).isEqualTo("""
        heat_template_version: '2021-04-16'
        description: typed references
        parameters:
          flavor:
            type: string
          size:
            type: number
            default: 10
          admin_up:
            type: boolean
            default: true
          metadata:
            type: json
            default:
              role: web
          dns:
            type: comma_delimited_list
            default:
              - 8.8.8.8
        resources:
          net:
            type: OS::Neutron::Net
            properties:
              admin_state_up:
                get_param: admin_up
          subnet:
            type: OS::Neutron::Subnet
            properties:
              network:
                get_resource: net
              cidr: 10.0.0.0/24
              dns_nameservers:
                get_param: dns
          web:
            type: OS::Neutron::SecurityGroup
          port:
            type: OS::Neutron::Port
            properties:
              network:
                get_resource: net
              security_groups:
                - get_resource: web
              fixed_ips:
                - subnet:
                    get_resource: subnet
          data:
            type: OS::Cinder::Volume
            properties:
              size:
                get_param: size
          server:
            type: OS::Nova::Server
            properties:
              image: cirros
              flavor:
                get_param: flavor
              metadata:
                get_param: metadata
              networks:
                - port:
                    get_resource: port
              block_device_mapping_v2:
                - volume_id:
                    get_resource: data
                  boot_index: 0
          lb:
            type: OS::Octavia::LoadBalancer
            properties:
              vip_subnet:
                get_resource: subnet
          listener:
            type: OS::Octavia::Listener
            properties:
              loadbalancer:
                get_resource: lb
              protocol: HTTP
              protocol_port: 80
          pool:
            type: OS::Octavia::Pool
            properties:
              listener:
                get_resource: listener
              lb_algorithm: ROUND_ROBIN
              protocol: HTTP
        """);
    assertThat(TemplateValidator.validate(network()).problems()).isEmpty();
  }

  static Template groups() {
    Template.Builder t = Template.builder();
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    t.resource(ResourceGroup.builder("volumes")
        .count(2)
        .resourceDef(Volume.builder("member")
            .size(1)
            .metadataProperty(Map.of("n", "%index%"))
            .build())
        .build());
    t.resource(AutoScalingGroup.builder("web")
        .minSize(1)
        .maxSize(3)
        .resource(Server.builder("member")
            .image(image)
            .flavor("m1.small")
            .metadata(Map.of("tier", "web"))
            .build())
        .build());
    return t.build();
  }

  @Test
  void aBuiltResourceIsAGroupsMemberDefinition() {
    assertThat(HotRenderer.yaml(groups())).endsWith("""
        resources:
          volumes:
            type: OS::Heat::ResourceGroup
            properties:
              count: 2
              resource_def:
                type: OS::Cinder::Volume
                properties:
                  size: 1
                  metadata:
                    n: '%index%'
          web:
            type: OS::Heat::AutoScalingGroup
            properties:
              min_size: 1
              max_size: 3
              resource:
                type: OS::Nova::Server
                properties:
                  image:
                    get_param: image
                  flavor: m1.small
                metadata:
                  tier: web
        """);
    assertThat(TemplateValidator.validate(groups()).problems()).isEmpty();
  }

  @Test
  void aMemberDefinitionWithSectionsTheGroupDoesNotTakeIsRefused() {
    Volume member =
        Volume.builder("member").size(1).dependsOn("other").description("d").build();
    assertThatThrownBy(() -> ResourceGroup.builder("g").resourceDef(member))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resource member as the definition in resource_def: resource_def takes only "
            + "metadata, properties, type, not description, depends_on");
    // an AutoScalingGroup's member is a whole HOT resource definition: depends_on is fine there
    assertThat(AutoScalingGroup.builder("g")
            .minSize(0)
            .maxSize(1)
            .resource(member)
            .build()
            .toTree()
            .toString())
        .contains("depends_on=other");
  }

  /**
   * Properties whose schema has no custom constraint but which Heat's plugin code uses as an ID
   * ({@link io.hotdsl.codegen} {@code References.UNCONSTRAINED}) take the resource too.
   */
  @Test
  void unconstrainedIdPropertiesTakeTheResource() {
    Template.Builder t = Template.builder();
    Server server =
        t.resource(Server.builder("server").image("cirros").flavor("m1").build());
    Volume data = t.resource(Volume.builder("data").size(1).build());
    t.resource(
        VolumeAttachment.builder("attach").instanceUuid(server).volumeId(data).build());
    CloudConfig config = t.resource(CloudConfig.builder("config").build());
    t.resource(
        SoftwareDeployment.builder("deploy").config(config).server(server).build());
    AutoScalingGroup group = t.resource(AutoScalingGroup.builder("group")
        .minSize(1)
        .maxSize(2)
        .resource(Volume.builder("member").size(1).build())
        .build());
    t.resource(ScalingPolicy.builder("up")
        .autoScalingGroupId(group)
        .adjustmentType(ScalingPolicy.AdjustmentType.CHANGE_IN_CAPACITY)
        .scalingAdjustment(1)
        .build());
    Template built = t.build();
    assertThat(built.resource("attach").toTree().get("properties"))
        .isEqualTo(Map.of(
            "instance_uuid", Map.of("get_resource", "server"),
            "volume_id", Map.of("get_resource", "data")));
    assertThat(built.resource("deploy").toTree().get("properties"))
        .isEqualTo(Map.of(
            "config", Map.of("get_resource", "config"),
            "server", Map.of("get_resource", "server")));
    assertThat(((Map<?, ?>) built.resource("up").toTree().get("properties"))
            .get("auto_scaling_group_id"))
        .isEqualTo(Map.of("get_resource", "group"));
  }
}
