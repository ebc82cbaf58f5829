package io.hotdsl.lsp;

import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion of a property's value: Heat's {@code allowed_values} of the property ({@code
 * protocol: } of a security group rule offers {@code tcp}, {@code udp}, ...), {@code true} and
 * {@code false} for a boolean; for a block list item ({@code - }) the allowed values of the
 * list's items. A string that YAML would read as something else ({@code "yes"}, {@code "1"}) is
 * inserted quoted.
 */
final class PropertyValues {
  /** {@code key: partial} or {@code - key: partial}, the cursor after it. */
  private static final Pattern KEY_VALUE =
      Pattern.compile("^\\s*(?:-\\s+)*([\\w\\-.]+):\\s+([\\w\\-.:/]*)$");

  private static final Pattern ITEM = Pattern.compile("^\\s*-\\s+([\\w\\-.:/]*)$");

  private PropertyValues() {}

  /** The values to offer at the cursor, or null when it is not on a property's value. */
  static List<CompletionItem> at(OpenDocument doc, CursorContext c, Catalog catalog) {
    List<String> a = c.ancestors;
    if (a.size() < 3 || !a.get(0).equals("resources") || !a.get(2).equals("properties")) {
      return null;
    }
    ResourceTypeSchema type = Schemas.type(catalog, doc.resourceType(a.get(1)));
    if (type == null) {
      return null;
    }
    Matcher kv = KEY_VALUE.matcher(c.prefix);
    PropertySchema p = null;
    if (kv.find()) {
      Map<String, PropertySchema> props = Schemas.propertiesAt(type, a.subList(3, a.size()));
      p = props == null ? null : props.get(kv.group(1));
    } else if (c.listItem && ITEM.matcher(c.prefix).find() && a.size() >= 4) {
      Map<String, PropertySchema> props = Schemas.propertiesAt(type, a.subList(3, a.size() - 1));
      PropertySchema list = props == null ? null : props.get(a.get(a.size() - 1));
      p = list == null ? null : list.itemSchema();
    }
    if (p == null) {
      return null;
    }
    List<CompletionItem> out = new ArrayList<>();
    if (!p.allowedValues().isEmpty()) {
      for (Object v : p.allowedValues()) {
        String text = String.valueOf(v);
        String insert = "string".equals(p.type()) ? MissingProperty.scalar(text) : text;
        out.add(value(text, insert, "allowed value (" + p.type() + ")", c));
      }
    } else if ("boolean".equals(p.type())) {
      out.add(value("true", "true", "boolean", c));
      out.add(value("false", "false", "boolean", c));
    }
    return out.isEmpty() ? null : out;
  }

  private static CompletionItem value(String label, String insert, String detail, CursorContext c) {
    CompletionItem i = new CompletionItem(label);
    i.setKind(CompletionItemKind.EnumMember);
    i.setDetail(detail);
    i.setFilterText(label);
    i.setTextEdit(Either.forLeft(new TextEdit(c.word, insert)));
    return i;
  }
}
