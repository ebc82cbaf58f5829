package io.hotdsl.heat.testing;

import io.hotdsl.heat.oracle.HeatOracle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * OpenStack Heat 19's own REST API and engine, running on loopback: {@code heat-all} from
 * Debian's {@code python3-heat}, configured the way a test needs it.
 *
 * <ul>
 *   <li>{@code [paste_deploy] flavor = noauth}: Heat's own no-Keystone pipeline. Requests name
 *       their user and project with {@code X-Auth-User} / {@code X-Auth-Project}; both default
 *       to {@code admin}, which is also the project id in URLs ({@code /v1/admin/stacks}).
 *   <li>{@code [noauth] token_response}: a Keystone token whose catalog lists the usual services,
 *       so that Heat does not refuse types whose service is missing. Every endpoint but
 *       orchestration points at a closed loopback port: a plugin that really calls a service
 *       fails at once instead of reaching another host.
 *   <li>{@code [database] connection = sqlite:///…} after {@code heat-manage db_sync};
 *       {@code transport_url = fake:/} (in-process messaging); {@code deferred_auth_method =
 *       password} (nested stacks need it without Keystone); {@code enable_stack_adopt} and {@code enable_stack_abandon};
 *       heat-common's global environment ({@code /etc/heat/environment.d}).
 *   <li>The engine: {@link Engine#LEGACY} unless asked otherwise. Both are Heat's own code and
 *       decide the same things (validation, update or replace, events, outputs); they differ in
 *       how the work is scheduled. The legacy engine runs a stack action in one green thread;
 *       convergence sends one message per resource through the in-process transport, which here
 *       costs about a second per dependency level, and on a loaded two-core CI machine one of
 *       its updates over sqlite was seen to stay {@code UPDATE_IN_PROGRESS} for good.
 *   <li>The sqlite database in write-ahead-log mode, so that the API's reads do not wait for
 *       the engine's writes.
 * </ul>
 *
 * <p>Everything lives in a fresh temporary folder that {@link #close()} removes. Under the
 * convergence engine, sqlite was seen to lose a stack under several parallel clients and after
 * updates through a provider template; on the legacy engine several stacks at once and repeated
 * provider updates complete (the deploy module's tests do both). Give each test its own stack
 * names.
 */
public final class LocalHeat implements AutoCloseable {
  /** The project (and user) that the noauth pipeline assumes when a request names none. */
  public static final String PROJECT = "admin";

  private static final Path HEAT_ALL = Path.of("/usr/bin/heat-all");
  private static final Path PYTHON = Path.of(HeatOracle.PYTHON);
  private static final Path HEAT_MANAGE = Path.of("/usr/bin/heat-manage");
  private static final Path API_PASTE = Path.of("/etc/heat/api-paste.ini");
  private static final Path GLOBAL_ENVIRONMENT = Path.of("/etc/heat/environment.d");
  private static final Duration START_DEADLINE = Duration.ofSeconds(120);
  /** A loopback port nothing listens on (discard): service calls fail at once, locally. */
  private static final String CLOSED = "http://127.0.0.1:9";

  private static final List<String[]> SERVICES = List.of(
      new String[] {"compute", "nova", CLOSED + "/v2.1"},
      new String[] {"network", "neutron", CLOSED},
      new String[] {"image", "glance", CLOSED},
      new String[] {"volumev3", "cinderv3", CLOSED + "/v3/admin"},
      new String[] {"block-storage", "cinder", CLOSED + "/v3/admin"},
      new String[] {"object-store", "swift", CLOSED + "/v1/AUTH_admin"},
      new String[] {"identity", "keystone", CLOSED + "/v3"},
      new String[] {"alarming", "aodh", CLOSED},
      new String[] {"load-balancer", "octavia", CLOSED},
      new String[] {"dns", "designate", CLOSED},
      new String[] {"key-manager", "barbican", CLOSED},
      new String[] {"database", "trove", CLOSED + "/v1.0/admin"},
      new String[] {"workflowv2", "mistral", CLOSED + "/v2"},
      new String[] {"messaging", "zaqar", CLOSED},
      new String[] {"shared-file-system", "manila", CLOSED + "/v2"},
      new String[] {"container-infra", "magnum", CLOSED + "/v1"},
      new String[] {"clustering", "senlin", CLOSED},
      new String[] {"baremetal", "ironic", CLOSED},
      new String[] {"placement", "placement", CLOSED},
      new String[] {"cloudformation", "heat-cfn", CLOSED + "/v1"});

  private final Path dir;
  private final Process process;
  private final URI endpoint;

  private LocalHeat(Path dir, Process process, URI endpoint) {
    this.dir = dir;
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Whether Debian's Heat (python3-heat and heat-common) is installed on this machine. */
  public static boolean available() {
    return Files.isExecutable(HEAT_ALL)
        && Files.isExecutable(HEAT_MANAGE)
        && Files.isRegularFile(API_PASTE);
  }

  /** How the engine schedules a stack action's resources ({@code [DEFAULT] convergence_engine}). */
  public enum Engine {
    /** One green thread per stack action (convergence_engine = false): fast and deterministic. */
    LEGACY,
    /** Heat's default in production: one message per resource, traversals in the database. */
    CONVERGENCE
  }

  /** {@link #start(Engine)} with the {@link Engine#LEGACY legacy} engine. */
  public static LocalHeat start() {
    return start(Engine.LEGACY);
  }

  /**
   * Creates the database and starts the engine; returns once the API answers.
   *
   * @throws IllegalStateException when Heat is not installed, or does not come up (the message
   *     carries the end of its log)
   */
  public static LocalHeat start(Engine engine) {
    if (!available()) {
      throw new IllegalStateException("Heat is not installed (" + HEAT_ALL + "): "
          + "apt-get install -y python3-heat heat-common");
    }
    try {
      Path dir = Files.createTempDirectory("local-heat");
      int port = freePort();
      URI endpoint = URI.create("http://127.0.0.1:" + port + "/v1/" + PROJECT);
      Files.writeString(dir.resolve("token.json"), token(endpoint), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("heat.conf"), config(dir, port, engine), StandardCharsets.UTF_8);
      run(
          dir,
          List.of(HEAT_MANAGE.toString(), "--config-file", "heat.conf", "db_sync"),
          "db_sync.log");
      run(
          dir,
          List.of(
              PYTHON.toString(),
              "-c",
              "import sqlite3, sys; "
                  + "sqlite3.connect(sys.argv[1]).execute('PRAGMA journal_mode=WAL').fetchall()",
              dir.resolve("heat.sqlite").toString()),
          "wal.log");
      Process p = new ProcessBuilder(HEAT_ALL.toString(), "--config-file", "heat.conf")
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("heat-all.out").toFile())
          .start();
      LocalHeat heat = new LocalHeat(dir, p, endpoint);
      heat.awaitReady();
      return heat;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start heat-all", e);
    }
  }

  /** The orchestration endpoint, project included: {@code http://127.0.0.1:PORT/v1/admin}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The engine's log file, for a test that wants to show why something failed. */
  public Path log() {
    return dir.resolve("heat.log");
  }

  /** The last {@code lines} lines of the engine's log and console output. */
  public String logTail(int lines) {
    return tail(dir.resolve("heat-all.out"), lines) + tail(log(), lines);
  }

  /** Stops the engine (its child processes too) and removes its folder. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing a test run for
    }
  }

  private void awaitReady() {
    HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ping = HttpRequest.newBuilder(URI.create(endpoint + "/stacks"))
        .timeout(Duration.ofSeconds(5))
        .header("X-Auth-User", PROJECT)
        .GET()
        .build();
    long deadline = System.nanoTime() + START_DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String tail = logTail(30);
        close();
        throw new IllegalStateException(
            "heat-all exited with " + process.exitValue() + " before answering:\n" + tail);
      }
      try {
        if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep(200);
    }
    String tail = logTail(30);
    close();
    throw new IllegalStateException(
        "heat-all did not answer within " + START_DEADLINE.toSeconds() + " s:\n" + tail);
  }

  private static void run(Path dir, List<String> command, String logName) throws IOException {
    Path log = dir.resolve(logName);
    Process p = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      if (!p.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + tail(log, 30));
    }
  }

  static String config(Path dir, int port, Engine engine) {
    return String.join(
        "\n",
        "[DEFAULT]",
        "convergence_engine = " + (engine == Engine.CONVERGENCE),
        "transport_url = fake:/",
        "deferred_auth_method = password",
        "enable_stack_adopt = true",
        "enable_stack_abandon = true",
        "num_engine_workers = 1",
        "host = local-heat",
        "log_file = " + dir.resolve("heat.log"),
        "environment_dir = " + GLOBAL_ENVIRONMENT,
        "template_dir = /etc/heat/templates",
        "",
        "[heat_all]",
        "enabled_services = engine,api",
        "",
        "[heat_api]",
        "bind_host = 127.0.0.1",
        "bind_port = " + port,
        "workers = 1",
        "",
        "[paste_deploy]",
        "flavor = noauth",
        "api_paste_config = " + API_PASTE,
        "",
        "[database]",
        "connection = sqlite:///" + dir.resolve("heat.sqlite"),
        "",
        "[noauth]",
        "token_response = " + dir.resolve("token.json"),
        "");
  }

  static String token(URI orchestration) {
    StringBuilder catalog = new StringBuilder();
    catalog.append(service("orchestration", "heat", orchestration.toString()));
    for (String[] s : SERVICES) {
      catalog.append(",\n").append(service(s[0], s[1], s[2]));
    }
    String domain = "{\"id\": \"default\", \"name\": \"Default\"}";
    return "{\"token\": {\n\"catalog\": [\n" + catalog + "],\n"
        + "\"project\": {\"id\": \"" + PROJECT + "\", \"name\": \"" + PROJECT
        + "\", \"domain\": " + domain + "},\n"
        + "\"user\": {\"id\": \"" + PROJECT + "\", \"name\": \"" + PROJECT
        + "\", \"domain\": " + domain + "},\n"
        + "\"roles\": [{\"id\": \"admin\", \"name\": \"admin\"}],\n"
        + "\"expires_at\": \"2099-01-01T00:00:00.000000Z\"}}\n";
  }

  private static String service(String type, String name, String url) {
    return "{\"type\": \"" + type + "\", \"name\": \"" + name + "\", \"endpoints\": ["
        + "{\"interface\": \"public\", \"region\": \"RegionOne\", \"region_id\": \"RegionOne\","
        + " \"url\": \"" + url + "\"}]}";
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
