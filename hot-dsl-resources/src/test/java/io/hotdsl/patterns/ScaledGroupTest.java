package io.hotdsl.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.bundle.ChildTemplate;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.model.OutputKey;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.resources.heat.ResourceChain;
import io.hotdsl.resources.heat.ResourceGroup;
import io.hotdsl.validate.TemplateValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classic autoscaling pattern, and the other grouping types it sits beside. */
class ScaledGroupTest {

  static Template scaledWebTier() {
    Template.Builder t = Template.builder();
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    ScaledGroup.builder("web")
        .server(
            Map.of("image", image.get(), "flavor", "m1.small", "metadata", Map.of("role", "web")))
        .size(2, 3, 10)
        .step(2, 1)
        .cooldowns(60, 600)
        .cpuPercent(20, 70)
        .granularity(60)
        .namePrefix("web_")
        .addTo(t);
    return t.build();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> props(Template t, String resource) {
    return (Map<String, Object>) t.resource(resource).toTree().get("properties");
  }

  @Test
  void buildsGroupPoliciesAndAlarmsWiredTogether() {
    Template t = scaledWebTier();
    assertThat(t.resources())
        .containsOnlyKeys("web", "web_scale_up", "web_scale_down", "web_cpu_high", "web_cpu_low");
    Map<String, Object> group = props(t, "web");
    assertThat(group)
        .containsEntry("min_size", 2L)
        .containsEntry("desired_capacity", 3L)
        .containsEntry("max_size", 10L);
    assertThat(group.get("resource"))
        .isEqualTo(Map.of(
            "type",
            "OS::Nova::Server",
            "properties",
            Map.of(
                "image",
                Map.of("get_param", "image"),
                "flavor",
                "m1.small",
                "metadata",
                Map.of(
                    "role", "web", "metering.server_group", Map.of("get_param", "OS::stack_id")))));
    assertThat(props(t, "web_scale_up"))
        .containsEntry("scaling_adjustment", 2L)
        .containsEntry("cooldown", 60L)
        .containsEntry("adjustment_type", "change_in_capacity")
        .containsEntry("auto_scaling_group_id", Map.of("get_resource", "web"));
    assertThat(props(t, "web_scale_down"))
        .containsEntry("scaling_adjustment", -1L)
        .containsEntry("cooldown", 600L);
    // 70 % of one vCPU over 60 s of cumulative CPU nanoseconds
    assertThat(props(t, "web_cpu_high"))
        .containsEntry("threshold", 42_000_000_000L)
        .containsEntry("comparison_operator", "gt")
        .containsEntry("granularity", 60L)
        .containsEntry(
            "alarm_actions", List.of(Map.of("get_attr", List.of("web_scale_up", "alarm_url"))));
    assertThat(props(t, "web_cpu_low"))
        .containsEntry("threshold", 12_000_000_000L)
        .containsEntry("comparison_operator", "lt")
        .containsEntry(
            "alarm_actions", List.of(Map.of("get_attr", List.of("web_scale_down", "alarm_url"))));
    assertThat(TemplateValidator.validate(t).problems()).isEmpty();
  }

  @Test
  void rejectsNonsenseEarly() {
    assertThatThrownBy(() -> ScaledGroup.builder("g").size(3, 2, 5))
        .hasMessage("size must satisfy 0 <= min <= desired <= max, not 3, 2, 5");
    assertThatThrownBy(() -> ScaledGroup.builder("g").cpuPercent(80, 20))
        .hasMessageContaining("0 < low < high <= 100");
    assertThatThrownBy(() -> ScaledGroup.builder("g").addTo(Template.builder()))
        .hasMessageContaining("no member");
    Template noMetadata = Template.builder().build();
    assertThatThrownBy(() ->
            ScaledGroup.builder("g").member(ChildTemplate.nested("m.yaml", noMetadata), Map.of()))
        .hasMessageContaining("must declare a json parameter \"metadata\"");
  }

  /**
   * A typed member: set through the member template's own parameters; metadata, which the
   * pattern sets, counts as given, while another required parameter left unset is refused.
   */
  @Test
  void aTypedMemberOfAChildTemplate() {
    Parameter<String> image = Parameter.string("image").build();
    Parameter<Map<String, Object>> metadata = Parameter.jsonMap("metadata").build();
    Template.Builder m = Template.builder();
    m.parameter(image);
    m.parameter(metadata);
    ChildTemplate member = ChildTemplate.nested("member.yaml", m.build());
    Template.Builder t = Template.builder();
    Parameter<String> rootImage = t.parameter(Parameter.string("image"));
    ScaledGroup.builder("web")
        .member(member.resource("m").set(image, rootImage))
        .addTo(t);
    assertThat(props(t.build(), "web").get("resource"))
        .isEqualTo(Map.of(
            "type",
            "member.yaml",
            "properties",
            Map.of(
                "image",
                Map.of("get_param", "image"),
                "metadata",
                Map.of("metering.server_group", Map.of("get_param", "OS::stack_id")))));
    assertThatThrownBy(() -> ScaledGroup.builder("web").member(member.resource("m")))
        .hasMessage("resource m (member.yaml): required parameter image of member.yaml is not set");
  }

  /** Servers behind a pool: the pattern writes their member template (server + pool member). */
  static ScaledGroup pooledServers(Template.Builder t) {
    Parameter<String> image = t.parameter(Parameter.string("image").defaultValue("cirros"));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Parameter<String> network = t.parameter(Parameter.string("network").defaultValue("private"));
    Parameter<String> subnet = t.parameter(Parameter.string("subnet").defaultValue("private-a"));
    LoadBalancedPool lb =
        LoadBalancedPool.builder("api").vipSubnet(subnet).memberPort(8080).addTo(t);
    ScaledGroup api = ScaledGroup.builder("api_group")
        .servers(image, flavor, network)
        .userData(CloudConfig.builder().packages("nginx").build())
        .behind(lb)
        .addTo(t);
    t.output("members", api.addresses());
    return api;
  }

  @Test
  void serversBehindAPoolGetAMemberTemplateWithTheirPoolMember() {
    Template.Builder b = Template.builder();
    ScaledGroup api = pooledServers(b);
    Template t = b.build();
    ChildTemplate member = api.memberTemplate().orElseThrow();
    assertThat(member.file()).isEqualTo("api_member.yaml");
    assertThat(props(t, "api_group").get("resource"))
        .isEqualTo(Map.of(
            "type",
            "api_member.yaml",
            "properties",
            Map.of(
                "image", Map.of("get_param", "image"),
                "flavor", Map.of("get_param", "flavor"),
                "network", Map.of("get_param", "network"),
                "subnet", Map.of("get_param", "subnet"),
                "pool", Map.of("get_resource", "api_pool"),
                "metadata", Map.of("metering.server_group", Map.of("get_param", "OS::stack_id")))));
    Template m = member.template();
    assertThat(m.parameters().get("network").defaultValue()).isEqualTo("private");
    assertThat(props(m, "member"))
        .containsEntry("protocol_port", 8080L)
        .containsEntry("pool", Map.of("get_param", "pool"))
        .containsEntry("subnet", Map.of("get_param", "subnet"));
    assertThat(props(m, "server"))
        .containsEntry("user_data_format", "RAW")
        .containsEntry("user_data", "#cloud-config\npackages:\n  - nginx\n")
        .containsEntry("metadata", Map.of("get_param", "metadata"));
    assertThat(t.outputs().get("members").toTree())
        .isEqualTo(
            Map.of("value", Map.of("get_attr", List.of("api_group", "outputs_list", "address"))));
    assertThat(api.resources())
        .extracting(r -> r.name())
        .containsExactly("api_group", "scale_up", "scale_down", "cpu_high", "cpu_low");
    assertThat(TemplateValidator.validate(t).problems()).isEmpty();
    assertThat(TemplateValidator.validate(m).problems()).isEmpty();
  }

  @Test
  void groupOutputsAreTypedAndCheckedAgainstTheMemberTemplate() {
    ScaledGroup api = pooledServers(Template.builder());
    OutputKey<String> address = OutputKey.of("address");
    assertThat(api.outputs(address).toTree())
        .isEqualTo(Map.of("get_attr", List.of("api_group", "outputs_list", "address")));
    assertThatThrownBy(() -> api.outputs(OutputKey.of("adress")))
        .hasMessage("the members of api_group (api_member.yaml) have no output adress; "
            + "their outputs: [address]");
    ScaledGroup inline =
        ScaledGroup.builder("g").servers("cirros", "m1.small", "private").addTo(Template.builder());
    assertThat(inline.memberTemplate()).isEmpty();
    assertThatThrownBy(inline::addresses).hasMessageContaining("addresses() are those of");
  }

  @Test
  void inlineServersTakeTheirCloudConfigAsUserData() {
    Template.Builder b = Template.builder();
    Parameter<String> name = b.parameter(Parameter.string("name"));
    ScaledGroup.builder("g")
        .servers("cirros", "m1.small", "private")
        .userData(CloudConfig.builder().set("hostname", name.get()).build())
        .addTo(b);
    Template t = b.build();
    assertThat(t.resources()).containsKey("g_config");
    assertThat(props(t, "g").get("resource"))
        .isEqualTo(Map.of(
            "type",
            "OS::Nova::Server",
            "properties",
            Map.of(
                "image",
                "cirros",
                "flavor",
                "m1.small",
                "networks",
                List.of(Map.of("network", "private")),
                "user_data_format",
                "RAW",
                "user_data",
                Map.of("get_resource", "g_config"),
                "metadata",
                Map.of("metering.server_group", Map.of("get_param", "OS::stack_id")))));
  }

  @Test
  void misplacedServerOptionsAreRefused() {
    Template.Builder b = Template.builder();
    Parameter<String> name = b.parameter(Parameter.string("name"));
    LoadBalancedPool lb = LoadBalancedPool.builder("web").vipSubnet("private-a").addTo(b);
    assertThatThrownBy(() -> ScaledGroup.builder("g")
            .servers("cirros", "m1.small", "private")
            .userData(CloudConfig.builder().set("hostname", name.get()).build())
            .behind(lb)
            .addTo(b))
        .hasMessageContaining("cannot refer to this template's parameters or resources");
    assertThatThrownBy(() -> ScaledGroup.builder("g")
            .server(Map.of("image", "cirros"))
            .behind(lb)
            .addTo(Template.builder()))
        .hasMessage("ScaledGroup g: userData(), behind() and memberFile() go with servers(), "
            + "not member()");
    assertThatThrownBy(() -> ScaledGroup.builder("g")
            .servers("cirros", "m1.small", "private")
            .memberFile("m.yaml")
            .addTo(Template.builder()))
        .hasMessage("ScaledGroup g: memberFile() goes with behind(), a member template");
    assertThatThrownBy(() -> ScaledGroup.builder("g").servers("", "m1.small", "private"))
        .hasMessage("image must not be empty");
  }

  static Template groupsAndChains() {
    Template.Builder t = Template.builder();
    t.resource(ResourceGroup.builder("volumes")
        .count(3)
        .resourceDef(ResourceGroup.ResourceDef.builder()
            .type("OS::Cinder::Volume")
            .properties(Map.of("size", 1, "name", "data-%index%"))
            .build())
        .build());
    t.resource(ResourceChain.builder("chain")
        .resources(List.of("OS::Heat::RandomString", "OS::Heat::RandomString"))
        .concurrent(false)
        .build());
    return t.build();
  }

  @Test
  void resourceGroupIndexAndResourceChainRender() {
    Template t = groupsAndChains();
    assertThat(HotRenderer.yaml(t)).contains("name: data-%index%").contains("concurrent: false");
    assertThat(TemplateValidator.validate(t).problems()).isEmpty();
  }

  @Test
  void heatAcceptsThePattern() {
    var oracle = HeatOracle.find();
    assumeTrue(oracle.isPresent(), "SKIPPED: Heat 19 (python3-heat) is not installed");
    String scaled = HotRenderer.yaml(scaledWebTier());
    String groups = HotRenderer.yaml(groupsAndChains());
    Template.Builder b = Template.builder();
    ChildTemplate member = pooledServers(b).memberTemplate().orElseThrow();
    String pooled = HotRenderer.yaml(b.build());
    Map<String, String> files = Map.of(member.file(), HotRenderer.yaml(member.template()));
    List<HeatVerdict> verdicts = oracle
        .get()
        .run(List.of(
            HeatCase.validate("scaled-api", scaled, Depth.API),
            HeatCase.validate("scaled-strict", scaled, Map.of(), List.of(), Map.of(), Depth.STRICT),
            HeatCase.validate("groups-api", groups, Depth.API),
            HeatCase.validate("pooled-api", pooled, files, List.of(), Map.of(), Depth.API),
            HeatCase.validate("pooled-strict", pooled, files, List.of(), Map.of(), Depth.STRICT),
            HeatCase.validate("member-api", files.get(member.file()), Depth.API)));
    assertThat(verdicts)
        .allSatisfy(v -> assertThat(v.ok()).as(v.id() + ": " + v.error()).isTrue());
  }
}
