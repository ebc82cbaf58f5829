package io.hotdsl.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * A stack's outputs as Heat resolved them, read back typed:
 *
 * <pre>{@code
 * Outputs o = client.show(ref).outputs();
 * String url = o.string("url");
 * int port = o.get("port", Integer.class);
 * List<String> ips = o.list("ips", String.class);
 * }</pre>
 *
 * <p>An output Heat could not resolve has no value and an {@link #errors() error}. Immutable.
 */
public final class Outputs {

  private final Map<String, JsonNode> values;
  private final Map<String, String> errors;

  private Outputs(Map<String, JsonNode> values, Map<String, String> errors) {
    this.values = Collections.unmodifiableMap(values);
    this.errors = Collections.unmodifiableMap(errors);
  }

  static Outputs parse(JsonNode list, String path) {
    Map<String, JsonNode> values = new TreeMap<>();
    Map<String, String> errors = new TreeMap<>();
    if (list == null || list.isNull() || list.isMissingNode()) {
      return new Outputs(values, errors);
    }
    List<JsonNode> items = Json.list(list, path);
    for (int i = 0; i < items.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode o = Json.object(items.get(i), p);
      String key = Json.text(o, "output_key", p);
      String error = Json.optText(o, "output_error", p);
      if (error != null) {
        errors.put(key, error);
      } else {
        values.put(
            key, o.has("output_value") ? o.get("output_value").deepCopy() : Json.MAPPER.nullNode());
      }
    }
    return new Outputs(values, errors);
  }

  /** The names of the outputs that have a value, sorted. */
  public Set<String> names() {
    return values.keySet();
  }

  /** Outputs Heat could not resolve: name → Heat's error. */
  public Map<String, String> errors() {
    return errors;
  }

  /** The value of output {@code name} as JSON. */
  public JsonNode json(String name) {
    JsonNode v = values.get(name);
    if (v == null) {
      throw new NoSuchElementException(
          errors.containsKey(name)
              ? "output " + name + " has no value: " + errors.get(name)
              : "no output " + name + " (outputs: " + values.keySet() + ")");
    }
    return v.deepCopy();
  }

  /** The value of output {@code name} as text (a string as it is, anything else as JSON). */
  public String string(String name) {
    JsonNode v = json(name);
    return v.isTextual() ? v.asText() : v.toString();
  }

  /**
   * The value of output {@code name} converted to {@code type} (Jackson's conversion:
   * {@code Integer}, {@code Boolean}, {@code Map}, a record …).
   *
   * @throws IllegalArgumentException naming the output when the value is not of that type
   */
  public <T> T get(String name, Class<T> type) {
    try {
      return Json.MAPPER.treeToValue(json(name), type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("output " + name + ": expected "
          + type.getSimpleName() + ", found " + Json.kind(values.get(name)) + " "
          + abbreviate(values.get(name).toString()));
    }
  }

  /** The value of output {@code name}, a list, with each element converted to {@code type}. */
  public <T> List<T> list(String name, Class<T> type) {
    JsonNode v = json(name);
    if (!v.isArray()) {
      throw new IllegalArgumentException("output " + name + ": expected a list, found "
          + Json.kind(v) + " " + abbreviate(v.toString()));
    }
    try {
      return List.copyOf(Json.MAPPER.readerForListOf(type).readValue(v));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("output " + name + ": expected a list of "
          + type.getSimpleName() + ", found " + abbreviate(v.toString()));
    }
  }

  /** Every output with a value: one JSON object, name → value, names sorted. */
  public ObjectNode toJson() {
    ObjectNode o = Json.object();
    values.forEach((k, v) -> o.set(k, v.deepCopy()));
    return o;
  }

  /** The values as plain Java (maps, lists, strings, numbers, booleans, null). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k, Json.MAPPER.convertValue(v, Object.class)));
    return Collections.unmodifiableMap(m);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outputs other && values.equals(other.values) && errors.equals(other.errors);
  }

  @Override
  public int hashCode() {
    return values.hashCode() * 31 + errors.hashCode();
  }

  @Override
  public String toString() {
    return "Outputs" + values + (errors.isEmpty() ? "" : " errors " + errors);
  }
}
