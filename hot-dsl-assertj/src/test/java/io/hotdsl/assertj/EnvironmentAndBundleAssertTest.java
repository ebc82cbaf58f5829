package io.hotdsl.assertj;

import static io.hotdsl.assertj.HotAssertions.assertThat;
import static io.hotdsl.assertj.HotMatchers.getParam;
import static io.hotdsl.assertj.TemplateAssertTest.fails;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.environment.Environment;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Server;
import org.junit.jupiter.api.Test;

class EnvironmentAndBundleAssertTest {
  private final Environment env = Environment.builder()
      .parameter("flavor", "m1.large")
      .parameterDefault("image", "cirros")
      .registerType("My::Server", "server.yaml")
      .build();

  @Test
  void environmentEntries() {
    assertThat(env)
        .hasParameter("flavor", "m1.large")
        .hasParameterDefault("image", "cirros")
        .mapsType("My::Server", "server.yaml")
        .doesNotMapType("My::Other")
        .isEqualToYaml("resource_registry: {My::Server: server.yaml}\n"
            + "parameter_defaults: {image: cirros}\nparameters: {flavor: m1.large}\n");
    fails(
        () -> assertThat(env).hasParameter("flavor", "m1.small"),
        "expected parameters.flavor to be \"m1.small\" but was \"m1.large\"");
    fails(
        () -> assertThat(env).hasParameter("image", "cirros"),
        "expected parameters.image to be \"cirros\" but it is not set");
    fails(
        () -> assertThat(env).hasParameterDefault("image", getParam("x")),
        "expected parameter_defaults.image to be a get_param of \"x\" but was \"cirros\"");
    fails(
        () -> assertThat(env).mapsType("My::Server", "other.yaml"),
        "expected resource_registry.My::Server to be \"other.yaml\" but was \"server.yaml\"");
    fails(
        () -> assertThat(env).doesNotMapType("My::Server"),
        "expected resource_registry.My::Server not to be set but was \"server.yaml\"");
    fails(
        () -> assertThat(env).isEqualToYaml("parameters: {flavor: m1.large}"),
        "expected environment to equal the expected YAML (key order ignored) but"
            + " parameter_defaults is {image: cirros} where the expected YAML has nothing");
  }

  private static Bundle bundle() {
    Template.Builder child = Template.builder();
    child.resource(Server.builder("vm")
        .flavor("m1")
        .image("cirros")
        .userData(Fn.getFile("boot.sh"))
        .build());
    Template.Builder root = Template.builder();
    root.resource(io.hotdsl.model.Resource.builder("member", "My::Server").build());
    return Bundle.builder("main.yaml", root.build())
        .template("server.yaml", child.build())
        .file("boot.sh", "#!/bin/sh\n")
        .environment(
            "env.yaml",
            Environment.builder().registerType("My::Server", "server.yaml").build())
        .build();
  }

  @Test
  void bundleEntries() {
    Bundle b = bundle();
    assertThat(b)
        .isValid()
        .hasTemplateCount(2)
        .hasFile("boot.sh")
        .hasFile("boot.sh", "#!/bin/sh\n");
    assertThat(b).rootTemplate().hasResource("member").ofType("My::Server");
    assertThat(b)
        .hasTemplate("server.yaml")
        .hasResource("vm")
        .ofType(Server.class)
        .hasProperty("user_data", Fn.getFile("boot.sh"));
    assertThat(b).hasEnvironment("env.yaml").mapsType("My::Server", "server.yaml");
    fails(
        () -> assertThat(b).hasTemplate("db.yaml"),
        "expected bundle to have template \"db.yaml\" but it has [main.yaml, server.yaml]");
    fails(
        () -> assertThat(b).hasTemplate("server.yaml").hasResource("db"),
        "expected template server.yaml to have resource \"db\" but it has [vm]");
    fails(
        () -> assertThat(b).hasTemplateCount(1),
        "expected bundle to have 1 template but it has 2: [main.yaml, server.yaml]");
    fails(
        () -> assertThat(b).hasFile("x.sh"),
        "expected bundle to have file \"x.sh\" but it has [boot.sh]");
    fails(
        () -> assertThat(b).hasFile("boot.sh", "echo"),
        "expected file boot.sh to be \"echo\" but was \"#!/bin/sh\\n\"");
    fails(
        () -> assertThat(b).hasEnvironment("prod.yaml"),
        "expected bundle to have environment \"prod.yaml\" but it has [env.yaml]");
  }

  @Test
  void invalidBundleListsProblems() {
    Template.Builder root = Template.builder();
    root.resource(io.hotdsl.model.Resource.builder("member", "child.yaml").build());
    Bundle b = Bundle.builder("main.yaml", root.build()).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertThat(b).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("expected bundle to be valid but it has 1 error:\n"
            + "  main.yaml: resources.member.type: ")
        .hasMessageContaining("child.yaml");
  }
}
