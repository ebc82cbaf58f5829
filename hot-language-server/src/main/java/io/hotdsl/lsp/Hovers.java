package io.hotdsl.lsp;

import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover: on a property name (nested ones too) Heat's description, type, constraints, update
 * behaviour and support status; on a resource type its description and support status.
 */
final class Hovers {
  private Hovers() {}

  /** The hover at {@code pos}, or null. */
  static Hover at(OpenDocument doc, Position pos, Catalog catalog) {
    YamlIndex.Hit hit = doc.index.at(pos);
    if (hit == null) {
      return null;
    }
    List<String> seg = hit.entry().segments();
    if (seg.size() < 3 || !seg.get(0).equals("resources")) {
      return null;
    }
    if (seg.size() == 3 && seg.get(2).equals("type") && !hit.onKey()) {
      ResourceTypeSchema t = Schemas.type(catalog, hit.entry().scalar());
      return t == null ? null : hover(Schemas.typeDoc(t), hit);
    }
    if (seg.size() >= 4 && seg.get(2).equals("properties") && hit.onKey()) {
      ResourceTypeSchema t = Schemas.type(catalog, doc.resourceType(seg.get(1)));
      if (t == null) {
        return null;
      }
      Map<String, PropertySchema> props = Schemas.propertiesAt(t, seg.subList(3, seg.size() - 1));
      PropertySchema p = props == null ? null : props.get(seg.get(seg.size() - 1));
      return p == null ? null : hover(Schemas.propertyDoc(seg.get(seg.size() - 1), p), hit);
    }
    return null;
  }

  private static Hover hover(String markdown, YamlIndex.Hit hit) {
    return new Hover(
        new MarkupContent(MarkupKind.MARKDOWN, markdown),
        hit.onKey() ? hit.entry().key() : hit.entry().value());
  }
}
