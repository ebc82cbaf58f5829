package io.hotdsl.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The properties Heat 19 still takes but leaves out of its resource-type API (support status
 * HIDDEN: deprecated names it translates, such as {@code network_id} → {@code network}), by type.
 * Read from hot-dsl-core's {@code heat19-hidden.json}, which {@code heat_hidden.py} generated from
 * Heat's own property schemas and translation rules.
 */
final class HiddenProperties {
  private static final String RESOURCE = "/io/hotdsl/validate/heat19-hidden.json";

  /** type → hidden name → the property Heat translates it to (empty if it translates none). */
  private final Map<String, Map<String, Optional<String>>> byType;

  private HiddenProperties(Map<String, Map<String, Optional<String>>> byType) {
    this.byType = byType;
  }

  /** None: for generators of users' own types. */
  static HiddenProperties none() {
    return new HiddenProperties(Map.of());
  }

  /** Heat 19's hidden properties. */
  static HiddenProperties heat19() {
    JsonNode root;
    try (InputStream in = HiddenProperties.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Map<String, Optional<String>>> byType = new TreeMap<>();
    root.path("hiddenProperties").fields().forEachRemaining(t -> {
      Map<String, Optional<String>> props = new TreeMap<>();
      t.getValue()
          .fields()
          .forEachRemaining(p -> props.put(
              p.getKey(),
              p.getValue().isTextual() ? Optional.of(p.getValue().asText()) : Optional.empty()));
      byType.put(t.getKey(), Collections.unmodifiableMap(props));
    });
    return new HiddenProperties(Collections.unmodifiableMap(byType));
  }

  /** The hidden properties of {@code type}, sorted by name. */
  Map<String, Optional<String>> of(String type) {
    return byType.getOrDefault(type, Map.of());
  }
}
