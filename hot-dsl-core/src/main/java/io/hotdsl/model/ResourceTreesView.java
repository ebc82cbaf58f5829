package io.hotdsl.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The resources section of {@link Template#treeView()}: name → the resource's sections
 * ({@link Resource#sections()}), built when asked for and not kept; their values are turned into
 * trees by the writer, node by node.
 */
final class ResourceTreesView extends AbstractMap<String, Object> {
  private final Map<String, Resource> resources;

  ResourceTreesView(Map<String, Resource> resources) {
    this.resources = resources;
  }

  @Override
  public int size() {
    return resources.size();
  }

  @Override
  public boolean containsKey(Object key) {
    return resources.containsKey(key);
  }

  @Override
  public Object get(Object key) {
    Resource r = resources.get(key);
    return r == null ? null : r.sections();
  }

  /** Each name and its resource's sections, with no entry object (the writers' way through). */
  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    resources.forEach((name, r) -> action.accept(name, r.sections()));
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return resources.size();
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        Iterator<Entry<String, Resource>> it = resources.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            Entry<String, Resource> e = it.next();
            return Map.entry(e.getKey(), e.getValue().sections());
          }
        };
      }
    };
  }
}
