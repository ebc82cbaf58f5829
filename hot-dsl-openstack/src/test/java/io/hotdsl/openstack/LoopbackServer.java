package io.hotdsl.openstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A hostile (or honest) OpenStack on 127.0.0.1 only, random port, four handler threads; it stops
 * itself after a minute if a test forgets to. Records every request with the token it carried.
 */
final class LoopbackServer implements AutoCloseable {

  /** Answers one exchange; may write anything, slowly. */
  interface Handler {
    void handle(HttpExchange ex) throws IOException, InterruptedException;
  }

  static final String TOKEN = "gAAAAAB-loopback-token-7f3e";

  final HttpServer server;
  final String base;
  /** "METHOD path?query token" of every request. */
  final List<String> requests = new CopyOnWriteArrayList<>();
  /** Bodies of the requests, in order. */
  final List<String> bodies = new CopyOnWriteArrayList<>();

  final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Thread reaper;

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    server.setExecutor(pool);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::dispatch);
    server.start();
    reaper = new Thread(() -> {
      try {
        Thread.sleep(60_000);
        close();
      } catch (InterruptedException e) {
        // closed in time
      }
    });
    reaper.setDaemon(true);
    reaper.start();
  }

  /** A Keystone on this server whose catalog names {@code services} (type → URL). */
  LoopbackServer keystone(Map<String, String> services) {
    StringBuilder catalog = new StringBuilder();
    services.forEach((type, url) -> catalog
        .append(catalog.length() == 0 ? "" : ",")
        .append("{\"type\": \"")
        .append(type)
        .append("\", \"endpoints\": [")
        .append("{\"interface\": \"public\", \"region_id\": \"RegionOne\", \"url\": \"")
        .append(url)
        .append("\"}]}"));
    String body = "{\"token\": {\"project\": {\"id\": \"p1\"}, \"catalog\": [" + catalog + "]}}";
    routes.put("/identity/v3/auth/tokens", ex -> {
      ex.getResponseHeaders().add("X-Subject-Token", TOKEN);
      answer(ex, 201, body);
    });
    return this;
  }

  CloudConfig cloud(String password) {
    return new CloudConfig(
        "loop",
        base + "/identity",
        "admin",
        null,
        password,
        "admin",
        null,
        "Default",
        null,
        "Default",
        null,
        null,
        null,
        "RegionOne",
        "public");
  }

  static void answer(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Sends headers announcing {@code length} bytes, then one byte a second until closed. */
  static Handler trickle(int length) {
    return ex -> {
      ex.sendResponseHeaders(200, length);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < length; i++) {
        out.write(i == 0 ? '{' : ' ');
        out.flush();
        Thread.sleep(1000);
      }
      out.close();
    };
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String query = ex.getRequestURI().getRawQuery();
    requests.add(ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " "
        + ex.getRequestHeaders().getFirst("X-Auth-Token"));
    bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Handler h = routes.get(path);
    try {
      if (h == null) {
        answer(ex, 404, "{\"itemNotFound\": {\"message\": \"no " + path + "\"}}");
      } else {
        h.handle(ex);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away (a timeout): nothing to answer
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    reaper.interrupt();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
