// Imported from bundle.yaml by hot-dsl-import.
//
// Import notes (reproduced through an escape hatch):
//   bundle.yaml: resources.app: type My::App has no typed class; built with Resource.builder
import io.hotdsl.bundle.Bundle;
import io.hotdsl.environment.Environment;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.resources.heat.ResourceGroup;
import io.hotdsl.resources.heat.SoftwareConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

public final class BundleStack {
  /**
   * The file {@code lib/setup.sh}.
   */
  static final String SETUP_SH = "#!/bin/sh\n"
      + "echo \"hello\"\n";

  private BundleStack() {
  }

  /**
   * Writes the bundle into the folder {@code args[0]}.
   */
  public static void main(String[] args) {
    Bundle bundle = Bundle.builder("bundle.yaml", template())
        .template("lib/member.yaml", MemberTemplate.template())
        .file("lib/setup.sh", SETUP_SH)
        .environment("bundle_env.yaml", environment())
        .build();
    bundle.writeTo(Path.of(args[0]));
  }

  /**
   * The template bundle.yaml.
   */
  static Template template() {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);

    Parameter<Number> count = t.parameter(Parameter.number("count")
        .defaultValue(2));

    t.resource(ResourceGroup.builder("group")
        .count(count)
        .resourceDef(ResourceGroup.ResourceDef.builder()
            .type("lib/member.yaml")
            .properties(map("script", Fn.getFile("lib/setup.sh")))
            .build())
        .build());

    t.resource(Resource.builder("app", "My::App")
        .build());
    return t.build();
  }

  /**
   * The environment bundle_env.yaml.
   */
  static Environment environment() {
    return Environment.builder()
        .parameter("count", 3)
        .registerType("My::App", "lib/member.yaml")
        .build();
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
   * The template {@code lib/member.yaml}.
   */
  static final class MemberTemplate {
    /**
     * The template lib/member.yaml.
     */
    static Template template() {
      Template.Builder t = Template.builder(HotVersion.V2021_04_16);

      Parameter<String> script = t.parameter(Parameter.string("script"));

      SoftwareConfig config = t.resource(SoftwareConfig.builder("config")
          .group("script")
          .config(script)
          .build());

      t.output("config_id", config.ref());
      return t.build();
    }
  }
}
