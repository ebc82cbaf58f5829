package io.hotdsl.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.openstack.OpenStackException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Session against loopback servers: origins, redirects, deadlines, shapes. */
class SessionTest {

  static Session session(LoopbackServer s, Timeouts t) {
    return Session.builder().cloud(s.cloud("s3cret-pw")).timeouts(t).build();
  }

  @Test
  void authenticatesThenSendsTheTokenToCatalogOrigins() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute/v2.1/"));
      s.routes.put(
          "/compute/v2.1/servers", ex -> LoopbackServer.answer(ex, 200, "{\"servers\": []}"));
      Session session = session(s, Timeouts.DEFAULT);
      String compute = session.endpoint("compute", "compute");
      JsonNode body = session.getJson("compute", compute + "/servers", Map.of());

      assertThat(compute).isEqualTo(s.base + "/compute/v2.1");
      assertThat(body.get("servers").isArray()).isTrue();
      assertThat(session.projectId()).isEqualTo("p1");
      assertThat(s.requests)
          .containsExactly(
              "POST /identity/v3/auth/tokens null",
              "GET /compute/v2.1/servers " + LoopbackServer.TOKEN);
      assertThat(s.bodies.get(0)).contains("\"password\":\"s3cret-pw\"");
    }
  }

  @Test
  void aLinkToAnotherOriginNeverReceivesTheToken() throws Exception {
    try (LoopbackServer s = new LoopbackServer();
        LoopbackServer other = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      Session session = session(s, Timeouts.DEFAULT);
      session.authenticate();

      OpenStackException e = catchThrowableOfType(
          () -> session.getJson("compute", other.base + "/compute/servers?marker=1", Map.of()),
          OpenStackException.class);

      assertThat(e.reason()).isEqualTo(Reason.REFUSED);
      assertThat(e)
          .hasMessageStartingWith("compute GET " + other.base
              + "/compute/servers?marker=1: refused: " + other.base
              + " is not an origin of the service catalog");
      assertThat(other.requests).isEmpty();
    }
  }

  @Test
  void sameHostOtherSchemeOrPortIsAnotherOrigin() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      Session session = session(s, Timeouts.DEFAULT);
      int port = Integer.parseInt(s.base.substring(s.base.lastIndexOf(':') + 1));
      for (String url : new String[] {
        "https://127.0.0.1:" + port + "/compute",
        "http://127.0.0.1:" + (port == 65535 ? 1 : port + 1) + "/compute",
        "http://localhost:" + port + "/compute"
      }) {
        assertThatThrownBy(() -> session.getJson("compute", url, Map.of()))
            .as(url)
            .isInstanceOf(OpenStackException.class)
            .hasMessageContaining("refused");
      }
      assertThat(s.requests).hasSize(1);
    }
  }

  @Test
  void redirectsAreRefusedNotFollowed() throws Exception {
    try (LoopbackServer s = new LoopbackServer();
        LoopbackServer other = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      s.routes.put("/compute/away", ex -> {
        ex.getResponseHeaders().add("Location", other.base + "/steal");
        LoopbackServer.answer(ex, 302, "");
      });
      s.routes.put("/compute/here", ex -> {
        ex.getResponseHeaders().add("Location", "/compute/away");
        LoopbackServer.answer(ex, 301, "");
      });
      Session session = session(s, Timeouts.DEFAULT);

      OpenStackException away = catchThrowableOfType(
          () -> session.getJson("compute", s.base + "/compute/away", Map.of()),
          OpenStackException.class);
      OpenStackException here = catchThrowableOfType(
          () -> session.getJson("compute", s.base + "/compute/here", Map.of()),
          OpenStackException.class);

      assertThat(away.reason()).isEqualTo(Reason.REFUSED);
      assertThat(away)
          .hasMessage("compute GET " + s.base + "/compute/away: HTTP 302 redirect to "
              + other.base + "/steal refused: redirects are not followed; " + other.base
              + " is another origin");
      assertThat(here)
          .hasMessage("compute GET " + s.base + "/compute/here: HTTP 301 redirect to "
              + "/compute/away refused: redirects are not followed");
      assertThat(other.requests).isEmpty();
      assertThat(s.requests).hasSize(3);
    }
  }

  @Test
  void aTricklingBodyMeetsTheRequestDeadline() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      s.routes.put("/compute/slow", LoopbackServer.trickle(50));
      // each byte comes within the read timeout; only the request deadline can end it
      Session session = session(
          s, new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2)));
      session.authenticate();
      long start = System.nanoTime();

      OpenStackException e = catchThrowableOfType(
          () -> session.getJson("compute", s.base + "/compute/slow", Map.of()),
          OpenStackException.class);

      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e)
          .hasMessageStartingWith("compute GET " + s.base + "/compute/slow: timeout: "
              + "the body was not complete within the request deadline of 2 s (");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void aTricklingBodyMeetsTheOverallDeadline() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      s.routes.put("/compute/slow", LoopbackServer.trickle(50));
      Session session = Session.builder()
          .cloud(s.cloud("pw"))
          .timeouts(Timeouts.DEFAULT)
          .deadline(Duration.ofSeconds(3))
          .build();

      OpenStackException e = catchThrowableOfType(
          () -> session.getJson("compute", s.base + "/compute/slow", Map.of()),
          OpenStackException.class);

      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e)
          .hasMessageContaining(
              "timeout: the body was not complete within the " + "overall deadline of 3 s");
      // and once it has passed, nothing more is sent
      int sent = s.requests.size();
      assertThatThrownBy(() -> session.getJson("compute", s.base + "/compute/x", Map.of()))
          .hasMessageContaining("timeout: the overall deadline of 3 s passed before the request");
      assertThat(s.requests).hasSize(sent);
    }
  }

  @Test
  void silenceAfterTheHeadersMeetsTheReadTimeout() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      s.routes.put("/compute/stall", ex -> {
        ex.sendResponseHeaders(200, 10);
        ex.getResponseBody().write('{');
        ex.getResponseBody().flush();
        Thread.sleep(20_000);
      });
      Session session = session(
          s, new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(20)));
      session.authenticate();

      OpenStackException e = catchThrowableOfType(
          () -> session.getJson("compute", s.base + "/compute/stall", Map.of()),
          OpenStackException.class);

      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e)
          .hasMessageEndingWith(
              ": timeout: no bytes of the body for 1 s (read timeout, " + "1 bytes read)");
    }
  }

  @Test
  void bodiesAreBounded() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      s.routes.put(
          "/compute/big",
          ex -> LoopbackServer.answer(ex, 200, "{\"x\": \"" + "a".repeat(5000) + "\"}"));
      s.routes.put("/compute/chunked", ex -> {
        ex.sendResponseHeaders(200, 0);
        ex.getResponseBody().write(("{\"x\": \"" + "a".repeat(5000) + "\"}").getBytes());
        ex.getResponseBody().close();
      });
      Session session =
          Session.builder().cloud(s.cloud("pw")).maxBodyBytes(4096).build();

      for (String path : new String[] {"/compute/big", "/compute/chunked"}) {
        OpenStackException e = catchThrowableOfType(
            () -> session.getJson("compute", s.base + path, Map.of()), OpenStackException.class);
        assertThat(e.reason()).as(path).isEqualTo(Reason.LIMIT);
        assertThat(e).as(path).hasMessageContaining("larger than the limit of 4096 bytes");
      }
    }
  }

  @Test
  void requestsAreBounded() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      s.routes.put("/compute/x", ex -> LoopbackServer.answer(ex, 200, "{}"));
      Session session = Session.builder().cloud(s.cloud("pw")).maxRequests(3).build();
      session.getJson("compute", s.base + "/compute/x", Map.of());
      session.getJson("compute", s.base + "/compute/x", Map.of());

      assertThatThrownBy(() -> session.getJson("compute", s.base + "/compute/x", Map.of()))
          .hasMessageEndingWith(": more than 3 requests in one session");
      assertThat(s.requests).hasSize(3);
    }
  }

  @Test
  void withoutKeystoneNoTokenIsSentAndOnlyTheFixedEndpointIsReached() throws Exception {
    try (LoopbackServer heat = new LoopbackServer();
        LoopbackServer other = new LoopbackServer()) {
      heat.routes.put("/v1/admin/stacks", ex -> LoopbackServer.answer(ex, 200, "{\"stacks\": []}"));
      Session session =
          Session.builder().endpoint("orchestration", heat.base + "/v1/admin/").build();

      String url = session.endpoint("orchestration", "orchestration");
      session.getJson("orchestration", url + "/stacks", Map.of("X-Auth-User", "admin"));

      assertThat(url).isEqualTo(heat.base + "/v1/admin");
      assertThat(heat.requests).containsExactly("GET /v1/admin/stacks null");
      assertThat(session.projectId()).isNull();
      assertThatThrownBy(() -> session.getJson("orchestration", other.base + "/v1", Map.of()))
          .hasMessageContaining("refused");
      assertThatThrownBy(() -> session.endpoint("compute", "compute"))
          .hasMessageContaining("service compute (type compute) has no endpoint: without "
              + "Keystone only these are known: [orchestration]");
      assertThat(other.requests).isEmpty();
    }
  }

  @Test
  void aFixedEndpointWithKeystoneReceivesTheToken() throws Exception {
    try (LoopbackServer s = new LoopbackServer();
        LoopbackServer heat = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      heat.routes.put("/v1/p1/stacks", ex -> LoopbackServer.answer(ex, 200, "{}"));
      Session session = Session.builder()
          .cloud(s.cloud("pw"))
          .endpoint("orchestration", heat.base + "/v1/p1")
          .build();
      session.getJson(
          "orchestration", session.endpoint("heat", "orchestration") + "/stacks", Map.of());
      assertThat(heat.requests).containsExactly("GET /v1/p1/stacks " + LoopbackServer.TOKEN);
    }
  }

  /** A Keystone that hands out token-1, token-2, … each expiring at {@code expiry.get(n)}. */
  private static AtomicInteger issuing(LoopbackServer s, List<String> expiry) {
    AtomicInteger issued = new AtomicInteger();
    s.routes.put("/identity/v3/auth/tokens", ex -> {
      int n = issued.incrementAndGet();
      ex.getResponseHeaders().add("X-Subject-Token", "token-" + n);
      String exp = n - 1 < expiry.size() ? expiry.get(n - 1) : null;
      LoopbackServer.answer(
          ex,
          201,
          "{\"token\": {\"project\": {\"id\": \"p1\"},"
              + (exp == null ? "" : " \"expires_at\": \"" + exp + "\",")
              + " \"catalog\": [{\"type\": \"compute\", \"endpoints\": [{\"interface\":"
              + " \"public\", \"region_id\": \"RegionOne\", \"url\": \"" + s.base
              + "/compute\"}]}]}}");
    });
    return issued;
  }

  @Test
  void aTokenRefusedWith401IsRenewedOnceAndTheRequestSentAgain() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      AtomicInteger issued = issuing(s, List.of());
      s.routes.put("/compute/servers", ex -> {
        boolean fresh = !"token-1".equals(ex.getRequestHeaders().getFirst("X-Auth-Token"));
        LoopbackServer.answer(
            ex,
            fresh ? 200 : 401,
            fresh
                ? "{\"servers\": []}"
                : "{\"error\": {\"message\": \"The request you have made requires"
                    + " authentication.\"}}");
      });
      Session session = session(s, Timeouts.DEFAULT);

      JsonNode body = session.getJson("compute", s.base + "/compute/servers", Map.of());

      assertThat(body.get("servers").isArray()).isTrue();
      assertThat(issued.get()).isEqualTo(2);
      assertThat(s.requests)
          .containsExactly(
              "POST /identity/v3/auth/tokens null",
              "GET /compute/servers token-1",
              "POST /identity/v3/auth/tokens null",
              "GET /compute/servers token-2");
    }
  }

  @Test
  void a401AfterRenewalIsTheAnswerNotALoop() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      AtomicInteger issued = issuing(s, List.of());
      s.routes.put("/compute/servers", ex -> LoopbackServer.answer(ex, 401, "{}"));
      Session session = session(s, Timeouts.DEFAULT);

      Response r = session.send("compute", "GET", s.base + "/compute/servers", Map.of(), null);

      assertThat(r.status()).isEqualTo(401);
      assertThat(issued.get()).isEqualTo(2);
      assertThat(s.requests).hasSize(4);
    }
  }

  @Test
  void aTokenAboutToExpireIsRenewedBeforeItIsSent() throws Exception {
    Instant now = Instant.parse("2026-12-06T12:00:00Z");
    MutableClock clock = new MutableClock(now);
    try (LoopbackServer s = new LoopbackServer()) {
      AtomicInteger issued =
          issuing(s, List.of("2026-12-06T13:00:00.000000Z", "2026-12-06T14:00:00.000000Z"));
      s.routes.put("/compute/servers", ex -> LoopbackServer.answer(ex, 200, "{}"));
      Session session = Session.builder().cloud(s.cloud("pw")).clock(clock).build();
      String url = s.base + "/compute/servers";

      session.getJson("compute", url, Map.of());
      clock.now = now.plus(Duration.ofMinutes(59)); // 60 s before token-1 expires: still good
      session.getJson("compute", url, Map.of());
      clock.now = now.plus(Duration.ofMinutes(59)).plusSeconds(31); // within 30 s: stale
      session.getJson("compute", url, Map.of());

      assertThat(issued.get()).isEqualTo(2);
      assertThat(s.requests)
          .containsExactly(
              "POST /identity/v3/auth/tokens null",
              "GET /compute/servers token-1",
              "GET /compute/servers token-1",
              "POST /identity/v3/auth/tokens null",
              "GET /compute/servers token-2");
    }
  }

  @Test
  void aTokenStaleWhenIssuedIsNotRenewedBeforeEveryRequest() throws Exception {
    Instant now = Instant.parse("2026-12-06T12:00:00Z");
    try (LoopbackServer s = new LoopbackServer()) {
      // Keystone's clock is behind ours, or the sample token is from 2015
      AtomicInteger issued = issuing(s, List.of("2015-11-07T02:58:43.578887Z"));
      s.routes.put("/compute/servers", ex -> LoopbackServer.answer(ex, 200, "{}"));
      Session session =
          Session.builder().cloud(s.cloud("pw")).clock(new MutableClock(now)).build();

      session.getJson("compute", s.base + "/compute/servers", Map.of());
      session.getJson("compute", s.base + "/compute/servers", Map.of());

      assertThat(issued.get()).isEqualTo(1);
    }
  }

  @Test
  void aMalformedExpiryIsNamed() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      issuing(s, List.of("next tuesday"));
      Session session = session(s, Timeouts.DEFAULT);

      assertThatThrownBy(() -> session.endpoint("compute", "compute"))
          .isInstanceOf(OpenStackException.class)
          .hasMessageContaining("token.expires_at: expected an ISO 8601 time, not next tuesday");
    }
  }

  private static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
