package io.hotdsl.codegen;

import io.hotdsl.functions.Trees;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource type schema Heat 19 gives a provider template (a template registered as a type
 * in an environment's {@code resource_registry}), in the shape of {@code GET
 * /resource_types/{type}}, so that the codegen makes a typed class of it like any other type.
 *
 * <p>Derived exactly as Heat does ({@code heat/engine/resources/template_resource.py}
 * {@code generate_class_from_template}, {@code properties.Schema.from_parameter}, {@code
 * attributes.Attributes.schema_from_outputs} and {@code service.resource_schema}):
 * <ul>
 *   <li>each parameter is a property: string → string, number → number, comma_delimited_list →
 *       list, json → map, boolean → boolean; its description; required when it has no default
 *       (or a null one); its constraints as written; always {@code update_allowed: true}, {@code
 *       immutable: false} (a parameter's label, hidden, immutable and tags are not carried);
 *   <li>each output is an attribute without description or type: Heat reads an output's
 *       {@code Description}, the CloudFormation key, so a HOT output's {@code description} is
 *       not carried; plus every resource's {@code show};
 *   <li>the type's description is the template's, cleaned as Python's {@code inspect.cleandoc}
 *       does, or {@code "No description available"}.
 * </ul>
 */
public final class ProviderTemplates {
  static final String NO_DESCRIPTION = "No description available";

  private ProviderTemplates() {}

  /** The schema tree (JSON-ready: maps, lists, strings, numbers, booleans, nulls). */
  public static Map<String, Object> schema(String type, Template template) {
    if (type == null || !type.contains("::")) {
      throw new IllegalArgumentException("a provider type name has :: in it: " + type);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Parameter<?> p : template.parameters().values()) {
      properties.put(p.name(), property(p));
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (String output : template.outputs().keySet()) {
      attributes.put(output, new LinkedHashMap<>());
    }
    Map<String, Object> show = new LinkedHashMap<>();
    show.put("description", "Detailed information about resource.");
    show.put("type", "map");
    attributes.put("show", show);
    Map<String, Object> support = new LinkedHashMap<>();
    support.put("status", "SUPPORTED");
    support.put("message", null);
    support.put("version", null);
    support.put("previous_status", null);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("resource_type", type);
    out.put("properties", properties);
    out.put("attributes", attributes);
    out.put("support_status", support);
    out.put(
        "description",
        template.description() == null ? NO_DESCRIPTION : cleandoc(template.description()));
    return out;
  }

  private static Map<String, Object> property(Parameter<?> p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", propertyType(p.type()));
    if (p.description() != null) { // Heat keeps an empty one
      out.put("description", p.description());
    }
    out.put("required", !p.hasDefault() || p.defaultValue() == null);
    if (!p.constraints().isEmpty()) {
      List<Object> constraints = new ArrayList<>();
      for (Constraint c : p.constraints()) {
        constraints.add(constraint(c));
      }
      out.put("constraints", constraints);
    }
    out.put("update_allowed", true);
    out.put("immutable", false);
    return out;
  }

  static String propertyType(ParameterType type) {
    return switch (type) {
      case STRING -> "string";
      case NUMBER -> "number";
      case COMMA_DELIMITED_LIST -> "list";
      case JSON -> "map";
      case BOOLEAN -> "boolean";
    };
  }

  /** Heat's {@code dict(constraint)}: range and length bounds that are unset are left out. */
  private static Map<String, Object> constraint(Constraint c) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (c.description() != null) {
      out.put("description", c.description());
    }
    Object spec = Trees.toTree(c.spec());
    if ((c.kind() == Constraint.Kind.RANGE || c.kind() == Constraint.Kind.LENGTH)
        && spec instanceof Map<?, ?> bounds) {
      Map<String, Object> set = new LinkedHashMap<>();
      bounds.forEach((k, v) -> {
        if (v != null) {
          set.put(String.valueOf(k), v);
        }
      });
      spec = set;
    }
    out.put(c.kind().key(), spec);
    return out;
  }

  /**
   * What {@code pydoc.getdoc} makes of the class Heat creates: Python's {@code inspect.cleandoc}
   * (tabs expanded, the first line's leading blanks and the other lines' common indentation
   * removed, leading and trailing empty lines dropped), then trailing blanks stripped and one
   * leading line of spaces dropped.
   */
  static String cleandoc(String doc) {
    String[] lines = expandTabs(doc).split("\n", -1);
    int margin = Integer.MAX_VALUE;
    for (int i = 1; i < lines.length; i++) {
      String stripped = lines[i].stripLeading();
      if (!stripped.isEmpty()) {
        margin = Math.min(margin, lines[i].length() - stripped.length());
      }
    }
    List<String> out = new ArrayList<>();
    out.add(lines[0].stripLeading());
    for (int i = 1; i < lines.length; i++) {
      out.add(
          margin == Integer.MAX_VALUE
              ? lines[i]
              : lines[i].substring(Math.min(margin, lines[i].length())));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    return String.join("\n", out).stripTrailing().replaceFirst("^ *\n", "");
  }

  /** Python's {@code str.expandtabs()}: tab stops every 8 columns, reset at each newline. */
  private static String expandTabs(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int column = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        int spaces = 8 - column % 8;
        out.append(" ".repeat(spaces));
        column += spaces;
      } else {
        out.append(c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
      }
    }
    return out.toString();
  }
}
