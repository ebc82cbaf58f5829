package io.hotdsl.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A small read-only OpenStack client: authenticates with Keystone v3 (password or application
 * credential), finds Nova, Neutron, Cinder and Glance in the token's service catalog (region and
 * interface of the {@link CloudConfig}) and reads the project with GET requests only, following
 * pagination ({@code servers_links}, {@code networks_links}, {@code volumes_links} …, Glance's
 * {@code next}).
 *
 * <p>Every failure (refused credentials, a service missing from the catalog, a timeout, a body
 * that is not JSON) is an {@link AdoptException} naming the service and the URL. Nothing is
 * returned before everything was read.
 */
public final class LiveCloud {

  /** The default timeout of each request. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final int MAX_PAGES = 10_000;

  private final CloudConfig cloud;
  private final HttpClient http;
  private final Duration timeout;

  public LiveCloud(CloudConfig cloud) {
    this(cloud, DEFAULT_TIMEOUT);
  }

  public LiveCloud(CloudConfig cloud, Duration timeout) {
    this.cloud = Objects.requireNonNull(cloud, "cloud");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.http = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Authenticates and reads the project. */
  public ProjectSnapshot read() {
    Token token = authenticate();
    ProjectSnapshot.Builder b = ProjectSnapshot.builder().projectId(token.projectId);

    String compute = token.endpoint("compute", "compute");
    Map<String, String> nova = Map.of("OpenStack-API-Version", "compute 2.latest",
        "X-OpenStack-Nova-API-Version", "2.latest");
    list(token, "compute", compute + "/servers/detail", Kind.SERVERS, nova, b);
    list(token, "compute", compute + "/flavors/detail", Kind.FLAVORS, nova, b);
    list(token, "compute", compute + "/os-keypairs", Kind.KEYPAIRS, nova, b);
    list(token, "compute", compute + "/os-server-groups", Kind.SERVER_GROUPS, nova, b);
    list(token, "compute", compute + "/os-availability-zone/detail", Kind.AVAILABILITY_ZONES,
        nova, b);

    String network = versioned(token.endpoint("network", "network"), "/v2.0");
    list(token, "network", network + "/networks", Kind.NETWORKS, Map.of(), b);
    list(token, "network", network + "/subnets", Kind.SUBNETS, Map.of(), b);
    list(token, "network", network + "/ports", Kind.PORTS, Map.of(), b);
    list(token, "network", network + "/routers", Kind.ROUTERS, Map.of(), b);
    list(token, "network", network + "/floatingips", Kind.FLOATING_IPS, Map.of(), b);
    list(token, "network", network + "/security-groups", Kind.SECURITY_GROUPS, Map.of(), b);

    String volume = token.endpoint("volume", "block-storage", "volumev3", "volume", "volumev2");
    Map<String, String> cinder = Map.of("OpenStack-API-Version", "volume 3.latest");
    list(token, "volume", volume + "/volumes/detail", Kind.VOLUMES, cinder, b);
    list(token, "volume", volume + "/attachments/detail", Kind.VOLUME_ATTACHMENTS, cinder, b);

    String imageRoot = stripSuffix(token.endpoint("image", "image"), "/v2");
    ProjectSnapshot.Builder images = ProjectSnapshot.builder();
    list(token, "image", imageRoot + "/v2/images", Kind.IMAGES, Map.of(), images);
    for (JsonNode img : images.build().items(Kind.IMAGES)) {
      b.add(Kind.IMAGES, img);
      if ("shared".equals(img.path("visibility").asText())) {
        list(token, "image", imageRoot + "/v2/images/" + img.path("id").asText() + "/members",
            Kind.IMAGE_MEMBERS, Map.of(), b);
      }
    }
    return b.build();
  }

  // --- Keystone --------------------------------------------------------------------------------

  record Token(String value, String projectId, JsonNode catalog, CloudConfig cloud) {
    /** The endpoint URL (no trailing '/') of the first service type the catalog has. */
    String endpoint(String service, String... types) {
      List<String> seen = new ArrayList<>();
      for (String type : types) {
        for (JsonNode s : catalog) {
          if (!type.equals(s.path("type").asText())) {
            continue;
          }
          for (JsonNode e : s.path("endpoints")) {
            seen.add(s.path("type").asText() + " " + e.path("interface").asText() + " "
                + e.path("region_id").asText(e.path("region").asText()));
            boolean iface = cloud.interfaceName().equals(e.path("interface").asText());
            boolean region = cloud.regionName() == null
                || cloud.regionName().equals(e.path("region_id").asText(null))
                || cloud.regionName().equals(e.path("region").asText(null));
            if (iface && region) {
              return stripSuffix(e.path("url").asText(), "/");
            }
          }
        }
      }
      throw new AdoptException("service " + service + " (catalog type " + String.join(" or ",
          types) + ") has no " + cloud.interfaceName() + " endpoint"
          + (cloud.regionName() != null ? " in region " + cloud.regionName() : "")
          + " in the token's service catalog of cloud " + cloud.name()
          + (seen.isEmpty() ? " (the type is absent)" : " (found: " + seen + ")"));
    }
  }

