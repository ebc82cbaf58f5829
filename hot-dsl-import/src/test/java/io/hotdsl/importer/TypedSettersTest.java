package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One property of one resource, and the code the importer writes for it: the typed setter (or
 * adder, or nested value class) that codegen's API shape names, else {@code .property} with a
 * note saying why. Each case sets the type's required properties too.
 */
class TypedSettersTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // type | properties (flow YAML) | expected code (\\n: a new line) | expected note
        "OS::Nova::Server | {flavor: m1.small, image: cirros} | .image(\"cirros\") | ``",
        "OS::Nova::Server | {flavor: m1.small, name: web} | .nameProperty(\"web\") | ``",
        "OS::Heat::RandomString | {length: 12} | .length(12) | ``",
        "OS::Heat::Stack | {template: t, context: {region_name: RegionOne}}"
            + " | Stack.Context.builder()\\n            .regionName(\"RegionOne\")"
            + "\\n            .build()"
            + " | ``",
        "OS::Nova::Server | {flavor: m1.small, networks: [{network: private}]}"
            + " | Server.Network.builder()\\n                .network(\"private\")"
            + " | ``",
        "OS::Neutron::Port | {network: n, security_groups: [default, {list_join: ['-', [a, b]]}]}"
            + " | .securityGroups(List.of(\"default\", Fn.listJoin(\"-\", list(\"a\", \"b\"))))"
            + " | ``",
        "OS::Nova::Server | {flavor: m1, tags: [a, {list_join: ['-', [b, c]]}]}"
            + " | .addTag(\"a\")\\n        .addTag(Fn.listJoin(\"-\", list(\"b\", \"c\")))"
            + " | ``",
        "OS::Nova::Server | {flavor: m1, flavour: m1.small} | .property(\"flavour\", \"m1.small\")"
            + " | not a property of OS::Nova::Server; set with .property",
        "OS::Heat::RandomString | {length: twelve} | .property(\"length\", \"twelve\")"
            + " | the value does not fit the typed setter; set with .property",
        "OS::Neutron::RouterInterface | {router: r, subnet_id: s} | .property(\"subnet_id\", \"s\")"
            + " | property \"subnet_id\" of OS::Neutron::RouterInterface is hidden (deprecated) since"
            + " Heat 5.0.0; Heat still accepts it and reads it as \"subnet\": use"
            + " \"subnet\"; set with .property as written (the typed setter is .subnet)",
      })
  void writesTheTypedSetterTheShapeNames(
      String type, String properties, String code, String note, @TempDir Path tmp)
      throws Exception {
    Path t = tmp.resolve("t.yaml");
    Files.writeString(
        t,
        "heat_template_version: 2021-04-16\nresources:\n  r:\n    type: " + type
            + "\n    properties: " + properties + "\n",
        StandardCharsets.UTF_8);
    ImportResult r = HotImporter.importFiles(t, List.of());
    assertThat(r.source()).contains(code.replace("\\n", "\n"));
    if (note.isEmpty()) {
      assertThat(r.notes()).isEmpty();
    } else {
      assertThat(r.notes()).extracting(ImportNote::message).containsExactly(note);
    }
  }
}
