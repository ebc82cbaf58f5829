package io.hotdsl.lsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Go to definition, find references and rename for resources ({@code get_resource}, {@code
 * depends_on}, {@code get_attr}'s first item), parameters ({@code get_param}, its first item) and
 * conditions ({@code condition:}, {@code if}, {@code and}, {@code or}, {@code not}), within one
 * template. Definitions in other files: {@link FileTargets}.
 */
final class Navigation {
  /** A resource, a parameter or a condition, by name. */
  record Symbol(String section, String name) {
    String declarationPath() {
      return section + "." + name;
    }
  }

  private Navigation() {}

  /** The symbol at {@code pos}: on its declaration's key or on a reference to it; or null. */
  static Symbol symbolAt(YamlIndex index, Position pos) {
    YamlIndex.Hit hit = index.at(pos);
    if (hit == null) {
      return null;
    }
    List<String> seg = hit.entry().segments();
    if (hit.onKey()
        && seg.size() == 2
        && (seg.get(0).equals("resources")
            || seg.get(0).equals("parameters")
            || seg.get(0).equals("conditions"))) {
      return new Symbol(seg.get(0), seg.get(1));
    }
    if (hit.onKey() || !hit.entry().isScalar()) {
      return null;
    }
    String section = referenceSection(seg);
    return section == null ? null : new Symbol(section, hit.entry().scalar());
  }

  /**
   * "resources", "parameters" or "conditions" when a scalar at {@code seg} names one, else null. A
   * condition is named by a resource's or an output's {@code condition}, the first item of {@code
   * if}, an item of {@code and}/{@code or} and the argument of {@code not}.
   */
  static String referenceSection(List<String> seg) {
    int n = seg.size();
    String last = seg.get(n - 1);
    String before = n >= 2 ? seg.get(n - 2) : "";
    if (n == 3
            && last.equals("condition")
            && (seg.get(0).equals("resources") || seg.get(0).equals("outputs"))
        || before.equals("if") && last.equals("[0]")
        || last.equals("not")
        || (before.equals("and") || before.equals("or")) && last.startsWith("[")) {
      return "conditions";
    }
    if (last.equals("get_resource")
        || last.equals("depends_on")
        || before.equals("depends_on") && last.startsWith("[")
        || before.equals("get_attr") && last.equals("[0]")) {
      return "resources";
    }
    if (last.equals("get_param") || before.equals("get_param") && last.equals("[0]")) {
      return "parameters";
    }
    return null;
  }

  /** Where {@code s} is declared, or null. */
  static Range definition(YamlIndex index, Symbol s) {
    YamlIndex.Entry e = index.get(s.declarationPath());
    return e == null ? null : e.key();
  }

  /** The ranges of every reference to {@code s} (scalar text without quotes). */
  static List<Range> references(YamlIndex index, Symbol s) {
    List<Range> out = new ArrayList<>();
    for (YamlIndex.Entry e : index.entries()) {
      if (e.isScalar()
          && e.scalar().equals(s.name())
          && s.section().equals(referenceSection(e.segments()))) {
        out.add(e.inner());
      }
    }
    return out;
  }

  static List<Location> locations(String uri, YamlIndex index, Symbol s, boolean declaration) {
    List<Location> out = new ArrayList<>();
    Range def = definition(index, s);
    if (declaration && def != null) {
      out.add(new Location(uri, def));
    }
    references(index, s).forEach(r -> out.add(new Location(uri, r)));
    return out;
  }

  /** The edit renaming {@code s} to {@code newName}: its declaration's key and every reference. */
  static WorkspaceEdit rename(String uri, YamlIndex index, Symbol s, String newName) {
    List<TextEdit> edits = new ArrayList<>();
    YamlIndex.Entry decl = index.get(s.declarationPath());
    if (decl != null) {
      edits.add(new TextEdit(keyInner(decl.key(), s.name()), newName));
    }
    references(index, s).forEach(r -> edits.add(new TextEdit(r, newName)));
    Map<String, List<TextEdit>> changes = new HashMap<>();
    changes.put(uri, edits);
    return new WorkspaceEdit(changes);
  }

  /** A key's range without quotes: a quoted key is two characters longer than its name. */
  private static Range keyInner(Range key, String name) {
    Position s = key.getStart();
    Position e = key.getEnd();
    if (s.getLine() == e.getLine() && e.getCharacter() - s.getCharacter() == name.length() + 2) {
      return new Range(
          new Position(s.getLine(), s.getCharacter() + 1),
          new Position(e.getLine(), e.getCharacter() - 1));
    }
    return key;
  }
}
