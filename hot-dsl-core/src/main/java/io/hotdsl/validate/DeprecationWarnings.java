package io.hotdsl.validate;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.Trees;
import io.hotdsl.schema.DeprecatedProperties;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * validate's part of {@link DeprecatedProperties}: a warning naming the replacement for each
 * hidden or deprecated property a resource sets, at the top level and in list items of maps
 * ({@code fixed_ips[0].subnet_id}). Heat 19 accepts them silently.
 */
final class DeprecationWarnings {
  /** A path with an entry in the type's table. */
  private static final int ENTRY = 1;
  /** A path with table entries in its list items ({@code fixed_ips}). */
  private static final int LIST_PARENT = 2;

  /** Per type, the paths of its table and their list parents, indexed: one look-up. */
  private static volatile Tables tables;

  /**
   * The model maps' key arrays met in this run, by the table level they were looked up in (its
   * {@link Node#items} or {@link Table#top} id): per level, the plans of the last few shapes of
   * map (a template's resources of one type set the same properties, so one plan serves them
   * all). Made when first needed.
   */
  private Plan[][] plans;

  /** One per validation run (its plans are not shared between threads). */
  DeprecationWarnings() {}

  /**
   * The keys of a model map with an entry in a table level, by index in the map, and their
   * nodes: a function of the map's keys in order (compared by identity first, as maps of one
   * shape usually share their key strings) and the level.
   */
  private static final class Plan {
    /** The map the plan was made for: it fits the maps of the same keys. */
    final ArrayMap<?> shape;

    final int[] indexes;
    final Node[] nodes;

    Plan(ArrayMap<?> shape, int[] indexes, Node[] nodes) {
      this.shape = shape;
      this.indexes = indexes;
      this.nodes = nodes;
    }

    boolean fits(ArrayMap<?> map) {
      return map.sameKeys(shape);
    }
  }

  /**
   * A path of a type's table ({@code fixed_ips.*.subnet_id}) or a list parent of one
   * ({@code fixed_ips}): what it is, and the paths one level down in its list items by their
   * last key, so that a walk looks keys up without spelling the paths out.
   */
  private static final class Node {
    /** {@link #message} before it is known. */
    private static final String UNKNOWN = new String("unknown");

    final int kind;
    final String path;
    /** The prefix of the paths in its list items: {@code path.*.}. */
    final String itemPrefix;

    final Map<String, Node> items = new HashMap<>();
    /** The id of {@link #items} as a level of plans. */
    final int itemsId;
    /**
     * The warning of {@link DeprecatedProperties#of}, or null when the path is neither hidden nor
     * deprecated; found once (a benign race: every thread finds the same string).
     */
    private String message = UNKNOWN;

    Node(int kind, String path, int itemsId) {
      this.kind = kind;
      this.path = path;
      this.itemsId = itemsId;
      this.itemPrefix = path + ".*.";
    }

    String message(String type) {
      String m = message;
      if (m == UNKNOWN) {
        m = DeprecatedProperties.of(type, path)
            .map(DeprecatedProperties.Use::message)
            .orElse(null);
        message = m;
      }
      return m;
    }
  }

  /**
   * A type's table: every path ({@code all}) and the top-level ones without a dot, a level of
   * plans whose id is {@code topId}.
   */
  private record Table(Map<String, Node> all, Map<String, Node> top, int topId) {}

  /** The types' tables, and how many levels of plans they have (their ids: 0 to levels - 1). */
  private record Tables(Map<String, Table> byType, int levels) {}

  void check(YamlPath path, String type, Map<?, ?> properties, List<Problem> problems) {
    Table table = tables().byType().get(type);
    if (table != null) {
      checkMap(path, type, "", properties, table.top(), table.topId(), table, problems);
    }
  }

  /**
   * For each path in a type's table, {@link #ENTRY}; for every prefix followed by {@code .*.}
   * ({@code a.*.b.*.c} gives {@code a} and {@code a.*.b}), {@link #LIST_PARENT}: a path has
   * entries in its list items exactly when it is one of those (indexed once instead of searching
   * the table per property). A path {@code p.*.k} whose last key {@code k} has no dot is also
   * reached from its parent {@code p} by {@code k}.
   */
  private static Tables tables() {
    Tables t = tables;
    if (t == null) {
      Map<String, Table> m = new HashMap<>();
      int[] levels = {0};
      DeprecatedProperties.statuses().forEach((type, table) -> {
        Map<String, Integer> kinds = new HashMap<>();
        for (String k : table.keySet()) {
          kinds.merge(k, ENTRY, (a, b) -> a | b);
          for (int i = k.indexOf(".*."); i >= 0; i = k.indexOf(".*.", i + 1)) {
            kinds.merge(k.substring(0, i), LIST_PARENT, (a, b) -> a | b);
          }
        }
        Map<String, Node> all = new HashMap<>();
        kinds.forEach((k, kind) -> all.put(k, new Node(kind, k, levels[0]++)));
        Map<String, Node> top = new HashMap<>();
        all.forEach((k, node) -> {
          int i = k.lastIndexOf(".*.");
          String last = i < 0 ? k : k.substring(i + 3);
          if (last.indexOf('.') >= 0) {
            return; // found through all only
          }
          (i < 0 ? top : all.get(k.substring(0, i)).items).put(last, node);
        });
        m.put(type, new Table(all, top, levels[0]++));
      });
      tables = t = new Tables(Map.copyOf(m), levels[0]);
    }
    return t;
  }

