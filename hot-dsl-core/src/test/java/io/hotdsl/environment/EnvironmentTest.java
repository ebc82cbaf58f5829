package io.hotdsl.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnvironmentTest {

  static Environment sample() {
    return Environment.builder()
        .parameter("flavor", "m1.small")
        .parameterDefault("key_name", "ops")
        .mergeStrategy("tags", MergeStrategy.MERGE)
        .encryptedParamName("db_password")
        .eventSink(Map.of("type", "zaqar-queue", "target", "events"))
        .registerType("My::App::Server", "server.yaml")
        .registerType("OS::Networking::*", "OS::Neutron::*")
        .resourceRegistry(r -> r.resource("db", "OS::Nova::Server", "db_server.yaml")
            .hooks("web", Hook.PRE_CREATE)
            .hooks("nested/inner", Hook.PRE_UPDATE, Hook.PRE_DELETE))
        .build();
  }

  @Test
  void treeHasEverySectionAndRoundTripsThroughYaml() {
    Environment env = sample();
    Map<String, Object> tree = env.toTree();
    assertThat(tree)
        .containsOnlyKeys(
            "parameters",
            "parameter_defaults",
            "parameter_merge_strategies",
            "encrypted_param_names",
            "event_sinks",
            "resource_registry");
    assertThat(tree.get("resource_registry"))
        .isEqualTo(Map.of(
            "My::App::Server", "server.yaml",
            "OS::Networking::*", "OS::Neutron::*",
            "resources",
                Map.of(
                    "db", Map.of("OS::Nova::Server", "db_server.yaml"),
                    "web", Map.of("hooks", "pre-create"),
                    "nested",
                        Map.of("inner", Map.of("hooks", List.of("pre-update", "pre-delete"))))));
    Environment back = EnvironmentYaml.parse(EnvironmentYaml.write(env), "env.yaml");
    assertThat(back).isEqualTo(env);
    assertThat(back.toTree()).isEqualTo(tree);
  }

  @Test
  void unknownAndEmptySectionsAreRejectedWithTheirPath() {
    assertThatThrownBy(() -> EnvironmentYaml.parse(
            "parameters: {a: 1}\nresource_registy: {}\nparameter_defaults:\n", "env.yaml"))
        .isInstanceOf(HotValidationException.class)
        .satisfies(
            e -> assertThat(((HotValidationException) e).problems())
                .extracting(Problem::toString)
                .containsExactly(
                    "env.yaml: resource_registy: environment has wrong section \"resource_registy\"; "
                        + "did you mean \"resource_registry\"? (the sections are parameters, "
                        + "resource_registry, parameter_defaults, encrypted_param_names, event_sinks, "
                        + "parameter_merge_strategies)",
                    "env.yaml: parameter_defaults: environment has empty section \"parameter_defaults\""));
    assertThatThrownBy(() -> EnvironmentYaml.parse("- a\n", "env.yaml"))
        .hasMessageContaining("The environment is not a valid YAML mapping data type.");
    assertThat(EnvironmentYaml.parse("", "empty.yaml")).isEqualTo(Environment.empty());
  }

  /**
   * The environment reports its own mistakes (it uses no validate type); the bundle's reader
   * gives each as an error Problem with the same path and message.
   */
  @ParameterizedTest
  @MethodSource("wrongTrees")
  void mistakesAreTheBundlesProblems(Object tree, List<String> expected) {
    assertThatThrownBy(() -> Environment.fromTree(tree, "env.yaml"))
        .isInstanceOfSatisfying(
            InvalidEnvironmentException.class,
            e -> assertThat(e.mistakes())
                .extracting(InvalidEnvironmentException.Mistake::toString)
                .containsExactlyElementsOf(expected));
    assertThatThrownBy(() -> EnvironmentYaml.fromTree(tree, "env.yaml"))
        .isInstanceOfSatisfying(
            HotValidationException.class,
            e -> assertThat(e.problems())
                .allMatch(p -> p.severity() == Severity.ERROR)
                .extracting(Problem::toString)
                .containsExactlyElementsOf(expected));
  }

  static Stream<Arguments> wrongTrees() {
    return Stream.of(
        Arguments.of(
            List.of("a"),
            List.of(
                "env.yaml: (document): The environment is not a valid YAML mapping data type.")),
        Arguments.of(
            Map.of("event_sinks", "x"),
            List.of("env.yaml: event_sinks: must be a list of event sinks")),
        Arguments.of(
            Map.of("resource_registry", new TreeMap<>(Map.of("resources", "x", "A::B", 1))),
            List.of(
                "env.yaml: resource_registry.A::B: must map to a resource type or a template file,"
                    + " not 1",
                "env.yaml: resource_registry.resources: must be a map of resource names")),
        Arguments.of(
            Map.of("resource_registry", "x"),
            List.of("env.yaml: resource_registry: resource_registry must be a map")));
  }

  @Test
  void registryLookupFollowsHeatsOrder() {
    ResourceRegistry rr = sample().resourceRegistry();
    assertThat(rr.lookup("OS::Nova::Server", List.of("db"))).isEqualTo("db_server.yaml");
    assertThat(rr.lookup("OS::Nova::Server", List.of("web"))).isNull();
    assertThat(rr.lookup("My::App::Server", List.of("x"))).isEqualTo("server.yaml");
    assertThat(rr.lookup("OS::Networking::Port", List.of("p"))).isEqualTo("OS::Neutron::Port");
  }
}
