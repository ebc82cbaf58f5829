package io.hotdsl.schema;

import java.util.Map;

/**
 * A source of resource type schemas, found with {@link java.util.ServiceLoader} (declare it in
 * {@code META-INF/services/io.hotdsl.schema.ResourceTypeProvider}).
 */
public interface ResourceTypeProvider {
  /** The schemas this provider knows, by type name. */
  Map<String, ResourceTypeSchema> schemas();
}
