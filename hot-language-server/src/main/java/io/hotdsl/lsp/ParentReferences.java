package io.hotdsl.lsp;

import io.hotdsl.files.FileRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;

/**
 * A provider template's outputs and parameters as its parents use them, across the workspace (and
 * the uses of a provider template and of a {@code get_file} target themselves): a
 * parent is a template of the workspace folder with a resource whose type is the provider's file
 * ({@code type: child.yaml}, resolved against the parent's folder) or a type a workspace
 * environment maps to it (as {@link FileTargets} resolves it). An output is used by the parent's
 * {@code get_attr: [resource, output, ...]}, a parameter by the property of that name of the
 * parent's resource. Parents are found in the workspace as last read from disk (read again on a
 * save or a watched-file change); a parent open in the editor is searched in its text as typed.
 */
final class ParentReferences {
  private ParentReferences() {}

  /** A use of the provider by a parent: the parent's file and the resource that uses it. */
  record Use(Path parent, String resource) {}

  /** The resources of the workspace's templates whose provider template is {@code child}. */
  static List<Use> uses(Path child, Workspace workspace) {
    Path root = workspace.rootOf(child);
    if (root == null) {
      return List.of();
    }
    Path target = child.toAbsolutePath().normalize();
    List<Use> out = new ArrayList<>();
    workspace.snapshot().providerTypes().forEach((parent, types) -> {
      if (parent.startsWith(root)) {
        types.forEach((resource, type) -> {
          if (target.equals(FileTargets.providerFile(parent, type, workspace, root))) {
            out.add(new Use(parent, resource));
          }
        });
      }
    });
    return out;
  }

  /**
   * Where the parents of {@code child} read its output {@code output}: the output name in each
   * {@code get_attr} of a resource whose provider is {@code child}.
   */
  static List<Location> outputUses(
      Path child, String output, Workspace workspace, Function<Path, String> text) {
    List<Location> out = new ArrayList<>();
    forEachParent(child, workspace, text, (use, index) -> {
      for (YamlIndex.Entry e : index.entries()) {
        List<String> seg = e.segments();
        int n = seg.size();
        if (n >= 2
            && seg.get(n - 2).equals("get_attr")
            && seg.get(n - 1).equals("[1]")
            && e.isScalar()
            && e.scalar().equals(output)) {
          YamlIndex.Entry first = index.get(YamlIndex.parent(e.path()) + "[0]");
          if (first != null && first.isScalar() && first.scalar().equals(use.resource())) {
            out.add(new Location(use.parent().toUri().toString(), e.inner()));
          }
        }
      }
    });
    return out;
  }

  /** Where the parents of {@code child} set its parameter {@code parameter}: the property keys. */
  static List<Location> parameterUses(
      Path child, String parameter, Workspace workspace, Function<Path, String> text) {
    List<Location> out = new ArrayList<>();
    forEachParent(child, workspace, text, (use, index) -> {
      Range r = index.keyRange("resources." + use.resource() + ".properties." + parameter);
      if (r != null) {
        out.add(new Location(use.parent().toUri().toString(), r));
      }
    });
    return out;
  }

  /**
   * The references across files at {@code pos} of {@code doc}, or null when the cursor is on
   * none: on an output's name (its declaration and the parents' uses), on a parent's {@code
   * get_attr} of a provider's output (the same, from the provider's declaration), on a parameter
   * declaration (the parents' property keys; the template's own {@code get_param}s are {@link
   * Navigation}'s), on a parent's property of a provider resource (the provider's declaration, its
   * {@code get_param}s and every parent's property key), on a resource's {@code type} naming a
   * provider template (the file and every resource of the workspace it is the provider of), on
   * a {@code get_file} argument (the file and every {@code get_file} of the workspace reading it).
   */
  static List<Location> references(
      OpenDocument doc,
      org.eclipse.lsp4j.Position pos,
      Workspace workspace,
      Function<Path, String> text,
      boolean declaration) {
    Path file = HotTextDocumentService.path(doc.uri);
    YamlIndex.Hit hit = doc.index.at(pos);
    if (file == null || hit == null) {
      return null;
    }
    List<String> seg = hit.entry().segments();
    int n = seg.size();
    if (hit.onKey() && n == 2 && seg.get(0).equals("outputs")) {
      return output(doc.uri, file, hit.entry().key(), seg.get(1), workspace, text, declaration);
    }
    if (hit.onKey() && n == 2 && seg.get(0).equals("parameters")) {
      return parameterUses(file, seg.get(1), workspace, text);
    }
    if (!hit.onKey() && hit.entry().isScalar()) {
      String value = hit.entry().scalar();
      Path root = workspace.rootOf(file);
      if (n == 3 && seg.get(0).equals("resources") && seg.get(2).equals("type") && root != null) {
        Path child = FileTargets.providerFile(file, value, workspace, root);
        if (child != null) {
          return providerUses(child, workspace, text, declaration);
        }
      }
      if (seg.get(n - 1).equals("get_file") && root != null) {
        Path target = FileTargets.getFileTarget(file, value, root);
        if (target != null) {
          return getFileUses(target, workspace, text, declaration);
        }
      }
    }
    boolean attr = !hit.onKey()
        && hit.entry().isScalar()
        && n >= 2
        && seg.get(n - 2).equals("get_attr")
        && seg.get(n - 1).equals("[1]");
    boolean property =
        hit.onKey() && n == 4 && seg.get(0).equals("resources") && seg.get(2).equals("properties");
    if (!attr && !property) {
      return null;
    }
    Location decl = FileTargets.definition(doc, workspace, pos);
    Path child = decl == null ? null : HotTextDocumentService.path(decl.getUri());
    if (child == null) {
      return null;
    }
    if (attr) {
      return output(
          decl.getUri(),
          child,
          decl.getRange(),
          hit.entry().scalar(),
          workspace,
          text,
          declaration);
    }
    List<Location> out = new ArrayList<>();
    if (declaration) {
      out.add(decl);
    }
    String childText = text.apply(child);
    YamlIndex childIndex =
        childText != null ? YamlIndex.of(childText) : index(child, workspace, text);
    Navigation.references(childIndex, new Navigation.Symbol("parameters", seg.get(3)))
        .forEach(r -> out.add(new Location(decl.getUri(), r)));
    out.addAll(parameterUses(child, seg.get(3), workspace, text));
    return out;
  }