  /**
   * {@code values} at {@code path}, whose table paths start with {@code prefix} ({@code ""} or
   * {@code fixed_ips.*.}) and are in {@code level} by their last key.
   */
  private void checkMap(
      YamlPath path,
      String type,
      String prefix,
      Map<?, ?> values,
      Map<String, Node> level,
      int levelId,
      Table table,
      List<Problem> problems) {
    if (values instanceof ArrayMap<?> array) {
      // a model map by its arrays, without entries: only its keys with a node
      checkPlanned(
          path, type, array, plan(array, type, prefix, level, levelId, table), table, problems);
      return;
    }
    for (Map.Entry<?, ?> e : values.entrySet()) {
      checkEntry(
          path, type, prefix, String.valueOf(e.getKey()), e.getValue(), level, table, problems);
    }
  }

  /** The keys of {@code array} at {@code path} that {@code plan} (the plan of its keys) holds. */
  private void checkPlanned(
      YamlPath path,
      String type,
      ArrayMap<?> array,
      Plan plan,
      Table table,
      List<Problem> problems) {
    for (int i = 0; i < plan.indexes.length; i++) {
      int j = plan.indexes[i];
      checkNode(path, type, array.keyAt(j), array.valueAt(j), plan.nodes[i], table, problems);
    }
  }

  /**
   * The plan of {@code map}'s keys at a level: the keys with a node that may give a warning (an
   * entry with a message, or a list parent).
   */
  private Plan plan(
      ArrayMap<?> map,
      String type,
      String prefix,
      Map<String, Node> level,
      int levelId,
      Table table) {
    if (plans == null) {
      plans = new Plan[tables().levels()][];
    }
    Plan[] known = plans[levelId];
    if (known == null) {
      known = plans[levelId] = new Plan[4];
    }
    for (Plan p : known) {
      if (p != null && p.fits(map)) {
        return p;
      }
    }
    int size = map.size();
    int[] indexes = new int[size];
    Node[] nodes = new Node[size];
    int n = 0;
    for (int j = 0; j < size; j++) {
      Node node = nodeOf(prefix, map.keyAt(j), level, table);
      if (node != null && ((node.kind & LIST_PARENT) != 0 || node.message(type) != null)) {
        indexes[n] = j;
        nodes[n++] = node;
      }
    }
    Plan p = new Plan(map, Arrays.copyOf(indexes, n), Arrays.copyOf(nodes, n));
    // the oldest plan makes room
    System.arraycopy(known, 0, known, 1, known.length - 1);
    known[0] = p;
    return p;
  }

  /** The path prefix + key in the table: by its last key, or spelled out for a key with a dot. */
  private static Node nodeOf(String prefix, String key, Map<String, Node> level, Table table) {
    return key.indexOf('.') < 0 ? level.get(key) : table.all().get(prefix + key);
  }

  private void checkEntry(
      YamlPath path,
      String type,
      String prefix,
      String key,
      Object value,
      Map<String, Node> level,
      Table table,
      List<Problem> problems) {
    Node node = nodeOf(prefix, key, level, table);
    if (node != null) {
      checkNode(path, type, key, value, node, table, problems);
    }
  }

  /** Key {@code key} of the map at {@code path}, whose path in the table is {@code node}. */
  private void checkNode(
      YamlPath path,
      String type,
      String key,
      Object value,
      Node node,
      Table table,
      List<Problem> problems) {
    if ((node.kind & ENTRY) != 0) {
      String message = node.message(type);
      if (message != null) {
        problems.add(Problem.warning(path.key(key).toString(), message));
      }
    }
    List<?> l = (node.kind & LIST_PARENT) != 0 ? PropertyNodes.asList(Trees.node(value)) : null;
    if (l != null) {
      YamlPath listPath = null; // built for the first item with a key to check
      for (int i = 0; i < l.size(); i++) {
        Object item = Trees.node(l.get(i));
        if (item instanceof ArrayMap<?> array) {
          Plan plan = plan(array, type, node.itemPrefix, node.items, node.itemsId, table);
          if (plan.indexes.length > 0) {
            listPath = listPath == null ? path.key(key) : listPath;
            checkPlanned(listPath.index(i), type, array, plan, table, problems);
          }
        } else if (item instanceof Map<?, ?> m) {
          listPath = listPath == null ? path.key(key) : listPath;
          checkMap(
              listPath.index(i),
              type,
              node.itemPrefix,
              m,
              node.items,
              node.itemsId,
              table,
              problems);
        }
      }
    }
  }
}
