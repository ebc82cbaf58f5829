package io.hotdsl.heat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local engine runs real stacks: create, outputs, a failing resource, a provider, delete. */
@ExtendWith(LocalHeatExtension.class)
class LocalHeatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void createsAStackReadsItsOutputsAndDeletesIt(LocalHeat heat) throws Exception {
    String template = "heat_template_version: 2021-04-16\n"
        + "resources:\n"
        + "  r: {type: OS::Heat::RandomString, properties: {length: 12}}\n"
        + "outputs:\n"
        + "  v: {value: {get_attr: [r, value]}}\n";
    String stack = create(heat, "local-heat-create", template, JSON.createObjectNode());

    assertThat(await(heat, stack)).isEqualTo("CREATE_COMPLETE");
    JsonNode output = send(heat, "GET", stack + "/outputs/v", null).path("output");
    assertThat(output.path("output_value").asText()).hasSize(12);

    send(heat, "DELETE", stack, null);
    assertThat(await(heat, stack)).isEqualTo("DELETE_COMPLETE");
  }

  @Test
  void aFailingResourceFailsTheStackWithItsReason(LocalHeat heat) throws Exception {
    String template = "heat_template_version: 2021-04-16\n"
        + "resources:\n"
        + "  bad: {type: OS::Heat::TestResource, properties: {fail: true}}\n";
    String stack = create(heat, "local-heat-fail", template, JSON.createObjectNode());

    assertThat(await(heat, stack)).isEqualTo("CREATE_FAILED");
    assertThat(send(heat, "GET", stack, null)
            .path("stack")
            .path("stack_status_reason")
            .asText())
        .contains("bad");
  }

  @Test
  void aProviderTemplateFromTheFilesMapIsANestedStack(LocalHeat heat) throws Exception {
    String child = "heat_template_version: 2021-04-16\n"
        + "parameters:\n"
        + "  greeting: {type: string}\n"
        + "outputs:\n"
        + "  said: {value: {get_param: greeting}}\n";
    String root = "heat_template_version: 2021-04-16\n"
        + "resources:\n"
        + "  member: {type: My::Greeter, properties: {greeting: hello}}\n"
        + "outputs:\n"
        + "  said: {value: {get_attr: [member, said]}}\n";
    ObjectNode extra = JSON.createObjectNode();
    extra.putObject("files").put("greeter.yaml", child);
    extra
        .putObject("environment")
        .putObject("resource_registry")
        .put("My::Greeter", "greeter.yaml");
    String stack = create(heat, "local-heat-provider", root, extra);

    assertThat(await(heat, stack)).isEqualTo("CREATE_COMPLETE");
    assertThat(send(heat, "GET", stack + "/outputs/said", null)
            .path("output")
            .path("output_value")
            .asText())
        .isEqualTo("hello");
  }

  @Test
  void theConvergenceEngineCanBeAskedForAndRunsTheSameStack() throws Exception {
    String template = "heat_template_version: 2021-04-16\n"
        + "resources:\n"
        + "  a: {type: OS::Heat::TestResource, properties: {value: one}}\n"
        + "  b: {type: OS::Heat::Value, properties: {value: {get_attr: [a, output]}}}\n"
        + "outputs:\n"
        + "  v: {value: {get_attr: [b, value]}}\n";
    try (LocalHeat convergence = LocalHeat.start(LocalHeat.Engine.CONVERGENCE)) {
      assertThat(Files.readString(convergence.log().resolveSibling("heat.conf")))
          .contains("convergence_engine = true");
      String stack =
          create(convergence, "local-heat-convergence", template, JSON.createObjectNode());

      assertThat(await(convergence, stack)).isEqualTo("CREATE_COMPLETE");
      assertThat(send(convergence, "GET", stack + "/outputs/v", null)
              .path("output")
              .path("output_value")
              .asText())
          .isEqualTo("one");
      assertThat(Files.readString(convergence.log())).contains("traversal");
    }
  }

  @Test
  void theDefaultEngineIsLegacyOnAWriteAheadLog(LocalHeat heat) throws Exception {
    assertThat(Files.readString(heat.log().resolveSibling("heat.conf")))
        .contains("convergence_engine = false");
    byte[] header = Files.readAllBytes(heat.log().resolveSibling("heat.sqlite"));
    assertThat(new byte[] {header[18], header[19]})
        .as("sqlite's file format versions: 2 = WAL")
        .containsExactly(2, 2);
  }

  private String create(LocalHeat heat, String name, String template, ObjectNode extra)
      throws Exception {
    ObjectNode body = JSON.createObjectNode().put("stack_name", name).put("template", template);
    body.setAll(extra);
    JsonNode created = send(heat, "POST", heat.endpoint() + "/stacks", body);
    return heat.endpoint() + "/stacks/" + name + "/"
        + created.path("stack").path("id").asText();
  }

  private String await(LocalHeat heat, String stack) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String status = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r =
          http.send(request(heat, "GET", stack, null), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 404) {
        return "DELETE_COMPLETE";
      }
      status = JSON.readTree(r.body()).path("stack").path("stack_status").asText();
      if (!status.endsWith("IN_PROGRESS")) {
        return status;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("stack still " + status + " after 90 s:\n" + heat.logTail(20));
  }

  private JsonNode send(LocalHeat heat, String method, String url, JsonNode body)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(request(heat, method, url, body), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + url + ": " + r.body()).isBetween(200, 299);
    return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
  }

  private static HttpRequest request(LocalHeat heat, String method, String url, JsonNode body) {
    HttpRequest.BodyPublisher publisher = body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body.toString());
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("X-Auth-User", LocalHeat.PROJECT)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .method(method, publisher)
        .build();
  }
}
