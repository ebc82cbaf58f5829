package io.hotdsl.lsp;

import io.hotdsl.environment.Environment;
import io.hotdsl.files.FileRoot;
import io.hotdsl.model.TemplateTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Go to definition into other files: a {@code get_file} target and a provider template ({@code
 * type: server.yaml}, or a type a workspace environment maps to a file) open at their start; a
 * registry entry of an environment opens its file; {@code get_attr}'s attribute of a provider
 * resource jumps to the provider's output, a property of a provider resource to its parameter.
 * Files resolve as heatclient resolves them (against the referring file's folder) under the
 * project's read policy ({@link FileRoot}: inside the workspace folder, or the document's folder
 * when it is in none); a target that is absent or refused has no definition.
 */
final class FileTargets {
  private FileTargets() {}

  static Location definition(OpenDocument doc, Workspace workspace, Position pos) {
    Path file = HotTextDocumentService.path(doc.uri);
    YamlIndex.Hit hit = doc.index.at(pos);
    if (file == null || hit == null) {
      return null;
    }
    Path root = workspace.rootOf(file);
    FileRoot fr = FileRoot.of(root != null ? root : file.toAbsolutePath().getParent());
    List<String> seg = hit.entry().segments();
    int n = seg.size();
    String value = hit.entry().scalar();
    if (!hit.onKey() && value != null) {
      if (seg.get(n - 1).equals("get_file")) {
        return start(fr, file, value);
      }
      if (n == 3 && seg.get(0).equals("resources") && seg.get(2).equals("type")) {
        Target t = provider(fr, file, value, workspace, root);
        return t == null ? null : new Location(t.file.toUri().toString(), zero());
      }
      if (seg.get(0).equals("resource_registry")
          && Workspace.isEnvironment(doc.tree)
          && !value.contains("::")
          && !value.contains("://")) {
        return start(fr, file, value);
      }
      if (n >= 2 && seg.get(n - 2).equals("get_attr") && seg.get(n - 1).equals("[1]")) {
        YamlIndex.Entry first = doc.index.get(YamlIndex.parent(hit.entry().path()) + "[0]");
        String resource = first != null && first.isScalar() ? first.scalar() : null;
        return inProvider(doc, fr, file, workspace, root, resource, "outputs." + value);
      }
    }
    if (hit.onKey()
        && n == 4
        && seg.get(0).equals("resources")
        && seg.get(2).equals("properties")) {
      return inProvider(doc, fr, file, workspace, root, seg.get(1), "parameters." + seg.get(3));
    }
    return null;
  }

  /** A provider template file with the root its references resolve under. */
  private record Target(Path file) {}

  /** The key at {@code path} in the provider template of {@code resource}, or null. */
  private static Location inProvider(
      OpenDocument doc,
      FileRoot fr,
      Path file,
      Workspace workspace,
      Path root,
      String resource,
      String path) {
    String type = resource == null ? null : doc.resourceType(resource);
    Target t = type == null ? null : provider(fr, file, type, workspace, root);
    if (t == null) {
      return null;
    }
    try {
      Range r = YamlIndex.of(fr.read(t.file, path)).keyRange(path);
      return r == null ? null : new Location(t.file.toUri().toString(), r);
    } catch (RuntimeException e) {
      return null; // not readable: no definition
    }
  }

  /**
   * The file {@code get_file: ref} of template {@code file} reads (absolute and normalized), or
   * null when it is absent or refused; {@code root} is the workspace folder holding the file
   * (null: the file's folder is the read root).
   */
  static Path getFileTarget(Path file, String ref, Path root) {
    try {
      Path p =
          resolve(FileRoot.of(root != null ? root : file.toAbsolutePath().getParent()), file, ref);
      return p == null ? null : p.toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The provider template file of a resource of type {@code type} in template {@code file}
   * (absolute and normalized), or null; {@code root} is the workspace folder holding the file.
   */
  static Path providerFile(Path file, String type, Workspace workspace, Path root) {
    try {
      Target t = provider(FileRoot.of(root), file, type, workspace, root);
      return t == null ? null : t.file.toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The provider template of {@code type}: a file name ({@code server.yaml}), or a type a
   * workspace environment maps to a file (resolved against that environment's folder).
   */
  private static Target provider(
      FileRoot fr, Path file, String type, Workspace workspace, Path root) {
    if (TemplateTypes.isTemplateFile(type)) {
      Path p = resolve(fr, file, type);
      return p == null ? null : new Target(p);
    }
    if (root == null || !type.contains("::") || Schemas.type(workspace.catalog(), type) != null) {
      return null;
    }
    Target found = null;
    for (Path envPath : workspace.environmentsMapping(root, Set.of(type))) {
      Environment env = workspace.snapshot().environments().get(envPath);
      String target = env == null ? null : env.resourceRegistry().lookup(type, List.of());
      if (target != null && !target.contains("::") && !target.contains("://")) {
        Path p = resolve(fr, envPath, target);
        found = p == null ? found : new Target(p); // the last environment wins, as with -e
      }
    }
    return found;
  }

  private static Location start(FileRoot fr, Path from, String ref) {
    Path p = resolve(fr, from, ref);
    return p == null ? null : new Location(p.toUri().toString(), zero());
  }

  private static Path resolve(FileRoot fr, Path from, String ref) {
    if (ref.contains("://")) {
      return null;
    }
    try {
      Path p = fr.resolve(from, ref, "definition");
      return Files.isRegularFile(p) && p.toRealPath().startsWith(fr.dir().toRealPath()) ? p : null;
    } catch (java.io.IOException | RuntimeException e) { // refused (FileAccessException) or gone
      return null;
    }
  }

  private static Range zero() {
    return new Range(new Position(0, 0), new Position(0, 0));
  }
}
