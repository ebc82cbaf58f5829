package io.hotdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.cloudinit.WriteFile;
import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.heat.testing.LocalHeatExtension;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a file's content is, cloud-init receives exactly it: hostile strings as literals and
 * as parameter values go through Heat 19's real engine (a stack created on {@link LocalHeat}),
 * and the text Heat hands to the server is parsed as cloud-init parses it ({@code yaml.safe_load}
 * of PyYAML) and compared with the input.
 */
@ExtendWith(LocalHeatExtension.class)
class CloudConfigThroughHeatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Strings YAML, a str_replace or a careless emitter would change. */
  static final List<String> HOSTILE = List.of(
      "line one\nline two\n",
      "no final newline\nsecond line",
      "  leading spaces\n\ttab-indented\n",
      "trailing spaces   ",
      "trailing spaces on a line   \nnext\n",
      "several final newlines\n\n\n",
      "\n\nleading newlines",
      "key: value",
      "nested:\n  - a: b\n  c: d\n",
      "# not a comment",
      "value #not a comment",
      "[not, a, list]",
      "{not: a map}",
      "*alias",
      "&anchor value",
      "!tag value",
      "!!binary aGVsbG8=",
      "%YAML 1.1",
      "@at sign",
      "`backticks`",
      "'single' and \"double\" quotes",
      "\"starts with a double quote",
      "'starts with a single quote",
      "- a dash",
      "? a question",
      "| a pipe",
      "> a chevron",
      "---\ndocument marker\n...\n",
      "yes",
      "off",
      "null",
      "~",
      "010",
      "1:20",
      "2018-08-31",
      "1e3",
      "0x1F",
      ".inf",
      "$placeholder ${x} $$",
      "back\\slash \\n \\\" not escapes",
      "unicode: é ü 日本語 😀 𝔘",
      "separators\u2028line\u2029paragraph\u0085next",
      "crlf\r\nline\r\n",
      "lone\rcarriage return",
      "nbsp\u00a0and bom\ufeff",
      "bell\u0007 escape\u001b[31m",
      "a long line " + "word ".repeat(40) + "end",
      "");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void literalsReachCloudInitExactly(LocalHeat heat) throws Exception {
    CloudConfig.Builder config = CloudConfig.builder();
    for (int i = 0; i < HOSTILE.size(); i++) {
      config.writeFile(
          WriteFile.builder("/etc/hostile/" + i).content(HOSTILE.get(i)).build());
    }
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    Value<String> userData = config.build().userData(t, "boot_config");
    assertThat(userData.toTree()).as("a literal config is text").isInstanceOf(String.class);
    t.output("user_data", userData);

    String text = output(heat, "cloud-config-literals", t.build(), JSON.createObjectNode());

    assertThat(contents(cloudInitReads(text))).containsExactlyElementsOf(HOSTILE);
  }

  @Test
  void parameterAndFunctionValuesReachCloudInitExactly(LocalHeat heat) throws Exception {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    CloudConfig.Builder config = CloudConfig.builder();
    ObjectNode values = JSON.createObjectNode();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      Parameter<String> p = t.parameter(Parameter.string("p" + i));
      values.put("p" + i, HOSTILE.get(i));
      config.writeFile(WriteFile.builder("/etc/hostile/" + i).content(p.get()).build());
      expected.add(HOSTILE.get(i));
    }
    // a multi-line str_replace whose values are themselves hostile
    config.writeFile(
        "/etc/app.yaml",
        Fn.strReplace(
            "first: %a%\nsecond: [%b%]\n# %a%\n",
            Map.of("%a%", Fn.getParam("p0"), "%b%", Fn.getParam("p7"))));
    expected.add("first: " + HOSTILE.get(0) + "\nsecond: [" + HOSTILE.get(7) + "]\n# "
        + HOSTILE.get(0) + "\n");
    config.writeFile("/etc/joined", Fn.listJoin("\n", List.of(Fn.getParam("p11"), "- tail: x")));
    expected.add(HOSTILE.get(11) + "\n- tail: x");
    config.runcmd(List.of("echo", Fn.getParam("p7"), Fn.getParam("p1")));

    Value<String> userData = config.build().userData(t, "boot_config");
    assertThat(userData.toTree()).isEqualTo(Map.of("get_resource", "boot_config"));
    // what OS::Nova::Server (user_data_format RAW) sends for a config id: that config's text
    t.output("user_data", Fn.getAttr("boot_config", "config"));
    ObjectNode extra = JSON.createObjectNode();
    extra.set("parameters", values);

    String text = output(heat, "cloud-config-functions", t.build(), extra);

    JsonNode read = cloudInitReads(text);
    assertThat(contents(read)).containsExactlyElementsOf(expected);
    assertThat(JSON.convertValue(read.path("runcmd").path(0), List.class))
        .containsExactly("echo", HOSTILE.get(7), HOSTILE.get(1));
  }

  /**
   * The control: what a {@code str_replace} placeholder in the YAML text (the former rendering)
   * makes of the same values through the same Heat and the same parser.
   */
  @Test
  void textualSubstitutionCorruptsTheSameValues(LocalHeat heat) throws Exception {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    t.parameter(Parameter.string("p"));
    t.output(
        "user_data",
        Fn.strReplace(
            "#cloud-config\nwrite_files:\n  - path: /x\n    content: $p\n",
            Map.of("$p", Fn.getParam("p"))));
    int corrupted = 0;
    for (String hostile : List.of(
        "line one\nline two\n", "key: value", "[not, a, list]", "value #not a comment", "yes")) {
      ObjectNode extra = JSON.createObjectNode();
      extra.putObject("parameters").put("p", hostile);
      String text = output(heat, "cloud-config-text-" + corrupted, t.build(), extra);
      JsonNode read = parse(text);
      JsonNode content = read == null ? null : read.path("write_files").path(0).path("content");
      assertThat(content != null && content.isTextual() && content.textValue().equals(hostile))
          .as("str_replace keeps %s", JSON.writeValueAsString(hostile))
          .isFalse();
      corrupted++;
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static List<String> contents(JsonNode config) {
    List<String> out = new ArrayList<>();
    for (JsonNode file : config.path("write_files")) {
      assertThat(file.path("content").isTextual())
          .as("content of " + file.path("path"))
          .isTrue();
      out.add(file.path("content").textValue());
    }
    return out;
  }

  /** What cloud-init makes of user data: the {@code #cloud-config} header, then safe_load. */
  private static JsonNode cloudInitReads(String userData) throws Exception {
    assertThat(userData).startsWith("#cloud-config\n");
    JsonNode read = parse(userData);
    assertThat(read).as("yaml.safe_load of the user data").isNotNull();
    return read;
  }

  /** {@code yaml.safe_load} of the text, or null when PyYAML refuses it. */
  private static JsonNode parse(String userData) throws Exception {
    Process p = new ProcessBuilder(
            HeatOracle.PYTHON,
            "-c",
            "import json, sys, yaml\n"
                + "text = sys.stdin.buffer.read().decode('utf-8', 'surrogatepass')\n"
                + "sys.stdout.write(json.dumps(yaml.safe_load(text)))\n")
        .redirectErrorStream(true)
        .start();
    p.getOutputStream().write(userData.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() == 0 ? JSON.readTree(out) : null;
  }

  /** Creates a stack from the template and returns its output {@code user_data}. */
  private String output(LocalHeat heat, String name, Template template, ObjectNode extra)
      throws Exception {
    ObjectNode body =
        JSON.createObjectNode().put("stack_name", name).put("template", HotRenderer.yaml(template));
    body.setAll(extra);
    JsonNode created = send(heat, "POST", heat.endpoint() + "/stacks", body);
    String stack = heat.endpoint() + "/stacks/" + name + "/"
        + created.path("stack").path("id").asText();
    String status = await(heat, stack);
    assertThat(status)
        .as(send(heat, "GET", stack, null)
            .path("stack")
            .path("stack_status_reason")
            .asText())
        .isEqualTo("CREATE_COMPLETE");
    String value = send(heat, "GET", stack + "/outputs/user_data", null)
        .path("output")
        .path("output_value")
        .textValue();
    send(heat, "DELETE", stack, null);
    assertThat(value).isNotNull();
    return value;
  }

  private String await(LocalHeat heat, String stack) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String status = "";
    while (System.nanoTime() < deadline) {
      status = send(heat, "GET", stack, null).path("stack").path("stack_status").asText();
      if (!status.endsWith("IN_PROGRESS")) {
        return status;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("stack still " + status + " after 90 s:\n" + heat.logTail(20));
  }

  private JsonNode send(LocalHeat heat, String method, String url, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher = body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body.toString());
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("X-Auth-User", LocalHeat.PROJECT)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .method(method, publisher)
        .build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + url + ": " + r.body()).isBetween(200, 299);
    return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
  }
}
