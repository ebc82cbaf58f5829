package io.hotdsl.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A language server run as a process and spoken to over stdio: JSON-RPC 2.0 messages framed by
 * {@code Content-Length} headers. Answers the server's {@code workspace/configuration} requests
 * from {@code settings} (by section) and its other requests with null, queues the diagnostics it
 * publishes, and waits for each request's result.
 */
final class LanguageServerProcess implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final OutputStream in;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> diagnostics = new LinkedBlockingQueue<>();
  private final Thread reader;
  private final Map<String, Object> settings;

  LanguageServerProcess(List<String> command, Map<String, Object> settings, Path log)
      throws IOException {
    this.settings = Map.copyOf(settings);
    process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    in = process.getOutputStream();
    reader = new Thread(this::readLoop, "language-server-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Sends a request and waits for its result (an error answer fails). */
  JsonNode request(String method, Object params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    ObjectNode m =
        JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    m.set("params", JSON.valueToTree(params));
    send(m);
    return f.get(60, TimeUnit.SECONDS);
  }

  void notify(String method, Object params) throws IOException {
    ObjectNode m = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
    m.set("params", JSON.valueToTree(params));
    send(m);
  }

  /** The next publishDiagnostics params, or null after {@code seconds}. */
  JsonNode nextDiagnostics(long seconds) throws InterruptedException {
    return diagnostics.poll(seconds, TimeUnit.SECONDS);
  }

  private synchronized void send(JsonNode message) throws IOException {
    byte[] body = JSON.writeValueAsBytes(message);
    in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    in.write(body);
    in.flush();
  }

  private void readLoop() {
    try (InputStream out = process.getInputStream()) {
      while (true) {
        int length = -1;
        String header;
        while (!(header = readLine(out)).isEmpty()) {
          if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(header.substring(15).trim());
          }
        }
        if (length < 0) {
          throw new IOException("a message without Content-Length");
        }
        JsonNode m = JSON.readTree(out.readNBytes(length));
        dispatch(m);
      }
    } catch (IOException | RuntimeException e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  private void dispatch(JsonNode m) throws IOException {
    if (m.has("method") && m.has("id")) {
      ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
      answer.set("id", m.get("id"));
      if (m.get("method").asText().equals("workspace/configuration")) {
        ArrayNode result = answer.putArray("result");
        m.path("params")
            .path("items")
            .forEach(
                i -> result.add(JSON.valueToTree(settings.get(i.path("section").asText()))));
      } else {
        answer.putNull("result");
      }
      send(answer);
    } else if (m.has("method")) {
      if (m.get("method").asText().equals("textDocument/publishDiagnostics")) {
        diagnostics.add(m.get("params"));
      }
    } else if (m.has("id")) {
      CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
      if (f != null) {
        if (m.has("error")) {
          f.completeExceptionally(new IOException("language server error: " + m.get("error")));
        } else {
          f.complete(m.get("result"));
        }
      }
    }
  }

  private static String readLine(InputStream s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = s.read()) != '\n') {
      if (c < 0) {
        throw new IOException("the language server closed its output");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws Exception {
    try {
      request("shutdown", null);
      notify("exit", null);
    } catch (Exception e) {
      // the process is ended below either way
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  /** The stderr log's text, for failure messages. */
  static String logText(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "";
    }
  }
}
