package io.hotdsl.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ValidationResult;
import io.hotdsl.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructuralValidatorTest {

  static Path corpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared/corpus/heat-templates");
      if (Files.isRegularFile(p.resolve("MANIFEST.tsv"))) {
        return p;
      }
    }
    assumeTrue(false, "SKIPPED: corpus not found");
    return null;
  }

  private static List<Problem> template(String yaml) {
    return StructuralValidator.templates()
        .validate(YamlReader.read(yaml, "t.yaml"))
        .problems();
  }

  private static final String HEAD = "heat_template_version: 2021-04-16\n";

  /** Every corpus file passes but the two rejects whose fault a schema can see. */
  @Test
  void everyCorpusTemplateAndEnvironmentPassesButTheRejectsASchemaSees() throws Exception {
    Path root = corpus();
    List<String> failures = new ArrayList<>();
    int templates = 0;
    int environments = 0;
    for (String line : Files.readAllLines(root.resolve("MANIFEST.tsv"))
        .subList(1, Files.readAllLines(root.resolve("MANIFEST.tsv")).size())) {
      String[] c = line.split("\t", -1);
      if (c.length < 2) {
        continue;
      }
      Object tree = YamlReader.read(Files.readString(root.resolve(c[0])), c[0]);
      ValidationResult r;
      if (c[1].equals("template")) {
        templates++;
        r = StructuralValidator.templates().validate(tree);
      } else {
        environments++;
        r = StructuralValidator.environments().validate(tree);
      }
      if (!r.isValid()) {
        failures.add(c[0] + ":\n" + r);
      }
    }
    assertThat(failures).hasSize(2);
    assertThat(failures.get(0))
        .startsWith("hot/octavia/servers_with_octavia.yaml:")
        .contains("resources.monitor.properties.max_retries_down");
    assertThat(failures.get(1))
        .startsWith("hot/software-config/example-templates/example-chef-template.yaml:")
        .contains("resources.structured_config.properties.config");
    assertThat(templates).isEqualTo(102);
    assertThat(environments).isEqualTo(13);
  }

  @Test
  void validTemplateWithFunctionsEverywhere() {
    assertThat(template(HEAD + """
        parameters:
          flavor: {type: string, default: m1.small, constraints: [{allowed_values: [m1.small]}]}
          nets: {type: comma_delimited_list}
        conditions:
          big: {equals: [{get_param: flavor}, m1.large]}
        resources:
          web:
            type: OS::Nova::Server
            condition: big
            properties:
              flavor: {get_param: flavor}
              image: {if: [big, cirros, fedora]}
              diskConfig: AUTO
              networks:
                repeat:
                  for_each: {<%net%>: {get_param: nets}}
                  template: {network: <%net%>}
              user_data: {str_replace: {template: "echo $x", params: {$x: 1}}}
          vol:
            type: OS::Cinder::Volume
            properties: {size: "10"}
          custom:
            type: My::Thing
            properties: {anything: [1, 2]}
        outputs:
          ip: {value: {get_attr: [web, networks, private, 0]}}
        """)).isEmpty();
  }

  @Test
  void unknownSection() {
    assertThat(template(HEAD + "resourcs: {}\n"))
        .extracting(Problem::toString)
        .containsExactly("resourcs: property 'resourcs' is not defined in the schema and the"
            + " schema does not allow additional properties");
  }

  @Test
  void resourceWithoutType() {
    assertThat(template(HEAD + "resources:\n  web:\n    properties: {flavor: m1}\n"))
        .extracting(Problem::toString)
        .containsExactly("resources.web: required property 'type' not found");
  }

  @Test
  void unknownResourceKey() {
    assertThat(template(HEAD + "resources:\n  web:\n    type: OS::Heat::None\n    propertes: {}\n"))
        .extracting(Problem::toString)
        .containsExactly("resources.web.propertes: property 'propertes' is not defined in the"
            + " schema and the schema does not allow additional properties");
  }

  @Test
  void wrongPropertyType() {
    assertThat(template(HEAD + """
        resources:
          web:
            type: OS::Nova::Server
            properties: {flavor: m1, networks: private}
        """))
        .extracting(Problem::toString)
        .containsExactly("resources.web.properties.networks: string found, array expected");
  }

  @Test
  void badEnumValue() {
    assertThat(template(HEAD + """
        resources:
          web:
            type: OS::Nova::Server
            properties: {flavor: m1, diskConfig: auto}
        """))
        .extracting(Problem::toString)
        .containsExactly("resources.web.properties.diskConfig: does not have a value in the"
            + " enumeration [\"AUTO\", \"MANUAL\"]");
  }

  @Test
  void requiredPropertyMissing() {
    assertThat(template(HEAD + "resources:\n  web:\n    type: OS::Nova::Server\n"
            + "    properties: {image: cirros}\n"))
        .extracting(Problem::toString)
        .containsExactly("resources.web.properties: required property 'flavor' not found");
  }

  @Test
  void undeclaredPropertyOfAKnownType() {
    assertThat(template(HEAD + """
        resources:
          web:
            type: OS::Nova::Server
            properties: {flavor: m1, imagee: cirros}
        """))
        .extracting(Problem::toString)
        .containsExactly("resources.web.properties.imagee: property 'imagee' is not defined in"
            + " the schema and the schema does not allow additional properties");
  }

  @Test
  void requiredPropertyMissingBesideAnUndeclaredOne() {
    assertThat(template(HEAD + """
        resources:
          web:
            type: OS::Nova::Server
            properties: {imagee: cirros}
        """))
        .extracting(Problem::toString)
        .containsExactlyInAnyOrder(
            "resources.web.properties.imagee: property 'imagee' is not defined in"
                + " the schema and the schema does not allow additional properties",
            "resources.web.properties: required property 'flavor' not found");
  }

  /** Heat translates network_id to network: either name is allowed and satisfies required. */
  @Test
  void hiddenNamesHeatTranslates() {
    String port = HEAD + "resources:\n  port:\n    type: OS::Neutron::Port\n    properties: ";
    assertThat(template(port + "{network_id: private}\n")).isEmpty();
    assertThat(template(port + "{network: private}\n")).isEmpty();
    assertThat(template(port + "{name: p}\n"))
        .extracting(Problem::toString)
        .contains("resources.port.properties: required property 'network' not found");
    assertThat(template(HEAD + """
        resources:
          iface:
            type: OS::Neutron::RouterInterface
            properties: {router_id: r, subnet_id: s}
        """)).isEmpty();
  }

  @Test
  void typeMatchesExactly() {
    assertThat(template(HEAD + """
        resources:
          group:
            type: OS::Nova::ServerGroup
            properties: {policies: [anti-affinity]}
        """)).isEmpty();
  }

  @Test
  void functionMisuse() {
    List<Problem> p = template(HEAD + """
        resources:
          web:
            type: OS::Nova::Server
            properties:
              flavor: {get_attr: web}
              image: {get_parm: image}
              user_data: {str_replace: {template: x}}
        """);
    assertThat(p)
        .extracting(Problem::toString)
        .containsExactly(
            "resources.web.properties.flavor.get_attr: string found, array expected",
            "resources.web.properties.image: object found, [string, number, boolean] expected",
            p.get(2).toString(),
            "resources.web.properties.user_data.str_replace: required property 'params' not found");
    assertThat(p.get(2).toString())
        .startsWith("resources.web.properties.image: property"
            + " 'get_parm' name is not valid: does not have a value in the enumeration [");
  }

  /**
   * "Is this a function call" is core's one rule ({@code Trees.isFunction}) with the names of the
   * template's version: {@code str_split} (2015-10-15) is a call in a 2021-04-16 template, whose
   * argument's own problem is the one shown, and a plain map in a 2015-04-30 one, reported as a
   * map where a scalar is expected.
   */
  @ParameterizedTest
  @CsvSource({
    "2021-04-16, false",
    "2015-10-15, false",
    "2015-04-30, true",
    "2013-05-23, true",
  })
  void aFunctionIsACallOnlyInAVersionThatHasIt(String version, boolean mapReported) {
    List<String> p = template("heat_template_version: " + version + """

        resources:
          web:
            type: OS::Nova::Server
            properties:
              flavor: {str_split: 5}
        """).stream()
        .map(Problem::toString)
        .toList();
    assertThat(p)
        .contains("resources.web.properties.flavor.str_split: integer found, array expected");
    assertThat(p.contains(
            "resources.web.properties.flavor: object found, [string, number, boolean] expected"))
        .as(String.valueOf(p))
        .isEqualTo(mapReported);
  }

  @Test
  void badParameterAndOutput() {
    assertThat(template(HEAD + "parameters:\n  p: {type: str}\noutputs:\n  o: {valu: 1}\n"))
        .extracting(Problem::toString)
        .containsExactly(
            "outputs.o.valu: property 'valu' is not defined in the schema and the schema does"
                + " not allow additional properties",
            "parameters.p.type: does not have a value in the enumeration [\"string\", \"number\","
                + " \"json\", \"comma_delimited_list\", \"boolean\"]");
  }

  @Test
  void environments() {
    StructuralValidator v = StructuralValidator.environments();
    assertThat(v.validate(YamlReader.read("""
        parameters: {flavor: m1}
        parameter_defaults: {image: cirros}
        resource_registry:
          My::Thing: thing.yaml
          OS::Heat::None: null
          resources:
            web: {hooks: pre-create, restricted_actions: [replace]}
        encrypted_param_names: [password]
        parameter_merge_strategies: {flavor: merge}
        """, "e.yaml")).problems()).isEmpty();
    assertThat(v.validate(YamlReader.read(
                "paramters: {}\nparameter_merge_strategies:" + " {a: add}\n", "e.yaml"))
            .problems())
        .extracting(Problem::path)
        .contains("paramters", "parameter_merge_strategies.a");
  }

  @Test
  void readTemplateThrowsListingProblems() {
    assertThatThrownBy(() -> StructuralValidator.readTemplate(
            HEAD + "resources:\n  web: {properties: {}}\n", "t.yaml"))
        .isInstanceOf(HotValidationException.class)
        .hasMessageContaining("resources.web: required property 'type' not found");
    assertThat(StructuralValidator.readTemplate(
                HEAD + "resources:\n  web: {type: OS::Heat::None}\n", "t.yaml")
            .resources())
        .containsKey("web");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithItsLineColumnAndOffset(
      @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path t = tmp.resolve("t.yaml");
    byte[] head = "heat_template_version: 2021-04-16\ndescription: a"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xFF;
    bytes[head.length + 1] = '\n';
    Files.write(t, bytes);

    assertThatThrownBy(() -> StructuralValidator.readTemplate(t))
        .isInstanceOf(io.hotdsl.yaml.HotReadException.class)
        .hasMessageContaining("invalid UTF-8 at byte offset 48 (0xFF)");
  }
}
