package io.hotdsl.heat.oracle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One case of a Heat oracle batch: validate a template, load a document, or show the resource
 * type schema Heat makes of a provider template.
 *
 * @param id           identifies the case's verdict in the batch result
 * @param op           {@code "validate"}, {@code "load"} or {@code "resource_schema"}
 * @param template     the template text (YAML or JSON) for validate, the provider template for
 *                     resource_schema; null for load
 * @param files        the files map (path to content) as python-heatclient sends it; validate only
 * @param environments environment file texts, in order; validate only
 * @param parameters   parameter values; validate only
 * @param depth        how deep to validate; null for load
 * @param text         the document for load, the type name for resource_schema; null for validate
 * @param kind         the loader for load; null for validate
 */
public record HeatCase(
    String id,
    String op,
    String template,
    Map<String, String> files,
    List<String> environments,
    Map<String, Object> parameters,
    Depth depth,
    String text,
    LoadKind kind) {

  public HeatCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(op, "op");
    files = files == null ? Map.of() : Map.copyOf(files);
    environments = environments == null ? List.of() : List.copyOf(environments);
    parameters = parameters == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A validate case. Null collections mean empty. */
  public static HeatCase validate(
      String id,
      String template,
      Map<String, String> files,
      List<String> environments,
      Map<String, Object> parameters,
      Depth depth) {
    return new HeatCase(
        id,
        "validate",
        Objects.requireNonNull(template, "template"),
        files,
        environments,
        parameters,
        Objects.requireNonNull(depth, "depth"),
        null,
        null);
  }

  /** A validate case for a template alone (no files, environments or parameters). */
  public static HeatCase validate(String id, String template, Depth depth) {
    return validate(id, template, null, null, null, depth);
  }

  /** A load case with the given loader. */
  public static HeatCase load(String id, String text, LoadKind kind) {
    return new HeatCase(
        id,
        "load",
        null,
        null,
        null,
        null,
        null,
        Objects.requireNonNull(text, "text"),
        Objects.requireNonNull(kind, "kind"));
  }

  /** A load case with Heat's template loader. */
  public static HeatCase load(String id, String text) {
    return load(id, text, LoadKind.TEMPLATE);
  }

  /**
   * What {@code GET /resource_types/{type}} (with descriptions) answers once {@code type} is
   * mapped to {@code providerTemplate} in Heat's global environment; the verdict's tree is it.
   */
  public static HeatCase resourceSchema(String id, String type, String providerTemplate) {
    return new HeatCase(
        id,
        "resource_schema",
        Objects.requireNonNull(providerTemplate, "template"),
        null,
        null,
        null,
        null,
        Objects.requireNonNull(type, "type"),
        null);
  }

  Map<String, Object> toWire() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("op", op);
    if ("validate".equals(op)) {
      m.put("template", template);
      m.put("files", files);
      m.put("environments", environments);
      m.put("parameters", parameters);
      m.put("depth", depth.wireName());
    } else if ("resource_schema".equals(op)) {
      m.put("template", template);
      m.put("type", text);
    } else {
      m.put("text", text);
      m.put("kind", kind.wireName());
    }
    return m;
  }
}
