package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.openstack.CloudConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live path end to end against a loopback cloud serving the API samples. */
class LiveCloudTest {

  @Test
  void authenticatesThenReadsEveryCollectionWithGetOnlyFollowingPagination() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      ProjectSnapshot s = new LiveCloud(cloud.config(), Duration.ofSeconds(10)).read();

      // the token POST first, then only GETs, each carrying the token
      assertThat(cloud.requests.get(0)).startsWith("POST /identity/v3/auth/tokens ");
      assertThat(cloud.requests.subList(1, cloud.requests.size()))
          .isNotEmpty()
          .allMatch(r -> r.startsWith("GET ") && r.endsWith(" " + FakeCloud.TOKEN));
      assertThat(cloud.tokenBodies)
          .singleElement()
          .satisfies(b -> assertThat(b)
              .contains(
                  "\"methods\":[\"password\"]",
                  "\"name\":\"admin\"",
                  "\"scope\"",
                  "\"domain\":{\"name\":\"Default\"}"));

      // second pages: Nova servers_links, Nova keypairs_links, Glance next
      assertThat(cloud.requests)
          .anyMatch(r -> r.startsWith(
              "GET /compute/v2.1/" + FakeCloud.PROJECT + "/servers/detail?limit=1&marker="));
      assertThat(cloud.requests)
          .anyMatch(r -> r.startsWith(
              "GET /compute/v2.1/" + FakeCloud.PROJECT + "/os-keypairs?limit=1&marker="));
      assertThat(cloud.requests)
          .anyMatch(r ->
              r.startsWith("GET /image/v2/images?marker=781b3762-9469-4cec-b58d-3349e5de4e9c"));
      assertThat(cloud.requests).anyMatch(r -> r.startsWith("GET /network/v2.0/ports "));
      assertThat(cloud.requests)
          .anyMatch(
              r -> r.startsWith("GET /volume/v1/" + FakeCloud.PROJECT + "/attachments/detail "));
      assertThat(s.items(Kind.SERVERS))
          .extracting(n -> n.get("name").asText())
          .containsExactly("new-server-test", "web 2");
      assertThat(s.items(Kind.IMAGES)).hasSize(3);
      assertThat(s.items(Kind.IMAGE_MEMBERS)).hasSize(2);
      assertThat(s.items(Kind.KEYPAIRS)).hasSize(1);
      assertThat(s.items(Kind.PORTS)).hasSize(2);
      assertThat(s.projectId()).isEqualTo(FakeCloud.PROJECT);

      // and what it read adopts: the second page's server uses the key pair read
      Adoption a = Adopter.create().adopt(s);
      @SuppressWarnings("unchecked")
      Map<String, Object> web2 =
          (Map<String, Object>) a.template().resource("web_2").toTree().get("properties");
      assertThat(web2)
          .containsEntry(
              "key_name", Map.of("get_resource", "keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3"))
          .containsEntry("image", Map.of("get_param", "image_cirros-0_3_2-x86_64-disk"))
          .containsEntry(
              "networks",
              List.of(Map.of("network", Map.of("get_resource", "net2"), "fixed_ip", "10.0.0.7")))
          .containsEntry("user_data", Map.of("get_param", "web_2_user_data"));
      assertThat(a.template().parameters().get("web_2_user_data").hidden()).isTrue();
      assertThat(a.template().parameters().get("web_2_user_data").hasDefault()).isFalse();
      assertThat(a.yaml()).doesNotContain("I2Nsb3VkLWNvbmZpZw", "s3cret-pw");
    }
  }

  @Test
  void applicationCredentialsAuthenticateUnscoped() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      CloudConfig c = new CloudConfig(
          "ac",
          cloud.base + "/identity/v3/",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          "ac-id",
          "ac-secret",
          null,
          "public");
      new LiveCloud(c, Duration.ofSeconds(10)).read();
      assertThat(cloud.tokenBodies)
          .singleElement()
          .satisfies(b -> assertThat(b)
              .contains(
                  "\"methods\":[\"application_credential\"]",
                  "\"id\":\"ac-id\"",
                  "\"secret\":\"ac-secret\"")
              .doesNotContain("scope"));
    }
  }

  @Test
  void refusedCredentialsNameKeystoneAndTheUrl() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put(
          "/auth/tokens",
          ex -> new FakeCloud.Answer(
              401, "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\"}}"));
      assertThatThrownBy(() -> new LiveCloud(cloud.config(), Duration.ofSeconds(10)).read())
          .isInstanceOf(AdoptException.class)
          .hasMessageContaining("identity POST " + cloud.base + "/identity/v3/auth/tokens")
          .hasMessageContaining("HTTP 401")
          .hasMessageContaining("loopback")
          .hasMessageNotContaining("s3cret-pw");
      assertThat(cloud.requests).hasSize(1);
    }
  }

  @Test
  void aServiceMissingFromTheCatalogIsNamed() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.catalogDrop = "image";
      assertThatThrownBy(() -> new LiveCloud(cloud.config(), Duration.ofSeconds(10)).read())
          .isInstanceOf(AdoptException.class)
          .hasMessageContaining("service image (catalog type image)")
          .hasMessageContaining("public endpoint in region RegionOne")
          .hasMessageContaining("(the type is absent)");
    }
  }

  @Test
  void aWrongRegionIsNamed() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      CloudConfig c = cloud.config();
      c = new CloudConfig(
          c.name(),
          c.authUrl(),
          c.username(),
          null,
          c.password(),
          c.projectName(),
          null,
          "Default",
          null,
          "Default",
          null,
          null,
          null,
          "RegionTwo",
          "internal");
      CloudConfig fc = c;
      assertThatThrownBy(() -> new LiveCloud(fc, Duration.ofSeconds(10)).read())
          .isInstanceOf(AdoptException.class)
          .hasMessageContaining("service compute")
          .hasMessageContaining("no internal endpoint in region RegionTwo")
          .hasMessageContaining("compute internal RegionOne");
    }
  }

  @Test
  void aTimeoutNamesTheServiceAndUrl() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put("/v2.0/routers", ex -> {
        try {
          Thread.sleep(3000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      });
      assertThatThrownBy(() -> new LiveCloud(cloud.config(), Duration.ofSeconds(1)).read())
          .isInstanceOf(AdoptException.class)
          .hasMessageContaining("network GET " + cloud.base + "/network/v2.0/routers")
          .hasMessageContaining("timeout");
    }
  }

  @Test
  void anAnswerThatIsNotJsonNamesTheServiceAndUrl() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put(
          "/volumes/detail", ex -> new FakeCloud.Answer(200, "<html>proxy error</html>"));
      assertThatThrownBy(() -> new LiveCloud(cloud.config(), Duration.ofSeconds(10)).read())
          .isInstanceOf(AdoptException.class)
          .hasMessageContaining("volume " + cloud.base + "/volume/v1/" + FakeCloud.PROJECT
              + "/volumes/detail: the answer is not JSON: <html>proxy error</html>");
    }
  }

  @Test
  void aRefusedGetNamesTheServiceAndUrl() throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put(
          "/os-server-groups",
          ex -> new FakeCloud.Answer(
              403, "{\"forbidden\": {\"message\": \"Policy doesn't allow\"}}"));
      assertThatThrownBy(() -> new LiveCloud(cloud.config(), Duration.ofSeconds(10)).read())
          .isInstanceOf(AdoptException.class)
          .hasMessageContaining("compute GET " + cloud.base + "/compute/v2.1/" + FakeCloud.PROJECT
              + "/os-server-groups: HTTP 403");
    }
  }
}
