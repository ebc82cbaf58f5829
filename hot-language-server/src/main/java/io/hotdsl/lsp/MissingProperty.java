package io.hotdsl.lsp;

import io.hotdsl.model.Constraint;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.yaml.PyYamlResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * The edit adding a required property that is not set: {@code name: placeholder} on a new line
 * after the last line of the mapping it belongs to, at the indentation of that mapping's keys (a
 * flow mapping gets {@code , name: placeholder} before its closing brace); a missing {@code
 * properties} mapping is added under the resource. The placeholder has the property's YAML shape:
 * {@code ""} for a string (its first allowed value when it has some), {@code 0} (or the range's
 * minimum) for a number, {@code false}, {@code []}, and for a map a block of its own required keys
 * (else {@code {}}).
 */
final class MissingProperty {
  private static final int INDENT = 2;

  private MissingProperty() {}

  /** The edit adding the property at {@code path} ({@code resources.r.properties.a.b}). */
  static Optional<TextEdit> edit(
      OpenDocument doc, String path, List<String> segments, Catalog catalog) {
    if (segments.size() < 4
        || !segments.get(0).equals("resources")
        || !segments.get(2).equals("properties")) {
      return Optional.empty();
    }
    ResourceTypeSchema type = Schemas.type(catalog, doc.resourceType(segments.get(1)));
    String name = segments.get(segments.size() - 1);
    Map<String, PropertySchema> siblings =
        type == null ? null : Schemas.propertiesAt(type, segments.subList(3, segments.size() - 1));
    PropertySchema schema = siblings == null ? null : siblings.get(name);
    if (schema == null) {
      return Optional.empty();
    }
    YamlIndex.Lines lines = new YamlIndex.Lines(doc.text);
    String parent = YamlIndex.parent(path);
    YamlIndex.Entry holder = doc.index.get(parent);
    if (holder == null && segments.size() == 4) {
      // no properties mapping at all: add one under the resource
      YamlIndex.Entry resource = doc.index.get("resources." + segments.get(1));
      if (resource == null || resource.key() == null) {
        return Optional.empty();
      }
      int indent = childIndent(doc.index, resource, lines);
      String pad = " ".repeat(indent);
      return Optional.of(insertAfter(
          lines,
          doc.index,
          resource,
          pad + "properties:\n" + block(name, schema, indent + INDENT)));
    }
    if (holder == null) {
      return Optional.empty();
    }
    Range v = holder.value();
    String first = lines
        .line(v.getStart().getLine())
        .substring(Math.min(
            v.getStart().getCharacter(), lines.line(v.getStart().getLine()).length()));
    if (first.startsWith("{")) {
      // a flow mapping: before its closing brace
      Position end = v.getEnd();
      Position brace = new Position(end.getLine(), Math.max(0, end.getCharacter() - 1));
      boolean empty = first.matches("\\{\\s*}.*");
      return Optional.of(
          new TextEdit(new Range(brace, brace), (empty ? "" : ", ") + name + ": " + flow(schema)));
    }
    if (holder.isScalar() && !holder.scalar().isEmpty()) {
      return Optional.empty(); // a scalar where a mapping belongs: the user must decide
    }
    return Optional.of(insertAfter(
        lines, doc.index, holder, block(name, schema, childIndent(doc.index, holder, lines))));
  }

