package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of a stack, as Heat lists it.
 *
 * @param id the event's id (the marker of the next page)
 * @param time when it happened, as Heat writes it ({@code 2026-12-06T17:00:01Z})
 * @param resourceName the resource's name, or the stack's name for an event of the stack itself
 * @param status action and status ({@code CREATE_COMPLETE})
 * @param reason Heat's reason ({@code state changed}, the error of a failure)
 * @param physicalResourceId the physical id, or "" when there is none yet
 * @param resourceType the resource's type ({@code OS::Heat::Stack} for the stack itself)
 * @param stackName the name of the stack the resource belongs to (a nested stack's for nested
 *     events)
 */
public record StackEvent(
    String id,
    String time,
    String resourceName,
    String status,
    String reason,
    String physicalResourceId,
    String resourceType,
    String stackName) {

  /** The action of {@link #status()}: {@code CREATE}, {@code UPDATE} … */
  public String action() {
    if (status.endsWith("_IN_PROGRESS")) {
      return status.substring(0, status.length() - "_IN_PROGRESS".length());
    }
    int i = status.lastIndexOf('_');
    return i < 0 ? status : status.substring(0, i);
  }

  /** Whether this is an event of the stack {@code ref} itself (not of one of its resources). */
  public boolean isStackEvent(StackRef ref) {
    return resourceName.equals(ref.name()) && physicalResourceId.equals(ref.id());
  }

  /** {@code 2026-12-06T17:00:01Z  web  CREATE_COMPLETE  state changed}. */
  @Override
  public String toString() {
    return time + "  " + resourceName + "  " + status
        + (reason.isEmpty() ? "" : "  " + reason.replaceAll("\\s*\\R\\s*", " "));
  }

  static StackEvent parse(JsonNode e, String path) {
    Json.object(e, path);
    String stack = "";
    for (JsonNode link : e.path("links")) {
      if ("stack".equals(link.path("rel").asText()) && link.path("href").isTextual()) {
        String href = link.path("href").asText();
        int i = href.lastIndexOf("/stacks/");
        if (i >= 0) {
          String[] parts = href.substring(i + 8).split("/");
          stack = parts.length > 0
              ? java.net.URLDecoder.decode(parts[0], java.nio.charset.StandardCharsets.UTF_8)
              : "";
        }
      }
    }
    return new StackEvent(
        Json.text(e, "id", path),
        orEmpty(Json.optText(e, "event_time", path)),
        orEmpty(Json.optText(e, "resource_name", path)),
        Json.text(e, "resource_status", path),
        orEmpty(Json.optText(e, "resource_status_reason", path)),
        orEmpty(Json.optText(e, "physical_resource_id", path)),
        orEmpty(Json.optText(e, "resource_type", path)),
        stack);
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
