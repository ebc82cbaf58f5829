package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.openstack.Response;
import io.hotdsl.openstack.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Heat's orchestration API (v1) over a {@link Session}: the same authentication, origin, redirect,
 * deadline and redaction rules as every other OpenStack call of the project.
 *
 * <pre>{@code
 * HeatClient heat = HeatClient.of(Session.builder().cloud(CloudConfig.resolve(null, env)).build());
 * StackRef ref = heat.create("web", StackRequest.fromBundle(bundle).build());
 * Stack s = heat.show(ref);
 * }</pre>
 *
 * <p>An error answer is a {@link HeatException} with Heat's own message (400 validation, 404
 * missing stack, 409 name taken or action in progress); not reaching Heat is an
 * {@link io.hotdsl.openstack.OpenStackException}. Thread-safe.
 */
public final class HeatClient {

  private static final String SERVICE = "orchestration";
  private static final int EVENT_PAGE = 100;
  private static final int MAX_PAGES = 1_000;

  private final Session session;
  private final String endpoint;

  private HeatClient(Session session, String endpoint) {
    this.session = session;
    this.endpoint = endpoint;
  }

  /**
   * The client of the session's orchestration endpoint: a fixed one ({@code --heat-url}, which
   * includes the project: {@code http://heat:8004/v1/PROJECT}) or the catalog's.
   */
  public static HeatClient of(Session session) {
    return new HeatClient(
        Objects.requireNonNull(session, "session"), session.endpoint(SERVICE, SERVICE));
  }

  /** The orchestration endpoint, no trailing '/'. */
  public String endpoint() {
    return endpoint;
  }

  /** Creates stack {@code name} ({@code POST /stacks}); returns at once. */
  public StackRef create(String name, StackRequest request) {
    JsonNode body = call("create stack " + name, "POST", "stacks", request.createBody(name));
    String p = "POST stacks";
    return new StackRef(
        name, parsed(p, () -> Json.text(Json.object(body.get("stack"), "stack"), "id", "stack")));
  }

  /** What Heat would create ({@code POST /stacks/preview}): Heat's answer as it is. */
  public JsonNode previewCreate(String name, StackRequest request) {
    return call("preview stack " + name, "POST", "stacks/preview", request.createBody(name));
  }

  /**
   * Updates the stack ({@code PUT}, or {@code PATCH} when {@link StackRequest#existing()});
   * returns once Heat has started the update.
   */
  public void update(StackRef stack, StackRequest request) {
    call(
        "update stack " + stack.name(),
        request.existing() ? "PATCH" : "PUT",
        stack.path(),
        request.updateBody());
  }

  /**
   * What an update would do ({@code PUT}/{@code PATCH stacks/NAME/ID/preview}), with the nested
   * stacks' resources when {@code showNested}.
   */
  public UpdatePreview previewUpdate(StackRef stack, StackRequest request, boolean showNested) {
    String what = "preview update of stack " + stack.name();
    JsonNode body = call(
        what,
        request.existing() ? "PATCH" : "PUT",
        stack.path() + "/preview" + (showNested ? "?show_nested=True" : ""),
        request.updateBody());
    return parsed(what, () -> UpdatePreview.parse(body, "preview"));
  }

  /**
   * The stack named {@code name}, if it exists (deleted stacks do not), without its outputs
   * ({@link #show(String)} resolves them).
   */
  public Optional<Stack> find(String name) {
    String what = "find stack " + name;
    JsonNode body = call(what, "GET", "stacks?name=" + StackRef.encode(name), null);
    List<JsonNode> stacks = parsed(what, () -> Json.list(body.get("stacks"), "stacks"));
    for (int i = 0; i < stacks.size(); i++) {
      int n = i;
      JsonNode s = stacks.get(i);
      String p = "stacks[" + n + "]";
      String found = parsed(what, () -> Json.text(Json.object(s, p), "stack_name", p));
      if (found.equals(name)) {
        return Optional.of(show(
            new StackRef(name, parsed(what, () -> Json.text(s, "id", p))), false));
      }
    }
    return Optional.empty();
  }

  /** The stack named {@code name} with its outputs, or a 404 {@link HeatException}. */
  public Stack show(String name) {
    return find(name)
        .map(s -> show(s.ref(), true))
        .orElseThrow(() -> new HeatException(
            404,
            "EntityNotFound",
            "The Stack (" + name + ") could not be found.",
            session
                .redactor()
                .redact(
                    "show stack " + name + ": Heat says 404 Not Found (EntityNotFound): The Stack ("
                        + name + ") could not be found.")));
  }

  /** The stack, its status and resolved outputs. */
  public Stack show(StackRef stack) {
    return show(stack, true);
  }

  /**
   * The stack and its status; its outputs only when {@code resolveOutputs} (resolving them
   * reads every resource they name; without them the answer is cheaper).
   */
  public Stack show(StackRef stack, boolean resolveOutputs) {
    String what = "show stack " + stack.name();
    JsonNode body =
        call(what, "GET", stack.path() + (resolveOutputs ? "" : "?resolve_outputs=False"), null);
    return parsed(what, () -> Stack.parse(body, "show"));
  }

