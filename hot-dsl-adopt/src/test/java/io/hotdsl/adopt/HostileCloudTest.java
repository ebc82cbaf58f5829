package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code hot adopt} against a loopback cloud that lies, stalls, redirects and echoes secrets. */
class HostileCloudTest {

  /** Another origin (127.0.0.1, another port) that records what reaches it. */
  static final class Elsewhere implements AutoCloseable {
    final HttpServer server;
    final String base;
    final List<String> received = new CopyOnWriteArrayList<>();

    Elsewhere() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
      base = "http://127.0.0.1:" + server.getAddress().getPort();
      server.createContext("/", ex -> {
        received.add(
            ex.getRequestURI() + " token=" + ex.getRequestHeaders().getFirst("X-Auth-Token"));
        byte[] b = "{\"servers\": []}".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
      });
      server.start();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  static AdoptException readFails(FakeCloud cloud, Duration timeout) {
    return catchThrowableOfType(
        () -> new LiveCloud(cloud.config(), timeout).read(), AdoptException.class);
  }

  @Test
  void aNextLinkToAnotherOriginNeverReceivesTheToken() throws Exception {
    try (FakeCloud cloud = new FakeCloud();
        Elsewhere other = new Elsewhere()) {
      cloud.overrides.put(
          "/servers/detail",
          ex -> new FakeCloud.Answer(
              200,
              "{\"servers\": [], \"servers_links\": [{\"rel\": \"next\", \"href\": \"" + other.base
                  + "/compute/servers/detail?marker=1\"}]}"));

      AdoptException e = readFails(cloud, Duration.ofSeconds(10));

      assertThat(e)
          .hasMessageStartingWith("compute GET " + other.base
              + "/compute/servers/detail?marker=1: refused: " + other.base + " is not an origin of "
              + "the service catalog");
      assertThat(other.received).isEmpty();
    }
  }

  @Test
  void aGlanceNextToAnotherOriginNeverReceivesTheToken() throws Exception {
    try (FakeCloud cloud = new FakeCloud();
        Elsewhere other = new Elsewhere()) {
      cloud.overrides.put(
          "/v2/images",
          ex -> new FakeCloud.Answer(
              200, "{\"images\": [], \"next\": \"" + other.base + "/v2/images?marker=2\"}"));

      assertThat(readFails(cloud, Duration.ofSeconds(10))).hasMessageContaining("refused");
      assertThat(other.received).isEmpty();
    }
  }

  @Test
  void aRedirectToAnotherOriginIsRefused() throws Exception {
    try (FakeCloud cloud = new FakeCloud();
        Elsewhere other = new Elsewhere()) {
      cloud.overrides.put("/v2.0/ports", ex -> {
        ex.getResponseHeaders().add("Location", other.base + "/v2.0/ports");
        return new FakeCloud.Answer(307, "");
      });

      assertThat(readFails(cloud, Duration.ofSeconds(10)))
          .hasMessage("network GET " + cloud.base
              + "/network/v2.0/ports: HTTP 307 redirect to " + other.base + "/v2.0/ports refused: "
              + "redirects are not followed; " + other.base + " is another origin");
      assertThat(other.received).isEmpty();
    }
  }

  @Test
  void aTricklingBodyTimesOut() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put("/v2.0/subnets", ex -> {
        try {
          ex.sendResponseHeaders(200, 100);
          OutputStream out = ex.getResponseBody();
          for (int i = 0; i < 100; i++) {
            out.write(' ');
            out.flush();
            Thread.sleep(1000);
          }
        } catch (IOException e) {
          // the client gave up: what the test expects
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new UncheckedIOException(new IOException("done trickling"));
      });
      long start = System.nanoTime();

      AdoptException e = readFails(cloud, Duration.ofSeconds(2));

      assertThat(e)
          .hasMessageStartingWith("network GET " + cloud.base
              + "/network/v2.0/subnets: timeout: the body was not complete within the request "
              + "deadline of 2 s");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void itemsThatAreNotObjectsNameTheUrlAndTheJsonPath() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put(
          "/servers/detail", ex -> new FakeCloud.Answer(200, "{\"servers\": [null, 1, \"x\"]}"));

      assertThat(readFails(cloud, Duration.ofSeconds(10)))
          .hasMessage("compute GET " + cloud.base
              + "/compute/v2.1/" + FakeCloud.PROJECT
              + "/servers/detail: servers[0]: expected a JSON "
              + "object, found null");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1]", "[\"x\"]", "[[]]", "[{\"keypair\": 7}]"})
  void keypairItemsOfTheWrongShapeAreNamed(String list) {
    AdoptException e = catchThrowableOfType(
        () -> ProjectSnapshot.builder()
            .addBody(
                ProjectSnapshot.Kind.KEYPAIRS,
                ProjectSnapshot.JSON.readTree("{\"keypairs\": " + list + "}"),
                "keypairs.json"),
        AdoptException.class);
    assertThat(e.getMessage())
        .startsWith("keypairs.json: keypairs[0")
        .contains("expected a JSON object, found");
  }

  // --- the command line ----------------------------------------------------------------------

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Map<String, String> env, String... args) {
    return new AdoptCommandLine(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env)
        .run(args);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--timeout 0",
        "--timeout -5",
        "--timeout abc",
        "--timeout 99999999",
        "--deadline 0",
        "--deadline -1"
      })
  void nonPositiveTimesAreUsageErrors(String option, @TempDir Path tmp) {
    String[] o = option.split(" ");
    int status = run(Map.of(), "adopt", "--cloud", "c", "--out", tmp.toString(), o[0], o[1]);
    assertThat(status).isEqualTo(2);
    assertThat(err())
        .startsWith("hot adopt: " + o[0] + " needs a ")
        .contains("not " + o[1])
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void osCloudFromTheEnvironmentIsUsedAndTheEchoedPasswordIsNotPrinted(@TempDir Path tmp)
      throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put(
          "/auth/tokens",
          ex -> new FakeCloud.Answer(
              401, "{\"error\": {\"message\": \"The password s3cret-pw is wrong\"}}"));
      Path clouds = tmp.resolve("clouds.yaml");
      Files.writeString(clouds, cloud.cloudsYaml("loop"));

      int status = run(
          Map.of("OS_CLOUD", "loop", "OS_CLIENT_CONFIG_FILE", clouds.toString()),
          "adopt",
          "--out",
          tmp.resolve("out").toString());

      assertThat(status).isEqualTo(1);
      assertThat(err())
          .startsWith(
              "hot adopt: identity POST " + cloud.base + "/identity/v3/auth/tokens: HTTP 401")
          .contains("The password *** is wrong")
          .doesNotContain("s3cret-pw");
    }
  }

  @Test
  void aPasswordInTheAuthUrlIsNotPrinted(@TempDir Path tmp) throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      String withUser = cloud.base.replace("http://", "http://admin:pw-in-url@");
      int status = run(
          Map.of(
              "OS_AUTH_URL",
              withUser + "/identity",
              "OS_USERNAME",
              "admin",
              "OS_PASSWORD",
              "s3cret-pw"),
          "adopt",
          "--out",
          tmp.resolve("out").toString());

      assertThat(status).isEqualTo(1);
      assertThat(err()).contains("http://***@127.0.0.1").doesNotContain("pw-in-url");
      assertThat(cloud.requests).isEmpty();
    }
  }
}
