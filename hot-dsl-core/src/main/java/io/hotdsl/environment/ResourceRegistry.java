package io.hotdsl.environment;

import io.hotdsl.environment.InvalidEnvironmentException.Mistake;
import io.hotdsl.functions.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An environment's {@code resource_registry}: global type mappings ({@code "OS::Foo": "OS::Bar"},
 * {@code "My::Type": provider.yaml}, wildcards {@code "OS::Networking::*": "OS::Neutron::*"}), an
 * optional {@code base_url}, and per-resource overrides under {@code resources:} (a type mapping,
 * {@code hooks}, {@code restricted_actions}, nested by resource name for nested stacks).
 */
public final class ResourceRegistry {
  /** The registry with no entry. */
  public static final ResourceRegistry EMPTY = builder().build();

  private final Map<String, Object> tree;

  private ResourceRegistry(Map<String, Object> tree) {
    this.tree = Collections.unmodifiableMap(deepCopy(tree));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a registry tree; {@code path} prefixes problem paths.
   *
   * @throws InvalidEnvironmentException when it is not a map of type names to strings and maps
   */
  public static ResourceRegistry fromTree(Object tree, String path) {
    List<Mistake> mistakes = new ArrayList<>();
    if (!(tree instanceof Map<?, ?> m)) {
      throw new InvalidEnvironmentException(
          List.of(new Mistake(path, "resource_registry must be a map")));
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object v = e.getValue();
      if (key.equals("resources")) {
        if (!(v instanceof Map)) {
          mistakes.add(new Mistake(path + ".resources", "must be a map of resource names"));
        }
      } else if (!(v instanceof String)) {
        mistakes.add(new Mistake(
            path + "." + key, "must map to a resource type or a template file, not " + v));
      }
    }
    if (!mistakes.isEmpty()) {
      throw new InvalidEnvironmentException(mistakes);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> t = (Map<String, Object>) tree;
    return new ResourceRegistry(t);
  }

  /** The global mappings (type name or wildcard → type or template file), without base_url. */
  public Map<String, String> mappings() {
    Map<String, String> out = new LinkedHashMap<>();
    tree.forEach((k, v) -> {
      if (!k.equals("resources") && !k.equals("base_url") && v instanceof String s) {
        out.put(k, s);
      }
    });
    return out;
  }

  /** {@code base_url}, or null. */
  public String baseUrl() {
    return tree.get("base_url") instanceof String s ? s : null;
  }

  /** The {@code resources:} section as a tree (resource name → overrides / nested names). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> resources() {
    return tree.get("resources") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  public boolean isEmpty() {
    return tree.isEmpty();
  }

  /**
   * What {@code type} maps to for the resource at {@code resourcePath} (names from the root
   * stack down), or null: a per-resource override first, then an exact global mapping, then the
   * longest matching wildcard ({@code Prefix*} → {@code Target*}).
   */
  public String lookup(String type, List<String> resourcePath) {
    Match m = match(resources(), mappings(), type, resourcePath);
    return m == null ? null : m.target();
  }

  /**
   * Where a lookup lands: the type or file it maps to, and the global entry's key it went
   * through ({@code null} for a per-resource override).
   */
  public record Match(String target, String key) {}

  /**
   * Heat's lookup of {@code type} for the resource at {@code resourcePath} in a registry's
   * {@code resources} tree and global {@code mappings}, or null: the override first, then the
   * exact entry, then the longest matching wildcard ({@code Prefix*} → {@code Target*}). A bundle
   * whose environments' registries merge looks up through this as one registry does.
   */
  public static Match match(
      Map<String, Object> resources,
      Map<String, String> mappings,
      String type,
      List<String> resourcePath) {
    Object node = resources;
    for (String name : resourcePath) {
      node = node instanceof Map<?, ?> m ? m.get(name) : null;
    }
    if (node instanceof Map<?, ?> m && m.get(type) instanceof String s) {
      return new Match(s, null);
    }
    if (mappings.containsKey(type)) {
      return new Match(mappings.get(type), type);
    }
    String best = null;
    for (String k : mappings.keySet()) {
      if (k.endsWith("*")
          && type.startsWith(k.substring(0, k.length() - 1))
          && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    if (best == null) {
      return null;
    }
    String target = mappings.get(best);
    String rest = type.substring(best.length() - 1);
    return new Match(
        target.endsWith("*") ? target.substring(0, target.length() - 1) + rest : target, best);
  }

  /** The registry tree. */
  public Map<String, Object> toTree() {
    return deepCopy(tree);
  }

  /** A builder with this registry's entries. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tree.putAll(deepCopy(tree));
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceRegistry r && r.tree.equals(tree);
  }

  @Override
  public int hashCode() {
    return tree.hashCode();
  }

  @Override
  public String toString() {
    return "ResourceRegistry" + tree;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> deepCopy(Map<String, ?> m) {
    return (Map<String, Object>) Trees.toTree(m);
  }

  /** Builds a {@link ResourceRegistry}. */
  public static final class Builder {
    private final Map<String, Object> tree = new LinkedHashMap<>();

    private Builder() {}

    /** A global mapping: {@code type} (or a wildcard ending in {@code *}) to a type or file. */
    public Builder map(String type, String target) {
      checkType(type);
      tree.put(type, Objects.requireNonNull(target, "target"));
      return this;
    }

    /** The base URL registry files are resolved against. */
    public Builder baseUrl(String baseUrl) {
      tree.put("base_url", baseUrl);
      return this;
    }

    /**
     * A per-resource mapping: the resource at {@code resourcePath} ({@code "server"} or {@code
     * "nested/server"}) uses {@code target} for {@code type}.
     */
    public Builder resource(String resourcePath, String type, String target) {
      checkType(type);
      node(resourcePath).put(type, Objects.requireNonNull(target, "target"));
      return this;
    }

    /** Hooks on the resource at {@code resourcePath} ({@code "name"} or {@code "nested/name"}). */
    public Builder hooks(String resourcePath, Hook... hooks) {
      List<String> keys = new ArrayList<>();
      for (Hook h : hooks) {
        keys.add(h.key());
      }
      node(resourcePath).put("hooks", keys.size() == 1 ? keys.get(0) : keys);
      return this;
    }

    /** {@code restricted_actions} ("update", "replace") on the resource at {@code resourcePath}. */
    public Builder restrictedActions(String resourcePath, String... actions) {
      node(resourcePath)
          .put("restricted_actions", actions.length == 1 ? actions[0] : List.of(actions));
      return this;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> node(String resourcePath) {
      Map<String, Object> node = (Map<String, Object>)
          tree.computeIfAbsent("resources", k -> new LinkedHashMap<String, Object>());
      for (String name : resourcePath.split("/")) {
        if (name.isEmpty()) {
          continue;
        }
        node = (Map<String, Object>)
            node.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
      }
      return node;
    }

    private void checkType(String type) {
      if (type == null || type.isEmpty() || type.equals("resources") || type.equals("base_url")) {
        throw new IllegalArgumentException("not a resource type name: " + type);
      }
    }

    public ResourceRegistry build() {
      return new ResourceRegistry(tree);
    }
  }
}
