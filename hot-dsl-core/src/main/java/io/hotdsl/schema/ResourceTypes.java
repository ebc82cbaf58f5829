package io.hotdsl.schema;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resource type schemas the validator knows: those of every {@link ResourceTypeProvider} on the
 * class path (hot-dsl-resources provides Heat 19's) plus those registered at run time.
 */
public final class ResourceTypes {
  private static final Map<String, ResourceTypeSchema> REGISTERED = new ConcurrentHashMap<>();
  private static volatile Map<String, ResourceTypeSchema> discovered;

  private ResourceTypes() {}

  /** The schema of {@code type}, if known. */
  public static Optional<ResourceTypeSchema> lookup(String type) {
    ResourceTypeSchema s = REGISTERED.get(type);
    return Optional.ofNullable(s != null ? s : discovered().get(type));
  }

  /** Every known type, sorted by name. */
  public static Map<String, ResourceTypeSchema> all() {
    Map<String, ResourceTypeSchema> all = new TreeMap<>(discovered());
    all.putAll(REGISTERED);
    return Collections.unmodifiableMap(all);
  }

  /** Whether no schema is known at all (then unknown types can't be told from known ones). */
  public static boolean isEmpty() {
    return REGISTERED.isEmpty() && discovered().isEmpty();
  }

  /** Makes {@code schema} known (a custom type of the user's cloud). */
  public static void register(ResourceTypeSchema schema) {
    REGISTERED.put(schema.type(), schema);
  }

  private static Map<String, ResourceTypeSchema> discovered() {
    Map<String, ResourceTypeSchema> d = discovered;
    if (d == null) {
      synchronized (ResourceTypes.class) {
        d = discovered;
        if (d == null) {
          Map<String, ResourceTypeSchema> found = new TreeMap<>();
          for (ResourceTypeProvider p : ServiceLoader.load(ResourceTypeProvider.class)) {
            found.putAll(p.schemas());
          }
          discovered = d = Collections.unmodifiableMap(found);
        }
      }
    }
    return d;
  }
}
