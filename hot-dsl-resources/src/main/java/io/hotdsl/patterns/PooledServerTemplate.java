package io.hotdsl.patterns;

import io.hotdsl.bundle.ChildTemplate;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.resources.octavia.PoolMember;
import java.util.Map;

/**
 * The member template of {@link ScaledGroup.Builder#behind}: a server and its
 * {@code OS::Octavia::PoolMember}, so that a server the group adds joins the pool and a server it
 * removes leaves it (Heat's own autoscaling example, {@code lb_server.yaml}, is this template).
 * Its parameters are the group's member properties; its output {@link ScaledGroup#ADDRESS} is the
 * server's address on its network.
 */
final class PooledServerTemplate {
  static final Parameter<String> IMAGE = Parameter.string("image").build();
  static final Parameter<String> FLAVOR = Parameter.string("flavor").build();
  static final Parameter<String> SUBNET = Parameter.string("subnet").build();
  static final Parameter<String> POOL =
      Parameter.string("pool").description("Octavia pool ID").build();
  static final Parameter<Map<String, Object>> METADATA = Parameter.jsonMap("metadata")
      .description(
          "Server metadata; " + ScaledGroup.SERVER_GROUP_METADATA + " groups the members for Aodh")
      .build();

  private PooledServerTemplate() {}

  /**
   * The network parameter: its default is the parent's value when that is known (a literal, or a
   * parameter's default), so that Heat can resolve the address's {@code get_attr} path when the
   * file is validated alone.
   */
  static Parameter<String> network(Object parentDefault) {
    Parameter.Builder<String> b = Parameter.string("network");
    if (parentDefault instanceof String s) {
      b.defaultValue(s);
    }
    return b.build();
  }

  /**
   * The template.
   *
   * @param network the network parameter ({@link #network(Object)})
   * @param port the port the pool sends to
   * @param userData the servers' cloud-config, or null; it is written into the member template,
   *     so it must be literal
   */
  static ChildTemplate of(String file, Parameter<String> network, long port, CloudConfig userData) {
    Template.Builder t =
        Template.builder().description("A server and its membership of the load balancer's pool");
    Parameter<String> image = t.parameter(IMAGE);
    Parameter<String> flavor = t.parameter(FLAVOR);
    t.parameter(network);
    Parameter<String> subnet = t.parameter(SUBNET);
    Parameter<String> pool = t.parameter(POOL);
    Parameter<Map<String, Object>> metadata = t.parameter(METADATA);
    Server.Builder server = Server.builder("server")
        .image(image)
        .flavor(flavor)
        .addNetwork(Server.Network.builder().network(network).build())
        .metadataProperty(metadata);
    if (userData != null) {
      server.userDataFormat(Server.UserDataFormat.RAW).userData(userData.userData());
    }
    Server s = t.resource(server.build());
    Value<String> address = s.networks(network.get(), 0);
    t.resource(PoolMember.builder("member")
        .pool(pool)
        .address(address)
        .protocolPort(port)
        .subnet(subnet)
        .build());
    t.output(Output.of(ScaledGroup.ADDRESS, address));
    return ChildTemplate.nested(file, t.build());
  }
}
