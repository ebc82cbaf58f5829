package io.hotdsl.lsp;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import io.hotdsl.schema.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Checks open documents as {@code hot validate} checks the file, reusing what does not change
 * while the user types:
 *
 * <ul>
 *   <li>the rest of each document's bundle (nested templates, provider templates, {@code get_file}
 *       targets, the workspace's environments that map its types) is read from disk once, when the
 *       document opens, and again only when a file is saved or changes on disk;
 *   <li>the text is read once per version ({@link OpenDocument}), and that tree is what is
 *       validated;
 *   <li>a text whose tree equals the last validated one (an edit of a comment, of spacing, of
 *       quoting that reads the same) is not validated again: the last problems are placed anew in
 *       the new text.
 * </ul>
 *
 * One result is kept per open document; closing it forgets both.
 */
final class DocumentChecks {
  /** A document's bundle from disk: the bundle, or the refusal {@code hot validate} reports. */
  record DiskBundle(String name, Bundle bundle, FileAccessException refused) {}

  /** The last validation of a document: the tree and disk bundle it was of, and its result. */
  private record Validated(
      Map<String, Object> tree, DiskBundle disk, DocumentDiagnostics.Checked checked) {}

  private final Map<String, DiskBundle> disk = new ConcurrentHashMap<>();
  private final Map<String, Validated> last = new ConcurrentHashMap<>();
  private volatile Workspace workspace;
  /** How many times the validator ran (an edit that leaves the tree as it was runs none). */
  private final java.util.concurrent.atomic.AtomicLong validations =
      new java.util.concurrent.atomic.AtomicLong();

  /** Checks against {@code catalog}'s types until a {@link #workspace} is given. */
  DocumentChecks(Catalog catalog) {
    this.workspace = new Workspace(List.of(), catalog);
  }

  void workspace(Workspace w) {
    this.workspace = w;
  }

  Workspace workspace() {
    return workspace;
  }

  /** Reads the rest of {@code doc}'s bundle from disk (on open, and after files change). */
  void readDisk(OpenDocument doc) {
    disk.put(doc.uri, readDisk(doc.uri, doc));
  }

  void forget(String uri) {
    disk.remove(uri);
    last.remove(uri);
  }

  /** How many times the validator ran. */
  long validations() {
    return validations.get();
  }

  /** The diagnostics of {@code doc} as {@code hot validate} would report its text. */
  List<Diagnostic> diagnostics(OpenDocument doc) {
    if (doc.readable && doc.tree != null && Workspace.isEnvironment(doc.tree)) {
      return EnvironmentDiagnostics.of(
          doc.tree,
          HotTextDocumentService.name(doc.uri),
          HotTextDocumentService.path(doc.uri),
          workspace,
          doc.index);
    }
    DiskBundle b = disk.getOrDefault(
        doc.uri, new DiskBundle(HotTextDocumentService.name(doc.uri), null, null));
    if (b.refused() != null) {
      return refused(doc, b);
    }
    DocumentDiagnostics.Checked checked;
    Validated v = last.get(doc.uri);
    if (doc.readable && v != null && v.disk().equals(b) && v.tree().equals(doc.tree)) {
      checked = v.checked();
    } else {
      validations.incrementAndGet();
      checked = DocumentDiagnostics.check(
          doc.text, doc.readable ? doc.tree : null, b.name(), b.bundle(), workspace.catalog());
      if (doc.readable) {
        last.put(doc.uri, new Validated(doc.tree, b, checked));
      }
    }
    return DocumentDiagnostics.diagnostics(
        checked, b.name(), doc.index, new YamlIndex.Lines(doc.text));
  }

  /** {@code hot validate} stops at a file it may not read: one line, at the reference. */
  private static List<Diagnostic> refused(OpenDocument doc, DiskBundle b) {
    FileAccessException e = b.refused();
    String m = e.getMessage();
    String own = b.name() + ": ";
    String path = e.where().startsWith(own) ? e.where().substring(own.length()) : e.where();
    Range r = e.where().startsWith(own) ? doc.index.problemRange(path) : null;
    return List.of(new Diagnostic(
        r != null ? r : new Range(new Position(0, 0), new Position(0, 0)),
        m.startsWith(e.where() + ": ") ? m.substring(e.where().length() + 2) : m,
        DiagnosticSeverity.Error,
        DocumentDiagnostics.SOURCE,
        path));
  }

  /**
   * The bundle around a file: URI's template on disk (nested templates, files it reads), with the
   * workspace's environments that map a type of the template Heat does not know, read as {@code
   * hot validate --root WORKSPACE -e ENV...} reads them (environments in path order).
   */
  private DiskBundle readDisk(String uri, OpenDocument doc) {
    Path file = HotTextDocumentService.path(uri);
    String name = HotTextDocumentService.name(uri);
    if (file == null || !Files.isRegularFile(file)) {
      return new DiskBundle(name, null, null);
    }
    name = file.getFileName().toString();
    try {
      Path root = workspace.rootOf(file);
      Set<String> unknown = unknownTypes(doc);
      List<Path> envs = root == null || unknown.isEmpty()
          ? List.of()
          : workspace.environmentsMapping(root, unknown);
      if (!envs.isEmpty()) {
        Bundle b = Bundle.read(file, envs, FileRoot.of(root));
        return new DiskBundle(b.rootPath(), b, null);
      }
      return new DiskBundle(name, Bundle.read(file, List.of()), null);
    } catch (FileAccessException e) {
      return new DiskBundle(name, null, e.where().equals("root template") ? null : e);
    } catch (RuntimeException | StackOverflowError e) {
      return new DiskBundle(name, null, null); // the root on disk is not readable: the text is
    }
  }

  /** The resource types of the document that are no Heat type and no file. */
  private Set<String> unknownTypes(OpenDocument doc) {
    Set<String> out = new TreeSet<>();
    doc.map("resources").keySet().forEach(r -> {
      String t = doc.resourceType(String.valueOf(r));
      if (t != null && t.contains("::") && Schemas.type(workspace.catalog(), t) == null) {
        out.add(t);
      }
    });
    return out;
  }
}
