package io.hotdsl.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.environment.Environment;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.testing.HeatSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of change pairs: each names a resource, the action Heat 19 takes on it and (where one
 * property decides) that property's verdict. Where a verdict follows from the schema alone, the
 * case names the (type, property) whose update_allowed / immutable flags decide it, and
 * {@link #verdictsAgreeWithHeatsOwnClasses()} reads those flags from Heat's classes.
 */
class UpdateImpactTest {

  @BeforeAll
  static void schemas() {
    HeatSchemas.register();
  }

  /** One change pair and what must come out of it. */
  record Case(
      String name,
      String before,
      String after,
      Map<String, Object> beforeValues,
      Map<String, Object> afterValues,
      String resource,
      Action action,
      boolean uncertain,
      String path,
      Action verdict,
      String heatProperty) {
    @Override
    public String toString() {
      return name;
    }

    Case values(Map<String, Object> b, Map<String, Object> a) {
      return new Case(
          name, before, after, b, a, resource, action, uncertain, path, verdict, heatProperty);
    }

    Case maybe() {
      return new Case(
          name,
          before,
          after,
          beforeValues,
          afterValues,
          resource,
          action,
          true,
          path,
          verdict,
          heatProperty);
    }

    Case heat(String typeColonProperty) {
      return new Case(
          name,
          before,
          after,
          beforeValues,
          afterValues,
          resource,
          action,
          uncertain,
          path,
          verdict,
          typeColonProperty);
    }
  }

  static String hot(String resources) {
    return hot("", resources);
  }

  static String hot(String parameters, String resources) {
    return "heat_template_version: 2021-04-16\n"
        + (parameters.isEmpty() ? "" : "parameters:\n" + indent(parameters))
        + "resources:\n" + indent(resources);
  }

  private static String indent(String s) {
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n")) {
      sb.append("  ").append(line).append('\n');
    }
    return sb.toString();
  }

  static String res(String name, String type, String props) {
    return name + ": {type: " + type + (props.isEmpty() ? "" : ", properties: {" + props + "}")
        + "}";
  }

  static Case c(
      String name,
      String before,
      String after,
      String resource,
      Action action,
      String path,
      Action verdict) {
    return new Case(
        name, before, after, Map.of(), Map.of(), resource, action, false, path, verdict, null);
  }

  /** A single-resource pair whose one property decides. */
  static Case prop(
      String name, String type, String beforeProps, String afterProps, String prop, Action action) {
    return c(
            name,
            hot(res("r", type, beforeProps)),
            hot(res("r", type, afterProps)),
            "r",
            action,
            "properties." + prop,
            action)
        .heat(type + ":" + prop);
  }

  static final String SERVER = "OS::Nova::Server";
  static final String BASE = "image: cirros, flavor: m1.small";

  static Stream<Case> cases() {
    List<Case> t = new ArrayList<>();
    // --- OS::Nova::Server: update_allowed and the *_update_policy properties (server.py)
    t.add(prop(
        "server name in place",
        SERVER,
        BASE + ", name: a",
        BASE + ", name: b",
        "name",
        Action.UPDATED_IN_PLACE));
    t.add(prop(
        "server key_name replaces",
        SERVER,
        BASE + ", key_name: k1",
        BASE + ", key_name: k2",
        "key_name",
        Action.REPLACED));
    t.add(prop(
        "server availability_zone replaces",
        SERVER,
        BASE + ", availability_zone: az1",
        BASE + ", availability_zone: az2",
        "availability_zone",
        Action.REPLACED));
    t.add(prop(
        "server image rebuilds by default",
        SERVER,
        BASE,
        "image: ubuntu, flavor: m1.small",
        "image",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "server image_update_policy REPLACE replaces",
        hot(res("web", SERVER, BASE + ", image_update_policy: REPLACE")),
        hot(res("web", SERVER, "image: ubuntu, flavor: m1.small, image_update_policy: REPLACE")),
        "web",
        Action.REPLACED,
        "properties.image",
        Action.REPLACED));
    t.add(c(
        "server image REBUILD_PRESERVE_EPHEMERAL in place",
        hot(res("web", SERVER, BASE + ", image_update_policy: REBUILD_PRESERVE_EPHEMERAL")),
        hot(res(
            "web",
            SERVER,
            "image: ubuntu, flavor: m1.small, image_update_policy: REBUILD_PRESERVE_EPHEMERAL")),
        "web",
        Action.UPDATED_IN_PLACE,
        "properties.image",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "server policy switched to REPLACE in the same update replaces (after's policy)",
        hot(res("web", SERVER, BASE)),
        hot(res("web", SERVER, "image: ubuntu, flavor: m1.small, image_update_policy: REPLACE")),
        "web",
        Action.REPLACED,
        "properties.image",
        Action.REPLACED));
    t.add(prop(
        "server flavor resizes by default",
        SERVER,
        BASE,
        "image: cirros, flavor: m1.large",
        "flavor",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "server flavor_update_policy REPLACE replaces",
        hot(res("web", SERVER, BASE + ", flavor_update_policy: REPLACE")),
        hot(res("web", SERVER, "image: cirros, flavor: m1.large, flavor_update_policy: REPLACE")),
        "web",
        Action.REPLACED,
        "properties.flavor",
        Action.REPLACED));
    t.add(c(
        "server user_data replaces by default (user_data_update_policy REPLACE)",
        hot(res("web", SERVER, BASE + ", user_data: one")),
        hot(res("web", SERVER, BASE + ", user_data: two")),
        "web",
        Action.REPLACED,
        "properties.user_data",
        Action.REPLACED));
    t.add(c(
        "server user_data IGNORE in place",
        hot(res("web", SERVER, BASE + ", user_data: one, user_data_update_policy: IGNORE")),
        hot(res("web", SERVER, BASE + ", user_data: two, user_data_update_policy: IGNORE")),
        "web",
        Action.UPDATED_IN_PLACE,
        "properties.user_data",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "server user_data REBUILD in place",
        hot(res("web", SERVER, BASE + ", user_data: one, user_data_update_policy: REBUILD")),
        hot(res("web", SERVER, BASE + ", user_data: two, user_data_update_policy: REBUILD")),
        "web",
        Action.UPDATED_IN_PLACE,
        "properties.user_data",
        Action.UPDATED_IN_PLACE));
    t.add(prop(
        "server metadata property in place",
        SERVER,
        BASE + ", metadata: {a: '1'}",
        BASE + ", metadata: {a: '2'}",
        "metadata",
        Action.UPDATED_IN_PLACE));
    // --- Neutron
    String port = "OS::Neutron::Port";
    t.add(prop(
        "port network replaces", port, "network: n1", "network: n2", "network", Action.REPLACED));
    t.add(prop(
        "port name in place",
        port,
        "network: n1, name: a",
        "network: n1, name: b",
        "name",
        Action.UPDATED_IN_PLACE));
    t.add(prop(
        "port mac_address replaces",
        port,
        "network: n1, mac_address: 'fa:16:3e:00:00:01'",
        "network: n1, mac_address: 'fa:16:3e:00:00:02'",
        "mac_address",
        Action.REPLACED));
    t.add(prop(
        "port device_owner in place",
        port,
        "network: n1, device_owner: a",
        "network: n1, device_owner: b",
        "device_owner",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "port replacement_policy REPLACE_ALWAYS replaces on every update",
        hot(res("p", port, "network: n1, replacement_policy: REPLACE_ALWAYS")),
        hot(res("p", port, "network: n1, replacement_policy: REPLACE_ALWAYS")),
        "p",
        Action.REPLACED,
        "properties.replacement_policy",
        Action.REPLACED));
    String net = "OS::Neutron::Net";
    t.add(prop("net name in place", net, "name: a", "name: b", "name", Action.UPDATED_IN_PLACE));
    t.add(prop(
        "net shared in place",
        net,
        "shared: false",
        "shared: true",
        "shared",
        Action.UPDATED_IN_PLACE));
    t.add(prop(
        "net tenant_id replaces",
        net,
        "tenant_id: t1",
        "tenant_id: t2",
        "tenant_id",
        Action.REPLACED));
    t.add(prop(
        "subnet cidr replaces",
        "OS::Neutron::Subnet",
        "network: n, cidr: 10.0.0.0/24",
        "network: n, cidr: 10.0.1.0/24",
        "cidr",
        Action.REPLACED));
    t.add(prop(
        "security group rules in place",
        "OS::Neutron::SecurityGroup",
        "rules: [{protocol: tcp, port_range_min: 22, port_range_max: 22}]",
        "rules: [{protocol: tcp, port_range_min: 80, port_range_max: 80}]",
        "rules",
        Action.UPDATED_IN_PLACE));
    // --- Cinder, Heat, Glance, Nova flavor
    String vol = "OS::Cinder::Volume";
    t.add(prop(
        "volume size in place (extend)",
        vol,
        "size: 1",
        "size: 2",
        "size",
        Action.UPDATED_IN_PLACE));
    t.add(prop(
        "volume image replaces",
        vol,
        "size: 1, image: a",
        "size: 1, image: b",
        "image",
        Action.REPLACED));
    t.add(prop(
        "volume availability_zone replaces",
        vol,
        "size: 1, availability_zone: a",
        "size: 1, availability_zone: b",
        "availability_zone",
        Action.REPLACED));
    t.add(prop(
        "random string length replaces",
        "OS::Heat::RandomString",
        "length: 8",
        "length: 16",
        "length",
        Action.REPLACED));
    t.add(c(
        "random string length set to its default: updated with no property change "
            + "(Heat compares definitions as written)",
        hot(res("r", "OS::Heat::RandomString", "")),
        hot(res("r", "OS::Heat::RandomString", "length: 32")),
        "r",
        Action.UPDATED_IN_PLACE,
        "properties",
        Action.UPDATED_IN_PLACE));
    t.add(prop(
        "web image location replaces",
        "OS::Glance::WebImage",
        "location: 'http://a/x.img', container_format: bare, disk_format: qcow2",
        "location: 'http://b/x.img', container_format: bare, disk_format: qcow2",
        "location",
        Action.REPLACED));
    t.add(prop(
        "flavor ram replaces",
        "OS::Nova::Flavor",
        "ram: 512, vcpus: 1",
        "ram: 1024, vcpus: 1",
        "ram",
        Action.REPLACED));
    t.add(prop(
        "keypair public_key replaces",
        "OS::Nova::KeyPair",
        "name: k, public_key: a",
        "name: k, public_key: b",
        "public_key",
        Action.REPLACED));
    // --- immutable: Heat raises NotSupported
    t.add(prop(
        "AWS::EC2::Volume Size is immutable: update fails",
        "AWS::EC2::Volume",
        "Size: 1, AvailabilityZone: nova",
        "Size: 2, AvailabilityZone: nova",
        "Size",
        Action.UPDATE_FAILS));
    t.add(prop(
        "trunk port is immutable: update fails",
        "OS::Neutron::Trunk",
        "port: p1",
        "port: p2",
        "port",
        Action.UPDATE_FAILS));
    // --- sections, type, external_id, added/removed
    t.add(c(
        "type change replaces",
        hot(res("r", vol, "size: 1")),
        hot(res("r", "OS::Heat::None", "size: 1")),
        "r",
        Action.REPLACED,
        "type",
        Action.REPLACED));
    t.add(c(
        "external_id change fails (NotSupported)",
        hot("r: {type: OS::Cinder::Volume, external_id: v1, properties: {size: 1}}"),
        hot("r: {type: OS::Cinder::Volume, external_id: v2, properties: {size: 1}}"),
        "r",
        Action.UPDATE_FAILS,
        "external_id",
        Action.UPDATE_FAILS));
    t.add(c(
        "external resource: Heat skips its update",
        hot("r: {type: OS::Cinder::Volume, external_id: v1, properties: {size: 1}}"),
        hot("r: {type: OS::Cinder::Volume, external_id: v1, properties: {size: 5}}"),
        "r",
        Action.UNCHANGED,
        "properties.size",
        Action.UNCHANGED));
    t.add(c(
        "added",
        hot(res("a", net, "")),
        hot(res("a", net, "") + "\n" + res("b", net, "")),
        "b",
        Action.ADDED,
        null,
        null));
    t.add(c(
        "removed",
        hot(res("a", net, "") + "\n" + res("b", net, "")),
        hot(res("a", net, "")),
        "b",
        Action.REMOVED,
        null,
        null));
    t.add(c(
        "metadata section in place",
        hot("n: {type: OS::Neutron::Net, metadata: {a: 1}}"),
        hot("n: {type: OS::Neutron::Net, metadata: {a: 2}}"),
        "n",
        Action.UPDATED_IN_PLACE,
        "metadata",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "deletion_policy in place",
        hot("n: {type: OS::Neutron::Net}"),
        hot("n: {type: OS::Neutron::Net, deletion_policy: Retain}"),
        "n",
        Action.UPDATED_IN_PLACE,
        "deletion_policy",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "update_policy of a group: its members do not change",
        hot("g: {type: OS::Heat::ResourceGroup, update_policy: {batch_create: {max_batch_size: 1}},"
            + " properties: {resource_def: {type: OS::Heat::None}}}"),
        hot("g: {type: OS::Heat::ResourceGroup, update_policy: {batch_create: {max_batch_size: 2}},"
            + " properties: {resource_def: {type: OS::Heat::None}}}"),
        "g",
        Action.UNCHANGED,
        "update_policy",
        Action.UNCHANGED));
    t.add(c(
        "depends_on in place",
        hot(res("a", net, "") + "\n" + res("b", net, "")),
        hot(res("a", net, "") + "\nb: {type: OS::Neutron::Net, depends_on: a}"),
        "b",
        Action.UPDATED_IN_PLACE,
        "depends_on",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "description only: not part of Heat's resource definition",
        hot("n: {type: OS::Neutron::Net, description: a}"),
        hot("n: {type: OS::Neutron::Net, description: b}"),
        "n",
        Action.UNCHANGED,
        null,
        null));
    t.add(c(
        "condition change in place (template diff)",
        "heat_template_version: 2021-04-16\nconditions: {c1: true, c2: true}\nresources:\n"
            + "  n: {type: OS::Neutron::Net, condition: c1}\n",
        "heat_template_version: 2021-04-16\nconditions: {c1: true, c2: true}\nresources:\n"
            + "  n: {type: OS::Neutron::Net, condition: c2}\n",
        "n",
        Action.UPDATED_IN_PLACE,
        "condition",
        Action.UPDATED_IN_PLACE));
    t.add(c(
        "nothing changes",
        hot(res("web", SERVER, BASE)),
        hot(res("web", SERVER, BASE)),
        "web",
        Action.UNCHANGED,
        null,
        null));
    // --- parameters
    String flavorParam = "flavor: {type: string, default: m1.small}";
    String server = res("web", SERVER, "image: cirros, flavor: {get_param: flavor}");
    t.add(c(
        "parameter default change reaches flavor: resize",
        hot(flavorParam, server),
        hot("flavor: {type: string, default: m1.large}", server),
        "web",
        Action.UPDATED_IN_PLACE,
        "properties.flavor",
        Action.UPDATED_IN_PLACE));
    String keyServer = res("web", SERVER, BASE + ", key_name: {get_param: key}");
    t.add(c(
            "parameter value change reaches key_name: replace",
            hot("key: {type: string}", keyServer),
            hot("key: {type: string}", keyServer),
            "web",
            Action.REPLACED,
            "properties.key_name",
            Action.REPLACED)
        .values(Map.of("key", "k1"), Map.of("key", "k2")));
    t.add(c(
            "same parameter value: unchanged",
            hot("key: {type: string}", keyServer),
            hot("key: {type: string}", keyServer),
            "web",
            Action.UNCHANGED,
            null,
            null)
        .values(Map.of("key", "k1"), Map.of("key", "k1")));
    t.add(c(
        "parameter path reaches a property",
        hot(
            "cfg: {type: json, default: {size: 1}}",
            res("v", vol, "size: {get_param: [cfg, size]}")),
        hot(
            "cfg: {type: json, default: {size: 3}}",
            res("v", vol, "size: {get_param: [cfg, size]}")),
        "v",
        Action.UPDATED_IN_PLACE,
        "properties.size",
        Action.UPDATED_IN_PLACE));
    // --- references to replaced resources
    t.add(c(
        "get_resource of a replaced net: port network changes, port replaced",
        hot(res("n", net, "tenant_id: t1") + "\n" + res("p", port, "network: {get_resource: n}")),
        hot(res("n", net, "tenant_id: t2") + "\n" + res("p", port, "network: {get_resource: n}")),
        "p",
        Action.REPLACED,
        "properties.network",
        Action.REPLACED));
    t.add(c(
            "get_attr of a replaced subnet: port fixed_ips may change (in place)",
            hot(res("s", "OS::Neutron::Subnet", "network: n, cidr: 10.0.0.0/24") + "\n"
                + res("p", port, "network: n, fixed_ips: [{subnet: {get_attr: [s, show, id]}}]")),
            hot(res("s", "OS::Neutron::Subnet", "network: n, cidr: 10.0.1.0/24") + "\n"
                + res("p", port, "network: n, fixed_ips: [{subnet: {get_attr: [s, show, id]}}]")),
            "p",
            Action.UPDATED_IN_PLACE,
            "properties.fixed_ips",
            Action.UPDATED_IN_PLACE)
        .maybe());
    return t.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verdict(Case c) {
    Template before = HotReader.read(c.before(), "before.yaml");
    Template after = HotReader.read(c.after(), "after.yaml");
    StackDiff d = UpdateImpact.between(before, after, c.beforeValues(), c.afterValues());
    ResourceChange r = d.resource(c.resource());
    assertThat(r).as(d.toText()).isNotNull();
    assertThat(r.action()).as(d.toText()).isEqualTo(c.action());
    assertThat(r.uncertain()).as(d.toText()).isEqualTo(c.uncertain());
    if (c.path() != null) {
      PropertyChange pc = r.change(c.path());
      assertThat(pc).as(d.toText()).isNotNull();
      assertThat(pc.verdict()).as(d.toText()).isEqualTo(c.verdict());
    }
  }

  @Test
  void tableHasAtLeastThirtyPairs() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void parameterChangesAreTracedAndNamed() {
    String t1 = hot(
        "flavor: {type: string, default: m1.small}",
        res("web", SERVER, "image: cirros, flavor: {get_param: flavor}"));
    String t2 = t1.replace("m1.small", "m1.large");
    StackDiff d = UpdateImpact.between(HotReader.read(t1, "a"), HotReader.read(t2, "b"));
    assertThat(d.parameters())
        .containsExactly(new ParameterChange("flavor", "m1.small", "m1.large", false));
    assertThat(d.resource("web").change("properties.flavor").reason())
        .contains("via get_param flavor")
        .contains("flavor_update_policy RESIZE");
  }

  @Test
  void outputsAddedRemovedAndChangedAreListed() {
    String base = hot(res("web", SERVER, BASE));
    String t1 = base + "outputs:\n  ip: {value: {get_attr: [web, first_address]}}\n"
        + "  name: {value: {get_attr: [web, name]}}\n";
    String t2 = base + "outputs:\n  ip: {value: {get_attr: [web, networks]}}\n"
        + "  console: {value: {get_attr: [web, console_urls]}, description: consoles}\n";
    StackDiff d = UpdateImpact.between(HotReader.read(t1, "a"), HotReader.read(t2, "b"));

    assertThat(d.action("web")).isEqualTo(Action.UNCHANGED);
    assertThat(d.isEmpty()).isFalse();
    assertThat(d.outputs())
        .extracting(OutputChange::name, OutputChange::marker)
        .containsExactly(tuple("ip", "~"), tuple("name", "-"), tuple("console", "+"));
    assertThat(d.outputs().get(0).newOutput())
        .isEqualTo(Map.of("value", Map.of("get_attr", List.of("web", "networks"))));
    assertThat(d.toText())
        .contains("Outputs\n"
            + "~ ip  {\"value\":{\"get_attr\":[\"web\",\"first_address\"]}} -> "
            + "{\"value\":{\"get_attr\":[\"web\",\"networks\"]}}\n"
            + "- name  {\"value\":{\"get_attr\":[\"web\",\"name\"]}} -> (none)\n"
            + "+ console  (none) -> {\"description\":\"consoles\","
            + "\"value\":{\"get_attr\":[\"web\",\"console_urls\"]}}\n");
    assertThat(d.toJson()).contains("\"outputs\" : [ {");
    assertThat(UpdateImpact.between(HotReader.read(t1, "a"), HotReader.read(t1, "b"))
            .outputs())
        .isEmpty();
  }

  @Test
  void environmentParameterDefaultsReachProperties() {
    String t = hot(
        "size: {type: number, default: 1}",
        res("v", "OS::Cinder::Volume", "size: {get_param: size}"));
    Template tpl = HotReader.read(t, "t");
    StackDiff d = UpdateImpact.between(
        tpl,
        tpl,
        Environment.builder().parameterDefault("size", 2).build(),
        Environment.builder().parameterDefault("size", 4).parameter("unused", 1).build());
    assertThat(d.action("v")).isEqualTo(Action.UPDATED_IN_PLACE);
    assertThat(d.resource("v").change("properties.size").newValue()).isEqualTo(4L);
    // parameters (of the environment) win over parameter_defaults
    StackDiff same = UpdateImpact.between(
        tpl,
        tpl,
        Environment.builder().parameter("size", 3).build(),
        Environment.builder().parameter("size", 3).parameterDefault("size", 9).build());
    assertThat(same.action("v")).isEqualTo(Action.UNCHANGED);
  }

  @Test
  void hiddenParametersNeverPrintTheirValues() {
    String t = hot(
        "pw: {type: string, hidden: true}",
        res("web", SERVER, BASE + ", admin_pass: {get_param: pw}"));
    Template tpl = HotReader.read(t, "t");
    StackDiff d =
        UpdateImpact.between(tpl, tpl, Map.of("pw", "s3cret-old"), Map.of("pw", "s3cret-new"));
    assertThat(d.action("web")).isEqualTo(Action.UPDATED_IN_PLACE);
    assertThat(d.toText()).doesNotContain("s3cret").contains(StackDiff.MASK);
    assertThat(d.toJson()).doesNotContain("s3cret").contains(StackDiff.MASK);
    assertThat(d.parameters().get(0).hidden()).isTrue();
  }

  static final String CHILD_V1 = hot(
      "image: {type: string}\nkey: {type: string, default: k1}",
      res("vm", SERVER, "image: {get_param: image}, flavor: m1.small, key_name: {get_param: key}"));

  @Test
  void nestedTemplatesAreFollowed() {
    String parent1 = hot(res("app", "app.yaml", "image: cirros"));
    String parent2 = hot(res("app", "app.yaml", "image: cirros"));
    String child2 = CHILD_V1.replace("default: k1", "default: k2");
    StackDiff d = UpdateImpact.between(
        StackInput.of(HotReader.read(parent1, "p1"))
            .withChildren(Map.of("app.yaml", HotReader.read(CHILD_V1, "c1"))),
        StackInput.of(HotReader.read(parent2, "p2"))
            .withChildren(Map.of("app.yaml", HotReader.read(child2, "c2"))));
    ResourceChange app = d.resource("app");
    assertThat(app.action()).isEqualTo(Action.UPDATED_IN_PLACE);
    assertThat(app.nested().action("vm")).isEqualTo(Action.REPLACED);
    assertThat(d.toText()).contains("    app/~ vm OS::Nova::Server  REPLACE  key_name: k1 -> k2");
  }

  @Test
  void parentPropertiesFlowIntoChildParameters() {
    Template child = HotReader.read(CHILD_V1, "c");
    StackDiff d = UpdateImpact.between(
        StackInput.of(HotReader.read(hot(res("app", "app.yaml", "image: cirros")), "p1"))
            .withChildren(Map.of("app.yaml", child)),
        StackInput.of(HotReader.read(hot(res("app", "app.yaml", "image: ubuntu")), "p2"))
            .withChildren(Map.of("app.yaml", child)));
    ResourceChange app = d.resource("app");
    assertThat(app.action()).isEqualTo(Action.UPDATED_IN_PLACE);
    assertThat(app.change("properties.image").reason()).contains("template resource");
    assertThat(app.nested().resource("vm").change("properties.image").verdict())
        .isEqualTo(Action.UPDATED_IN_PLACE);
  }

  @Test
  void nestedFailureFailsTheParent() {
    String c1 = hot(res("t", "OS::Neutron::Trunk", "port: p1"));
    String c2 = hot(res("t", "OS::Neutron::Trunk", "port: p2"));
    Template parent = HotReader.read(hot(res("app", "trunk.yaml", "")), "p");
    StackDiff d = UpdateImpact.between(
        StackInput.of(parent).withChildren(Map.of("trunk.yaml", HotReader.read(c1, "c1"))),
        StackInput.of(parent).withChildren(Map.of("trunk.yaml", HotReader.read(c2, "c2"))));
    assertThat(d.action("app")).isEqualTo(Action.UPDATE_FAILS);
    assertThat(d.fails()).isTrue();
  }

  @Test
  void environmentRegistryMapsProviderTypes() {
    Template parent = HotReader.read(hot(res("app", "My::App", "image: cirros")), "p");
    Environment env = Environment.builder().registerType("My::App", "app.yaml").build();
    Template child = HotReader.read(CHILD_V1, "c");
    StackDiff d = UpdateImpact.between(
        StackInput.of(parent).withEnvironment(env).withChildren(Map.of("app.yaml", child)),
        StackInput.of(parent)
            .withEnvironment(env)
            .withChildren(Map.of(
                "app.yaml", HotReader.read(CHILD_V1.replace("m1.small", "m1.large"), "c2"))));
    assertThat(d.resource("app").nested().action("vm")).isEqualTo(Action.UPDATED_IN_PLACE);
  }

  @Test
  void restrictedActionsFailTheUpdate() {
    Template before = HotReader.read(
        hot(res("web", SERVER, BASE + ", key_name: a") + "\n"
            + res("net", "OS::Neutron::Net", "name: a")),
        "a");
    Template after = HotReader.read(
        hot(res("web", SERVER, BASE + ", key_name: b") + "\n"
            + res("net", "OS::Neutron::Net", "name: b")),
        "b");
    Environment env = Environment.fromTree(
        Map.of(
            "resource_registry",
            Map.of(
                "resources",
                Map.of(
                    "web",
                    Map.of("restricted_actions", "replace"),
                    "n*",
                    Map.of("restricted_actions", List.of("update"))))),
        "env.yaml");
    StackDiff d = UpdateImpact.between(before, after, Environment.empty(), env);
    assertThat(d.action("web")).isEqualTo(Action.UPDATE_FAILS);
    assertThat(d.resource("web").changes().get(0).reason()).contains("replace is a restricted");
    assertThat(d.action("net")).isEqualTo(Action.UPDATE_FAILS);
    // without restrictions: replace and in-place update
    StackDiff free = UpdateImpact.between(before, after);
    assertThat(free.action("web")).isEqualTo(Action.REPLACED);
    assertThat(free.action("net")).isEqualTo(Action.UPDATED_IN_PLACE);
  }

  // ---- golden text and JSON for one realistic diff

  static final String WEB_V1 = String.join(
      "\n",
      "heat_template_version: 2018-08-31",
      "parameters:",
      "  image: {type: string, default: cirros}",
      "  flavor: {type: string, default: m1.small}",
      "  db_password: {type: string, hidden: true}",
      "resources:",
      "  net: {type: OS::Neutron::Net, properties: {name: web-net}}",
      "  subnet:",
      "    type: OS::Neutron::Subnet",
      "    properties: {network: {get_resource: net}, cidr: 10.0.0.0/24}",
      "  port:",
      "    type: OS::Neutron::Port",
      "    properties:",
      "      network: {get_resource: net}",
      "      fixed_ips: [{subnet: {get_resource: subnet}}]",
      "  web:",
      "    type: OS::Nova::Server",
      "    properties:",
      "      image: {get_param: image}",
      "      flavor: {get_param: flavor}",
      "      image_update_policy: REPLACE",
      "      networks: [{port: {get_resource: port}}]",
      "      admin_pass: {get_param: db_password}",
      "  data: {type: OS::Cinder::Volume, properties: {size: 10}}",
      "  legacy: {type: OS::Heat::RandomString, properties: {length: 12}}",
      "");

  static final String WEB_V2 = WEB_V1
      .replace("image: {type: string, default: cirros}", "image: {type: string, default: ubuntu}")
      .replace("name: web-net", "name: web-net-2")
      .replace("cidr: 10.0.0.0/24", "cidr: 10.0.8.0/24")
      .replace("size: 10", "size: 20")
      .replace(
          "  legacy: {type: OS::Heat::RandomString, properties: {length: 12}}\n",
          "  lb: {type: OS::Octavia::LoadBalancer, properties: {vip_subnet: {get_resource: subnet}}}\n");

  static final String GOLDEN = String.join(
      "\n",
      "Parameters",
      "  image: cirros -> ubuntu",
      "  db_password: ****** -> ****** (hidden)",
      "Resources",
      "~ net OS::Neutron::Net  UPDATE  name: web-net -> web-net-2 (update_allowed)",
      "~ subnet OS::Neutron::Subnet  REPLACE  cidr: 10.0.0.0/24 -> 10.0.8.0/24 (not update_allowed)",
      "~ port OS::Neutron::Port  UPDATE  fixed_ips: [{\"subnet\":{\"get_resource\":\"subnet\"}}]"
          + " -> (known after update) (subnet is replaced (get_resource"
          + " subnet: new physical ID); update_allowed)",
      "~ web OS::Nova::Server  REPLACE  image: cirros -> ubuntu (image_update_policy REPLACE;"
          + " via get_param image)",
      "    [UPDATE] admin_pass: ****** -> ****** (update_allowed; via get_param db_password)",
      "~ data OS::Cinder::Volume  UPDATE  size: 10 -> 20 (update_allowed)",
      "- legacy OS::Heat::RandomString  REMOVE",
      "+ lb OS::Octavia::LoadBalancer  ADD",
      "1 to add, 1 to remove, 3 to update in place, 2 to replace, 0 failing, 0 unchanged",
      "");

  StackDiff realistic() {
    return UpdateImpact.between(
        HotReader.read(WEB_V1, "v1.yaml"),
        HotReader.read(WEB_V2, "v2.yaml"),
        Map.of("db_password", "old-secret"),
        Map.of("db_password", "new-secret"));
  }

  @Test
  void goldenText() {
    assertThat(realistic().toText()).isEqualTo(GOLDEN);
  }

  @Test
  void jsonCarriesEveryResourceAndNoSecret() throws IOException {
    String json = realistic().toJson();
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.path("summary").path("REPLACED").asInt()).isEqualTo(2);
    assertThat(root.path("resources")).hasSize(7);
    assertThat(
            root.path("resources").get(3).path("changes").get(0).path("verdict").asText())
        .isEqualTo("REPLACED");
    assertThat(json).doesNotContain("secret");
  }

  // ---- Heat's own classes confirm the schema-decided verdicts, in one batch

  static final String PY = String.join(
      "\n",
      "import json, sys, logging",
      "logging.disable(logging.CRITICAL)",
      "from heat.engine import resources",
      "resources.initialise()",
      "env = resources.global_env()",
      "out = {}",
      "for spec in sys.argv[1:]:",
      "    t, p = spec.rsplit(':', 1)",
      "    s = env.get_class(t).properties_schema[p]",
      "    out[spec] = {'update_allowed': bool(s.update_allowed), 'immutable': bool(s.immutable)}",
      "print('RESULT ' + json.dumps(out))",
      "");

  @Test
  void verdictsAgreeWithHeatsOwnClasses() throws Exception {
    Path python = Path.of(HeatOracle.PYTHON);
    assumeTrue(Files.isExecutable(python), "SKIPPED: " + python + " absent");
    Process probe = new ProcessBuilder(python.toString(), "-c", "import heat.engine.resources")
        .redirectErrorStream(true)
        .start();
    probe.getInputStream().readAllBytes();
    assumeTrue(
        probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0,
        "SKIPPED: python3-heat absent (import heat.engine.resources failed)");
    List<Case> decided = cases().filter(c -> c.heatProperty() != null).toList();
    Set<String> specs = new LinkedHashSet<>();
    decided.forEach(c -> specs.add(c.heatProperty()));
    Path script = Files.createTempFile("heat-props", ".py");
    Files.writeString(script, PY);
    List<String> cmd = new ArrayList<>(List.of(python.toString(), script.toString()));
    cmd.addAll(specs);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Files.deleteIfExists(script);
    String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse(null);
    assertThat(line).as(out).isNotNull();
    JsonNode heat = new ObjectMapper().readTree(line.substring(7));
    assertThat(decided).hasSizeGreaterThanOrEqualTo(20);
    for (Case c : decided) {
      JsonNode flags = heat.path(c.heatProperty());
      boolean ua = flags.path("update_allowed").asBoolean();
      boolean imm = flags.path("immutable").asBoolean();
      Action expected = imm
          ? Action.UPDATE_FAILS
          : c.heatProperty().startsWith(SERVER + ":") && !ua
              ? Action.REPLACED
              : ua ? Action.UPDATED_IN_PLACE : Action.REPLACED;
      if (c.heatProperty().equals(SERVER + ":image")
          || c.heatProperty().equals(SERVER + ":flavor")) {
        assertThat(ua).as(c.heatProperty()).isTrue(); // policies decide, default in place
      }
      assertThat(c.verdict()).as(c.name() + " vs Heat " + flags).isEqualTo(expected);
    }
  }
}
