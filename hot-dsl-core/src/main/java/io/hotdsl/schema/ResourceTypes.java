package io.hotdsl.schema;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide default {@link Catalog}: {@link Catalog#standard()} plus the schemas
 * {@link #register registered} at run time. Validation entry points without a catalog use it;
 * prefer passing a {@link Catalog} (the registry is kept so existing callers work).
 */
public final class ResourceTypes {
  private static final Map<String, ResourceTypeSchema> REGISTERED = new ConcurrentHashMap<>();
  /** The default catalog, rebuilt after a registration; null until then. */
  private static volatile Catalog current;

  private ResourceTypes() {}

  /** {@link Catalog#standard()} with the registered schemas on top (a snapshot). */
  public static Catalog catalog() {
    Catalog c = current;
    if (c == null) {
      synchronized (ResourceTypes.class) {
        c = current;
        if (c == null) {
          current = c = Catalog.standard().with(REGISTERED.values());
        }
      }
    }
    return c;
  }

  /** The schema of {@code type} in the default {@link #catalog()}, if known. */
  public static Optional<ResourceTypeSchema> lookup(String type) {
    return catalog().lookup(type);
  }

  /** Every type of the default {@link #catalog()}, sorted by name (loads every schema). */
  public static Map<String, ResourceTypeSchema> all() {
    return catalog().all();
  }

  /** Whether the default {@link #catalog()} knows no schema at all. */
  public static boolean isEmpty() {
    return catalog().isEmpty();
  }

  /**
   * Makes {@code schema} known process-wide (a custom type of the user's cloud).
   *
   * @deprecated pass {@code Catalog.standard().with(schema)} to the validator instead; this
   *     changes every later validation of the process that uses the default catalog.
   */
  @Deprecated
  public static synchronized void register(ResourceTypeSchema schema) {
    REGISTERED.put(schema.type(), schema);
    current = null;
  }
}