  /**
   * Go to definition on an output's name: an output has no definition but itself, so it leads to
   * where the parents use it (empty when none does, or the cursor is elsewhere).
   */
  static List<Location> definitions(
      OpenDocument doc,
      org.eclipse.lsp4j.Position pos,
      Workspace workspace,
      Function<Path, String> text) {
    Path file = HotTextDocumentService.path(doc.uri);
    YamlIndex.Hit hit = doc.index.at(pos);
    if (file == null
        || hit == null
        || !hit.onKey()
        || hit.entry().segments().size() != 2
        || !hit.entry().segments().get(0).equals("outputs")) {
      return List.of();
    }
    return outputUses(file, hit.entry().segments().get(1), workspace, text);
  }

  /**
   * The resources of the workspace whose provider template is {@code child} (their {@code type}
   * values), after the file itself when {@code declaration}.
   */
  static List<Location> providerUses(
      Path child, Workspace workspace, Function<Path, String> text, boolean declaration) {
    List<Location> out = new ArrayList<>();
    if (declaration) {
      out.add(new Location(child.toUri().toString(), start()));
    }
    forEachParent(child, workspace, text, (use, index) -> {
      YamlIndex.Entry e = index.get("resources." + use.resource() + ".type");
      if (e != null && e.isScalar()) {
        out.add(new Location(use.parent().toUri().toString(), e.inner()));
      }
    });
    return out;
  }

  /**
   * The {@code get_file}s of the workspace's templates that read {@code target} (each resolved
   * against its template's folder), after the file itself when {@code declaration}.
   */
  static List<Location> getFileUses(
      Path target, Workspace workspace, Function<Path, String> text, boolean declaration) {
    List<Location> out = new ArrayList<>();
    if (declaration) {
      out.add(new Location(target.toUri().toString(), start()));
    }
    Path root = workspace.rootOf(target);
    if (root == null) {
      return out;
    }
    workspace.snapshot().getFiles().forEach((template, refs) -> {
      if (!template.startsWith(root)) {
        return;
      }
      java.util.Set<String> reading = new java.util.HashSet<>();
      refs.forEach(r -> {
        if (target.equals(FileTargets.getFileTarget(template, r, root))) {
          reading.add(r);
        }
      });
      if (reading.isEmpty()) {
        return;
      }
      for (YamlIndex.Entry e : index(template, workspace, text).entries()) {
        List<String> seg = e.segments();
        if (e.isScalar()
            && seg.get(seg.size() - 1).equals("get_file")
            && reading.contains(e.scalar())) {
          out.add(new Location(template.toUri().toString(), e.inner()));
        }
      }
    });
    return out;
  }

  private static Range start() {
    return new Range(new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 0));
  }

  /** An output's declaration (when asked) and its uses in the parents. */
  private static List<Location> output(
      String uri,
      Path child,
      Range key,
      String output,
      Workspace workspace,
      Function<Path, String> text,
      boolean declaration) {
    List<Location> out = new ArrayList<>();
    if (declaration) {
      out.add(new Location(uri, key));
    }
    out.addAll(outputUses(child, output, workspace, text));
    return out;
  }

  private interface ParentVisitor {
    void visit(Use use, YamlIndex index);
  }

  private static void forEachParent(
      Path child, Workspace workspace, Function<Path, String> text, ParentVisitor visitor) {
    Map<Path, YamlIndex> indexes = new java.util.HashMap<>();
    for (Use use : uses(child, workspace)) {
      YamlIndex index = indexes.computeIfAbsent(use.parent(), p -> index(p, workspace, text));
      visitor.visit(use, index);
    }
  }

  private static YamlIndex index(Path parent, Workspace workspace, Function<Path, String> text) {
    String t = text.apply(parent);
    if (t == null) {
      try {
        t = FileRoot.of(workspace.rootOf(parent)).read(parent, parent.toString());
      } catch (RuntimeException e) {
        return YamlIndex.EMPTY; // gone or refused since the workspace was read
      }
    }
    return YamlIndex.of(t);
  }
}
