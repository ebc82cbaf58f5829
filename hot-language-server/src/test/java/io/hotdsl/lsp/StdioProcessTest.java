package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/**
 * The server as an editor starts it: a separate {@code java} process running {@link
 * HotLanguageServer#main}, spoken to over its real standard input and output.
 */
class StdioProcessTest {
  @Test
  void anEditorProcessGetsDiagnosticsAndTheServerExitsCleanly() throws Exception {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", cp, HotLanguageServer.class.getName())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      LinkedBlockingQueue<PublishDiagnosticsParams> got = new LinkedBlockingQueue<>();
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(
          new LanguageClient() {
            @Override
            public void publishDiagnostics(PublishDiagnosticsParams d) {
              got.add(d);
            }

            @Override
            public void telemetryEvent(Object object) {}

            @Override
            public void showMessage(MessageParams m) {}

            @Override
            public CompletableFuture<MessageActionItem> showMessageRequest(
                ShowMessageRequestParams r) {
              return CompletableFuture.completedFuture(null);
            }

            @Override
            public void logMessage(MessageParams m) {}
          },
          p.getInputStream(),
          p.getOutputStream());
      launcher.startListening();
      LanguageServer server = launcher.getRemoteProxy();
      InitializeParams init = new InitializeParams();
      init.setCapabilities(new ClientCapabilities());
      server.initialize(init).get(120, TimeUnit.SECONDS);
      server.initialized(new InitializedParams());
      server
          .getTextDocumentService()
          .didOpen(new DidOpenTextDocumentParams(
              new TextDocumentItem("untitled:/p.yaml", "yaml", 7, """
          heat_template_version: 2018-08-31
          resources:
            a:
              type: OS::Heat::RandomString
              properties:
                length: {get_param: missing}
          """)));
      PublishDiagnosticsParams d = got.poll(120, TimeUnit.SECONDS);
      assertThat(d).isNotNull();
      assertThat(d.getVersion()).isEqualTo(7);
      assertThat(d.getDiagnostics()).singleElement().satisfies(x -> {
        assertThat(x.getCode().getLeft()).isEqualTo("resources.a.properties.length.get_param");
        assertThat(x.getRange().getStart().getLine()).isEqualTo(5);
        assertThat(x.getRange().getStart().getCharacter()).isEqualTo(26);
      });
      server.shutdown().get(60, TimeUnit.SECONDS);
      server.exit();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    } finally {
      p.destroyForcibly();
    }
  }
}
