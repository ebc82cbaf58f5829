package io.hotdsl.schema;

/**
 * The schema of one resource attribute.
 *
 * @param description Heat's description, or null
 * @param type string, integer, number, boolean, map or list, or null when Heat does not say
 */
public record AttributeSchema(String description, String type) {}