  /** The indentation of the keys of the mapping at {@code e} (its key's plus two if it has none). */
  private static int childIndent(YamlIndex index, YamlIndex.Entry e, YamlIndex.Lines lines) {
    for (YamlIndex.Entry child : index.entries()) {
      if (child.key() != null
          && child.path().startsWith(e.path() + ".")
          && child.segments().size() == e.segments().size() + 1) {
        return child.key().getStart().getCharacter();
      }
    }
    int base = e.key() != null
        ? e.key().getStart().getCharacter()
        : e.value().getStart().getCharacter();
    String line = lines.line(e.value().getStart().getLine());
    return e.key() != null ? base + INDENT : Math.max(base, indentOf(line));
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Inserts {@code text} (whole lines) after the last line of {@code e}'s value. */
  private static TextEdit insertAfter(
      YamlIndex.Lines lines, YamlIndex index, YamlIndex.Entry e, String text) {
    int last = lastLine(index, e);
    if (last + 1 < lines.count()) {
      Position p = new Position(last + 1, 0);
      return new TextEdit(new Range(p, p), text);
    }
    // the document's last line has no line break
    Position p = new Position(last, lines.line(last).length());
    return new TextEdit(new Range(p, p), "\n" + text.substring(0, text.length() - 1));
  }

  /** The last line holding text of {@code e} or anything below it. */
  private static int lastLine(YamlIndex index, YamlIndex.Entry e) {
    int last = end(e);
    for (YamlIndex.Entry d : index.entries()) {
      if (d.path().startsWith(e.path() + ".") || d.path().startsWith(e.path() + "[")) {
        last = Math.max(last, end(d));
      }
    }
    return last;
  }

  /** The last line of an entry's text (a range ending at column 0 ends on the line before). */
  private static int end(YamlIndex.Entry e) {
    Position end = e.value().getEnd();
    int line = end.getCharacter() == 0 && end.getLine() > e.value().getStart().getLine()
        ? end.getLine() - 1
        : end.getLine();
    return e.key() == null ? line : Math.max(line, e.key().getEnd().getLine());
  }

  /** {@code name: value} lines at {@code indent}, each ending with a line break. */
  static String block(String name, PropertySchema p, int indent) {
    String pad = " ".repeat(indent);
    if ("map".equals(p.type())) {
      List<Map.Entry<String, PropertySchema>> required = requiredKeys(p);
      if (!required.isEmpty()) {
        StringBuilder b = new StringBuilder(pad).append(name).append(":\n");
        required.forEach(e -> b.append(block(e.getKey(), e.getValue(), indent + INDENT)));
        return b.toString();
      }
    }
    return pad + name + ": " + flow(p) + "\n";
  }

  /** A placeholder of the property's shape, on one line. */
  static String flow(PropertySchema p) {
    List<?> allowed = p.allowedValues();
    return switch (p.type() == null ? "" : p.type()) {
      case "boolean" -> "false";
      case "integer", "number" ->
        allowed.isEmpty() ? String.valueOf(minimum(p)) : String.valueOf(allowed.get(0));
      case "list" -> "[]";
      case "map" -> {
        List<Map.Entry<String, PropertySchema>> required = requiredKeys(p);
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, PropertySchema> e : required) {
          b.append(b.length() > 1 ? ", " : "")
              .append(e.getKey())
              .append(": ")
              .append(flow(e.getValue()));
        }
        yield b.append('}').toString();
      }
      default -> allowed.isEmpty() ? "\"\"" : scalar(String.valueOf(allowed.get(0)));
    };
  }

  /** A string as a plain scalar when YAML reads it back as that string, else double-quoted. */
  static String scalar(String s) {
    boolean plain = !s.isEmpty()
        && PyYamlResolver.resolvePlain(s) == PyYamlResolver.Kind.STR
        && s.matches("[A-Za-z0-9_./][A-Za-z0-9_./:\\-]*")
        && !s.endsWith(":");
    return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<Map.Entry<String, PropertySchema>> requiredKeys(PropertySchema p) {
    return p.schema().entrySet().stream()
        .filter(e -> e.getValue().required() && e.getValue().defaultValue() == null)
        .toList();
  }

  private static Object minimum(PropertySchema p) {
    for (Constraint c : p.constraints()) {
      if (c.kind() == Constraint.Kind.RANGE
          && c.spec() instanceof Map<?, ?> m
          && m.get("min") instanceof Number n) {
        return n;
      }
    }
    return 0;
  }
}
