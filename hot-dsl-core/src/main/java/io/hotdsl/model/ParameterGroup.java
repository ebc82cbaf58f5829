package io.hotdsl.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry of {@code parameter_groups}: how a user interface groups and orders parameters.
 *
 * @param label the group's label, or null
 * @param description its description, or null
 * @param parameters the names of its parameters, in display order
 */
public record ParameterGroup(String label, String description, List<String> parameters) {
  public ParameterGroup {
    parameters = List.copyOf(parameters);
  }

  /** The HOT tree of this group. */
  public Map<String, Object> toTree() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (label != null) {
      out.put("label", label);
    }
    if (description != null) {
      out.put("description", description);
    }
    out.put("parameters", parameters);
    return out;
  }
}
