// Imported from hello_world.yaml by hot-dsl-import.
import io.hotdsl.bundle.Bundle;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Server;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hello world HOT template that just defines a single server. Contains just base features to verify base HOT support.
 */
public final class HelloWorld {
  private HelloWorld() {
  }

  /**
   * Writes the bundle into the folder {@code args[0]}.
   */
  public static void main(String[] args) {
    Bundle bundle = Bundle.builder("hello_world.yaml", template())
        .build();
    bundle.writeTo(Path.of(args[0]));
  }

  /**
   * The template hello_world.yaml.
   */
  static Template template() {
    Template.Builder t = Template.builder(HotVersion.V2013_05_23)
        .description("Hello world HOT template that just defines a single server. Contains just base features to verify base HOT support.\n");

    Parameter<String> keyName = t.parameter(Parameter.string("key_name")
        .description("Name of an existing key pair to use for the server")
        .constraint(Constraint.customConstraint("nova.keypair")));
    Parameter<String> flavor = t.parameter(Parameter.string("flavor")
        .description("Flavor for the server to be created")
        .defaultValue("m1.small")
        .constraint(Constraint.customConstraint("nova.flavor")));
    Parameter<String> image = t.parameter(Parameter.string("image")
        .description("Image ID or image name to use for the server")
        .constraint(Constraint.customConstraint("glance.image")));
    Parameter<String> adminPass = t.parameter(Parameter.string("admin_pass")
        .description("Admin password")
        .hidden(true)
        .constraint(Constraint.length(6, 8)
            .withDescription("Password length must be between 6 and 8 characters"))
        .constraint(Constraint.allowedPattern("[a-zA-Z0-9]+")
            .withDescription("Password must consist of characters and numbers only"))
        .constraint(Constraint.allowedPattern("[A-Z]+[a-zA-Z0-9]*")
            .withDescription("Password must start with an uppercase character")));
    Parameter<Number> dbPort = t.parameter(Parameter.number("db_port")
        .description("Database port number")
        .defaultValue(50000)
        .constraint(Constraint.range(40000, 60000)
            .withDescription("Port number must be between 40000 and 60000")));

    Server server = t.resource(Server.builder("server")
        .keyName(keyName)
        .image(image)
        .flavor(flavor)
        .adminPass(adminPass)
        .userData(Fn.strReplace(
            "#!/bin/bash\n"
                + "echo db_port\n",
            map("db_port", dbPort.get())))
        .build());

    t.output("server_networks", server.attr("networks"),
        "The networks of the deployed server");
    return t.build();
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
}
