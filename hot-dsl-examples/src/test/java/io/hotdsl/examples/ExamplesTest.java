package io.hotdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The structure of each example: resource types, key properties and references. */
class ExamplesTest {

  /** The value at a path of keys (strings) and list indexes (integers). */
  static Object at(Object tree, Object... path) {
    Object node = tree;
    for (Object step : path) {
      if (step instanceof Integer i) {
        node = ((List<?>) node).get(i);
      } else {
        assertThat(node).as("at " + step).isInstanceOf(Map.class);
        node = ((Map<?, ?>) node).get(step);
      }
    }
    return node;
  }

  static Map<?, ?> root(Example e) {
    return e.bundle().rootTemplate();
  }

  static Object prop(Map<?, ?> template, String resource, Object... path) {
    Object[] full = new Object[path.length + 3];
    full[0] = "resources";
    full[1] = resource;
    full[2] = "properties";
    System.arraycopy(path, 0, full, 3, path.length);
    return at(template, full);
  }

  static Map<String, Object> types(Map<?, ?> template) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    ((Map<?, ?>) template.get("resources")).forEach((k, v) -> out.put((String) k, at(v, "type")));
    return out;
  }

  static Map<String, Object> fn(String name, Object args) {
    return Map.of(name, args);
  }

  @Test
  void everyExampleHasANameDescriptionAndRootTemplate() {
    assertThat(Examples.all()).hasSize(13).allSatisfy(e -> {
      assertThat(e.name()).matches("[a-z-]+");
      assertThat(e.description()).isNotBlank();
      assertThat(e.bundle().rootPath()).isEqualTo("template.yaml");
    });
  }

  @Test
  void largeCloud() {
    Example e = new LargeCloud();
    Map<?, ?> t = root(e);
    assertThat(types(t))
        .containsExactly(
            Map.entry("app_region_one", "OS::Heat::Stack"),
            Map.entry("app_region_two", "OS::Heat::Stack"));
    assertThat(prop(t, "app_region_one", "context"))
        .isEqualTo(Map.of("region_name", fn("get_param", "region_one")));
    assertThat(prop(t, "app_region_two", "context"))
        .isEqualTo(Map.of("region_name", fn("get_param", "region_two")));
    assertThat(prop(t, "app_region_one", "template")).isEqualTo(fn("get_file", "app.yaml"));
    Map<?, ?> app = (Map<?, ?>) YamlReader.read(e.bundle().files().get("app.yaml"), "app.yaml");
    assertThat(types(app))
        .containsOnly(
            Map.entry("web_a", "OS::Nova::Server"), Map.entry("web_b", "OS::Nova::Server"));
    assertThat(prop(app, "web_a", "availability_zone")).isEqualTo(fn("get_param", "zone_a"));
    assertThat(prop(app, "web_b", "availability_zone")).isEqualTo(fn("get_param", "zone_b"));
    assertThat(at(t, "outputs", "region_two_addresses", "value"))
        .isEqualTo(fn("get_attr", List.of("app_region_two", "outputs", "addresses")));
  }

  @Test
  void flavors() {
    Map<?, ?> t = root(new Flavors());
    assertThat(types(t))
        .containsExactly(
            Map.entry("pinned", "OS::Nova::Flavor"), Map.entry("server", "OS::Nova::Server"));
    assertThat(prop(t, "pinned", "disk")).isEqualTo(0L);
    assertThat(prop(t, "pinned", "is_public")).isEqualTo(false);
    assertThat(prop(t, "pinned", "tenants")).isEqualTo(List.of(fn("get_param", "project")));
    assertThat(prop(t, "pinned", "extra_specs", "hw:cpu_policy")).isEqualTo("dedicated");
    assertThat(prop(t, "server", "flavor")).isEqualTo(fn("get_resource", "pinned"));
  }

  @Test
  void metadata() {
    Map<?, ?> t = root(new Metadata());
    assertThat(prop(t, "server", "config_drive")).isEqualTo(true);
    assertThat(prop(t, "server", "metadata", "role")).isEqualTo("web");
    assertThat(prop(t, "server", "metadata", "environment"))
        .isEqualTo(fn("get_param", "environment"));
    assertThat(prop(t, "server", "personality")).isNull();
    assertThat(prop(t, "server", "user_data_format")).isEqualTo("RAW");
    assertThat((String) prop(t, "server", "user_data"))
        .startsWith("#cloud-config\n")
        .contains("path: /etc/motd")
        .contains("meta_data.json");
  }

  @Test
  void cloudImages() {
    Map<?, ?> t = root(new CloudImages());
    assertThat(at(t, "parameters", "image", "constraints", 0, "custom_constraint"))
        .isEqualTo("glance.image");
    assertThat(prop(t, "server", "image")).isEqualTo(fn("get_param", "image"));
    // parameters inside: Heat writes the config (OS::Heat::CloudConfig), the server takes its id
    assertThat(prop(t, "server", "user_data")).isEqualTo(fn("get_resource", "boot_config"));
    assertThat(at(t, "resources", "boot_config", "type")).isEqualTo("OS::Heat::CloudConfig");
    assertThat(prop(t, "boot_config", "cloud_config", "users", 0, "ssh_authorized_keys"))
        .isEqualTo(List.of(fn("get_param", "ssh_public_key")));
    assertThat(prop(t, "boot_config", "cloud_config", "write_files", 0, "content"))
        .isEqualTo(fn("get_param", "greeting"));
  }

  @Test
  void seedCloudConfigIsTheSeedsDocument() {
    Map<?, ?> t = root(new SeedCloudConfig());
    assertThat(prop(t, "server", "user_data_format")).isEqualTo("RAW");
    String userData = (String) prop(t, "server", "user_data");
    assertThat(userData).startsWith("#cloud-config\n");
    assertThat(YamlReader.read(userData, "user_data"))
        .isEqualTo(YamlReader.read(SeedCloudConfig.SEED, "seed"))
        .isEqualTo(Map.of(
            "mounts",
            List.of(List.of("xvdc", "/var/www")),
            "packages",
            List.of("apache2", "htop")));
    assertThat(prop(t, "www_data_attachment", "mountpoint")).isEqualTo("/dev/xvdc");
    assertThat(prop(t, "www_data_attachment", "instance_uuid"))
        .isEqualTo(fn("get_resource", "server"));
  }

  @Test
  void goldenImages() {
    Map<?, ?> t = root(new GoldenImages());
    assertThat(types(t))
        .containsExactly(
            Map.entry("golden", "OS::Glance::WebImage"),
            Map.entry("web_1", "OS::Nova::Server"),
            Map.entry("web_2", "OS::Nova::Server"));
    assertThat(prop(t, "golden", "location")).isEqualTo(fn("get_param", "image_url"));
    assertThat(prop(t, "golden", "visibility")).isEqualTo("shared");
    assertThat(prop(t, "golden", "members")).isEqualTo(fn("get_param", "share_with"));
    assertThat(prop(t, "web_2", "image")).isEqualTo(fn("get_resource", "golden"));
  }

  @Test
  void placement() {
    Map<?, ?> t = root(new Placement());
    assertThat(prop(t, "together", "policies")).isEqualTo(List.of("affinity"));
    assertThat(prop(t, "apart", "policies")).isEqualTo(List.of("anti-affinity"));
    assertThat(prop(t, "prefer_apart", "policies")).isEqualTo(List.of("soft-anti-affinity"));
    assertThat(prop(t, "two_per_host", "policies")).isEqualTo(List.of("anti-affinity"));
    assertThat(prop(t, "two_per_host", "rules")).isEqualTo(Map.of("max_server_per_host", 2L));
    assertThat(prop(t, "cache", "scheduler_hints"))
        .isEqualTo(Map.of("group", fn("get_resource", "together")));
    assertThat(prop(t, "web_4", "scheduler_hints"))
        .isEqualTo(Map.of("group", fn("get_resource", "two_per_host")));
    assertThat(types(t).values().stream().filter("OS::Nova::Server"::equals)).hasSize(10);
  }

  @Test
  void autoscaling() {
    Bundle b = new Autoscaling().bundle();
    Map<?, ?> t = b.rootTemplate();
    assertThat(types(t))
        .containsExactly(
            Map.entry("web_lb", "OS::Octavia::LoadBalancer"),
            Map.entry("web_listener", "OS::Octavia::Listener"),
            Map.entry("web_pool", "OS::Octavia::Pool"),
            Map.entry("web_monitor", "OS::Octavia::HealthMonitor"),
            Map.entry("web_group", "OS::Heat::AutoScalingGroup"),
            Map.entry("scale_up", "OS::Heat::ScalingPolicy"),
            Map.entry("scale_down", "OS::Heat::ScalingPolicy"),
            Map.entry("cpu_high", "OS::Aodh::GnocchiAggregationByResourcesAlarm"),
            Map.entry("cpu_low", "OS::Aodh::GnocchiAggregationByResourcesAlarm"));
    assertThat(prop(t, "web_group", "resource", "type")).isEqualTo("web_member.yaml");
    assertThat(prop(t, "web_group", "resource", "properties", "pool"))
        .isEqualTo(fn("get_resource", "web_pool"));
    assertThat(prop(t, "web_group", "resource", "properties", "metadata"))
        .isEqualTo(Map.of("metering.server_group", fn("get_param", "OS::stack_id")));
    assertThat(prop(t, "scale_up", "auto_scaling_group_id"))
        .isEqualTo(fn("get_resource", "web_group"));
    assertThat(prop(t, "scale_up", "scaling_adjustment")).isEqualTo(1L);
    assertThat(prop(t, "scale_down", "scaling_adjustment")).isEqualTo(-1L);
    assertThat(prop(t, "cpu_high", "alarm_actions"))
        .isEqualTo(List.of(fn("get_attr", List.of("scale_up", "alarm_url"))));
    assertThat(prop(t, "cpu_low", "alarm_actions"))
        .isEqualTo(List.of(fn("get_attr", List.of("scale_down", "alarm_url"))));
    assertThat(prop(t, "cpu_high", "threshold")).isEqualTo(240_000_000_000L);
    assertThat(prop(t, "cpu_low", "threshold")).isEqualTo(45_000_000_000L);
    assertThat(prop(t, "cpu_high", "comparison_operator")).isEqualTo("gt");
    assertThat(prop(t, "cpu_low", "comparison_operator")).isEqualTo("lt");
    assertThat(prop(t, "web_listener", "loadbalancer")).isEqualTo(fn("get_resource", "web_lb"));
    assertThat(prop(t, "web_pool", "listener")).isEqualTo(fn("get_resource", "web_listener"));
    assertThat(at(t, "outputs", "vip", "value"))
        .isEqualTo(fn("get_attr", List.of("web_lb", "vip_address")));
    assertThat(at(t, "outputs", "scale_up_url", "value"))
        .isEqualTo(fn("get_attr", List.of("scale_up", "alarm_url")));
    Map<?, ?> member = b.template("web_member.yaml");
    assertThat(types(member))
        .containsExactly(
            Map.entry("server", "OS::Nova::Server"),
            Map.entry("member", "OS::Octavia::PoolMember"));
    assertThat(prop(member, "member", "pool")).isEqualTo(fn("get_param", "pool"));
    assertThat(prop(member, "member", "address"))
        .isEqualTo(fn("get_attr", List.of("server", "networks", fn("get_param", "network"), 0L)));
  }

  @Test
  void nestedStacks() {
    Bundle b = new NestedStacks().bundle();
    Map<?, ?> t = b.rootTemplate();
    assertThat(types(t))
        .containsExactly(
            Map.entry("network", "network.yaml"), Map.entry("app", "OS::Heat::ResourceGroup"));
    assertThat(prop(t, "app", "resource_def", "type")).isEqualTo("My::App::Server");
    assertThat(prop(t, "app", "resource_def", "properties", "network"))
        .isEqualTo(fn("get_attr", List.of("network", "network_id")));
    assertThat(b.environments().keySet()).containsExactly("dev.yaml", "prod.yaml");
    Map<String, Object> dev = b.environments().get("dev.yaml").toTree();
    Map<String, Object> prod = b.environments().get("prod.yaml").toTree();
    assertThat(at(dev, "resource_registry", "My::App::Server")).isEqualTo("app_server.yaml");
    assertThat(at(prod, "resource_registry", "My::App::Server")).isEqualTo("app_server.yaml");
    assertThat(at(dev, "parameter_defaults", "flavor")).isEqualTo("m1.small");
    assertThat(at(prod, "parameter_defaults", "flavor")).isEqualTo("m1.large");
    assertThat(types(b.template("app_server.yaml")))
        .containsExactly(Map.entry("server", "OS::Nova::Server"));
    assertThat(types(b.template("network.yaml")))
        .containsExactly(
            Map.entry("net", "OS::Neutron::Net"), Map.entry("subnet", "OS::Neutron::Subnet"));
    assertThat(new NestedStacks().deployments())
        .containsExactly(List.of("dev.yaml"), List.of("prod.yaml"));
  }

  @Test
  void trove() {
    Map<?, ?> t = root(new TroveDatabases());
    assertThat(types(t))
        .containsExactly(
            Map.entry("db", "OS::Trove::Instance"), Map.entry("documents", "OS::Trove::Cluster"));
    assertThat(prop(t, "db", "databases", 0, "name")).isEqualTo("app");
    assertThat(prop(t, "db", "users", 0, "databases")).isEqualTo(List.of("app"));
    assertThat(prop(t, "db", "users", 0, "password")).isEqualTo(fn("get_param", "db_password"));
    assertThat(at(t, "parameters", "db_password", "hidden")).isEqualTo(true);
    assertThat((List<?>) prop(t, "documents", "instances")).hasSize(3);
    assertThat(prop(t, "documents", "datastore_type")).isEqualTo("mongodb");
  }

  @Test
  void designate() {
    Map<?, ?> t = root(new DesignateDns());
    assertThat(types(t))
        .containsEntry("zone", "OS::Designate::Zone")
        .containsEntry("www_record", "OS::Designate::RecordSet")
        .containsEntry("public_ip", "OS::Neutron::FloatingIP");
    assertThat(prop(t, "zone", "name")).isEqualTo(fn("get_param", "domain"));
    assertThat(prop(t, "www_record", "zone")).isEqualTo(fn("get_resource", "zone"));
    assertThat(prop(t, "www_record", "type")).isEqualTo("A");
    assertThat(prop(t, "www_record", "records"))
        .isEqualTo(List.of(fn("get_attr", List.of("public_ip", "floating_ip_address"))));
    assertThat(prop(t, "public_ip", "port_id")).isEqualTo(fn("get_resource", "port"));
    assertThat(prop(t, "www", "networks", 0, "port")).isEqualTo(fn("get_resource", "port"));
  }

  @Test
  void barbican() {
    Map<?, ?> t = root(new BarbicanTls());
    assertThat(types(t))
        .containsEntry("certificate_secret", "OS::Barbican::Secret")
        .containsEntry("private_key_secret", "OS::Barbican::Secret")
        .containsEntry("tls", "OS::Barbican::CertificateContainer")
        .containsEntry("data_key", "OS::Barbican::Order")
        .containsEntry("https_listener", "OS::Octavia::Listener");
    assertThat(prop(t, "tls", "certificate_ref"))
        .isEqualTo(fn("get_resource", "certificate_secret"));
    assertThat(prop(t, "tls", "private_key_ref"))
        .isEqualTo(fn("get_resource", "private_key_secret"));
    assertThat(prop(t, "https_listener", "protocol")).isEqualTo("TERMINATED_HTTPS");
    assertThat(prop(t, "https_pool", "protocol")).isEqualTo("HTTP");
    assertThat(prop(t, "https_listener", "default_tls_container_ref"))
        .isEqualTo(fn("get_resource", "tls"));
    assertThat(prop(t, "data_key", "type")).isEqualTo("key");
    assertThat(prop(t, "certificate_secret", "secret_type")).isEqualTo("certificate");
  }

  @Test
  void threeTier() {
    Bundle b = new ThreeTierApp().bundle();
    Map<?, ?> t = b.rootTemplate();
    assertThat(types(t).values())
        .contains(
            "OS::Trove::Instance",
            "OS::Nova::ServerGroup",
            "OS::Octavia::LoadBalancer",
            "OS::Heat::AutoScalingGroup",
            "OS::Aodh::GnocchiAggregationByResourcesAlarm",
            "OS::Designate::RecordSet",
            "OS::Neutron::FloatingIP");
    assertThat(prop(t, "app_2", "scheduler_hints"))
        .isEqualTo(Map.of("group", fn("get_resource", "app_hosts")));
    assertThat(prop(t, "app_1", "user_data")).isEqualTo(fn("get_resource", "app_config"));
    assertThat(prop(t, "app_2", "user_data")).isEqualTo(fn("get_resource", "app_config"));
    assertThat(prop(t, "app_config", "cloud_config", "write_files", 0, "content"))
        .isEqualTo(fn("get_attr", List.of("db", "hostname")));
    assertThat(prop(t, "web_floating_ip", "port_id"))
        .isEqualTo(fn("get_attr", List.of("web_lb", "vip_port_id")));
    assertThat(prop(t, "www", "records"))
        .isEqualTo(List.of(fn("get_attr", List.of("web_floating_ip", "floating_ip_address"))));
    assertThat(prop(t, "web_group", "resource", "properties", "pool"))
        .isEqualTo(fn("get_resource", "web_pool"));
    assertThat(b.templates()).containsKey("web_member.yaml");
  }
}
