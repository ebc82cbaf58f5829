// Imported from mixed.yaml by hot-dsl-import.
//
// Import notes (reproduced through an escape hatch):
//   mixed.yaml: resources.web.properties.not_a_server_property: not a property of OS::Nova::Server; set with .property
//   mixed.yaml: resources.custom: type My::Custom::Thing has no typed class; built with Resource.builder
//   mixed.yaml: parameters.debug.hidden: not expressible with the DSL as written; patched into the tree
import io.hotdsl.bundle.Bundle;
import io.hotdsl.functions.Value;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.nova.Server;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed builders, nested values, the escape hatch and a patch.
 */
public final class Mixed {
  private Mixed() {
  }

  /**
   * Writes the bundle into the folder {@code args[0]}.
   */
  public static void main(String[] args) {
    Bundle bundle = Bundle.builder("mixed.yaml", tree())
        .build();
    bundle.writeTo(Path.of(args[0]));
  }

  /**
   * The template mixed.yaml.
   */
  static Template template() {
    Template.Builder t = Template.builder(HotVersion.V2018_08_31)
        .description("Typed builders, nested values, the escape hatch and a patch.");

    Parameter<String> image = t.parameter(Parameter.string("image")
        .defaultValue("cirros"));
    Parameter<String> net = t.parameter(Parameter.string("net"));
    t.parameter(Parameter.bool("debug")
        .defaultValue(false));

    Port port = t.resource(Port.builder("port")
        .network(net)
        .fixedIps(List.of(
            Port.FixedIp.builder()
                .subnet("private-subnet")
                .build()))
        .build());

    Server web = t.resource(Server.builder("web")
        .image(image)
        .flavor("m1.small")
        .networks(List.of(
            Server.Network.builder()
                .port(port)
                .build()))
        .metadataProperty(map("role", "web"))
        .property("not_a_server_property", 42)
        .dependsOn(List.of("port"))
        .build());

    t.resource(Resource.builder("custom", "My::Custom::Thing")
        .property("size", 1.5)
        .property("empty", Value.of(null))
        .build());

    t.output("ip", web.attr("first_address"),
        "The web server's first address.");
    return t.build();
  }

  /**
   * The template's tree, with what the DSL does not render patched in.
   */
  static Map<String, Object> tree() {
    Map<String, Object> tree = template().toTree();
    patch(tree, false, "parameters", "debug", "hidden");
    return tree;
  }

  /**
   * A map keeping the order of its keys: map(key, value, key, value, ...).
   */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /**
   * Sets the value at a path of map keys in a rendered tree.
   */
  @SuppressWarnings("unchecked")
  static void patch(Map<String, Object> tree, Object value, String... path) {
    Map<String, Object> m = tree;
    for (int i = 0; i < path.length - 1; i++) {
      m = (Map<String, Object>) m.get(path[i]);
    }
    m.put(path[path.length - 1], value);
  }
}
