package io.hotdsl.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was read from a project: the items of the OpenStack API list responses, per collection.
 *
 * <p>Each {@link Kind} names the request whose response body it reads and the body's list key;
 * {@link #fromDirectory(Path)} reads a directory laid out as {@code compute/servers-detail.json},
 * {@code network/ports.json} … (missing files are empty collections), {@link Builder#addBody}
 * takes one response page at a time (as {@link LiveCloud} does).
 */
public final class ProjectSnapshot {

  /** The collections read, with the file a directory holds each in and the body's list key. */
  public enum Kind {
    SERVERS("compute/servers-detail.json", "servers"),
    FLAVORS("compute/flavors-detail.json", "flavors"),
    KEYPAIRS("compute/keypairs.json", "keypairs"),
    SERVER_GROUPS("compute/server-groups.json", "server_groups"),
    AVAILABILITY_ZONES("compute/availability-zones-detail.json", "availabilityZoneInfo"),
    NETWORKS("network/networks.json", "networks"),
    SUBNETS("network/subnets.json", "subnets"),
    PORTS("network/ports.json", "ports"),
    ROUTERS("network/routers.json", "routers"),
    FLOATING_IPS("network/floatingips.json", "floatingips"),
    SECURITY_GROUPS("network/security-groups.json", "security_groups"),
    VOLUMES("volume/volumes-detail.json", "volumes"),
    VOLUME_ATTACHMENTS("volume/attachments-detail.json", "attachments"),
    IMAGES("image/images.json", "images"),
    IMAGE_MEMBERS("image/image-members.json", "members");

    private final String file;
    private final String key;

    Kind(String file, String key) {
      this.file = file;
      this.key = key;
    }

    /** The file of a snapshot directory holding this collection's response body. */
    public String file() {
      return file;
    }

    /** The key of the response body's list. */
    public String key() {
      return key;
    }

    /** The field that identifies an item: every item must have it as a non-empty string. */
    String idField() {
      return switch (this) {
        case KEYPAIRS -> "name";
        case AVAILABILITY_ZONES -> "zoneName";
        case IMAGE_MEMBERS -> "image_id";
        default -> "id";
      };
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Kind, List<JsonNode>> items;
  private final String projectId;

  private ProjectSnapshot(Builder b) {
    EnumMap<Kind, List<JsonNode>> copy = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      copy.put(k, List.copyOf(b.items.getOrDefault(k, List.of())));
    }
    this.items = Collections.unmodifiableMap(copy);
    this.projectId = b.projectId;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the response bodies of a directory laid out like {@link Kind#file()}; a missing file is
   * an empty collection, an unreadable or non-JSON one an {@link AdoptException} naming it.
   */
  public static ProjectSnapshot fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new AdoptException("not a directory: " + dir);
    }
    Builder b = builder();
    int found = 0;
    for (Kind k : Kind.values()) {
      Path f = dir.resolve(k.file());
      if (!Files.isRegularFile(f)) {
        continue;
      }
      found++;
      JsonNode body;
      try {
        body = JSON.readTree(f.toFile());
      } catch (IOException e) {
        throw new AdoptException("cannot read " + f + " as JSON: " + e.getMessage(), e);
      }
      b.addBody(k, body, f.toString());
    }
    if (found == 0) {
      throw new AdoptException("no API response bodies in " + dir + " (expected e.g. "
          + Kind.SERVERS.file() + ", " + Kind.NETWORKS.file() + ")");
    }
    return b.build();
  }

  /** The items read of a collection, in response order. */
  public List<JsonNode> items(Kind kind) {
    return items.get(kind);
  }

  /** The ID of the project read, when known (from the token), or null. */
  public String projectId() {
    return projectId;
  }

  /** The number of items read, all collections together. */
  public int size() {
    return items.values().stream().mapToInt(List::size).sum();
  }

  /** Collects response bodies into a snapshot. */
  public static final class Builder {
    private final Map<Kind, List<JsonNode>> items = new EnumMap<>(Kind.class);
    private String projectId;

    private Builder() {}

    public Builder projectId(String projectId) {
      this.projectId = projectId;
      return this;
    }

    /**
     * Adds one item of a collection (a server object, a network object …); an item that is not
     * an object with its identifying field ({@code id}, a key pair's {@code name} …) is an
     * {@link AdoptException}.
     */
    public Builder add(Kind kind, JsonNode item) {
      Objects.requireNonNull(item, "item");
      return addChecked(kind, item, "an item of " + kind.key());
    }

    private Builder addChecked(Kind kind, JsonNode item, String path) {
      String at = path;
      if (kind == Kind.KEYPAIRS && item.isObject() && item.has("keypair")) {
        item = item.get("keypair");
        at = path + ".keypair";
      }
      if (!item.isObject()) {
        throw new AdoptException(at + ": expected a JSON object, found " + describe(item));
      }
      JsonNode id = item.get(kind.idField());
      if (id == null || !id.isTextual() || id.asText().isEmpty()) {
        throw new AdoptException(at + "." + kind.idField() + ": expected a non-empty string, "
            + "found " + (id == null ? "nothing" : describe(id)));
      }
      items.computeIfAbsent(kind, k -> new ArrayList<>()).add(item);
      return this;
    }

    /**
     * Adds the items of one response body ({@code {"servers": [...], "servers_links": [...]}}).
     *
     * @param source names the body in error messages (a file, a URL)
     */
    public Builder addBody(Kind kind, JsonNode body, String source) {
      JsonNode list = body == null ? null : body.get(kind.key());
      if (list == null || !list.isArray()) {
        throw new AdoptException(source + ": expected a JSON object with a \"" + kind.key()
            + "\" list (the response of " + kind.file() + ")");
      }
      for (int i = 0; i < list.size(); i++) {
        addChecked(kind, list.get(i), source + ": " + kind.key() + "[" + i + "]");
      }
      return this;
    }

    private static String describe(JsonNode n) {
      if (n.isNull() || n.isArray() || n.isObject()) {
        return n.isNull() ? "null" : n.isArray() ? "a list" : "an object";
      }
      String v = n.toString();
      return (n.isNumber() ? "the number " : n.isTextual() ? "the string " : "")
          + (v.length() > 40 ? v.substring(0, 40) + "…" : v);
    }

    public ProjectSnapshot build() {
      return new ProjectSnapshot(this);
    }
  }
}
