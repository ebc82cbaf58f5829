package io.hotdsl.lsp;

import io.hotdsl.model.HotVersion;
import io.hotdsl.schema.AttributeSchema;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemTag;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion at a cursor: resource types after {@code type:}, property names of the resource's
 * type (nested ones too), resource names in {@code get_resource}, {@code depends_on} and the
 * first item of {@code get_attr}, allowed values of a property ({@link PropertyValues}),
 * attribute names of that resource's type, parameter names in
 * {@code get_param}, where a condition goes the condition names and functions ({@link
 * ConditionCompletions}), and the functions the template's {@code heat_template_version} allows.
 */
final class Completions {
  private static final Pattern TYPE = Pattern.compile("^\\s*type:\\s*[\\w:.\\-/]*$");
  private static final Pattern RESOURCE_REF = Pattern.compile(
      "(get_resource:\\s*|depends_on:\\s*\\[?(?:[\\w\\-.]+\\s*,\\s*)*|get_attr:\\s*\\[\\s*)"
          + "[\\w\\-.]*$");
  private static final Pattern ATTR =
      Pattern.compile("get_attr:\\s*\\[\\s*([\\w\\-.]+)\\s*,\\s*[\\w\\-.]*$");
  private static final Pattern PARAM = Pattern.compile("get_param:\\s*\\[?\\s*[\\w\\-.:]*$");
  private static final Pattern FUNCTION = Pattern.compile("\\{\\s*[\\w\\-]*$");

  private Completions() {}

  static List<CompletionItem> at(OpenDocument document, Position pos, Catalog catalog) {
    OpenDocument doc = document.withoutLine(pos.getLine());
    YamlIndex.Lines lines = new YamlIndex.Lines(doc.text);
    CursorContext c = CursorContext.at(lines, pos);
    List<String> a = c.ancestors;
    List<CompletionItem> out = new ArrayList<>();
    boolean inResource = a.size() >= 2 && a.get(0).equals("resources");
    if (a.size() == 2 && inResource && TYPE.matcher(c.prefix).find()) {
      catalog.all().forEach((name, t) -> {
        if (!t.supportStatus().isHidden()) {
          out.add(item(
              name,
              CompletionItemKind.Class,
              Schemas.status(t.supportStatus()),
              Schemas.typeDoc(t),
              c,
              t.supportStatus().isDeprecated() || t.supportStatus().isUnsupported()));
        }
      });
      return out;
    }
    Matcher attr = ATTR.matcher(c.prefix);
    if (attr.find()) {
      attributes(doc, attr.group(1), c, out, catalog);
      return out;
    }
    if (c.listItem && c.parentKey().equals("get_attr") && c.previousItems.size() == 1) {
      attributes(doc, c.previousItems.get(0), c, out, catalog);
      return out;
    }
    if (RESOURCE_REF.matcher(c.prefix).find()
        || c.listItem && c.parentKey().equals("depends_on") && c.prefix.strip().matches("-\\s*\\S*")
        || c.listItem && c.parentKey().equals("get_attr") && c.previousItems.isEmpty()) {
      String self = inResource ? a.get(1) : null;
      doc.map("resources").forEach((name, r) -> {
        if (!String.valueOf(name).equals(self)) {
          String type = doc.resourceType(String.valueOf(name));
          out.add(item(String.valueOf(name), CompletionItemKind.Reference, type, null, c, false));
        }
      });
      return out;
    }
    if (PARAM.matcher(c.prefix).find()
        || c.listItem && c.parentKey().equals("get_param") && c.previousItems.isEmpty()) {
      doc.map("parameters")
          .forEach((name, p) -> out.add(item(
              String.valueOf(name),
              CompletionItemKind.Variable,
              p instanceof Map<?, ?> m && m.get("type") != null
                  ? String.valueOf(m.get("type"))
                  : null,
              null,
              c,
              false)));
      for (String pseudo : List.of("OS::stack_name", "OS::stack_id", "OS::project_id")) {
        out.add(item(pseudo, CompletionItemKind.Constant, "pseudo parameter", null, c, false));
      }
      return out;
    }
    List<CompletionItem> conditions = ConditionCompletions.at(doc, c);
    if (conditions != null) {
      return conditions;
    }
    boolean function = FUNCTION.matcher(c.prefix).find();
    List<CompletionItem> values = function ? null : PropertyValues.at(doc, c, catalog);
    if (values != null) {
      return values;
    }
    if (c.keyPosition && inResource && a.size() >= 3 && a.get(2).equals("properties")) {
      ResourceTypeSchema type = Schemas.type(catalog, doc.resourceType(a.get(1)));
      Map<String, PropertySchema> props =
          type == null ? null : Schemas.propertiesAt(type, a.subList(3, a.size()));
      if (props != null) {
        props.forEach((name, p) -> {
          if (!p.supportStatus().isHidden()) {
            out.add(item(
                name,
                CompletionItemKind.Property,
                p.type() + (p.required() ? ", required" : ""),
                Schemas.propertyDoc(name, p),
                c,
                p.supportStatus().isDeprecated()));
          }
        });
      }
      function |= a.size() >= 4;
    }
    if (c.keyPosition && !inResource && a.size() >= 3 && a.get(0).equals("outputs")) {
      function = true;
    }
    if (function) {
      for (String f : new TreeSet<>(version(doc).functions())) {
        out.add(item(
            f,
            CompletionItemKind.Function,
            "function of heat_template_version " + version(doc).key(),
            null,
            c,
            false));
      }
    }
    return out;
  }

  private static void attributes(
      OpenDocument doc,
      String resource,
      CursorContext c,
      List<CompletionItem> out,
      Catalog catalog) {
    ResourceTypeSchema type = Schemas.type(catalog, doc.resourceType(resource));
    if (type == null) {
      return;
    }
    for (Map.Entry<String, AttributeSchema> e : type.attributes().entrySet()) {
      out.add(item(
          e.getKey(),
          CompletionItemKind.Field,
          e.getValue().type(),
          e.getValue().description(),
          c,
          false));
    }
  }

  /** The template's version (the latest when it names none Heat 19 knows). */
  static HotVersion version(OpenDocument doc) {
    Object v = doc.tree == null ? null : doc.tree.get("heat_template_version");
    return HotVersion.fromKey(String.valueOf(v))
        .map(HotVersion::canonical)
        .orElse(HotVersion.LATEST);
  }

  private static CompletionItem item(
      String label,
      CompletionItemKind kind,
      String detail,
      String doc,
      CursorContext c,
      boolean deprecated) {
    CompletionItem i = new CompletionItem(label);
    i.setKind(kind);
    i.setDetail(detail);
    if (doc != null) {
      i.setDocumentation(Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, doc)));
    }
    i.setTextEdit(Either.forLeft(new TextEdit(c.word, label)));
    if (deprecated) {
      i.setTags(List.of(CompletionItemTag.Deprecated));
    }
    return i;
  }
}
