package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Fn;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterGroup;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.ResourceTypes;
import io.hotdsl.schema.SchemaJson;
import io.hotdsl.testing.HeatSchemas;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateValidatorTest {

  /** A small schema, as Heat's API gives it, registered for these tests. */
  @BeforeAll
  static void registerTestType() {
    HeatSchemas.register();
    ResourceTypes.register(SchemaJson.parse("""
        {"resource_type": "Test::Server",
         "properties": {
           "flavor": {"type": "string", "required": true, "update_allowed": true,
                      "constraints": [{"custom_constraint": "nova.flavor"}]},
           "count": {"type": "integer", "required": false,
                     "constraints": [{"range": {"min": 1, "max": 5}}]},
           "mode": {"type": "string", "constraints": [{"allowed_values": ["a", "b"]}]},
           "networks": {"type": "list", "schema": {"*": {"type": "map", "schema": {
               "port": {"type": "string"}, "fixed_ip": {"type": "string"}}}}}
         },
         "attributes": {"first_address": {"description": "IP"}, "show": {}},
         "support_status": {"status": "SUPPORTED", "version": null}}
        """, "test"));
  }

  static Stream<Arguments> invalidTemplates() {
    return Stream.of(
        bad(
            "get_resource of an unknown resource",
            t -> t.resource(Resource.builder("a", "OS::Heat::None")
                .property("x", Fn.getResource("missing"))
                .build()),
            "resources.a.properties.x.get_resource",
            "unknown resource \"missing\""),
        bad(
            "get_param of an unknown parameter (fails at stack create)",
            t -> t.resource(Resource.builder("a", "OS::Heat::Value")
                .property("value", Fn.getParam("nope"))
                .build()),
            "resources.a.properties.value.get_param",
            "unknown parameter \"nope\""),
        bad(
            "get_attr of an unknown attribute of a known type",
            t -> {
              Resource s = t.resource(
                  Resource.builder("s", "Test::Server").property("flavor", "m1").build());
              t.output(Output.of("ip", s.attr("second_address")));
            },
            "outputs.ip.value.get_attr",
            "has no attribute \"second_address\""),
        bad(
            "depends_on an unknown resource",
            t -> t.resource(
                Resource.builder("a", "OS::Heat::None").dependsOn("ghost").build()),
            "resources.a.depends_on",
            "unknown resource \"ghost\""),
        // hot/template.py HOTemplate20141016.functions: the Fn:: functions are Removed
        bad(
            "a function removed from the template version",
            t -> {
              t.version(HotVersion.V2015_04_30);
              t.resource(Resource.builder("a", "OS::Heat::None")
                  .property("x", Fn.call("Fn::Join", List.of(",", List.of("a"))))
                  .build());
            },
            "resources.a.properties.x.Fn::Join",
            "function Fn::Join is not allowed in heat_template_version 2015-04-30"),
        bad(
            "a removed function in a newer version",
            t -> t.resource(Resource.builder("a", "OS::Heat::None")
                .property("x", Fn.call("Fn::Select", List.of(0, List.of("a"))))
                .build()),
            "resources.a.properties.x.Fn::Select",
            "function Fn::Select is not allowed in heat_template_version 2021-04-16"),
        bad(
            "conditions before 2016-10-14",
            t -> {
              t.version(HotVersion.V2016_04_08);
              t.condition("prod", Fn.equalTo("a", "b"));
            },
            "conditions",
            "needs heat_template_version 2016-10-14"),
        bad(
            "a condition function not allowed in conditions",
            t -> t.condition("c", Fn.call("get_resource", "x")),
            "conditions.c.get_resource",
            "function get_resource is not allowed in conditions"),
        bad(
            "a resource condition that does not exist",
            t -> t.resource(
                Resource.builder("a", "OS::Heat::None").condition("nope").build()),
            "resources.a.condition",
            "unknown condition \"nope\""),
        bad(
            "a default that breaks its own range",
            t -> t.parameter(
                Parameter.number("n").defaultValue(10).constraint(Constraint.range(1, 5))),
            "parameters.n.default",
            "10 is out of range (min: 1, max: 5)"),
        bad(
            "a default that breaks its allowed pattern",
            t -> t.parameter(Parameter.string("s")
                .defaultValue("ABC")
                .constraint(Constraint.allowedPattern("[a-z]+"))),
            "parameters.s.default",
            "\"ABC\" does not match pattern \"[a-z]+\""),
        bad(
            "a default of the wrong type",
            t -> t.parameter(
                Parameter.ofType("n", io.hotdsl.model.ParameterType.NUMBER).defaultTree("many")),
            "parameters.n.default",
            "expected a number"),
        bad(
            "a range constraint on a string",
            t -> t.parameter(Parameter.string("s").constraint(Constraint.range(1, 2))),
            "parameters.s.constraints[0]",
            "range does not apply to a string parameter"),
        bad(
            "modulo before 2017-02-24",
            t -> {
              t.version(HotVersion.V2016_10_14);
              t.parameter(Parameter.number("n").constraint(Constraint.modulo(2, 0)));
            },
            "parameters.n.constraints[0]",
            "modulo constraint needs heat_template_version"),
        bad(
            "a parameter group naming an unknown parameter",
            t -> t.parameterGroup(new ParameterGroup("g", null, List.of("ghost"))),
            "parameter_groups[0].parameters[0]",
            "unknown parameter \"ghost\""),
        bad(
            "a resource named like a parameter",
            t -> {
              t.parameter(Parameter.string("db").defaultValue("x"));
              t.resource(Resource.builder("db", "OS::Heat::None").build());
            },
            "resources.db",
            "has the name of a parameter"),
        bad(
            "a dependency cycle",
            t -> {
              t.resource(Resource.builder("a", "OS::Heat::None")
                  .property("x", Fn.getResource("b"))
                  .build());
              t.resource(Resource.builder("b", "OS::Heat::None").dependsOn("a").build());
            },
            "resources.a",
            "circular dependency: a -> b -> a"),
        bad(
            "a missing required property",
            t -> t.resource(Resource.builder("s", "Test::Server").build()),
            "resources.s.properties.flavor",
            "required property \"flavor\""),
        bad(
            "an unknown property",
            t -> t.resource(Resource.builder("s", "Test::Server")
                .property("flavor", "m1")
                .property("flavour", "m1")
                .build()),
            "resources.s.properties.flavour",
            "unknown property \"flavour\""),
        bad(
            "a property out of range",
            t -> t.resource(Resource.builder("s", "Test::Server")
                .property("flavor", "m1")
                .property("count", 9)
                .build()),
            "resources.s.properties.count",
            "range"),
        bad(
            "a property not allowed",
            t -> t.resource(Resource.builder("s", "Test::Server")
                .property("flavor", "m1")
                .property("mode", "c")
                .build()),
            "resources.s.properties.mode",
            "\"c\" is not an allowed value [\"a\", \"b\"]"),
        bad(
            "a nested property of the wrong shape",
            t -> t.resource(Resource.builder("s", "Test::Server")
                .property("flavor", "m1")
                .property("networks", List.of(Map.of("port", List.of("x"))))
                .build()),
            "resources.s.properties.networks[0].port",
            "expected a string, not a list"),
        bad(
            "an unknown key in a nested map",
            t -> t.resource(Resource.builder("s", "Test::Server")
                .property("flavor", "m1")
                .property("networks", List.of(Map.of("prot", "p")))
                .build()),
            "resources.s.properties.networks[0].prot",
            "unknown property \"prot\""),
        bad(
            "an integer property given a word",
            t -> t.resource(Resource.builder("s", "Test::Server")
                .property("flavor", "m1")
                .property("count", "three")
                .build()),
            "resources.s.properties.count",
            "expected an integer"),
        bad(
            "an if whose condition does not exist",
            t -> t.resource(Resource.builder("a", "OS::Heat::None")
                .property("x", Fn.ifElse("nope", 1, 2))
                .build()),
            "resources.a.properties.x.if[0]",
            "unknown condition \"nope\""),
        bad(
            "an unknown resource type",
            t -> t.resource(Resource.builder("a", "OS::Nope::Thing").build()),
            "resources.a.type",
            "unknown resource type \"OS::Nope::Thing\""));
  }

  private static Arguments bad(
      String name, Consumer<Template.Builder> setup, String path, String message) {
    return Arguments.of(name, setup, path, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTemplates")
  void rejects(String name, Consumer<Template.Builder> setup, String path, String message) {
    Template.Builder b = Template.builder();
    setup.accept(b);
    ValidationResult result = TemplateValidator.validate(b.build());
    assertThat(result.errors()).as("errors of: %s", name).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo(path);
      assertThat(p.message()).contains(message);
    });
  }

  @Test
  void collectsEveryErrorAtOnce() {
    Template.Builder b = Template.builder();
    b.resource(Resource.builder("a", "OS::Heat::Value")
        .property("value", List.of(Fn.getResource("m1"), Fn.getParam("p1")))
        .dependsOn("m2")
        .build());
    assertThat(TemplateValidator.validate(b.build()).errors())
        .extracting(Problem::path)
        .containsExactly(
            "resources.a.depends_on",
            "resources.a.properties.value[0].get_resource",
            "resources.a.properties.value[1].get_param");
  }

  @Test
  void acceptsAValidTemplate() {
    Template.Builder b = Template.builder();
    Parameter<String> flavor = b.parameter(Parameter.string("flavor")
        .defaultValue("m1.small")
        .constraint(Constraint.customConstraint("nova.flavor")));
    b.condition("big", Fn.equalTo(flavor.get(), "m1.large"));
    Resource s = b.resource(Resource.builder("s", "Test::Server")
        .property("flavor", flavor.get())
        .property("count", Fn.ifElse("big", 5, 1))
        .property("networks", List.of(Map.of("port", Fn.getResource("p"))))
        .build());
    b.resource(Resource.builder("p", "OS::Heat::None").build());
    b.output(Output.of("ip", s.attr("first_address")));
    b.output(Output.of("stack", Fn.stackName()));
    ValidationResult result = TemplateValidator.validate(b.build());
    assertThat(result.problems()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void hiddenDefaultsNeverAppearInMessages() {
    Template.Builder b = Template.builder();
    b.parameter(Parameter.string("password")
        .hidden(true)
        .defaultValue("s3cr3t-ABC")
        .constraint(Constraint.allowedPattern("[a-z]+"))
        .constraint(Constraint.allowedValues("x")));
    Template t = b.build();
    ValidationResult result = TemplateValidator.validate(t);
    assertThat(result.errors()).isNotEmpty();
    assertThat(result.toString()).doesNotContain("s3cr3t");
    assertThat(t.parameters().get("password").toString()).doesNotContain("s3cr3t");
    assertThatThrownBy(result::orThrow)
        .isInstanceOf(HotValidationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
  }

  @Test
  void warnsAboveHeatsResourceLimit() {
    Template.Builder b = Template.builder();
    for (int i = 0; i <= TemplateValidator.MAX_RESOURCES_PER_STACK; i++) {
      b.resource(Resource.builder("r" + i, "OS::Heat::None").build());
    }
    ValidationResult result = TemplateValidator.validate(b.build());
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("max_resources_per_stack"));
  }

  @Test
  void warnsAboveHeatsTemplateSizeLimit() {
    assertThat(TemplateValidator.sizeWarning("t.yaml", "x".repeat(512 * 1024))).isEmpty();
    assertThat(TemplateValidator.sizeWarning("t.yaml", "x".repeat(512 * 1024 + 1)))
        .hasValueSatisfying(p -> {
          assertThat(p.severity()).isEqualTo(Severity.WARNING);
          assertThat(p.path()).isEqualTo("t.yaml");
          assertThat(p.message()).contains("524289 bytes", "max_template_size");
        });
  }

  @Test
  void longDependencyChainsDoNotOverflow() {
    Template.Builder b = Template.builder();
    b.resource(Resource.builder("r0", "OS::Heat::None").build());
    for (int i = 1; i < 20_000; i++) {
      b.resource(
          Resource.builder("r" + i, "OS::Heat::None").dependsOn("r" + (i - 1)).build());
    }
    assertThat(TemplateValidator.validate(b.build()).errors()).isEmpty();
  }

  @Test
  void lowestVersionFollowsTheFunctionsUsed() {
    Template.Builder b = Template.builder();
    b.resource(Resource.builder("a", "OS::Heat::None")
        .property("x", Fn.strReplace("$a", Map.of("$a", Fn.getParam("OS::stack_name"))))
        .build());
    assertThat(TemplateValidator.lowestVersion(b.build())).isEqualTo(HotVersion.V2013_05_23);
    b.resource(Resource.builder("b", "OS::Heat::None")
        .property("y", Fn.strSplit(",", "a,b"))
        .build());
    assertThat(TemplateValidator.lowestVersion(b.build())).isEqualTo(HotVersion.V2015_10_15);
    b.resource(Resource.builder("c", "OS::Heat::None")
        .property("z", Fn.makeUrl(Map.of("host", "h")))
        .build());
    assertThat(TemplateValidator.lowestVersion(b.build())).isEqualTo(HotVersion.V2017_09_01);
  }
}
