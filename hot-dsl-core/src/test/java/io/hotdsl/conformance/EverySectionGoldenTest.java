package io.hotdsl.conformance;

import static io.hotdsl.conformance.HeatConformanceTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.functions.Fn;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.DeletionPolicy;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterGroup;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.testing.HeatSchemas;
import io.hotdsl.validate.TemplateValidator;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A template with every section and every key, rendered to exact golden YAML and read back. */
class EverySectionGoldenTest {

  static Template everySection() {
    Template.Builder b = Template.builder(HotVersion.V2021_04_16)
        .description("Every section of a HOT template.\nSecond line: with a colon, and 'quotes'.");
    Parameter<String> flavor = b.parameter(Parameter.string("flavor")
        .label("Flavor")
        .description("the server flavor")
        .defaultValue("m1.small")
        .tags("compute", "size")
        .constraint(Constraint.customConstraint("nova.flavor").withDescription("a Nova flavor")));
    Parameter<String> password = b.parameter(Parameter.string("password")
        .hidden(true)
        .constraint(Constraint.length(8, 64).withDescription("8 to 64 characters"))
        .constraint(Constraint.allowedPattern("[A-Za-z0-9]+")));
    Parameter<Number> count = b.parameter(Parameter.number("count")
        .immutable(true)
        .defaultValue(2)
        .constraint(Constraint.range(0, 10))
        .constraint(Constraint.modulo(2, 0)));
    b.parameter(Parameter.commaDelimitedList("zones")
        .defaultValue(List.of("az1", "az2"))
        .constraint(Constraint.length(1, null)));
    b.parameter(Parameter.json("extra").defaultValue(map("key", "value", "n", 1, "on", true)));
    b.parameter(Parameter.bool("debug")
        .defaultValue(false)
        .constraint(Constraint.allowedValues(true, false)));
    b.parameter(Parameter.string("env")
        .defaultValue("prod")
        .constraint(Constraint.allowedValues("prod", "dev", "yes", "010")));
    b.parameterGroup(new ParameterGroup("Server", "server settings", List.of("flavor", "count")));
    b.parameterGroup(new ParameterGroup("Secrets", null, List.of("password")));
    b.condition("is_prod", Fn.equalTo(Fn.getParam("env"), "prod"));
    b.condition("scaled", Fn.and("is_prod", Fn.not(Fn.equalTo(count.get(), 0))));
    b.condition(
        "debugging",
        Fn.or(
            Fn.equalTo(Fn.getParam("debug"), true),
            Fn.contains(Fn.getParam("env"), List.of("dev"))));
    Resource secret = b.resource(Resource.builder("secret", "OS::Heat::RandomString")
        .description("a salt")
        .property("length", 16)
        .property("salt", password.get()));
    Resource group = b.resource(Resource.builder("group", "OS::Heat::ResourceGroup")
        .property("count", count.get())
        .property(
            "resource_def",
            map(
                "type",
                "OS::Heat::RandomString",
                "properties",
                map("length", 8, "salt", "%index%")))
        .dependsOn("secret")
        .metadata(map("owner", secret.ref(), "note", "multi\nline\n"))
        .updatePolicy(map("rolling_update", map("max_batch_size", 1, "pause_time", 0.5)))
        .deletionPolicy(DeletionPolicy.RETAIN)
        .condition("scaled"));
    b.resource(Resource.builder("adopted", "OS::Heat::RandomString")
        .externalId("0f3a5b9c-id")
        .deletionPolicy(DeletionPolicy.DELETE));
    b.resource(Resource.builder("config", "OS::Heat::SoftwareConfig")
        .condition("debugging")
        .property("group", "script")
        .property(
            "config",
            Fn.strReplace("#!/bin/sh\necho \"$flavor\" > /tmp/f\n", map("$flavor", flavor.get())))
        .property("options", map("on", "yes", "null", null, "empty", "", "date", "2021-04-16")));
    b.output(Output.of("secret", secret.attr("value"), "the random string"));
    b.output(Output.of("refs", group.attr("refs")).withCondition("scaled"));
    b.output(Output.of("mode", Fn.ifElse("is_prod", "production", "development")));
    return b.build();
  }

  @Test
  void everySectionRendersToItsGoldenFileAndReadsBackEqual() throws IOException {
    Template t = everySection();
    String yaml = HotRenderer.yaml(t);
    HeatConformanceTest.assertGolden("every-section.yaml", yaml);
    Template back = HotReader.read(yaml, "every-section.yaml");
    assertThat(back.toTree()).isEqualTo(t.toTree());
    assertThat(back).isEqualTo(t);
    assertThat(HotRenderer.yaml(back)).isEqualTo(yaml);
    Template fromJson = HotReader.read(HotRenderer.json(t), "every-section.json");
    assertThat(fromJson).isEqualTo(t);
  }

  @Test
  void everySectionIsValid() {
    HeatSchemas.register();
    assertThat(TemplateValidator.validate(everySection()).problems()).isEmpty();
  }
}
