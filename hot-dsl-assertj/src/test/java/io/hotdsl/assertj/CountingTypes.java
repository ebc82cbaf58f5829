package io.hotdsl.assertj;

import io.hotdsl.schema.ResourceTypeProvider;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.SchemaJson;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A schema provider of the test class path (META-INF/services) that counts how often it is made
 * and how often it parses its one schema, the way the generated providers parse theirs: on
 * first use, kept afterwards.
 */
public final class CountingTypes implements ResourceTypeProvider {
  static final String TYPE = "Test::Counted::Widget";
  static final AtomicInteger INSTANCES = new AtomicInteger();
  static final AtomicInteger PARSES = new AtomicInteger();
  private static final String JSON = """
      {"resource_type": "Test::Counted::Widget",
       "properties": {"size": {"type": "integer", "required": true,
                               "description": "how big", "update_allowed": true}},
       "attributes": {"show": {"type": "map", "description": "all of it"}}}
      """;

  private final Map<String, ResourceTypeSchema> loaded = new ConcurrentHashMap<>();

  public CountingTypes() {
    INSTANCES.incrementAndGet();
  }

  @Override
  public Set<String> types() {
    return Set.of(TYPE);
  }

  @Override
  public Optional<ResourceTypeSchema> schema(String type) {
    if (!TYPE.equals(type)) {
      return Optional.empty();
    }
    return Optional.of(loaded.computeIfAbsent(type, t -> {
      PARSES.incrementAndGet();
      return SchemaJson.parse(JSON, "CountingTypes");
    }));
  }

  @Override
  public Map<String, ResourceTypeSchema> schemas() {
    return Map.of(TYPE, schema(TYPE).orElseThrow());
  }
}
