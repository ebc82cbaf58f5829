package io.hotdsl.assertj;

import static io.hotdsl.assertj.HotAssertions.assertThat;
import static io.hotdsl.assertj.HotMatchers.anything;
import static io.hotdsl.assertj.HotMatchers.function;
import static io.hotdsl.assertj.HotMatchers.getAttr;
import static io.hotdsl.assertj.HotMatchers.getParam;
import static io.hotdsl.assertj.HotMatchers.getResource;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Fn;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.resources.neutron.Port;
import io.hotdsl.resources.nova.Server;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TemplateAssertTest {
  private final Template web = Samples.web();

  static void fails(ThrowingCallable assertion, String message) {
    assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessage(message);
  }

  @Test
  void hasResourceOfTypeWithProperty() {
    assertThat(web)
        .hasResource("web")
        .ofType(Server.class)
        .ofType("OS::Nova::Server")
        .hasProperty("image", "cirros")
        .hasProperty("flavor")
        .hasProperty("image");
    assertThat(web).hasResource("db").hasProperty("flavor", "m1.large");
  }

  @Test
  void hasResourceFailures() {
    fails(
        () -> assertThat(web).hasResource("lb"),
        "expected template to have resource \"lb\" but it has [web_port, web, db]");
    fails(
        () -> assertThat(web).hasResource("web").ofType(Port.class),
        "expected resources.web.type to be \"OS::Neutron::Port\" but was \"OS::Nova::Server\"");
    fails(
        () -> assertThat(web).hasResource("web").hasProperty("flavor", "m1.small"),
        "expected resources.web.properties.flavor to be \"m1.small\" but was {get_param: flavor}");
    fails(
        () -> assertThat(web).hasResource("web").hasProperty("key_name", "k"),
        "expected resources.web.properties.key_name to be \"k\" but it is not set");
    fails(
        () -> assertThat(web).hasResource("web").hasProperty("key_name"),
        "expected resources.web.properties.key_name to be set but it is not; the properties are"
            + " [flavor, image, networks]");
    fails(
        () -> assertThat(web).hasResource("db").hasProperty("flavor", 2),
        "expected resources.db.properties.flavor to be 2 but was \"m1.large\"");
  }

  @Test
  void ofTypeNeedsATypeConstant() {
    assertThatThrownBy(() -> assertThat(web).hasResource("web").ofType(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String has no public static String TYPE: not a resource class");
  }

  @Test
  void doesNotHaveResourceAndProperty() {
    assertThat(web).doesNotHaveResource("lb").hasResource("web").doesNotHaveProperty("key_name");
    fails(
        () -> assertThat(web).doesNotHaveResource("db"),
        "expected template not to have resource \"db\" but it has one of type OS::Nova::Server");
    fails(
        () -> assertThat(web).hasResource("web").doesNotHaveProperty("image"),
        "expected resources.web.properties.image not to be set but was \"cirros\"");
  }

  @Test
  void resourceCounts() {
    assertThat(web)
        .hasResourceCount(3)
        .hasResourcesOfType(Server.class, 2)
        .hasResourcesOfType("OS::Neutron::Port", 1)
        .hasResourcesOfType("OS::Heat::None", 0);
    fails(
        () -> assertThat(web).hasResourceCount(2),
        "expected template to have 2 resources but it has 3: [web_port, web, db]");
    fails(
        () -> assertThat(web).hasResourcesOfType(Server.class, 3),
        "expected template to have 3 resources of type OS::Nova::Server but it has 2: [web, db]");
    fails(
        () -> assertThat(Template.builder().build()).hasResourcesOfType(Server.class, 1),
        "expected template to have 1 resource of type OS::Nova::Server but it has 0: none");
  }

  @Test
  void functionValues() {
    assertThat(web)
        .hasResource("web")
        .hasProperty("flavor", Fn.getParam("flavor"))
        .hasProperty("flavor", getParam("flavor"))
        .hasProperty("flavor", Map.of("get_param", "flavor"))
        .hasProperty("flavor", function("get_param"))
        .hasProperty("flavor", anything())
        .hasPropertyAt("networks[0].port", getResource("web_port"))
        .hasPropertyAt("networks[0].port", Fn.getResource("web_port"));
    fails(
        () -> assertThat(web).hasResource("web").hasProperty("flavor", getParam("image")),
        "expected resources.web.properties.flavor to be a get_param of \"image\" but was"
            + " {get_param: flavor}");
    fails(
        () -> assertThat(web).hasResource("web").hasProperty("flavor", Fn.getParam("image")),
        "expected resources.web.properties.flavor to be {get_param: image} but was"
            + " {get_param: flavor}");
    fails(
        () -> assertThat(web).hasResource("db").hasProperty("flavor", getParam("flavor")),
        "expected resources.db.properties.flavor to be a get_param of \"flavor\" but was"
            + " \"m1.large\"");
    fails(
        () -> assertThat(web).hasResource("web").hasProperty("image", function("get_file")),
        "expected resources.web.properties.image to be a call of get_file but was \"cirros\"");
  }

  @Test
  void getParamMatcherAcceptsAPath() {
    Template t = of(Resource.builder("r", "OS::Heat::Value")
        .property("value", Fn.getParam("config", "key", 0))
        .build());
    assertThat(t).hasResource("r").hasProperty("value", getParam("config"));
    fails(
        () -> assertThat(t).hasResource("r").hasProperty("value", Fn.getParam("config")),
        "expected resources.r.properties.value to be {get_param: config} but was"
            + " {get_param: [config, key, 0]}");
  }

  @Test
  void nestedPropertyPaths() {
    assertThat(web)
        .hasResource("web")
        .hasPropertyAt("networks[0]", Map.of("port", Map.of("get_resource", "web_port")));
    fails(
        () -> assertThat(web).hasResource("web").hasPropertyAt("networks[0].port", "p"),
        "expected resources.web.properties.networks[0].port to be \"p\" but was"
            + " {get_resource: web_port}");
    fails(
        () -> assertThat(web).hasResource("web").hasPropertyAt("networks[0].network", "p"),
        "expected resources.web.properties.networks[0].network to be \"p\" but it is not set");
    fails(
        () -> assertThat(web).hasResource("web").hasPropertyAt("networks[1].port", "p"),
        "expected resources.web.properties.networks[1].port to be \"p\" but"
            + " resources.web.properties.networks is [{port: {get_resource: web_port}}]");
    fails(
        () -> assertThat(web).hasResource("web").hasPropertyAt("flavor.name", "p"),
        "expected resources.web.properties.flavor.name to be \"p\" but"
            + " resources.web.properties.flavor is {get_param: flavor}");
    fails(
        () -> assertThat(web).hasResource("web").hasPropertyAt("key_name", "k"),
        "expected resources.web.properties.key_name to be \"k\" but it is not set");
    assertThatThrownBy(() -> assertThat(web).hasResource("web").hasPropertyAt("networks[x]", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a list index in path networks[x]: x");
  }

  @Test
  void outputs() {
    assertThat(web)
        .hasOutput("ip")
        .hasValue(getAttr("web", "networks"))
        .hasValue(Map.of("get_attr", List.of("web", "networks", "private", 0)))
        .hasDescription("first address");
    assertThat(web).hasOutput("ip", getAttr("web", "networks"));
    fails(
        () -> assertThat(web).hasOutput("url"),
        "expected template to have output \"url\" but it has [ip]");
    fails(
        () -> assertThat(web).hasOutput("ip", getAttr("db", "networks")),
        "expected outputs.ip.value to be a get_attr of \"db\" \"networks\" but was"
            + " {get_attr: [web, networks, private, 0]}");
    fails(
        () -> assertThat(web).hasOutput("ip").hasDescription("x"),
        "expected outputs.ip.description to be \"x\" but was \"first address\"");
    fails(
        () -> assertThat(web).hasOutput("ip").hasCondition("prod"),
        "expected outputs.ip.condition to be \"prod\" but it is not set");
  }

  @Test
  void parameters() {
    assertThat(web)
        .hasParameter("flavor")
        .ofType(ParameterType.STRING)
        .hasDefault("m1.small")
        .hasConstraint(Constraint.allowedValues("m1.small", "m1.large"))
        .hasConstraint(Constraint.Kind.ALLOWED_VALUES);
    assertThat(web).hasParameter("count").ofType(ParameterType.NUMBER).hasNoDefault();
    fails(
        () -> assertThat(web).hasParameter("image"),
        "expected template to have parameter \"image\" but it has [flavor, count]");
    fails(
        () -> assertThat(web).hasParameter("flavor").ofType(ParameterType.NUMBER),
        "expected parameters.flavor.type to be number but was string");
    fails(
        () -> assertThat(web).hasParameter("flavor").hasDefault("m1.large"),
        "expected parameters.flavor.default to be \"m1.large\" but was \"m1.small\"");
    fails(
        () -> assertThat(web).hasParameter("count").hasDefault(1),
        "expected parameters.count.default to be 1 but it is not set");
    fails(
        () -> assertThat(web).hasParameter("flavor").hasNoDefault(),
        "expected parameters.flavor.default not to be set but was \"m1.small\"");
    fails(
        () -> assertThat(web).hasParameter("flavor").hasConstraint(Constraint.length(1, 8)),
        "expected parameters.flavor.constraints to contain {length: {min: 1, max: 8}} but was"
            + " [{allowed_values: [m1.small, m1.large]}]");
    fails(
        () -> assertThat(web).hasParameter("count").hasConstraint(Constraint.Kind.RANGE),
        "expected parameters.count.constraints to contain a range constraint but was []");
    fails(
        () -> assertThat(web).hasParameter("count").isHidden(),
        "expected parameters.count.hidden to be true but was false");
  }

  @Test
  void dependsOnAndConditions() {
    assertThat(web).hasResource("web").dependsOn("db");
    assertThat(web).hasResource("db").hasNoDependencies().hasCondition("prod");
    assertThat(web)
        .hasCondition("prod")
        .hasCondition("prod", Map.of("equals", List.of(Map.of("get_param", "flavor"), "m1.large")))
        .hasCondition("prod", function("equals"));
    fails(
        () -> assertThat(web).hasResource("web").dependsOn("db", "web_port"),
        "expected resources.web.depends_on to contain web_port but was [db]");
    fails(
        () -> assertThat(web).hasResource("web").hasNoDependencies(),
        "expected resources.web.depends_on not to be set but was [db]");
    fails(
        () -> assertThat(web).hasResource("web").hasCondition("prod"),
        "expected resources.web.condition to be \"prod\" but it is not set");
    fails(
        () -> assertThat(web).hasCondition("dev"),
        "expected template to have condition \"dev\" but it has [prod]");
    fails(
        () -> assertThat(web).hasCondition("prod", function("not")),
        "expected conditions.prod to be a call of not but was"
            + " {equals: [{get_param: flavor}, m1.large]}");
  }

  @Test
  void resourcesMatchingPredicates() {
    assertThat(web)
        .resourcesMatching(r -> r.type().equals(Server.TYPE))
        .extracting(Resource::name)
        .containsExactly("web", "db");
    assertThat(web).resources().hasSize(3);
    assertThatThrownBy(
            () -> assertThat(web).resourcesMatching(r -> r.condition() != null).hasSize(2))
        .hasMessageContaining("[resources of template matching the predicate]");
  }

  @Test
  void goldenYamlRegardlessOfKeyOrder() throws Exception {
    Path golden = Path.of(getClass().getResource("/golden/web.yaml").toURI());
    assertThat(web).isEqualToYaml(golden);
    assertThat(HotReader.read(golden)).isEqualToYaml(golden);
    Template.Builder b = web.toBuilder();
    b.resource(Server.builder("lb").flavor("m1.tiny").image("cirros").build());
    Template changed = b.build();
    fails(
        () -> assertThat(changed).isEqualToYaml(golden),
        "expected template to equal web.yaml (key order ignored) but resources.lb is"
            + " {type: OS::Nova::Server, properties: {flavor: m1.tiny, image: cirros}} where"
            + " web.yaml has nothing");
    fails(
        () -> assertThat(web)
            .isEqualToYaml(
                "heat_template_version: 2021-04-16\ndescription: web tier\nresources: {}\n"),
        "expected template to equal the expected YAML (key order ignored) but"
            + " resources.web_port is {type: OS::Neutron::Port, properties: {network: private}}"
            + " where the expected YAML has nothing");
    fails(
        () -> assertThat(
                Template.builder(HotVersion.V2021_04_16).description("a").build())
            .isEqualToYaml("heat_template_version: 2021-04-16\ndescription: b\nresources: {}"),
        "expected template to equal the expected YAML (key order ignored) but description is"
            + " \"a\" where the expected YAML has \"b\"");
    fails(
        () -> assertThat(Template.builder(HotVersion.V2021_04_16).build())
            .isEqualToYaml("heat_template_version: 2021-04-16\ndescription: b\nresources: {}"),
        "expected template to equal the expected YAML (key order ignored) but description is"
            + " not set where the expected YAML has \"b\"");
  }

  @Test
  void numbersCompareByValue() {
    Template t =
        of(Resource.builder("v", "OS::Cinder::Volume").property("size", 10).build());
    assertThat(t).hasResource("v").hasProperty("size", 10L).hasProperty("size", 10.0);
    assertThat(t)
        .isEqualToYaml(
            "heat_template_version: 2021-04-16\nresources: {v: {type: OS::Cinder::Volume,"
                + " properties: {size: 10.0}}}");
  }

  @Test
  void isValid() {
    assertThat(web).isValid();
    Template broken = of(Server.builder("web")
        .flavor("m1")
        .image(Fn.getParam("image"))
        .dependsOn("nothing")
        .build());
    fails(
        () -> assertThat(broken).isValid(),
        "expected template to be valid but it has 2 errors:\n"
            + "  resources.web.depends_on: unknown resource \"nothing\"; depends_on expects a"
            + " resource of this template\n"
            + "  resources.web.properties.image.get_param: unknown parameter \"image\"; expected"
            + " one of []; fails at stack create");
    assertThat(broken).hasValidationErrorAt("resources.web.depends_on");
    fails(
        () -> assertThat(web).hasValidationErrorAt("resources"),
        "expected template to have a validation error at resources but it is valid");
  }

  static Template of(Resource... resources) {
    Template.Builder b = Template.builder(HotVersion.V2021_04_16);
    for (Resource r : resources) {
      b.resource(r);
    }
    return b.build();
  }

  @Test
  void policiesMetadataAndVersion() {
    Template t = of(Resource.builder("v", "OS::Cinder::Volume")
        .property("size", 1)
        .deletionPolicy(io.hotdsl.model.DeletionPolicy.SNAPSHOT)
        .metadata(Map.of("role", "data"))
        .build());
    assertThat(t)
        .hasVersion(HotVersion.V2021_04_16)
        .hasResource("v")
        .hasDeletionPolicy("Snapshot")
        .hasMetadata(Map.of("role", "data"));
    fails(
        () -> assertThat(t).hasVersion(HotVersion.V2018_08_31),
        "expected heat_template_version to be 2018-08-31 but was 2021-04-16");
    fails(
        () -> assertThat(t).hasResource("v").hasDeletionPolicy("Retain"),
        "expected resources.v.deletion_policy to be \"Retain\" but was \"Snapshot\"");
    fails(
        () -> assertThat(web).hasResource("web").hasDeletionPolicy("Retain"),
        "expected resources.web.deletion_policy to be \"Retain\" but it is not set");
    fails(
        () -> assertThat(t).hasResource("v").hasMetadata(Map.of("role", "web")),
        "expected resources.v.metadata to be {role: web} but was {role: data}");
  }

  @Test
  void nullTemplate() {
    assertThatThrownBy(() -> assertThat((Template) null).hasResourceCount(0))
        .hasMessageContaining("Expecting actual not to be null");
  }
}
