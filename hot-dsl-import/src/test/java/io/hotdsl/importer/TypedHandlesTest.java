package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a generated setter takes a resource or a parameter, the import passes the variable
 * itself ({@code .network(net)}, {@code .image(image)}); a json parameter whose every use is a
 * map (list) property is a {@code Parameter.jsonMap} ({@code jsonList}). Each import compiles,
 * runs and writes the template it was read from.
 */
class TypedHandlesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // case | parameters and resources (YAML, \\n: a new line) | expected code, ; separated
        "a resource | resources:\\n  net: {type: OS::Neutron::Net}\\n  sub: {type: OS::Neutron::Subnet,"
            + " properties: {network: {get_resource: net}, cidr: 10.0.0.0/24}}"
            + " | Net net = t.resource(;.network(net)",
        "a string parameter | parameters:\\n  image: {type: string}\\nresources:\\n  s: {type:"
            + " OS::Nova::Server, properties: {image: {get_param: image}, flavor: m1}}"
            + " | Parameter<String> image = ;.image(image)",
        "a number parameter | parameters:\\n  n: {type: number}\\nresources:\\n  g: {type:"
            + " OS::Heat::RandomString, properties: {length: {get_param: n}}}"
            + " | .length(n)",
        "a json map | parameters:\\n  meta: {type: json, default: {role: web}}\\nresources:\\n  s: {type:"
            + " OS::Nova::Server, properties: {flavor: m1, metadata: {get_param: meta}}}"
            + " | Parameter<Map<String, Object>> meta = t.parameter(Parameter.jsonMap(\"meta\");"
            + ".defaultValue(map(\"role\", \"web\"));.metadataProperty(meta)",
        "a json list | parameters:\\n  nets: {type: json}\\nresources:\\n  s: {type:"
            + " OS::Nova::Server, properties: {flavor: m1, networks: {get_param: nets}}}"
            + " | Parameter<List<Object>> nets = t.parameter(Parameter.jsonList(\"nets\");"
            + ".networks(nets)",
        "a json map used elsewhere too | parameters:\\n  meta: {type: json}\\nresources:\\n  s: {type:"
            + " OS::Nova::Server, properties: {flavor: m1, metadata: {get_param: meta}}}\\noutputs:\\n"
            + "  m: {value: {get_param: [meta, role]}}"
            + " | Parameter<Object> meta = t.parameter(Parameter.json(\"meta\");"
            + ".metadataProperty(Fn.getParam(\"meta\"))",
        "a json map with a list default | parameters:\\n  meta: {type: json, default: [1]}\\n"
            + "resources:\\n  s: {type: OS::Nova::Server, properties: {flavor: m1, metadata:"
            + " {get_param: meta}}} | Parameter.json(\"meta\")",
      })
  void passesTheVariable(String name, String body, String expected, @TempDir Path tmp)
      throws Exception {
    Path t = tmp.resolve("t.yaml");
    Files.writeString(
        t,
        "heat_template_version: 2021-04-16\n" + body.replace("\\n", "\n") + "\n",
        StandardCharsets.UTF_8);
    ImportResult r = HotImporter.importFiles(t, List.of());
    for (String code : expected.split(";")) {
      assertThat(r.source()).contains(code);
    }
    assertThat(r.notes()).isEmpty();
    Path src = tmp.resolve(r.fileName());
    Files.writeString(src, r.source(), StandardCharsets.UTF_8);
    assertThat(Compiled.compile(List.of(src), tmp.resolve("classes"))).isNull();
    Compiled.runMain(tmp.resolve("classes"), r.className(), tmp.resolve("out").toString());
    Object written = Bundle.read(tmp.resolve("out/t.yaml"), List.of()).rootTemplate();
    assertThat(Src.treeEquals(written, Bundle.read(t, List.of()).rootTemplate()))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "OS::Heat::RandomString | {length: 0} | RandomString",
        "OS::Neutron::Subnet | {network: n, ip_version: 5} | Subnet",
      })
  void aValueTheTypedBuildRefusesFallsBackWithItsMessage(
      String type, String properties, String simpleName, @TempDir Path tmp) throws Exception {
    Path t = tmp.resolve("t.yaml");
    Files.writeString(
        t,
        "heat_template_version: 2021-04-16\nresources:\n  r:\n    type: " + type
            + "\n    properties: " + properties + "\n",
        StandardCharsets.UTF_8);
    ImportResult r = HotImporter.importFiles(t, List.of());
    assertThat(r.source()).contains("Resource.builder(\"r\", \"" + type + "\")");
    assertThat(r.notes())
        .extracting(ImportNote::message)
        .singleElement()
        .asString()
        .startsWith("the typed builder " + simpleName + " rejects it (resource r (" + type
            + "): property \"")
        .endsWith("); built with Resource.builder");
  }
}
