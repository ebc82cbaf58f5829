package io.hotdsl.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hotdsl.openstack.OpenStackException.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokens, catalogs, and secrets that must not come back in a message. */
class KeystoneTest {

  @Test
  void aPasswordInTheAuthUrlIsRefusedAndNeverShown() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      CloudConfig c = new CloudConfig(
          "loop",
          "http://admin:pw-in-url@127.0.0.1:" + s.base.substring(s.base.lastIndexOf(':') + 1)
              + "/identity",
          "admin",
          null,
          "x",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);

      OpenStackException e =
          catchThrowableOfType(() -> Session.builder().cloud(c).build(), OpenStackException.class);

      assertThat(e.reason()).isEqualTo(Reason.CONFIG);
      assertThat(e)
          .hasMessageContaining("http://***@127.0.0.1:")
          .hasMessageContaining("user information in a URL is not sent")
          .hasMessageNotContaining("pw-in-url")
          .hasMessageNotContaining("admin:");
      assertThat(c.toString()).doesNotContain("pw-in-url");
      assertThat(s.requests).isEmpty();
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        // password | what Keystone echoes (P stands for the password as it would appear)
        "s3cret-pw | {\"error\": {\"message\": \"Invalid password P for admin\", \"code\": 401}}",
        "p\"w\\x/y | {\"error\": {\"message\": \"bad password: P\"}}",
        "a b&c=d  | password=P&user=admin"
      })
  void aKeystoneErrorEchoingThePasswordIsRedacted(String password, String echo) throws Exception {
    String pw = password.strip();
    String[] forms = {
      pw,
      new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(pw)),
      java.net.URLEncoder.encode(pw, "UTF-8")
    };
    for (int status : new int[] {401, 400, 500}) {
      for (String form : forms) {
        try (LoopbackServer s = new LoopbackServer()) {
          s.routes.put(
              "/identity/v3/auth/tokens",
              ex -> LoopbackServer.answer(ex, status, echo.strip().replace("P", form)));
          OpenStackException e = catchThrowableOfType(
              () -> Session.builder().cloud(s.cloud(pw)).build().authenticate(),
              OpenStackException.class);

          assertThat(e.reason()).isEqualTo(Reason.HTTP);
          assertThat(e.status()).isEqualTo(status);
          assertThat(e)
              .as(status + " " + form)
              .hasMessageStartingWith(
                  "identity POST " + s.base + "/identity/v3/auth/tokens: HTTP " + status)
              .hasMessageContaining(Redactor.MASK)
              .hasMessageNotContaining(form);
          assertThat(s.bodies.get(0)).contains("\"password\":");
        }
      }
    }
  }

  @Test
  void theTokenEchoedByAServiceIsRedacted() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.keystone(Map.of("compute", s.base + "/compute"));
      s.routes.put(
          "/compute/x",
          ex -> LoopbackServer.answer(
              ex,
              500,
              "{\"error\": \"bad token " + ex.getRequestHeaders().getFirst("X-Auth-Token")
                  + "\"}"));
      Session session = Session.builder().cloud(s.cloud("pw")).build();

      assertThatThrownBy(() -> session.getJson("compute", s.base + "/compute/x", Map.of()))
          .hasMessageContaining("HTTP 500: {\"error\": \"bad token ***\"}")
          .hasMessageNotContaining(LoopbackServer.TOKEN);
      assertThat(session.redactor().redact("t=" + LoopbackServer.TOKEN)).isEqualTo("t=***");
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "{\"token\": {\"catalog\": [null]}}"
            + " | token.catalog[0]: expected a JSON object, found null",
        "{\"token\": {\"catalog\": [1, \"x\"]}}"
            + " | token.catalog[0]: expected a JSON object, found the number 1",
        "{\"token\": {\"catalog\": [{\"type\": 5, \"endpoints\": []}]}}"
            + " | token.catalog[0].type: expected a string, found the number 5",
        "{\"token\": {\"catalog\": [{\"type\": \"compute\", \"endpoints\": {}}]}}"
            + " | token.catalog[0].endpoints: expected a list, found an object",
        "{\"token\": {\"catalog\": [{\"type\": \"compute\", \"endpoints\": [{\"interface\":"
            + " \"public\"}]}]}} | token.catalog[0].endpoints[0].url: expected a string, found nothing",
        "{\"token\": {\"project\": {\"id\": \"p\"}}}"
            + " | token.catalog: expected a list of services, found nothing (is the token scoped",
        "{\"token\": []} | token: expected a JSON object, found a list",
        "{\"token\": {\"catalog\": [], \"project\": \"p\"}}"
            + " | token.project: expected a JSON object, found the string \"p\"",
        "[1, 2] | the answer is not a JSON object: [1, 2]",
        "<html>gateway</html> | the answer is not JSON: <html>gateway</html>"
      })
  void aMalformedTokenNamesTheJsonPath(String body, String expected) throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.routes.put("/identity/v3/auth/tokens", ex -> {
        ex.getResponseHeaders().add("X-Subject-Token", LoopbackServer.TOKEN);
        LoopbackServer.answer(ex, 201, body.strip());
      });
      OpenStackException e = catchThrowableOfType(
          () -> Session.builder().cloud(s.cloud("pw")).build().authenticate(),
          OpenStackException.class);

      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getMessage()).contains(s.base + "/identity/v3/auth/tokens: " + expected.strip());
    }
  }

  @Test
  void aTokenWithoutItsHeaderIsMalformed() throws Exception {
    try (LoopbackServer s = new LoopbackServer()) {
      s.routes.put(
          "/identity/v3/auth/tokens",
          ex -> LoopbackServer.answer(ex, 201, "{\"token\": {\"catalog\": []}}"));
      assertThatThrownBy(() -> Session.builder().cloud(s.cloud("pw")).build().authenticate())
          .hasMessage("identity POST " + s.base + "/identity/v3/auth/tokens: no X-Subject-Token "
              + "header");
    }
  }

  @ParameterizedTest(name = "[{index}] {0} {1} → {2}")
  @CsvSource({
    "public,   RegionOne, http://one-public/compute",
    "internal, RegionOne, http://one-internal/compute",
    "public,   RegionTwo, http://two-public/compute",
    "public,   ,          http://one-public/compute",
    "admin,    RegionTwo, ''"
  })
  void endpointsBySericeTypeRegionAndInterface(String iface, String region, String expected) {
    Catalog c = new Catalog(List.of(
        new Catalog.Endpoint("compute", "public", "RegionOne", "http://one-public/compute/"),
        new Catalog.Endpoint("compute", "internal", "RegionOne", "http://one-internal/compute"),
        new Catalog.Endpoint("compute", "public", "RegionTwo", "http://two-public/compute"),
        new Catalog.Endpoint("image", "public", "RegionTwo", "http://two-public/image")));
    String found = c.find(List.of("compute"), iface, region, new java.util.ArrayList<>());
    assertThat(found == null ? "" : found).isEqualTo(expected);
    assertThat(c.origins())
        .containsExactly("http://one-public:80", "http://one-internal:80", "http://two-public:80");
  }

  @Test
  void theFirstServiceTypeTheCatalogHasWins() {
    Catalog c = new Catalog(List.of(
        new Catalog.Endpoint("volumev2", "public", "R", "http://v2"),
        new Catalog.Endpoint("volumev3", "public", "R", "http://v3")));
    assertThat(c.find(
            List.of("block-storage", "volumev3", "volumev2"),
            "public",
            "R",
            new java.util.ArrayList<>()))
        .isEqualTo("http://v3");
  }
}
