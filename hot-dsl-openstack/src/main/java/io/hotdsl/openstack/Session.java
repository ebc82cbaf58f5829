package io.hotdsl.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.openstack.OpenStackException.Reason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection to one OpenStack cloud: Keystone v3 authentication (password or application
 * credential) giving a token and its service catalog, or no Keystone at all with fixed endpoint
 * URLs (heatclient's {@code --os-no-client-auth --heat-url}); then requests under these rules:
 *
 * <ul>
 *   <li>the token goes only to the origins (scheme, host, port) of the catalog's endpoints, of
 *       the auth URL and of the fixed endpoints; a request elsewhere (a pagination link to
 *       another host) is refused before anything is sent;
 *   <li>redirects are never followed: a 3xx answer is a {@link Reason#REFUSED} failure;
 *   <li>every request has a connect timeout, a read timeout and a deadline that holds while the
 *       body trickles ({@link Timeouts}); the session may have an overall deadline; bodies and
 *       the number of requests are bounded;
 *   <li>every message has the passwords, secrets, the token and URL user information redacted
 *       ({@link #redactor()}).
 * </ul>
 *
 * <pre>
 * Session s = Session.builder().cloud(CloudConfig.resolve(null, System.getenv()))
 *     .timeouts(Timeouts.of(Duration.ofSeconds(30))).deadline(Duration.ofMinutes(10)).build();
 * JsonNode servers = s.getJson("compute", s.endpoint("compute", "compute") + "/servers", Map.of());
 * </pre>
 *
 * <p>Thread-safe.
 */
public final class Session {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration MAX_DEADLINE = Duration.ofDays(366);

  private final CloudConfig cloud;
  private final Map<String, String> fixed;
  private final Transport transport;
  private final long deadlineNanos;
  private final Duration deadline;
  private final int maxRequests;
  private final AtomicInteger requests = new AtomicInteger();
  private final Set<String> baseOrigins;
  private volatile Redactor redactor;
  private volatile Auth auth;

  /** keystoneauth's rule: a token this close to its expiry is renewed before it is sent. */
  static final Duration STALE = Duration.ofSeconds(30);

  private final Clock clock;

  /** A token, what it allows, and when it expires (null when Keystone did not say). */
  private record Auth(
      String token, String projectId, Catalog catalog, Set<String> origins, Instant expiresAt) {}

  private Session(Builder b) {
    this.cloud = b.cloud;
    this.clock = b.clock;
    this.fixed = Map.copyOf(b.fixed);
    this.transport = new Transport(b.timeouts, b.maxBodyBytes);
    this.deadline = b.deadline;
    this.deadlineNanos = b.deadline == null ? 0 : System.nanoTime() + b.deadline.toNanos();
    this.maxRequests = b.maxRequests;
    this.redactor = b.cloud == null ? Redactor.none() : Redactor.of(b.cloud.secrets());
    Set<String> origins = new LinkedHashSet<>();
    if (cloud != null) {
      origins.add(Urls.origin(parse("identity", Keystone.tokensUrl(cloud))));
    }
    fixed.values().forEach(u -> origins.add(Urls.origin(parse("endpoint", u))));
    this.baseOrigins = Set.copyOf(origins);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The redactor of every message: knows the configured secrets and, once issued, the token. */
  public Redactor redactor() {
    return redactor;
  }

  /**
   * Gets a token and its catalog from Keystone (once; later calls return at once). Without a
   * cloud (fixed endpoints only) there is nothing to do.
   */
  public void authenticate() {
    if (cloud == null || (auth != null && !stale(auth))) {
      return;
    }
    synchronized (this) {
      if (auth == null || stale(auth)) {
        auth = requestToken();
      }
    }
  }

  /** Whether the token expires within {@link #STALE} (a token without expiry never does). */
  private boolean stale(Auth a) {
    return a.expiresAt() != null && !clock.instant().plus(STALE).isBefore(a.expiresAt());
  }

  /**
   * A new token in place of {@code refused}, which the service answered 401 to (it expired or
   * was revoked early); another thread may already have renewed it.
   */
  private void renew(Auth refused) {
    synchronized (this) {
      if (auth == refused) {
        auth = requestToken();
      }
    }
  }

  /** The project of the token (null without Keystone or for an unscoped token). */
  public String projectId() {
    authenticate();
    return auth == null ? null : auth.projectId();
  }

  /**
   * The endpoint URL (no trailing '/') of {@code service}: a fixed endpoint given for one of
   * {@code types}, else the first of {@code types} the catalog has for the cloud's interface and
   * region.
   *
   * @param service the name used in messages ("compute")
   * @param types catalog service types to try in order ("block-storage", "volumev3" …)
   */
  public String endpoint(String service, String... types) {
    for (String t : types) {
      if (fixed.containsKey(t)) {
        return Urls.stripSuffix(fixed.get(t), "/");
      }
    }
    if (cloud == null) {
      throw fail(
          Reason.CONFIG,
          "service " + service + " (type " + String.join(" or ", types)
              + ") has no endpoint: without Keystone only these are known: " + fixed.keySet());
    }
    authenticate();
    List<String> seen = new ArrayList<>();
    String url =
        auth.catalog().find(List.of(types), cloud.interfaceName(), cloud.regionName(), seen);
    if (url == null) {
      throw fail(
          Reason.CONFIG,
          "service " + service + " (catalog type "
              + String.join(" or ", types) + ") has no " + cloud.interfaceName() + " endpoint"
              + (cloud.regionName() != null ? " in region " + cloud.regionName() : "")
              + " in the token's service catalog of cloud " + cloud.name()
              + (seen.isEmpty() ? " (the type is absent)" : " (found: " + seen + ")"));
    }
    return url;
  }

  /**
   * {@link #endpoint(String, String...)} ending with {@code version} ({@code "/v2.0"}): appended
   * unless the catalog's URL already ends with it.
   */
  public String versionedEndpoint(String service, String version, String... types) {
    return Urls.versioned(endpoint(service, types), version);
  }

  /** A GET whose answer must be 2xx and a JSON object. */
  public JsonNode getJson(String service, String url, Map<String, String> headers) {
    return send(service, "GET", url, headers, null).requireSuccess().json();
  }

  /**
   * Sends one request with the token (if any) and returns the answer, whatever its status
   * except 3xx (redirects are refused). {@code jsonBody} may be null.
   */
  public Response send(
      String service, String method, String url, Map<String, String> headers, String jsonBody) {
    authenticate();
    Auth used = auth;
    Response r = sendOnce(service, method, url, headers, jsonBody, used);
    if (r.status() == 401 && used != null) {
      // the token expired or was revoked before its time: one new token, one more try (a 401
      // means the service did not act on the request, so sending it again is safe)
      renew(used);
      r = sendOnce(service, method, url, headers, jsonBody, auth);
    }
    return r;
  }

  private Response sendOnce(
      String service,
      String method,
      String url,
      Map<String, String> headers,
      String jsonBody,
      Auth auth) {
    URI uri = parse(service + " " + method, url);
    String origin = Urls.origin(uri);
    Set<String> allowed = auth == null ? baseOrigins : auth.origins();
    if (!allowed.contains(origin)) {
      throw fail(
          Reason.REFUSED,
          service + " " + method + " " + url + ": refused: " + origin
              + " is not an origin of the service catalog or the auth URL, and the token is sent"
              + " nowhere else (allowed: " + allowed + ")");
    }
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Accept", "application/json");
    if (jsonBody != null) {
      h.put("Content-Type", "application/json");
    }
    h.putAll(headers);
    if (auth != null) {
      h.put("X-Auth-Token", auth.token());
    }
    return exchange(service, method, url, uri, h, jsonBody);
  }

  private Response exchange(
      String service,
      String method,
      String url,
      URI uri,
      Map<String, String> headers,
      String body) {
    String what = service + " " + method + " " + url;
    if (requests.incrementAndGet() > maxRequests) {
      throw fail(Reason.LIMIT, what + ": more than " + maxRequests + " requests in one session");
    }
    long now = System.nanoTime();
    long requestDeadline = now + transport.requestTimeout().toNanos();
    // nanoTime values are compared by difference only: they may be negative
    boolean overall =
        deadline != null && deadlineNanos - now < transport.requestTimeout().toNanos();
    String deadlineName = overall
        ? "overall deadline of " + Transport.seconds(deadline)
        : "request deadline of " + Transport.seconds(transport.requestTimeout());
    Transport.Raw raw;
    try {
      raw = transport.exchange(
          method,
          uri,
          headers,
          body == null ? null : body.getBytes(StandardCharsets.UTF_8),
          overall ? deadlineNanos : requestDeadline,
          deadlineName);
    } catch (Transport.Failure f) {
      throw fail(f.reason, what + ": " + f.getMessage());
    }
    if (raw.status() / 100 == 3) {
      String location = raw.headers().firstValue("Location").orElse("(no Location)");
      String other = "";
      try {
        URI target = uri.resolve(location);
        if (target.getScheme() != null
            && target.getHost() != null
            && !Urls.origin(target).equals(Urls.origin(uri))) {
          other = "; " + Urls.origin(target) + " is another origin";
        }
      } catch (IllegalArgumentException e) {
        other = "; the location is not a valid URL";
      }
      throw fail(
          Reason.REFUSED,
          what + ": HTTP " + raw.status() + " redirect to " + location
              + " refused: redirects are not followed" + other);
    }
    return new Response(service, method, url, raw.status(), raw.headers(), raw.body(), redactor);
  }

  private Auth requestToken() {
    String url = Keystone.tokensUrl(cloud);
    URI uri = parse("identity POST", url);
    Response r = exchange(
        "identity",
        "POST",
        url,
        uri,
        Map.of("Content-Type", "application/json", "Accept", "application/json"),
        Keystone.tokenRequest(cloud, JSON));
    if (r.status() == 401) {
      throw r.failure(
          Reason.HTTP,
          true,
          "HTTP 401, Keystone refused the credentials of cloud " + cloud.name() + r.excerpt());
    }
    r.requireSuccess();
    String token = r.header("X-Subject-Token")
        .filter(t -> !t.isBlank())
        .orElseThrow(() -> r.failure(Reason.MALFORMED, true, "no X-Subject-Token header"));
    redactor = redactor.with(token);
    JsonNode body = r.json();
    Catalog catalog;
    String project;
    Instant expires = null;
    try {
      JsonNode t = Json.object(body.get("token"), "token");
      catalog = Catalog.parse(t.get("catalog"));
      JsonNode e = t.get("expires_at");
      if (e != null && !e.isNull()) {
        String text = Json.text(t, "expires_at", "token");
        try {
          expires = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException bad) {
          throw new IllegalArgumentException(
              "token.expires_at: expected an ISO 8601 time," + " not " + text);
        }
      }
      JsonNode p = t.get("project");
      project = p == null || p.isNull()
          ? null
          : Json.text(Json.object(p, "token.project"), "id", "token.project");
    } catch (IllegalArgumentException e) {
      throw r.failure(Reason.MALFORMED, true, e.getMessage());
    }
    Set<String> origins = new LinkedHashSet<>(baseOrigins);
    origins.addAll(catalog.origins());
    if (expires != null && !clock.instant().plus(STALE).isBefore(expires)) {
      // already stale when issued: the clocks disagree (or the token lives under 30 s), and
      // renewing before every request would not help; a 401 still renews it
      expires = null;
    }
    return new Auth(token, project, catalog, Set.copyOf(origins), expires);
  }

  private URI parse(String what, String url) {
    Objects.requireNonNull(url, "url");
    try {
      return Urls.parse(url);
    } catch (IllegalArgumentException e) {
      throw fail(Reason.CONFIG, what + ": " + url + ": " + e.getMessage());
    }
  }

  private OpenStackException fail(Reason reason, String message) {
    return new OpenStackException(reason, redactor.redact(message));
  }

  /** Builds a {@link Session}: a cloud, fixed endpoints, or both (fixed ones win). */
  public static final class Builder {
    private CloudConfig cloud;
    private final Map<String, String> fixed = new LinkedHashMap<>();
    private Timeouts timeouts = Timeouts.DEFAULT;
    private Duration deadline;
    private long maxBodyBytes = 64L << 20;
    private int maxRequests = 10_000;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The clock that tells whether a token is about to expire (tests move it). */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Authenticate with Keystone as {@code cloud} says. */
    public Builder cloud(CloudConfig cloud) {
      this.cloud = Objects.requireNonNull(cloud, "cloud");
      return this;
    }

    /**
     * A fixed endpoint for catalog service {@code type} ("orchestration"): used instead of the
     * catalog; without a cloud, the session sends no token at all.
     */
    public Builder endpoint(String type, String url) {
      fixed.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(url, "url"));
      return this;
    }

    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /** A deadline (up to a year) for everything the session does, from {@link #build()}. */
    public Builder deadline(Duration deadline) {
      if (deadline.isNegative() || deadline.isZero() || deadline.compareTo(MAX_DEADLINE) > 0) {
        throw new IllegalArgumentException(
            "the deadline must be positive and at most " + MAX_DEADLINE + ", not " + deadline);
      }
      this.deadline = deadline;
      return this;
    }

    /** The largest body read (default 64 MiB). */
    public Builder maxBodyBytes(long maxBodyBytes) {
      if (maxBodyBytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** The most requests one session sends (default 10,000). */
    public Builder maxRequests(int maxRequests) {
      if (maxRequests <= 0) {
        throw new IllegalArgumentException("maxRequests must be positive: " + maxRequests);
      }
      this.maxRequests = maxRequests;
      return this;
    }

    /**
     * The session; a URL that is not http(s), or holds user information, is a
     * {@link Reason#CONFIG} failure (redacted).
     */
    public Session build() {
      if (cloud == null && fixed.isEmpty()) {
        throw new IllegalStateException("give a cloud or at least one fixed endpoint");
      }
      return new Session(this);
    }
  }
}
