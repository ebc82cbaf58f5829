package io.hotdsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.TreeYaml;
import io.hotdsl.environment.Environment;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.render.HotRenderer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bodies sent are python-heatclient's, key for key. */
class StackRequestTest {

  @SuppressWarnings("unchecked")
  private static Bundle bundle() {
    Map<String, Object> root = (Map<String, Object>) TreeYaml.read("""
        heat_template_version: 2021-04-16
        resources:
          r: {type: OS::Heat::Value, properties: {value: {get_file: hello.txt}}}
        """, "root.yaml");
    return Bundle.builder("root.yaml", root)
        .file("hello.txt", "hi\n")
        .environment(
            "env.yaml", Environment.builder().parameterDefault("x", "1").build())
        .build();
  }

  @Test
  void createBodyIsHeatclientsStackCreate() {
    StackRequest r = StackRequest.fromBundle(bundle(), Path.of("/srv/app"))
        .parameter("p", "v")
        .parameter("n", IntNode.valueOf(3))
        .tag("a")
        .tag("b")
        .timeoutMins(5)
        .build();

    assertThat(r.createBody("web"))
        .isEqualTo("{\"stack_name\":\"web\",\"disable_rollback\":true,"
            + "\"parameters\":{\"p\":\"v\",\"n\":3},"
            + "\"template\":{\"heat_template_version\":\"2021-04-16\",\"resources\":{\"r\":{"
            + "\"type\":\"OS::Heat::Value\",\"properties\":{\"value\":{"
            + "\"get_file\":\"file:///srv/app/hello.txt\"}}}}},"
            + "\"files\":{\"file:///srv/app/hello.txt\":\"hi\\n\","
            + "\"file:///srv/app/env.yaml\":\"{\\\"parameter_defaults\\\": {\\\"x\\\": \\\"1\\\"}}\"},"
            + "\"environment\":{\"parameter_defaults\":{\"x\":\"1\"}},"
            + "\"environment_files\":[\"file:///srv/app/env.yaml\"],"
            + "\"tags\":\"a,b\",\"timeout_mins\":5}");
  }

  @Test
  void updateBodyHasNoNameAndRollbackOnlyWhenGiven() {
    StackRequest r = StackRequest.ofText("heat_template_version: 2021-04-16\n")
        .existing(true)
        .clearParameter("old")
        .build();
    assertThat(r.existing()).isTrue();
    assertThat(r.updateBody())
        .isEqualTo("{\"parameters\":{},"
            + "\"template\":\"heat_template_version: 2021-04-16\\n\",\"files\":{},\"environment\":{},"
            + "\"clear_parameters\":[\"old\"]}");
    assertThat(r.toBuilder().rollback(true).build().updateBody())
        .endsWith(",\"disable_rollback\":false}");
    assertThat(r.createBody("x")).startsWith("{\"stack_name\":\"x\",\"disable_rollback\":true,");
  }

  /** A model template is carried as its compact JSON text, not parsed and written again. */
  @Test
  void aTemplateIsEmbeddedAsItsCompactJson() throws Exception {
    Template t = HotReader.read("""
        heat_template_version: 2021-04-16
        description: "line\\u2028sep \\"q\\" \\\\ \\t"
        resources:
          r: {type: OS::Heat::Value, properties: {value: 123456789012345678901234567890}}
        """, "t.yaml");
    String compact = HotRenderer.jsonCompact(t);
    StackRequest r = StackRequest.of(t).parameter("p", "v").build();

    assertThat(r.createBody("web"))
        .isEqualTo("{\"stack_name\":\"web\",\"disable_rollback\":true,"
            + "\"parameters\":{\"p\":\"v\"},\"template\":" + compact
            + ",\"files\":{},\"environment\":{}}");
    assertThat(r.validateBody())
        .isEqualTo("{\"template\":" + compact
            + ",\"files\":{},\"environment\":{},\"parameters\":{\"p\":\"v\"}}");
    assertThat(r.toBuilder().existing(true).build().updateBody()).contains(compact);
    assertThat(r.template()).isEqualTo(Json.MAPPER.readTree(HotRenderer.json(t)));
    assertThat(Json.MAPPER.readTree(r.createBody("web")).get("template")).isEqualTo(r.template());
    assertThat(r.toString()).startsWith("StackRequest{template JSON, 0 files");
  }

  @Test
  void toStringShowsNoValue() {
    StackRequest r = StackRequest.fromBundle(bundle(), Path.of("/srv/app"))
        .parameter("db_password", "s3cret")
        .build();
    assertThat(r.toString())
        .isEqualTo("StackRequest{template JSON, 2 files, environment files "
            + "[file:///srv/app/env.yaml], parameters [db_password]}");
  }

  @Test
  void badValuesAreRefusedWhenGiven() {
    assertThatThrownBy(() -> StackRequest.ofText("t").tag("a,b"))
        .hasMessage("a tag is non-blank text without a comma: a,b");
    assertThatThrownBy(() -> StackRequest.ofText("t").timeoutMins(0))
        .hasMessage("timeout_mins must be positive, not 0");
    assertThatThrownBy(() -> StackRequest.builder(IntNode.valueOf(1)))
        .hasMessage("a template is a JSON object or text, not a number");
  }
}
