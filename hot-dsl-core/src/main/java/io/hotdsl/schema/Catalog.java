package io.hotdsl.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable set of resource type schemas, passed to whatever validates: the generated schemas
 * of the {@link ResourceTypeProvider}s on the class path ({@link #standard()}) and, on top, the
 * user's own types ({@link #with(ResourceTypeSchema...)}).
 *
 * <p>A type's schema is loaded from its provider the first time it is looked up, so a process
 * pays for the types it uses; {@link #all()} loads every schema. Adding schemas returns a new
 * catalog and leaves this one, and {@link #standard()}, as they were.
 */
public final class Catalog {
  private static final Catalog EMPTY = new Catalog(List.of(), Map.of());

  private final List<ResourceTypeProvider> providers;
  /** The user's schemas by type, which win over the providers'. */
  private final Map<String, ResourceTypeSchema> own;

  private Catalog(List<ResourceTypeProvider> providers, Map<String, ResourceTypeSchema> own) {
    this.providers = providers;
    this.own = own;
  }

  /**
   * The providers on the class path (found once, on first use, with the thread's context class
   * loader; hot-dsl-resources: Heat 19's). Tools that load the user's code in a class loader of
   * their own use {@link #standard(ClassLoader)} instead.
   */
  public static Catalog standard() {
    return Standard.CATALOG;
  }

  /**
   * The providers {@code loader} sees, found now and not kept: for a tool that loads a project's
   * classes in a class loader of its own (the Maven plugin), so that the project's generated types
   * are known and nothing of that loader outlives it.
   */
  public static Catalog standard(ClassLoader loader) {
    return new Catalog(load(Objects.requireNonNull(loader, "loader")), Map.of());
  }

  /** A catalog of just {@code schemas} (a later schema of the same type wins). */
  public static Catalog of(ResourceTypeSchema... schemas) {
    return EMPTY.with(schemas);
  }

  /** A catalog of just {@code schemas} (a later schema of the same type wins). */
  public static Catalog of(Collection<? extends ResourceTypeSchema> schemas) {
    return EMPTY.with(schemas);
  }

  /** This catalog with {@code schemas} on top: they win over a known type of the same name. */
  public Catalog with(ResourceTypeSchema... schemas) {
    return with(Arrays.asList(schemas));
  }

  /** This catalog with {@code schemas} on top: they win over a known type of the same name. */
  public Catalog with(Collection<? extends ResourceTypeSchema> schemas) {
    if (schemas.isEmpty()) {
      return this;
    }
    Map<String, ResourceTypeSchema> added = new LinkedHashMap<>(own);
    for (ResourceTypeSchema s : schemas) {
      if (s == null) {
        throw new NullPointerException("a catalog holds no null schema");
      }
      added.put(s.type(), s);
    }
    return new Catalog(providers, Collections.unmodifiableMap(added));
  }

  /** The schema of {@code type}, if known (loads that type's schema only). */
  public Optional<ResourceTypeSchema> lookup(String type) {
    ResourceTypeSchema s = own.get(type);
    if (s != null) {
      return Optional.of(s);
    }
    for (int i = providers.size() - 1; i >= 0; i--) { // a later provider wins, as in all()
      Optional<ResourceTypeSchema> schema = providers.get(i).schema(type);
      if (schema.isPresent()) {
        return schema;
      }
    }
    return Optional.empty();
  }

  /** The names of every known type, sorted, without loading their schemas. */
  public Set<String> types() {
    Set<String> types = new TreeSet<>(own.keySet());
    providers.forEach(p -> types.addAll(p.types()));
    return Collections.unmodifiableSet(types);
  }

  /** Every known type's schema, sorted by name (loads every schema). */
  public Map<String, ResourceTypeSchema> all() {
    Map<String, ResourceTypeSchema> all = new TreeMap<>();
    for (ResourceTypeProvider p : providers) {
      all.putAll(p.schemas());
    }
    all.putAll(own);
    return Collections.unmodifiableMap(all);
  }

  /** Whether no schema is known at all (then unknown types can't be told from known ones). */
  public boolean isEmpty() {
    return own.isEmpty() && providers.stream().allMatch(p -> p.types().isEmpty());
  }

  @Override
  public String toString() {
    return "Catalog[" + providers.size() + " providers, " + own.keySet() + "]";
  }

  /** Holds the standard catalog, so the providers are looked for on first use only. */
  private static final class Standard {
    static final Catalog CATALOG =
        new Catalog(load(Thread.currentThread().getContextClassLoader()), Map.of());
  }

  private static List<ResourceTypeProvider> load(ClassLoader loader) {
    List<ResourceTypeProvider> found = new ArrayList<>();
    ServiceLoader.load(ResourceTypeProvider.class, loader).forEach(found::add);
    return List.copyOf(found);
  }
}
