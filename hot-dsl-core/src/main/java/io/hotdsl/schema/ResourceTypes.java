package io.hotdsl.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resource type schemas the validator knows: those of every {@link ResourceTypeProvider} on the
 * class path (hot-dsl-resources provides Heat 19's) plus those registered at run time.
 *
 * <p>Providers are found once; a type's schema is loaded the first time it is looked up, so a
 * process that validates a template pays for the types the template uses. {@link #all()} loads
 * every schema.
 */
public final class ResourceTypes {
  private static final Map<String, ResourceTypeSchema> REGISTERED = new ConcurrentHashMap<>();
  private static volatile List<ResourceTypeProvider> providers;

  private ResourceTypes() {}

  /** The schema of {@code type}, if known. */
  public static Optional<ResourceTypeSchema> lookup(String type) {
    ResourceTypeSchema s = REGISTERED.get(type);
    if (s != null) {
      return Optional.of(s);
    }
    List<ResourceTypeProvider> found = providers();
    for (int i = found.size() - 1; i >= 0; i--) { // a later provider wins, as in all()
      Optional<ResourceTypeSchema> schema = found.get(i).schema(type);
      if (schema.isPresent()) {
        return schema;
      }
    }
    return Optional.empty();
  }

  /** Every known type, sorted by name (loads every schema). */
  public static Map<String, ResourceTypeSchema> all() {
    Map<String, ResourceTypeSchema> all = new TreeMap<>();
    for (ResourceTypeProvider p : providers()) {
      all.putAll(p.schemas());
    }
    all.putAll(REGISTERED);
    return Collections.unmodifiableMap(all);
  }

  /** Whether no schema is known at all (then unknown types can't be told from known ones). */
  public static boolean isEmpty() {
    return REGISTERED.isEmpty() && providers().stream().allMatch(p -> p.types().isEmpty());
  }

  /** Makes {@code schema} known (a custom type of the user's cloud). */
  public static void register(ResourceTypeSchema schema) {
    REGISTERED.put(schema.type(), schema);
  }

  private static List<ResourceTypeProvider> providers() {
    List<ResourceTypeProvider> p = providers;
    if (p == null) {
      synchronized (ResourceTypes.class) {
        p = providers;
        if (p == null) {
          List<ResourceTypeProvider> found = new ArrayList<>();
          ServiceLoader.load(ResourceTypeProvider.class).forEach(found::add);
          providers = p = List.copyOf(found);
        }
      }
    }
    return p;
  }
}
