package io.hotdsl.benchmarks;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.validate.TemplateValidator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One whole process for the whole-process pairs ({@code benchmarks/process-pairs.sh}):
 * {@code hot N} builds {@link Fixtures#build} with the typed DSL, validates it and writes its
 * YAML to standard output; {@code jackson N} builds the same tree as plain maps and lists
 * ({@link #tree}, no hot-dsl class loaded) and writes it with Jackson's {@code YAMLMapper};
 * {@code check N} says whether the two trees are equal.
 */
public final class WholeProcess {
  private WholeProcess() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[1]);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    switch (args[0]) {
      case "hot" -> {
        Template t = Fixtures.build(n);
        if (!TemplateValidator.validate(t).errors().isEmpty()) {
          throw new IllegalStateException("invalid fixture");
        }
        out.print(HotRenderer.yaml(t));
      }
      case "jackson" -> out.print(new YAMLMapper().writeValueAsString(tree(n)));
      case "check" -> out.println(Fixtures.build(n).toTree().equals(tree(n)));
      default -> throw new IllegalArgumentException(args[0]);
    }
    out.flush();
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** {@link Fixtures#build}'s tree, as plain maps and lists. */
  static Map<String, Object> tree(int n) {
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("net", map("type", "OS::Neutron::Net", "properties", map("name", "bench-net")));
    int count = 1;
    String sg = null;
    String previous = null;
    int unit = 0;
    while (count < n) {
      if (sg == null || unit % 20 == 0 || n - count == 1) {
        sg = "sg_" + count;
        resources.put(
            sg,
            map(
                "type",
                "OS::Neutron::SecurityGroup",
                "description",
                "security group " + count,
                "properties",
                map(
                    "rules",
                    List.of(
                        map(
                            "protocol",
                            "tcp",
                            "port_range_min",
                            22L,
                            "port_range_max",
                            22L,
                            "remote_ip_prefix",
                            "10.0.0.0/8"),
                        map("protocol", "tcp", "port_range_min", 443L, "port_range_max", 443L)))));
        count++;
        unit++;
        if (count >= n) {
          break;
        }
      }
      String port = "port_" + unit;
      resources.put(
          port,
          map(
              "type",
              "OS::Neutron::Port",
              "properties",
              map(
                  "network", map("get_resource", "net"),
                  "fixed_ips", List.of(map("subnet", map("get_param", "subnet"))),
                  "security_groups", List.of(map("get_resource", sg)))));
      Map<String, Object> metadata =
          map("index", (long) unit, "role", unit % 2 == 0 ? "web" : "app");
      if (previous != null) {
        metadata.put(
            "peer_ip",
            map("get_attr", new ArrayList<>(List.of(previous, "fixed_ips", 0L, "ip_address"))));
      }
      resources.put(
          "server_" + unit,
          map(
              "type",
              "OS::Nova::Server",
              "properties",
              map(
                  "flavor", map("get_param", "flavor"),
                  "image", map("get_param", "image"),
                  "key_name", map("get_param", "key_name"),
                  "networks", List.of(map("port", map("get_resource", port))),
                  "metadata", metadata,
                  "user_data",
                      map(
                          "str_replace",
                          map(
                              "template",
                              "#!/bin/sh\necho $name > /etc/motd\n",
                              "params",
                              map("$name", "server_" + unit))))));
      previous = port;
      count += 2;
      unit++;
    }
    return map(
        "heat_template_version",
        "2021-04-16",
        "description",
        "hot-dsl benchmark: " + n + " resources",
        "parameters",
        map(
            "flavor",
                map(
                    "type",
                    "string",
                    "description",
                    "Flavor for every server",
                    "default",
                    "m1.small"),
            "image",
                map(
                    "type",
                    "string",
                    "constraints",
                    List.of(map("custom_constraint", "glance.image"))),
            "subnet", map("type", "string", "default", "private-subnet"),
            "key_name", map("type", "string", "default", "ops")),
        "resources",
        resources,
        "outputs",
        map(
            "first_port_ips", map("value", map("get_attr", List.of("port_1", "fixed_ips"))),
            "network", map("description", "the network", "value", map("get_resource", "net"))));
  }
}
