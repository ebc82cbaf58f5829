package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.bundle.TreeYaml;
import io.hotdsl.diff.StackInput;
import io.hotdsl.environment.Environment;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two sides of an update as the offline {@link io.hotdsl.diff.UpdateImpact} reads them: the
 * running stack (its template, environment, files and parameters fetched from Heat) and the
 * request about to be sent. Both name child templates by the same keys (the files map's
 * {@code file://} URLs), so a provider that did not change compares as unchanged.
 */
public final class UpdateInputs {
  private UpdateInputs() {}

  /** The running stack {@code stack}, as Heat stores it. */
  public static StackInput running(HeatClient client, Stack stack) {
    StackRef ref = stack.ref();
    String source = "stack " + ref.name();
    Template template = HotReader.fromTree(tree(client.template(ref)), source);
    Environment env =
        EnvironmentYaml.fromTree(tree(client.environment(ref)), source + " environment");
    Map<String, Object> params = new LinkedHashMap<>();
    stack.parameters().forEach((k, v) -> {
      if (!k.startsWith("OS::") && template.parameters().containsKey(k)) {
        params.put(k, v);
      }
    });
    Map<String, String> files = new LinkedHashMap<>();
    client
        .files(ref)
        .fields()
        .forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
    return StackInput.of(template)
        .withParameters(params)
        .withEnvironment(env)
        .withChildren(children(files));
  }

  /** What {@code request} would make the stack. */
  public static StackInput proposed(StackRequest request) {
    JsonNode t = request.template();
    Object tree = t.isTextual() ? TreeYaml.read(t.asText(), "template") : tree(t);
    Template template = HotReader.fromTree(tree, "template");
    Environment env = EnvironmentYaml.fromTree(tree(request.environment()), "environment");
    Map<String, Object> params = new LinkedHashMap<>();
    request
        .parameters()
        .forEach((k, v) ->
            params.put(k, v.isTextual() ? v.asText() : Json.MAPPER.convertValue(v, Object.class)));
    return StackInput.of(template)
        .withParameters(params)
        .withEnvironment(env)
        .withChildren(children(request.files()));
  }

  /**
   * What {@code request} would make the running stack {@code running}: with
   * {@link StackRequest#existing()} (PATCH) the parameters it does not give keep their running
   * values, as Heat keeps them (unless named in {@code clear_parameters}).
   */
  public static StackInput proposed(StackRequest request, StackInput running) {
    StackInput p = proposed(request);
    if (!request.existing()) {
      return p;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    running.parameters().forEach((k, v) -> {
      if (p.template().parameters().containsKey(k) && !request.clearParameters().contains(k)) {
        params.put(k, v);
      }
    });
    params.putAll(p.parameters());
    return p.withParameters(params);
  }

  private static Object tree(JsonNode n) {
    return Json.MAPPER.convertValue(n, Object.class);
  }

  /** The files that are templates, read. */
  private static Map<String, Template> children(Map<String, String> files) {
    Map<String, Template> out = new LinkedHashMap<>();
    files.forEach((key, text) -> {
      Object tree;
      try {
        tree = TreeYaml.read(text, key);
      } catch (RuntimeException e) {
        return;
      }
      if (tree instanceof Map<?, ?> m
          && (m.containsKey("heat_template_version")
              || m.containsKey("HeatTemplateFormatVersion")
              || m.containsKey("AWSTemplateFormatVersion"))) {
        out.put(key, HotReader.fromTree(tree, key));
      }
    });
    return out;
  }
}
