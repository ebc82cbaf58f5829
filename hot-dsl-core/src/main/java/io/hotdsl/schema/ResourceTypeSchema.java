package io.hotdsl.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema of a resource type: what Heat's {@code GET /resource_types/{type}} returns.
 *
 * @param type the type name ({@code OS::Nova::Server})
 * @param description Heat's description of the type, or null
 * @param properties the properties by name, in Heat's order
 * @param attributes the attributes by name, in Heat's order
 * @param supportStatus the type's support status
 */
public record ResourceTypeSchema(
    String type,
    String description,
    Map<String, PropertySchema> properties,
    Map<String, AttributeSchema> attributes,
    SupportStatus supportStatus) {

  public ResourceTypeSchema {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** Whether a {@code get_attr} of {@code attribute} is valid for this type. */
  public boolean hasAttribute(String attribute) {
    // every Heat resource has "show"; OS::Heat::Stack-like types answer any output name
    return attributes.containsKey(attribute) || "show".equals(attribute);
  }
}