  /** The stack's resources, down to {@code nestedDepth} levels of nested stacks (0: its own). */
  public List<StackResource> resources(StackRef stack, int nestedDepth) {
    String what = "list resources of stack " + stack.name();
    JsonNode body = call(
        what,
        "GET",
        stack.path() + "/resources" + (nestedDepth > 0 ? "?nested_depth=" + nestedDepth : ""),
        null);
    return parsed(what, () -> {
      List<JsonNode> items = Json.list(body.get("resources"), "resources");
      List<StackResource> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        out.add(StackResource.parse(items.get(i), "resources[" + i + "]"));
      }
      return List.copyOf(out);
    });
  }

  /**
   * The stack's events after the event {@code marker} (null: from the first), oldest first, down
   * to {@code nestedDepth} levels of nested stacks; every page ({@code limit}, {@code marker})
   * is read.
   */
  public List<StackEvent> events(StackRef stack, String marker, int nestedDepth) {
    String what = "list events of stack " + stack.name();
    List<StackEvent> out = new ArrayList<>();
    String next = marker;
    for (int page = 0; page < MAX_PAGES; page++) {
      StringBuilder q =
          new StringBuilder(stack.path()).append("/events?sort_dir=asc&limit=").append(EVENT_PAGE);
      if (next != null) {
        q.append("&marker=").append(StackRef.encode(next));
      }
      if (nestedDepth > 0) {
        q.append("&nested_depth=").append(nestedDepth);
      }
      JsonNode body = call(what, "GET", q.toString(), null);
      List<StackEvent> events = parsed(what, () -> {
        List<JsonNode> items = Json.list(body.get("events"), "events");
        List<StackEvent> l = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          l.add(StackEvent.parse(items.get(i), "events[" + i + "]"));
        }
        return l;
      });
      out.addAll(events);
      if (events.size() < EVENT_PAGE) {
        return List.copyOf(out);
      }
      next = events.get(events.size() - 1).id();
    }
    throw new MalformedAnswerException(what + ": more than " + MAX_PAGES + " pages of events");
  }

  /** The id of the stack's newest event (down to {@code nestedDepth}), or null if it has none. */
  public String lastEvent(StackRef stack, int nestedDepth) {
    String what = "list events of stack " + stack.name();
    JsonNode body = call(
        what,
        "GET",
        stack.path() + "/events?sort_dir=desc&limit=1"
            + (nestedDepth > 0 ? "&nested_depth=" + nestedDepth : ""),
        null);
    return parsed(what, () -> {
      List<JsonNode> items = Json.list(body.get("events"), "events");
      return items.isEmpty()
          ? null
          : StackEvent.parse(items.get(0), "events[0]").id();
    });
  }

  /** The running stack's template, as Heat stores it. */
  public JsonNode template(StackRef stack) {
    return call(
        "get the template of stack " + stack.name(), "GET", stack.path() + "/template", null);
  }

  /** The running stack's environment (merged, as Heat stores it). */
  public JsonNode environment(StackRef stack) {
    return call(
        "get the environment of stack " + stack.name(), "GET", stack.path() + "/environment", null);
  }

  /** The running stack's files map. */
  public JsonNode files(StackRef stack) {
    return call("get the files of stack " + stack.name(), "GET", stack.path() + "/files", null);
  }

  /** Starts deleting the stack; returns at once. */
  public void delete(StackRef stack) {
    call("delete stack " + stack.name(), "DELETE", stack.path(), null);
  }

  /**
   * Abandons the stack ({@code DELETE stacks/NAME/ID/abandon}, heatclient's {@code stack
   * abandon}): Heat forgets it and keeps its physical resources. The answer is the adopt data
   * (template, environment, resources with their physical ids) that {@link #adopt} takes back;
   * Heat refuses with 400 unless its {@code enable_stack_abandon} is set.
   */
  public JsonNode abandon(StackRef stack) {
    return call("abandon stack " + stack.name(), "DELETE", stack.path() + "/abandon", null);
  }

  /**
   * The stack's adopt data without abandoning it ({@code GET stacks/NAME/ID/export},
   * heatclient's {@code stack export}).
   */
  public JsonNode export(StackRef stack) {
    return call("export stack " + stack.name(), "GET", stack.path() + "/export", null);
  }

  /**
   * Creates stack {@code name} by adopting the resources {@code adoptData} describes (the
   * answer of {@link #abandon} or {@link #export}); {@code request}'s environment, files,
   * parameters, timeout and rollback go with it and its template is not sent: Heat takes the
   * template from the adopt data, as heatclient's {@code stack adopt} does. Heat refuses with
   * 400 unless its {@code enable_stack_adopt} is set.
   */
  public StackRef adopt(String name, JsonNode adoptData, StackRequest request) {
    Objects.requireNonNull(adoptData, "adoptData");
    if (!adoptData.isObject() || !adoptData.path("template").isObject()) {
      throw new IllegalArgumentException("adopt data is a JSON object with a template object"
          + " (what stack abandon or export answers), not " + Json.kind(adoptData));
    }
    JsonNode body =
        call("adopt stack " + name, "POST", "stacks", request.adoptBody(name, adoptData));
    return new StackRef(
        name,
        parsed(
            "POST stacks",
            () -> Json.text(Json.object(body.get("stack"), "stack"), "id", "stack")));
  }

  /** Heat's validation of a template ({@code POST /validate}): its parameters, as Heat answers. */
  public JsonNode validate(StackRequest request) {
    return call("validate template", "POST", "validate", request.validateBody());
  }

  /**
   * One request to {@code endpoint/relative}: the JSON answer (an empty object for an empty
   * body), or a {@link HeatException} with Heat's message for an error status.
   */
  private JsonNode call(String what, String method, String relative, String body) {
    Response r = session.send(SERVICE, method, endpoint + "/" + relative, Map.of(), body);
    if (r.status() / 100 != 2) {
      throw HeatException.of(what, r, session.redactor());
    }
    if (r.body().isBlank()) {
      return Json.object();
    }
    return r.json();
  }

  private <T> T parsed(String what, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (MalformedAnswerException e) {
      throw e.in(what);
    }
  }
}
