package io.hotdsl.lsp;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.files.FileAccessException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open templates: full-text sync, diagnostics debounced by {@value #DEBOUNCE_MS} ms after a
 * change, and the requests on one document.
 */
final class HotTextDocumentService implements TextDocumentService {
  static final long DEBOUNCE_MS = 200;

  private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
  /** The rest of each document's bundle as read from disk (refreshed on open and save). */
  private final Map<String, DiskBundle> disk = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "hot-lsp-diagnostics");
        t.setDaemon(true);
        return t;
      });
  private volatile LanguageClient client;
  private volatile Workspace workspace = new Workspace(List.of());

  /** A document's bundle from disk: the bundle, or the refusal {@code hot validate} reports. */
  private record DiskBundle(String name, Bundle bundle, FileAccessException refused) {}

  void connect(LanguageClient client) {
    this.client = client;
  }

  /** The editor's workspace folders (environments in them apply to the templates). */
  void workspace(Workspace w) {
    this.workspace = w;
  }

  /** Files changed on disk: the workspace is read again and every open document re-checked. */
  void filesChanged() {
    workspace.invalidate();
    open.keySet().forEach(uri -> {
      OpenDocument doc = open.get(uri);
      if (doc != null) {
        disk.put(uri, readDisk(uri, doc));
        schedule(uri, 0);
      }
    });
  }

  void close() {
    checker.shutdownNow();
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var d = params.getTextDocument();
    OpenDocument doc = OpenDocument.of(d.getUri(), d.getVersion(), d.getText(), null);
    open.put(d.getUri(), doc);
    disk.put(d.getUri(), readDisk(d.getUri(), doc));
    schedule(d.getUri(), 0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
    if (changes.isEmpty()) {
      return;
    }
    // full sync: the last change holds the whole text
    String text = changes.get(changes.size() - 1).getText();
    open.compute(uri, (u, prev) -> OpenDocument.of(u, params.getTextDocument().getVersion(), text,
        prev));
    schedule(uri, DEBOUNCE_MS);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    open.remove(uri);
    disk.remove(uri);
    ScheduledFuture<?> f = pending.remove(uri);
    if (f != null) {
      f.cancel(false);
    }
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    if (open.containsKey(uri)) {
      // a saved file may be an environment, a provider or a get_file target of another one
      filesChanged();
    }
  }

  private void schedule(String uri, long delayMs) {
    if (checker.isShutdown()) {
      return;
    }
    pending.compute(uri, (u, prev) -> {
      if (prev != null) {
        prev.cancel(false);
      }
      return checker.schedule(() -> publish(u), delayMs, TimeUnit.MILLISECONDS);
    });
  }

  private void publish(String uri) {
    OpenDocument doc = open.get(uri);
    LanguageClient c = client;
    if (doc == null || c == null) {
      return;
    }
    c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics(doc), doc.version));
  }

  /** The diagnostics of {@code doc} as {@code hot validate} would report its text. */
  List<Diagnostic> diagnostics(OpenDocument doc) {
    if (doc.readable && doc.tree != null && Workspace.isEnvironment(doc.tree)) {
      return EnvironmentDiagnostics.of(doc.tree, name(doc.uri), path(doc.uri), workspace,
          doc.index);
    }
    DiskBundle b = disk.getOrDefault(doc.uri, new DiskBundle(name(doc.uri), null, null));
    if (b.refused() != null) {
      // hot validate stops at a file it may not read: one line, at the reference
      FileAccessException e = b.refused();
      String m = e.getMessage();
      String own = b.name() + ": ";
      String path = e.where().startsWith(own) ? e.where().substring(own.length()) : e.where();
      Range r = e.where().startsWith(own) ? doc.index.problemRange(path) : null;
      return List.of(new Diagnostic(r != null ? r : new Range(new Position(0, 0),
          new Position(0, 0)), m.startsWith(e.where() + ": ")
              ? m.substring(e.where().length() + 2) : m,
          DiagnosticSeverity.Error, DocumentDiagnostics.SOURCE, path));
    }
    return DocumentDiagnostics.of(doc.text, b.name(), b.bundle(), doc.index);
  }

  /**
   * The bundle around a file: URI's template on disk (nested templates, files it reads), with the
   * workspace's environments that map a type of the template Heat does not know, read as {@code
   * hot validate --root WORKSPACE -e ENV...} reads them (environments in path order).
   */
  private DiskBundle readDisk(String uri, OpenDocument doc) {
    Path file = path(uri);
    String name = name(uri);
    if (file == null || !Files.isRegularFile(file)) {
      return new DiskBundle(name, null, null);
    }
    name = file.getFileName().toString();
    try {
      Path root = workspace.rootOf(file);
      java.util.Set<String> unknown = unknownTypes(doc);
      List<Path> envs = root == null || unknown.isEmpty() ? List.of()
          : workspace.environmentsMapping(root, unknown);
      if (!envs.isEmpty()) {
        Bundle b = Bundle.read(file, envs, io.hotdsl.files.FileRoot.of(root));
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
  private static java.util.Set<String> unknownTypes(OpenDocument doc) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    doc.map("resources").keySet().forEach(r -> {
      String t = doc.resourceType(String.valueOf(r));
      if (t != null && t.contains("::") && Schemas.type(t) == null) {
        out.add(t);
      }
    });
    return out;
  }

  static Path path(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Path.of(u) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The bundle name of a document: its file name. */
  static String name(String uri) {
    String s = uri;
    int q = s.indexOf('?');
    if (q >= 0) {
      s = s.substring(0, q);
    }
    s = s.substring(s.lastIndexOf('/') + 1);
    try {
      s = java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // keep it encoded
    }
    return s.isEmpty() || s.equals("..") || s.equals(".") ? "template.yaml" : s;
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    OpenDocument doc = open.get(params.getTextDocument().getUri());
    List<CompletionItem> items = doc == null ? List.of()
        : Completions.at(doc, params.getPosition());
    return CompletableFuture.completedFuture(Either.forLeft(items));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    OpenDocument doc = open.get(params.getTextDocument().getUri());
    return CompletableFuture.completedFuture(doc == null ? null
        : Hovers.at(doc, params.getPosition()));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument doc = open.get(uri);
    Navigation.Symbol s = doc == null ? null : Navigation.symbolAt(doc.index, params.getPosition());
    Range r = s == null ? null : Navigation.definition(doc.index, s);
    Location elsewhere = r != null || doc == null ? null
        : FileTargets.definition(doc, workspace, params.getPosition());
    return CompletableFuture.completedFuture(Either.forLeft(r != null
        ? List.of(new Location(uri, r)) : elsewhere != null ? List.of(elsewhere) : List.of()));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument doc = open.get(uri);
    Navigation.Symbol s = doc == null ? null : Navigation.symbolAt(doc.index, params.getPosition());
    return CompletableFuture.completedFuture(s == null ? List.of()
        : Navigation.locations(uri, doc.index, s,
            params.getContext() == null || params.getContext().isIncludeDeclaration()));
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument doc = open.get(uri);
    Navigation.Symbol s = doc == null ? null : Navigation.symbolAt(doc.index, params.getPosition());
    if (s != null && !params.getNewName().matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*")) {
      return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
          ResponseErrorCode.InvalidParams, "a " + s.section().replaceAll("s$", "")
              + " name is letters, digits, _, - and . (not \"" + params.getNewName() + "\")",
          null)));
    }
    return CompletableFuture.completedFuture(s == null ? null
        : Navigation.rename(uri, doc.index, s, params.getNewName()));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    OpenDocument doc = open.get(params.getTextDocument().getUri());
    return CompletableFuture.completedFuture(doc == null ? List.of()
        : CodeActions.at(doc, params.getRange(), params.getContext().getDiagnostics()));
  }
}
