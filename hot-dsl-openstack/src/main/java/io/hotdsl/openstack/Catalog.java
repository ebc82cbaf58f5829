package io.hotdsl.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Keystone v3 service catalog: its endpoints, the one for a service type, region and
 * interface, and the origins it names (the only places a token is sent to).
 */
final class Catalog {

  record Endpoint(String type, String iface, String region, String url) {}

  private final List<Endpoint> endpoints;

  Catalog(List<Endpoint> endpoints) {
    this.endpoints = List.copyOf(endpoints);
  }

  /**
   * The catalog of a token body's {@code token.catalog}; a value of the wrong shape is an
   * {@link IllegalArgumentException} naming its JSON path.
   */
  static Catalog parse(JsonNode catalog) {
    if (catalog == null || !catalog.isArray()) {
      throw new IllegalArgumentException("token.catalog: expected a list of services, found "
          + Json.describe(catalog) + " (is the token scoped to a project?)");
    }
    List<Endpoint> all = new ArrayList<>();
    for (int i = 0; i < catalog.size(); i++) {
      String at = "token.catalog[" + i + "]";
      JsonNode service = Json.object(catalog.get(i), at);
      String type = Json.text(service, "type", at);
      JsonNode eps = service.get("endpoints");
      if (eps == null || !eps.isArray()) {
        throw new IllegalArgumentException(
            at + ".endpoints: expected a list, found " + Json.describe(eps));
      }
      for (int j = 0; j < eps.size(); j++) {
        String eat = at + ".endpoints[" + j + "]";
        JsonNode e = Json.object(eps.get(j), eat);
        String region = e.hasNonNull("region_id")
            ? Json.text(e, "region_id", eat)
            : e.hasNonNull("region") ? Json.text(e, "region", eat) : null;
        all.add(
            new Endpoint(type, Json.text(e, "interface", eat), region, Json.text(e, "url", eat)));
      }
    }
    return new Catalog(all);
  }

  /** The origins of the catalog's endpoint URLs (URLs that are not http(s) are left out). */
  Set<String> origins() {
    Set<String> origins = new LinkedHashSet<>();
    for (Endpoint e : endpoints) {
      try {
        URI u = Urls.parse(e.url());
        origins.add(Urls.origin(u));
      } catch (IllegalArgumentException ex) {
        // an endpoint that is not a usable URL gets no token; selecting it fails with a message
      }
    }
    return origins;
  }

  /**
   * The URL (no trailing '/') of the first of {@code types} with an endpoint of
   * {@code iface} in {@code region} (any region if null), or null; {@code seen} collects what
   * the catalog has of those types, for the message.
   */
  String find(List<String> types, String iface, String region, List<String> seen) {
    for (String type : types) {
      for (Endpoint e : endpoints) {
        if (!type.equals(e.type())) {
          continue;
        }
        seen.add(e.type() + " " + e.iface() + " " + e.region());
        if (iface.equals(e.iface()) && (region == null || region.equals(e.region()))) {
          return Urls.stripSuffix(e.url(), "/");
        }
      }
    }
    return null;
  }
}
