package io.hotdsl.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.openstack.CloudConfig;
import io.hotdsl.openstack.OpenStackException;
import io.hotdsl.openstack.Session;
import io.hotdsl.openstack.Timeouts;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A small read-only OpenStack client: through a {@link Session} (Keystone v3, password or
 * application credential; the token's catalog for the cloud's region and interface) it finds Nova,
 * Neutron, Cinder and Glance and reads the project with GET requests only, following pagination
 * ({@code servers_links}, {@code networks_links}, {@code volumes_links} …, Glance's
 * {@code next}) within the origins of the catalog.
 *
 * <p>Every failure (refused credentials, a service missing from the catalog, a timeout, a body
 * that is not JSON, a link to another origin, too many pages) is an {@link AdoptException}
 * naming the service and the URL, with secrets redacted. Nothing is returned before everything
 * was read.
 */
public final class LiveCloud {

  /** The default timeout of each request (connect, read, and the whole request). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  /** The default deadline of a whole read of the project. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);
  /** The most pages read of one collection. */
  static final int MAX_PAGES = 1_000;
  /** The most requests of one read, all collections together. */
  static final int MAX_REQUESTS = 5_000;

  private final Session session;

  public LiveCloud(CloudConfig cloud) {
    this(cloud, DEFAULT_TIMEOUT);
  }

  /** Reads {@code cloud} with {@code timeout} per request and {@link #DEFAULT_DEADLINE} in all. */
  public LiveCloud(CloudConfig cloud, Duration timeout) {
    this(session(cloud, timeout, DEFAULT_DEADLINE));
  }

  /** Reads the cloud of {@code session}. */
  public LiveCloud(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /** The session adopt uses: {@code timeout} per request, {@code deadline} in all. */
  public static Session session(CloudConfig cloud, Duration timeout, Duration deadline) {
    try {
      return Session.builder()
          .cloud(cloud)
          .timeouts(Timeouts.of(timeout))
          .deadline(deadline)
          .maxRequests(MAX_REQUESTS)
          .build();
    } catch (OpenStackException e) {
      throw new AdoptException(e.getMessage());
    }
  }

  /** Authenticates and reads the project. */
  public ProjectSnapshot read() {
    try {
      return readAll();
    } catch (OpenStackException | AdoptException e) {
      // no cause, so nothing unredacted travels further
      throw new AdoptException(session.redactor().redact(e.getMessage()));
    }
  }

  private ProjectSnapshot readAll() {
    session.authenticate();
    ProjectSnapshot.Builder b = ProjectSnapshot.builder().projectId(session.projectId());

    String compute = session.endpoint("compute", "compute");
    Map<String, String> nova = Map.of(
        "OpenStack-API-Version", "compute 2.latest", "X-OpenStack-Nova-API-Version", "2.latest");
    list("compute", compute + "/servers/detail", Kind.SERVERS, nova, b);
    list("compute", compute + "/flavors/detail", Kind.FLAVORS, nova, b);
    list("compute", compute + "/os-keypairs", Kind.KEYPAIRS, nova, b);
    list("compute", compute + "/os-server-groups", Kind.SERVER_GROUPS, nova, b);
    list("compute", compute + "/os-availability-zone/detail", Kind.AVAILABILITY_ZONES, nova, b);

    String network = session.versionedEndpoint("network", "/v2.0", "network");
    list("network", network + "/networks", Kind.NETWORKS, Map.of(), b);
    list("network", network + "/subnets", Kind.SUBNETS, Map.of(), b);
    list("network", network + "/ports", Kind.PORTS, Map.of(), b);
    list("network", network + "/routers", Kind.ROUTERS, Map.of(), b);
    list("network", network + "/floatingips", Kind.FLOATING_IPS, Map.of(), b);
    list("network", network + "/security-groups", Kind.SECURITY_GROUPS, Map.of(), b);

    String volume = session.endpoint("volume", "block-storage", "volumev3", "volume", "volumev2");
    Map<String, String> cinder = Map.of("OpenStack-API-Version", "volume 3.latest");
    list("volume", volume + "/volumes/detail", Kind.VOLUMES, cinder, b);
    list("volume", volume + "/attachments/detail", Kind.VOLUME_ATTACHMENTS, cinder, b);

    String image = session.versionedEndpoint("image", "/v2", "image");
    ProjectSnapshot.Builder images = ProjectSnapshot.builder();
    list("image", image + "/images", Kind.IMAGES, Map.of(), images);
    for (JsonNode img : images.build().items(Kind.IMAGES)) {
      b.add(Kind.IMAGES, img);
      JsonNode id = img.get("id");
      if ("shared".equals(img.path("visibility").asText()) && id != null && id.isTextual()) {
        list(
            "image",
            image + "/images/" + id.asText() + "/members",
            Kind.IMAGE_MEMBERS,
            Map.of(),
            b);
      }
    }
    return b.build();
  }

  // --- GET with pagination -----------------------------------------------------------------------

  private void list(
      String service,
      String url,
      Kind kind,
      Map<String, String> headers,
      ProjectSnapshot.Builder into) {
    Set<String> visited = new HashSet<>();
    String next = url;
    while (next != null) {
      if (!visited.add(next)) {
        throw new AdoptException(service + " GET " + next + ": pagination loops");
      }
      if (visited.size() > MAX_PAGES) {
        throw new AdoptException(
            service + " GET " + url + ": more than " + MAX_PAGES + " pages of " + kind.key());
      }
      JsonNode body = session.getJson(service, next, headers);
      String source = service + " GET " + next;
      into.addBody(kind, body, source);
      next = nextPage(body, kind, url, source);
    }
  }

  /**
   * The next page's URL: a {@code rel: next} link of {@code <key>_links}, or Glance's next
   * (absolute, or a path from the image endpoint's root). Where it points is not checked here:
   * the session refuses any origin the catalog does not name.
   */
  static String nextPage(JsonNode body, Kind kind, String firstUrl, String source) {
    JsonNode links = body.get(kind.key() + "_links");
    if (links != null && !links.isNull()) {
      if (!links.isArray()) {
        throw new AdoptException(source + ": " + kind.key() + "_links: expected a list");
      }
      for (int i = 0; i < links.size(); i++) {
        JsonNode link = links.get(i);
        if ("next".equals(link.path("rel").asText())) {
          JsonNode href = link.get("href");
          if (href == null || !href.isTextual()) {
            throw new AdoptException(
                source + ": " + kind.key() + "_links[" + i + "].href: expected a URL string");
          }
          return href.asText();
        }
      }
    }
    if (kind == Kind.IMAGES && body.hasNonNull("next")) {
      JsonNode n = body.get("next");
      String next = n.isTextual() ? n.asText() : "";
      if (next.startsWith("http://") || next.startsWith("https://")) {
        return next;
      }
      if (!next.startsWith("/") || next.startsWith("//")) {
        throw new AdoptException(source + ": next: expected a URL or a path starting with /");
      }
      // relative to the image endpoint's root: first URL minus /v2/images…
      int v2 = firstUrl.indexOf("/v2/");
      return firstUrl.substring(0, v2) + next;
    }
    return null;
  }
}
