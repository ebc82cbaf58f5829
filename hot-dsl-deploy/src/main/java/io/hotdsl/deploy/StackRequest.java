package io.hotdsl.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.HeatclientRequest;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is sent to create, update, preview or validate a stack, in the body python-heatclient
 * sends ({@code openstack stack create/update/validate}): {@code template} (parsed JSON, or text),
 * {@code files}, {@code environment}, {@code environment_files}, {@code parameters},
 * {@code timeout_mins}, {@code disable_rollback}, {@code tags}.
 *
 * <pre>{@code
 * StackRequest r = StackRequest.fromBundle(bundle).parameter("flavor", "m1.small")
 *     .timeoutMins(30).build();
 * String json = r.createBody("web");   // what POST /stacks carries
 * }</pre>
 *
 * <p>Immutable.
 */
public final class StackRequest {

  /** The template as a tree; null when it is held as {@link #templateJson}. */
  private final JsonNode template;

  /**
   * The template as compact JSON text of an object ({@link HotRenderer#jsonCompact}), put into
   * the bodies as it is; null when the template is a tree.
   */
  private final String templateJson;

  private final Map<String, String> files;
  private final JsonNode environment;
  private final List<String> environmentFiles;
  private final Map<String, JsonNode> parameters;
  private final Integer timeoutMins;
  private final Boolean disableRollback;
  private final List<String> tags;
  private final boolean existing;
  private final List<String> clearParameters;

  private StackRequest(Builder b) {
    this.template = b.template == null ? null : b.template.deepCopy();
    this.templateJson = b.templateJson;
    this.files = Collections.unmodifiableMap(new LinkedHashMap<>(b.files));
    this.environment = b.environment.deepCopy();
    this.environmentFiles = List.copyOf(b.environmentFiles);
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
    this.timeoutMins = b.timeoutMins;
    this.disableRollback = b.disableRollback;
    this.tags = List.copyOf(b.tags);
    this.existing = b.existing;
    this.clearParameters = List.copyOf(b.clearParameters);
  }

  /** A request whose template is the parsed JSON {@code template} (an object). */
  public static Builder builder(JsonNode template) {
    return new Builder(template);
  }

  /**
   * A request for a template: its compact JSON ({@link HotRenderer#jsonCompact}), which the
   * bodies carry as written, without parsing it into a tree and writing it again.
   *
   * @throws IllegalArgumentException naming the path of a value that has no HOT representation
   */
  public static Builder of(Template template) {
    return new Builder(HotRenderer.jsonCompact(template));
  }

  /** A request whose template is sent as text (YAML or JSON), which Heat parses itself. */
  public static Builder ofText(String templateText) {
    return new Builder(TextNode.valueOf(Objects.requireNonNull(templateText, "templateText")));
  }

  /**
   * What python-heatclient sends for the bundle written to the working directory: the root
   * template with its references rewritten to {@code file://} URLs, the files map, the merged
   * environment and the environment files ({@link Bundle#request(Path)}).
   */
  public static Builder fromBundle(Bundle bundle) {
    return fromBundle(bundle, Path.of(""));
  }

