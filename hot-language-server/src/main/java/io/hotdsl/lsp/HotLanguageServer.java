package io.hotdsl.lsp;

import io.hotdsl.schema.Catalog;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * A Language Server Protocol server for HOT templates: the diagnostics of {@code hot validate} at
 * the line and column of each bad value, completion, hover, go to definition, find references and
 * rename. Run it over stdio with {@link #main} ({@code hot lsp}).
 */
public final class HotLanguageServer implements LanguageServer, LanguageClientAware {
  private final Catalog catalog;
  private final HotTextDocumentService documents;
  private final WorkspaceService workspace;
  private int exitCode = 1;
  private volatile java.util.concurrent.Future<Void> listening;

  /** A server of the standard types ({@link Catalog#standard()}), not yet connected. */
  public HotLanguageServer() {
    this(Catalog.standard());
  }

  /**
   * A server of {@code catalog}'s resource types (the standard ones plus a user's, say), not yet
   * connected: completion, hover and diagnostics all read this one catalog.
   */
  public HotLanguageServer(Catalog catalog) {
    this.catalog = java.util.Objects.requireNonNull(catalog, "catalog");
    this.documents = new HotTextDocumentService(catalog);
    this.workspace = new HotWorkspaceService(documents);
  }

  /** Serves the editor on standard input and output until it disconnects or says exit. */
  public static void main(String[] args) {
    System.exit(run(System.in, System.out));
  }

  /**
   * Serves one client on {@code in} and {@code out} (JSON-RPC with LSP's headers) and returns
   * the exit status when the client disconnects or sends {@code exit}: 0 after a {@code shutdown},
   * 1 otherwise.
   */
  public static int run(InputStream in, OutputStream out) {
    HotLanguageServer server = new HotLanguageServer();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    server.listening = launcher.startListening();
    try {
      server.listening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // the stream closed or broke: the client is gone
    } catch (java.util.concurrent.CancellationException e) {
      // exit
    }
    server.documents.close();
    return server.exitCode;
  }

  @Override
  public void connect(LanguageClient client) {
    documents.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    List<String> folders = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      params.getWorkspaceFolders().forEach(f -> folders.add(f.getUri()));
    }
    if (folders.isEmpty() && params.getRootUri() != null) {
      folders.add(params.getRootUri());
    }
    documents.workspace(Workspace.of(folders, catalog));
    ServerCapabilities c = new ServerCapabilities();
    c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
    c.setCompletionProvider(
        new CompletionOptions(false, java.util.List.of(":", " ", "[", ",", "{")));
    c.setHoverProvider(true);
    c.setDefinitionProvider(true);
    c.setReferencesProvider(true);
    c.setRenameProvider(true);
    c.setCodeActionProvider(true);
    return CompletableFuture.completedFuture(
        new InitializeResult(c, new ServerInfo("hot-language-server", "0.1.0-SNAPSHOT")));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    exitCode = 0;
    documents.close();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    documents.close();
    if (listening != null) {
      listening.cancel(true);
    }
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }
}
