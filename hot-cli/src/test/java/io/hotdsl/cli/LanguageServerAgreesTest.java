package io.hotdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.lsp.HotLanguageServer;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every Heat template of the corpus, the language server ({@code hot lsp}'s {@link
 * HotLanguageServer#run}, driven over JSON-RPC pipes as an editor drives it, with no workspace
 * folder) publishes exactly what {@code hot validate --json FILE} prints (default depth, the
 * template's folder as the read root): the same problems, each with the same severity, message,
 * YAML path and line and column (1-based, in code points; none where {@code hot validate} knows
 * none, which the editor shows at the start, as it shows a problem at 1:1), and a problem of
 * another file of the bundle under that file's name (the editor shows it at the start of the
 * template: its line is in the other file).
 */
class LanguageServerAgreesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static LanguageServer server;
  static PipedOutputStream toServer;
  static final LinkedBlockingQueue<PublishDiagnosticsParams> published =
      new LinkedBlockingQueue<>();

  static Stream<Path> templates() throws Exception {
    Path root =
        HotCommandLineTest.findCorpus().map(c -> c.resolve("heat-templates")).orElse(null);
    if (root == null || !Files.isDirectory(root)) {
      return Stream.of(Path.of("corpus-absent"));
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        if (Files.readString(p, StandardCharsets.UTF_8).contains("heat_template_version")) {
          out.add(p);
        }
      }
    }
    return out.stream();
  }

  @BeforeAll
  static void start() throws Exception {
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    toServer = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream toClient = new PipedOutputStream(clientIn);
    Thread t = new Thread(() -> HotLanguageServer.run(serverIn, toClient), "hot-lsp");
    t.setDaemon(true);
    t.start();
    var launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
    launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeParams params = new InitializeParams();
    params.setCapabilities(new ClientCapabilities());
    server.initialize(params).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  @AfterAll
  static void stop() throws Exception {
    server.shutdown().get(60, TimeUnit.SECONDS);
    server.exit();
    toServer.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void theEditorSeesWhatHotValidatePrints(Path template) throws Exception {
    assumeTrue(Files.isRegularFile(template), "SKIPPED: ../shared/corpus not found");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Hot.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        "validate",
        "--json",
        template.toString());
    List<String> expected = new ArrayList<>();
    for (JsonNode p : JSON.readTree(out.toString(StandardCharsets.UTF_8)).get("problems")) {
      String file = p.get("file").asText();
      String where = file.equals(template.toString())
          ? ""
          : template.getParent().relativize(Path.of(file)) + ": ";
      String position = !where.isEmpty() || !p.has("line")
          ? "-"
          : p.get("line").asInt() + ":" + p.get("column").asInt();
      expected.add(
          (position.equals("1:1") ? "-" : position) + " " + p.get("severity").asText() + " " + where
              + p.get("path").asText() + ": " + p.get("message").asText());
    }
    String text = Files.readString(template, StandardCharsets.UTF_8);
    String uri = template.toUri().toString();
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
    PublishDiagnosticsParams got = next(uri);
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<String> actual = got.getDiagnostics().stream()
        .map(d -> {
          int line = d.getRange().getStart().getLine();
          int utf16 = d.getRange().getStart().getCharacter();
          String code = d.getCode().getLeft();
          String own = code.equals(template.getFileName() + ":") ? "" : code;
          boolean elsewhere = own.contains(": ") && !own.startsWith(template.getFileName() + ": ");
          String position = elsewhere || line == 0 && utf16 == 0
              ? "-"
              : (line + 1) + ":" + (lines[line].codePointCount(0, utf16) + 1);
          return position + " " + d.getSeverity().toString().toLowerCase() + " " + own + ": "
              + d.getMessage();
        })
        .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static PublishDiagnosticsParams next(String uri) throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams p = published.poll(60, TimeUnit.SECONDS);
      assertThat(p).as("diagnostics of " + uri).isNotNull();
      if (p.getUri().equals(uri)) {
        return p;
      }
    }
  }

  private static final class Client implements LanguageClient {
    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
      published.add(p);
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
