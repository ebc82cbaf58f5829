package io.hotdsl.adopt;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hotdsl.openstack.CloudConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback OpenStack (HttpServer on 127.0.0.1, random port) answering with the API samples:
 * Keystone's token (catalog URLs rewritten to the loopback server, X-Subject-Token header), then
 * Nova, Neutron, Cinder and Glance bodies, with second pages for servers, key pairs and images.
 */
final class FakeCloud implements AutoCloseable {
  static final String TOKEN = "gAAAAAB-loopback-token";
  static final String PROJECT = "a6944d763bf64ee6a275f1263fae0352";

  final HttpServer server;
  final java.util.concurrent.ExecutorService pool = Executors.newCachedThreadPool();
  final String base;
  /** "METHOD path?query auth-token" of every request, in order. */
  final List<String> requests = new CopyOnWriteArrayList<>();

  final List<String> tokenBodies = new CopyOnWriteArrayList<>();
  /** Overrides by path suffix: an answer (status, body) or null to fall through. */
  final Map<String, Function<HttpExchange, Answer>> overrides = new ConcurrentHashMap<>();

  volatile String catalogDrop;

  record Answer(int status, String body) {}

  FakeCloud() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(pool);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::handle);
    server.start();
  }

  /** A clouds.yaml entry for this cloud. */
  String cloudsYaml(String name) {
    return "clouds:\n  " + name + ":\n    auth:\n      auth_url: " + base + "/identity\n"
        + "      username: admin\n      password: s3cret-pw\n      project_name: admin\n"
        + "      user_domain_name: Default\n      project_domain_name: Default\n"
        + "    region_name: RegionOne\n    interface: public\n";
  }

  CloudConfig config() {
    return new CloudConfig(
        "loopback",
        base + "/identity",
        "admin",
        null,
        "s3cret-pw",
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

  static String sample(String path) {
    try {
      return Files.readString(Samples.dir().resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String catalogToken() {
    String body = sample("identity/auth-password-project-scoped-response.json")
        .replace("http://example.com/identity", base + "/identity")
        .replace("http://23.253.248.171:8774", base + "/compute")
        .replace("http://23.253.248.171:9696", base + "/network")
        .replace("http://23.253.248.171:8776", base + "/volume")
        .replace("http://23.253.248.171:9292", base + "/image")
        .replace("http://23.253.248.171:", base + "/other");
    if (catalogDrop != null) {
      body = body.replace("\"type\": \"" + catalogDrop + "\"", "\"type\": \"gone\"");
    }
    return body;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String query = ex.getRequestURI().getQuery();
    requests.add(ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " "
        + ex.getRequestHeaders().getFirst("X-Auth-Token"));
    Answer a = null;
    for (var o : overrides.entrySet()) {
      if (path.endsWith(o.getKey())) {
        a = o.getValue().apply(ex);
      }
    }
    if (a == null) {
      a = answer(ex, path, query);
    }
    byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      ex.getResponseBody().write(bytes);
    }
    ex.close();
  }

  private Answer answer(HttpExchange ex, String path, String query) throws IOException {
    String compute = base + "/compute/v2.1/" + PROJECT;
    boolean marker = query != null && query.contains("marker=");
    if (path.equals("/identity/v3/auth/tokens") && ex.getRequestMethod().equals("POST")) {
      tokenBodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.getResponseHeaders().add("X-Subject-Token", TOKEN);
      return new Answer(201, catalogToken());
    }
    if (!TOKEN.equals(ex.getRequestHeaders().getFirst("X-Auth-Token"))) {
      return new Answer(401, "{\"error\": {\"code\": 401, \"message\": \"no token\"}}");
    }
    if (path.endsWith("/servers/detail")) {
      return new Answer(
          200,
          marker
              ? SECOND_SERVER
              : sample("compute/servers-detail.json")
                  .replace(
                      "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572",
                      compute));
    }
    if (path.endsWith("/os-keypairs")) {
      return new Answer(
          200,
          marker
              ? "{\"keypairs\": []}"
              : sample("compute/keypairs.json")
                  .replace(
                      "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572",
                      compute));
    }
    if (path.endsWith("/v2/images")) {
      return new Answer(
          200,
          marker
              ? SHARED_IMAGE
              : sample("image/images.json")
                  .replace(
                      "\"first\": \"/v2/images\"",
                      "\"first\": \"/v2/images\", \"next\": "
                          + "\"/v2/images?marker=781b3762-9469-4cec-b58d-3349e5de4e9c\""));
    }
    Map<String, String> files = Map.ofEntries(
        Map.entry("/flavors/detail", "compute/flavors-detail.json"),
        Map.entry("/os-server-groups", "compute/server-groups.json"),
        Map.entry("/os-availability-zone/detail", "compute/availability-zones-detail.json"),
        Map.entry("/v2.0/networks", "network/networks.json"),
        Map.entry("/v2.0/subnets", "network/subnets.json"),
        Map.entry("/v2.0/ports", "network/ports.json"),
        Map.entry("/v2.0/routers", "network/routers.json"),
        Map.entry("/v2.0/floatingips", "network/floatingips.json"),
        Map.entry("/v2.0/security-groups", "network/security-groups.json"),
        Map.entry("/volumes/detail", "volume/volumes-detail.json"),
        Map.entry("/attachments/detail", "volume/attachments-detail.json"),
        Map.entry(
            "/v2/images/dbc999e3-c52f-4200-bedd-3b18fe7f87fe/members", "image/image-members.json"));
    for (var e : files.entrySet()) {
      if (path.endsWith(e.getKey())) {
        return new Answer(200, sample(e.getValue()));
      }
    }
    return new Answer(404, "{\"itemNotFound\": {\"message\": \"no " + path + "\"}}");
  }

  static final String SECOND_SERVER = """
      {"servers": [{"id": "0d2b3c4e-1111-4222-8333-944455556666", "name": "web 2",
        "status": "ACTIVE", "key_name": "keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3",
        "flavor": {"original_name": "m1.small", "ram": 2048, "disk": 20, "vcpus": 1},
        "image": {"id": "1bea47ed-f6a9-463b-b423-14b9cca9ad27"},
        "addresses": {"net2": [{"addr": "10.0.0.7", "OS-EXT-IPS:type": "fixed", "version": 4}]},
        "OS-EXT-AZ:availability_zone": "nova", "metadata": {}, "security_groups": [],
        "OS-EXT-SRV-ATTR:user_data": "I2Nsb3VkLWNvbmZpZwpwYXNzd29yZDogaHVudGVyMgo="}]}
      """;

  static final String SHARED_IMAGE = """
      {"images": [{"id": "dbc999e3-c52f-4200-bedd-3b18fe7f87fe", "name": "golden",
        "status": "active", "visibility": "shared", "owner": "a6944d763bf64ee6a275f1263fae0352"}],
       "schema": "/v2/schemas/images", "first": "/v2/images"}
      """;

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