  Token authenticate() {
    String url = versioned(stripSuffix(cloud.authUrl(), "/"), "/v3") + "/auth/tokens";
    ObjectNode body = ProjectSnapshot.JSON.createObjectNode();
    ObjectNode identity = body.putObject("auth").putObject("identity");
    if (cloud.usesApplicationCredential()) {
      identity.putArray("methods").add("application_credential");
      identity.putObject("application_credential").put("id", cloud.applicationCredentialId())
          .put("secret", cloud.applicationCredentialSecret());
    } else {
      identity.putArray("methods").add("password");
      ObjectNode user = identity.putObject("password").putObject("user");
      if (cloud.userId() != null) {
        user.put("id", cloud.userId());
      } else {
        user.put("name", cloud.username());
        domain(user, cloud.userDomainId(), cloud.userDomainName());
      }
      user.put("password", cloud.password());
      if (cloud.projectId() != null || cloud.projectName() != null) {
        ObjectNode project = ((ObjectNode) body.get("auth")).putObject("scope")
            .putObject("project");
        if (cloud.projectId() != null) {
          project.put("id", cloud.projectId());
        } else {
          project.put("name", cloud.projectName());
          domain(project, cloud.projectDomainId(), cloud.projectDomainName());
        }
      }
    }
    HttpRequest request = HttpRequest.newBuilder(uri("identity", url)).timeout(timeout)
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    HttpResponse<String> response = send("identity", "POST", url, request);
    if (response.statusCode() == 401) {
      throw new AdoptException("identity POST " + url + ": HTTP 401, Keystone refused the "
          + "credentials of cloud " + cloud.name());
    }
    if (response.statusCode() / 100 != 2) {
      throw new AdoptException("identity POST " + url + ": HTTP " + response.statusCode()
          + excerpt(response.body()));
    }
    String token = response.headers().firstValue("X-Subject-Token").orElseThrow(
        () -> new AdoptException("identity POST " + url + ": no X-Subject-Token header"));
    JsonNode tree = json("identity", url, response.body()).path("token");
    if (!tree.path("catalog").isArray()) {
      throw new AdoptException("identity POST " + url + ": the token has no service catalog"
          + " (is the token scoped to a project?)");
    }
    return new Token(token, tree.path("project").path("id").asText(null), tree.get("catalog"),
        cloud);
  }

  private static void domain(ObjectNode owner, String id, String name) {
    if (id != null) {
      owner.putObject("domain").put("id", id);
    } else {
      owner.putObject("domain").put("name", name != null ? name : "Default");
    }
  }

  // --- GET with pagination -----------------------------------------------------------------------

  private void list(Token token, String service, String url, Kind kind,
      Map<String, String> headers, ProjectSnapshot.Builder into) {
    Set<String> visited = new HashSet<>();
    String next = url;
    while (next != null) {
      if (!visited.add(next) || visited.size() > MAX_PAGES) {
        throw new AdoptException(service + " GET " + next + ": pagination loops");
      }
      JsonNode body = get(token, service, next, headers);
      into.addBody(kind, body, service + " GET " + next);
      next = nextPage(body, kind, url);
    }
  }

  /** The next page's URL: a {@code rel: next} link of {@code <key>_links}, or Glance's next. */
  static String nextPage(JsonNode body, Kind kind, String firstUrl) {
    for (JsonNode link : body.path(kind.key() + "_links")) {
      if ("next".equals(link.path("rel").asText())) {
        return link.path("href").asText();
      }
    }
    if (kind == Kind.IMAGES && body.hasNonNull("next")) {
      String next = body.get("next").asText();
      if (next.startsWith("http://") || next.startsWith("https://")) {
        return next;
      }
      // relative to the image endpoint's root: first URL minus /v2/images…
      int v2 = firstUrl.indexOf("/v2/");
      return firstUrl.substring(0, v2) + next;
    }
    return null;
  }

  private JsonNode get(Token token, String service, String url, Map<String, String> headers) {
    HttpRequest.Builder r = HttpRequest.newBuilder(uri(service, url)).timeout(timeout)
        .header("X-Auth-Token", token.value()).header("Accept", "application/json").GET();
    headers.forEach(r::header);
    HttpResponse<String> response = send(service, "GET", url, r.build());
    if (response.statusCode() / 100 != 2) {
      throw new AdoptException(service + " GET " + url + ": HTTP " + response.statusCode()
          + (response.statusCode() == 401 ? " (token refused)" : "") + excerpt(response.body()));
    }
    return json(service, url, response.body());
  }

  private HttpResponse<String> send(String service, String method, String url,
      HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new AdoptException(service + " " + method + " " + url + ": no answer within "
          + timeout.toSeconds() + " s (timeout)", e);
    } catch (ConnectException e) {
      throw new AdoptException(service + " " + method + " " + url + ": cannot connect ("
          + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new AdoptException(service + " " + method + " " + url + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdoptException(service + " " + method + " " + url + ": interrupted", e);
    }
  }

  private static JsonNode json(String service, String url, String body) {
    try {
      JsonNode tree = ProjectSnapshot.JSON.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw new IOException("not a JSON object");
      }
      return tree;
    } catch (IOException e) {
      throw new AdoptException(service + " " + url + ": the answer is not JSON"
          + excerpt(body), e);
    }
  }

  private static URI uri(String service, String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new AdoptException(service + ": invalid URL " + url, e);
    }
  }

  private static String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String s = body.strip().replaceAll("\\s+", " ");
    return ": " + (s.length() > 200 ? s.substring(0, 200) + "…" : s);
  }

  static String stripSuffix(String s, String suffix) {
    String r = s;
    while (r.endsWith(suffix)) {
      r = r.substring(0, r.length() - suffix.length());
    }
    return r;
  }

  /** {@code url} ending with {@code version} (appended unless it is there). */
  static String versioned(String url, String version) {
    String u = stripSuffix(url, "/");
    return u.endsWith(version) ? u : u + version;
  }
}
