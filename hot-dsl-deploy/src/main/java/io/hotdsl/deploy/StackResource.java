package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One resource of a running stack.
 *
 * @param name the resource's name in its template
 * @param type its type
 * @param status action and status ({@code CREATE_COMPLETE})
 * @param reason Heat's reason for the status
 * @param physicalResourceId the physical id, or ""
 * @param parentResource for a resource of a nested stack (nested depth above 0), the name of the
 *     resource in the parent stack; else ""
 */
public record StackResource(
    String name,
    String type,
    String status,
    String reason,
    String physicalResourceId,
    String parentResource) {

  static StackResource parse(JsonNode r, String path) {
    Json.object(r, path);
    return new StackResource(
        Json.text(r, "resource_name", path),
        StackEvent.orEmpty(Json.optText(r, "resource_type", path)),
        Json.text(r, "resource_status", path),
        StackEvent.orEmpty(Json.optText(r, "resource_status_reason", path)),
        StackEvent.orEmpty(Json.optText(r, "physical_resource_id", path)),
        StackEvent.orEmpty(Json.optText(r, "parent_resource", path)));
  }
}
