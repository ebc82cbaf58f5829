package io.hotdsl.schema;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A source of resource type schemas, found with {@link java.util.ServiceLoader} (declare it in
 * {@code META-INF/services/io.hotdsl.schema.ResourceTypeProvider}).
 *
 * <p>A provider with many types should override {@link #types()} and {@link #schema(String)} so
 * that a lookup parses only the type asked for (the generated providers do).
 */
public interface ResourceTypeProvider {
  /** The schemas this provider knows, by type name. */
  Map<String, ResourceTypeSchema> schemas();

  /** The names of the types this provider knows, without loading their schemas. */
  default Set<String> types() {
    return schemas().keySet();
  }

  /** The schema of one type, if this provider knows it. */
  default Optional<ResourceTypeSchema> schema(String type) {
    return Optional.ofNullable(schemas().get(type));
  }
}
