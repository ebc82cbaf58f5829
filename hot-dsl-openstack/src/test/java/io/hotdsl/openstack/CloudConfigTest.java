package io.hotdsl.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudConfigTest {

  @Test
  void cloudsYamlEntriesAreReadAsTheOpenStackToolsDo(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("first.yaml");
    Path second = dir.resolve("second.yaml");
    Files.writeString(
        first,
        "clouds:\n  other:\n    auth: {auth_url: http://x/v3, "
            + "application_credential_id: i, application_credential_secret: s}\n");
    Files.writeString(second, """
        clouds:
          prod:
            region_name: RegionOne
            interface: internal
            auth:
              auth_url: https://keystone.example.org:5000
              username: alice
              password: pw
              project_name: web
              domain_name: Acme
          ac:
            auth:
              auth_url: https://keystone.example.org:5000/v3
              application_credential_id: 21dced0fd20347869b93710d2b98aae0
              application_credential_secret: secret
        """);
    CloudConfig prod =
        CloudConfig.load("prod", List.of(dir.resolve("missing.yaml"), first, second));
    assertThat(prod.username()).isEqualTo("alice");
    assertThat(prod.userDomainName()).isEqualTo("Acme");
    assertThat(prod.projectDomainName()).isEqualTo("Acme");
    assertThat(prod.interfaceName()).isEqualTo("internal");
    assertThat(prod.regionName()).isEqualTo("RegionOne");
    assertThat(prod.toString()).doesNotContain("pw,").contains("alice");
    CloudConfig ac = CloudConfig.load("ac", List.of(second));
    assertThat(ac.usesApplicationCredential()).isTrue();
    assertThat(ac.toString()).doesNotContain("secret");
    assertThatThrownBy(() -> CloudConfig.load("nope", List.of(first, second)))
        .isInstanceOf(OpenStackException.class)
        .hasMessageContaining("no cloud named \"nope\"")
        .hasMessageContaining("second.yaml");
  }

  @Test
  void aYamlErrorNamesTheLineButNotTheText(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("clouds.yaml");
    Files.writeString(f, "clouds:\n  c:\n    auth:\n      password: [hunter2-secret\n");
    assertThatThrownBy(() -> CloudConfig.load("c", List.of(f)))
        .isInstanceOf(OpenStackException.class)
        .hasMessageStartingWith(f + ":5:1: error: not valid YAML (")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void osVariablesDescribeACloud() {
    CloudConfig c = CloudConfig.fromEnvironment(Map.of(
        "OS_AUTH_URL",
        "https://k:5000/v3",
        "OS_USERNAME",
        "bob",
        "OS_PASSWORD",
        "pw",
        "OS_PROJECT_NAME",
        "web",
        "OS_USER_DOMAIN_NAME",
        "Acme",
        "OS_PROJECT_DOMAIN_ID",
        "d1",
        "OS_REGION_NAME",
        "RegionTwo",
        "OS_INTERFACE",
        "internal",
        "HOME",
        "/root"));
    assertThat(c)
        .isEqualTo(new CloudConfig(
            "envvars",
            "https://k:5000/v3",
            "bob",
            null,
            "pw",
            "web",
            null,
            "Acme",
            null,
            null,
            "d1",
            null,
            null,
            "RegionTwo",
            "internal"));
    CloudConfig ac = CloudConfig.fromEnvironment(Map.of(
        "OS_AUTH_URL",
        "https://k/v3",
        "OS_APPLICATION_CREDENTIAL_ID",
        "id",
        "OS_APPLICATION_CREDENTIAL_SECRET",
        "s",
        "OS_ENDPOINT_TYPE",
        "publicURL"));
    assertThat(ac.usesApplicationCredential()).isTrue();
    assertThat(ac.interfaceName()).isEqualTo("public");
    assertThatThrownBy(() -> CloudConfig.fromEnvironment(Map.of("OS_AUTH_URL", "https://k")))
        .hasMessage("the OS_* environment variables: cloud envvars has neither "
            + "username/password nor application_credential_id/secret in auth");
  }

  @Test
  void resolveTakesTheOptionThenOsCloudThenOsVariables(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("clouds.yaml");
    Files.writeString(
        f,
        "clouds:\n  a: {auth: {auth_url: http://a/v3, username: u, "
            + "password: p}}\n  b: {auth: {auth_url: http://b/v3, username: u, password: p}}\n");
    Map<String, String> env = Map.of(
        "OS_CLIENT_CONFIG_FILE",
        f.toString(),
        "OS_CLOUD",
        "b",
        "OS_AUTH_URL",
        "http://env/v3",
        "OS_USERNAME",
        "e",
        "OS_PASSWORD",
        "p");
    assertThat(CloudConfig.resolve("a", env).authUrl()).isEqualTo("http://a/v3");
    assertThat(CloudConfig.resolve(null, env).authUrl()).isEqualTo("http://b/v3");
    Map<String, String> noCloud = new java.util.HashMap<>(env);
    noCloud.remove("OS_CLOUD");
    assertThat(CloudConfig.resolve(null, noCloud).authUrl()).isEqualTo("http://env/v3");
    assertThatThrownBy(() -> CloudConfig.resolve(null, Map.of()))
        .hasMessageStartingWith("no cloud given: name one of clouds.yaml (--os-cloud NAME or "
            + "OS_CLOUD) or set OS_AUTH_URL");
  }
}