  /** {@link #fromBundle(Bundle)} for the bundle written to {@code dir}. */
  public static Builder fromBundle(Bundle bundle, Path dir) {
    HeatclientRequest r = bundle.request(dir);
    Builder b;
    try {
      b = new Builder(Json.MAPPER.readTree(r.templateJson()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the bundle's template JSON cannot be read back", e);
    }
    b.files.putAll(r.files());
    b.environment = Json.MAPPER.valueToTree(r.environment());
    b.environmentFiles.addAll(r.environmentFiles());
    return b;
  }

  /**
   * The template: a JSON object, or a text node for a template sent as text. For a request made
   * {@link #of(Template) of a template}, its JSON parsed (on each call).
   */
  public JsonNode template() {
    return template != null ? template.deepCopy() : parsedTemplate();
  }

  private JsonNode parsedTemplate() {
    try {
      return Json.MAPPER.readTree(templateJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("HotRenderer.jsonCompact wrote JSON Jackson cannot read", e);
    }
  }

  /** The template as a body holds it: a copy of the tree, or the JSON text written as it is. */
  private void putTemplate(ObjectNode o) {
    if (template != null) {
      o.set("template", template.deepCopy());
    } else {
      o.putRawValue("template", new RawValue(templateJson));
    }
  }

  public Map<String, String> files() {
    return files;
  }

  public JsonNode environment() {
    return environment.deepCopy();
  }

  public List<String> environmentFiles() {
    return environmentFiles;
  }

  public Map<String, JsonNode> parameters() {
    return parameters;
  }

  /** Whether an update keeps the stack's template, parameters and environment where not given. */
  public boolean existing() {
    return existing;
  }

  /** A builder holding this request's values. */
  /** The parameters an update resets to their defaults ({@code clear_parameters}). */
  public List<String> clearParameters() {
    return clearParameters;
  }

  public Builder toBuilder() {
    Builder b = template != null ? new Builder(template) : new Builder(templateJson);
    b.files.putAll(files);
    b.environment = environment.deepCopy();
    b.environmentFiles.addAll(environmentFiles);
    b.parameters.putAll(parameters);
    b.timeoutMins = timeoutMins;
    b.disableRollback = disableRollback;
    b.tags.addAll(tags);
    b.existing = existing;
    b.clearParameters.addAll(clearParameters);
    return b;
  }

  /**
   * The body of {@code POST /stacks} (and {@code POST /stacks/preview}), key for key as
   * heatclient's {@code stack create} builds it: rollback is disabled unless enabled.
   */
  public String createBody(String stackName) {
    return createNode(stackName).toString();
  }

  private ObjectNode createNode(String stackName) {
    ObjectNode o = Json.object();
    o.put("stack_name", Objects.requireNonNull(stackName, "stackName"));
    o.put("disable_rollback", disableRollback == null || disableRollback);
    common(o);
    return o;
  }

  /**
   * The body of {@code POST /stacks} that adopts resources, as heatclient's {@code stack adopt}
   * builds it: {@code adopt_stack_data} as JSON text, no template (Heat takes the adopt data's).
   */
  String adoptBody(String stackName, JsonNode adoptData) {
    ObjectNode o = createNode(stackName);
    o.remove("template");
    o.put("adopt_stack_data", adoptData.toString());
    return o.toString();
  }

  /**
   * The body of {@code PUT} / {@code PATCH stacks/NAME/ID} (and their {@code /preview}), as
   * heatclient's {@code stack update} builds it ({@code existing} chooses the method and is not
   * in the body).
   */
  public String updateBody() {
    ObjectNode o = Json.object();
    common(o);
    if (!clearParameters.isEmpty()) {
      clearParameters.forEach(o.putArray("clear_parameters")::add);
    }
    if (disableRollback != null) {
      o.put("disable_rollback", disableRollback);
    }
    return o.toString();
  }

  /** The body of {@code POST /validate}, as heatclient's {@code orchestration template validate}. */
  public String validateBody() {
    ObjectNode o = Json.object();
    putTemplate(o);
    o.set("files", filesNode());
    o.set("environment", environment.deepCopy());
    if (!environmentFiles.isEmpty()) {
      environmentFiles.forEach(o.putArray("environment_files")::add);
    }
    if (!parameters.isEmpty()) {
      o.set("parameters", parameterNode());
    }
    return o.toString();
  }

  private void common(ObjectNode o) {
    o.set("parameters", parameterNode());
    putTemplate(o);
    o.set("files", filesNode());
    o.set("environment", environment.deepCopy());
    if (!environmentFiles.isEmpty()) {
      environmentFiles.forEach(o.putArray("environment_files")::add);
    }
    if (!tags.isEmpty()) {
      o.put("tags", String.join(",", tags));
    }
    if (timeoutMins != null) {
      o.put("timeout_mins", timeoutMins);
    }
  }

  private ObjectNode filesNode() {
    ObjectNode f = Json.object();
    files.forEach(f::put);
    return f;
  }

  private ObjectNode parameterNode() {
    ObjectNode p = Json.object();
    parameters.forEach((k, v) -> p.set(k, v.deepCopy()));
    return p;
  }

  /** What the request holds, without any value (parameters may be secrets). */
  @Override
  public String toString() {
    return "StackRequest{template " + (template != null && template.isTextual() ? "text" : "JSON")
        + ", "
        + files.size() + " files, environment files " + environmentFiles + ", parameters "
        + parameters.keySet() + (existing ? ", existing" : "") + "}";
  }

  /** Builds a {@link StackRequest}. */
  public static final class Builder {
    private final JsonNode template;
    private final String templateJson;
    private final Map<String, String> files = new LinkedHashMap<>();
    private JsonNode environment = Json.object();
    private final List<String> environmentFiles = new ArrayList<>();
    private final Map<String, JsonNode> parameters = new LinkedHashMap<>();
    private Integer timeoutMins;
    private Boolean disableRollback;
    private final List<String> tags = new ArrayList<>();
    private boolean existing;
    private final List<String> clearParameters = new ArrayList<>();

    private Builder(JsonNode template) {
      Objects.requireNonNull(template, "template");
      if (!template.isObject() && !template.isTextual()) {
        throw new IllegalArgumentException(
            "a template is a JSON object or text, not " + Json.kind(template));
      }
      this.template = template;
      this.templateJson = null;
    }

    /** A template given as the compact JSON text of an object, which is trusted to be one. */
    private Builder(String templateJson) {
      this.template = null;
      this.templateJson = Objects.requireNonNull(templateJson, "templateJson");
    }

    /** A file of the files map: its key (as the template names it) and its content. */
    public Builder file(String key, String content) {
      files.put(
          Objects.requireNonNull(key, "key"), Objects.requireNonNull(content, "content of " + key));
      return this;
    }

    /** The environment sent as {@code environment} (a JSON object). */
    public Builder environment(JsonNode environment) {
      if (environment == null || !environment.isObject()) {
        throw new IllegalArgumentException(
            "an environment is a JSON object, not " + Json.kind(environment));
      }
      this.environment = environment.deepCopy();
      return this;
    }

    /** A parameter value, sent as text (as heatclient sends {@code --parameter key=value}). */
    public Builder parameter(String name, String value) {
      parameters.put(
          Objects.requireNonNull(name, "name"),
          TextNode.valueOf(Objects.requireNonNull(value, "value of " + name)));
      return this;
    }

    /** A parameter value as JSON (a number, a list or a map for json/comma_delimited_list). */
    public Builder parameter(String name, JsonNode value) {
      parameters.put(
          Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(value, "value of " + name).deepCopy());
      return this;
    }

    /** Heat's timeout for the action, in minutes ({@code timeout_mins}). */
    public Builder timeoutMins(int minutes) {
      if (minutes <= 0) {
        throw new IllegalArgumentException("timeout_mins must be positive, not " + minutes);
      }
      this.timeoutMins = minutes;
      return this;
    }

    /** Whether Heat rolls back a failed action (heatclient's create disables it by default). */
    public Builder rollback(boolean enabled) {
      this.disableRollback = !enabled;
      return this;
    }

    public Builder tag(String tag) {
      if (tag == null || tag.isBlank() || tag.contains(",")) {
        throw new IllegalArgumentException("a tag is non-blank text without a comma: " + tag);
      }
      tags.add(tag);
      return this;
    }

    /** An update with PATCH: what is not given keeps its value in the running stack. */
    public Builder existing(boolean existing) {
      this.existing = existing;
      return this;
    }

    /** A parameter an update resets to its default ({@code clear_parameters}). */
    public Builder clearParameter(String name) {
      clearParameters.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    public StackRequest build() {
      return new StackRequest(this);
    }
  }
}
