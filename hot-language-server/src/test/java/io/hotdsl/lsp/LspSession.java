package io.hotdsl.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor talking to the server as a real one does: JSON-RPC with LSP headers over a pair of
 * pipes, the server running {@link HotLanguageServer#run} on its own thread.
 */
final class LspSession implements AutoCloseable {
  /** How long to wait for a notification before the test fails (a bound, not a measurement). */
  private static final long WAIT_SECONDS = 60;

  final LanguageServer server;
  final InitializeResult initialized;
  private final LinkedBlockingQueue<PublishDiagnosticsParams> diagnostics =
      new LinkedBlockingQueue<>();
  private final Thread serverThread;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final PipedOutputStream toServer;

  LspSession() {
    this(null);
  }

  /** A session whose editor names {@code workspaceFolder} (a file URI; null for none). */
  LspSession(String workspaceFolder) {
    try {
      PipedInputStream serverIn = new PipedInputStream(1 << 16);
      toServer = new PipedOutputStream(serverIn);
      PipedInputStream clientIn = new PipedInputStream(1 << 16);
      PipedOutputStream toClient = new PipedOutputStream(clientIn);
      serverThread =
          new Thread(() -> exit.complete(HotLanguageServer.run(serverIn, toClient)), "lsp-server");
      serverThread.setDaemon(true);
      serverThread.start();
      Launcher<LanguageServer> launcher =
          LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
      launcher.startListening();
      server = launcher.getRemoteProxy();
      InitializeParams params = new InitializeParams();
      params.setCapabilities(new ClientCapabilities());
      if (workspaceFolder != null) {
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspaceFolder, "workspace")));
      }
      initialized = server.initialize(params).get(WAIT_SECONDS, TimeUnit.SECONDS);
      server.initialized(new InitializedParams());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void open(String uri, String text) {
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
  }

  void change(String uri, int version, String text) {
    server
        .getTextDocumentService()
        .didChange(new DidChangeTextDocumentParams(
            new VersionedTextDocumentIdentifier(uri, version),
            List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** An incremental change: {@code range} (0-based lines and UTF-16 columns) becomes {@code text}. */
  void edit(String uri, int version, org.eclipse.lsp4j.Range range, String text) {
    server
        .getTextDocumentService()
        .didChange(new DidChangeTextDocumentParams(
            new VersionedTextDocumentIdentifier(uri, version),
            List.of(new TextDocumentContentChangeEvent(range, text))));
  }

  /** The next diagnostics published for {@code uri} at {@code version} (older ones skipped). */
  PublishDiagnosticsParams diagnostics(String uri, int version) {
    List<PublishDiagnosticsParams> others = new ArrayList<>();
    try {
      while (true) {
        PublishDiagnosticsParams p = diagnostics.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (p == null) {
          throw new AssertionError(
              "no diagnostics for " + uri + " version " + version + " (got " + others + ")");
        }
        if (p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version) {
          return p;
        }
        others.add(p);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Sends shutdown and exit; returns the server's exit status. */
  int shutdown() throws Exception {
    server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
    server.exit();
    return exit.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    toServer.close();
  }

  private final class Client implements LanguageClient {
    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
      diagnostics.add(p);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
