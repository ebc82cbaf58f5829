package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A running stack as Heat shows it.
 *
 * @param ref its name and id
 * @param status action and status ({@code CREATE_COMPLETE}, {@code UPDATE_IN_PROGRESS} …)
 * @param reason Heat's reason for the status (names the failed resource after a failure)
 * @param creationTime when it was created, as Heat writes it
 * @param updatedTime when it was last updated, or "" if never
 * @param parameters the parameters Heat holds (hidden ones as Heat masks them)
 * @param tags the stack's tags
 * @param outputs the outputs, resolved ({@link Outputs} is empty while Heat lists none)
 */
public record Stack(
    StackRef ref,
    String status,
    String reason,
    String creationTime,
    String updatedTime,
    Map<String, String> parameters,
    List<String> tags,
    Outputs outputs) {

  public Stack {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    tags = List.copyOf(tags);
  }

  /** The action of the status: {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code ROLLBACK} … */
  public String action() {
    int i = status.lastIndexOf('_');
    return i < 0 ? status : status.substring(0, i);
  }

  /** Whether an action is under way ({@code *_IN_PROGRESS}). */
  public boolean inProgress() {
    return status.endsWith("_IN_PROGRESS");
  }

  /** Whether the last action failed ({@code *_FAILED}). */
  public boolean failed() {
    return status.endsWith("_FAILED");
  }

  /** Whether the last action completed ({@code *_COMPLETE}). */
  public boolean complete() {
    return status.endsWith("_COMPLETE");
  }

  static Stack parse(JsonNode body, String path) {
    JsonNode s = Json.object(body.get("stack"), path + ".stack");
    String p = path + ".stack";
    StackRef ref = new StackRef(Json.text(s, "stack_name", p), Json.text(s, "id", p));
    Map<String, String> params = new LinkedHashMap<>();
    JsonNode ps = s.get("parameters");
    if (ps != null && !ps.isNull()) {
      Json.object(ps, p + ".parameters")
          .fields()
          .forEachRemaining(e -> params.put(
              e.getKey(),
              e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    }
    List<String> tags = new ArrayList<>();
    JsonNode ts = s.get("tags");
    if (ts != null && !ts.isNull()) {
      Json.list(ts, p + ".tags").forEach(t -> tags.add(t.asText()));
    }
    return new Stack(
        ref,
        Json.text(s, "stack_status", p),
        StackEvent.orEmpty(Json.optText(s, "stack_status_reason", p)),
        StackEvent.orEmpty(Json.optText(s, "creation_time", p)),
        StackEvent.orEmpty(Json.optText(s, "updated_time", p)),
        params,
        tags,
        Outputs.parse(s.get("outputs"), p + ".outputs"));
  }
}
