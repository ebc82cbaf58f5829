package io.hotdsl.lsp;

import io.hotdsl.schema.Catalog;
import java.net.URI;
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
 * The open templates: incremental sync (the editor sends the changed ranges), each version read
 * once when first needed (by a request or by the check), and diagnostics checked by {@link
 * DocumentChecks}: a change after a pause is checked {@value #QUIET_MS} ms after it arrives (the
 * changes an editor sends together are checked together), a change while the user types {@value
 * #DEBOUNCE_MS} ms after the last one.
 */
final class HotTextDocumentService implements TextDocumentService {
  static final long DEBOUNCE_MS = 200;
  static final long QUIET_MS = 10;

  /** The text of each open document as the editor last sent it. */
  private record Latest(int version, String text, long changedAt) {}

  private final Map<String, Latest> texts = new ConcurrentHashMap<>();
  /** Each open document read at its latest text (or an older one, read again when asked). */
  private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();

  /** The resource types the server knows (completion, hover, diagnostics). */
  private final Catalog catalog;

  private final DocumentChecks checks;
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "hot-lsp-diagnostics");
    t.setDaemon(true);
    return t;
  });
  private volatile LanguageClient client;
  private volatile Workspace workspace;

  HotTextDocumentService(Catalog catalog) {
    this.catalog = catalog;
    this.checks = new DocumentChecks(catalog);
    this.workspace = new Workspace(List.of(), catalog);
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  /** The editor's workspace folders (environments in them apply to the templates). */
  void workspace(Workspace w) {
    this.workspace = w;
    checks.workspace(w);
  }

  /** Files changed on disk: the workspace is read again and every open document re-checked. */
  void filesChanged() {
    workspace.invalidate();
    texts.keySet().forEach(uri -> {
      OpenDocument doc = doc(uri);
      if (doc != null) {
        checks.readDisk(doc);
        schedule(uri, 0);
      }
    });
  }

  void close() {
    checker.shutdownNow();
  }

  /** The open document at {@code uri} read at its latest text, or null when it is not open. */
  OpenDocument doc(String uri) {
    Latest t = texts.get(uri);
    if (t == null) {
      return null;
    }
    OpenDocument d = open.compute(
        uri,
        (u, prev) -> prev != null && prev.version == t.version() && prev.text.equals(t.text())
            ? prev
            : OpenDocument.of(u, t.version(), t.text(), prev));
    if (!texts.containsKey(uri)) {
      open.remove(uri); // closed meanwhile
      return null;
    }
    return d;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var d = params.getTextDocument();
    open.remove(d.getUri());
    checks.forget(d.getUri());
    texts.put(d.getUri(), new Latest(d.getVersion(), d.getText(), 0));
    OpenDocument doc = doc(d.getUri());
    if (doc != null) {
      checks.readDisk(doc);
    }
    schedule(d.getUri(), 0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
    if (changes.isEmpty()) {
      return;
    }
    long now = System.nanoTime();
    int version = params.getTextDocument().getVersion();
    Latest before = texts.get(uri);
    Latest after = texts.compute(
        uri,
        (u, prev) -> prev == null && changes.get(0).getRange() != null
            ? null // a range of a document the editor never opened: nothing to apply it to
            : new Latest(
                version, TextChanges.apply(prev == null ? "" : prev.text(), changes), now));
    if (after == null) {
      return;
    }
    boolean typing = before != null
        && before.changedAt() != 0
        && now - before.changedAt() < TimeUnit.MILLISECONDS.toNanos(DEBOUNCE_MS);
    schedule(uri, typing ? DEBOUNCE_MS : QUIET_MS);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    texts.remove(uri);
    open.remove(uri);
    checks.forget(uri);
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
    if (texts.containsKey(uri)) {
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
    OpenDocument doc = doc(uri);
    LanguageClient c = client;
    if (doc == null || c == null) {
      return;
    }
    List<Diagnostic> ds = checks.diagnostics(doc);
    if (texts.containsKey(uri)) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, ds, doc.version));
    }
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
      s = java.net.URLDecoder.decode(
          s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // keep it encoded
    }
    return s.isEmpty() || s.equals("..") || s.equals(".") ? "template.yaml" : s;
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    OpenDocument doc = doc(params.getTextDocument().getUri());
    List<CompletionItem> items =
        doc == null ? List.of() : Completions.at(doc, params.getPosition(), catalog);
    return CompletableFuture.completedFuture(Either.forLeft(items));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    OpenDocument doc = doc(params.getTextDocument().getUri());
    return CompletableFuture.completedFuture(
        doc == null ? null : Hovers.at(doc, params.getPosition(), catalog));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument doc = doc(uri);
    Navigation.Symbol s = doc == null ? null : Navigation.symbolAt(doc.index, params.getPosition());
    Range r = s == null ? null : Navigation.definition(doc.index, s);
    Location elsewhere = r != null || doc == null
        ? null
        : FileTargets.definition(doc, workspace, params.getPosition());
    List<Location> uses = r != null || elsewhere != null || doc == null
        ? List.of()
        : ParentReferences.definitions(doc, params.getPosition(), workspace, this::openText);
    return CompletableFuture.completedFuture(Either.forLeft(
        r != null ? List.of(new Location(uri, r)) : elsewhere != null ? List.of(elsewhere) : uses));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument doc = doc(uri);
    if (doc == null) {
      return CompletableFuture.completedFuture(List.of());
    }
    boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
    Navigation.Symbol s = Navigation.symbolAt(doc.index, params.getPosition());
    List<Location> out = new java.util.ArrayList<>();
    if (s != null) {
      out.addAll(Navigation.locations(uri, doc.index, s, declaration));
    }
    if (s == null || s.section().equals("parameters")) {
      List<Location> across = ParentReferences.references(
          doc, params.getPosition(), workspace, this::openText, declaration);
      if (across != null) {
        out.addAll(across);
      }
    }
    return CompletableFuture.completedFuture(out);
  }

  /** The text of the file at {@code file} as open in the editor, or null when it is not open. */
  private String openText(Path file) {
    Path f = file.toAbsolutePath().normalize();
    for (Map.Entry<String, Latest> e : texts.entrySet()) {
      Path p = path(e.getKey());
      if (p != null && p.toAbsolutePath().normalize().equals(f)) {
        return e.getValue().text();
      }
    }
    return null;
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument doc = doc(uri);
    Navigation.Symbol s = doc == null ? null : Navigation.symbolAt(doc.index, params.getPosition());
    if (s != null && !params.getNewName().matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*")) {
      return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
          ResponseErrorCode.InvalidParams,
          "a " + s.section().replaceAll("s$", "") + " name is letters, digits, _, - and . (not \""
              + params.getNewName() + "\")",
          null)));
    }
    return CompletableFuture.completedFuture(
        s == null ? null : Navigation.rename(uri, doc.index, s, params.getNewName()));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    OpenDocument doc = doc(params.getTextDocument().getUri());
    return CompletableFuture.completedFuture(
        doc == null
            ? List.of()
            : CodeActions.at(
                doc, params.getRange(), params.getContext().getDiagnostics(), catalog));
  }
}
