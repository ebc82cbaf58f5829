package io.hotdsl.validate;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.schema.PropertySchema;
import java.util.Map;

/**
 * A schema map's properties in its order, with the positions of those that are required
 * without a default: what {@link PropertyChecker} needs to visit only the properties that
 * matter. Built once per schema map in a validation run, with the plans of the shapes of map
 * checked against it (not shared between threads).
 */
final class SchemaIndex {
  final Map<String, PropertySchema> schema;
  final String[] keys;
  final PropertyFacts[] facts;
  final Map<String, Integer> positions;
  /** Positions of the properties required without a default, ascending. */
  final int[] required;
  /** By position: whether the property is required without a default. */
  final boolean[] isRequired;
  /** The plans of the maps checked last, for the next map of the same shape. */
  private final Plan[] plans = new Plan[4];

  private int nextPlan;

  SchemaIndex(Map<String, PropertySchema> schema) {
    this.schema = schema;
    keys = new String[schema.size()];
    facts = new PropertyFacts[schema.size()];
    positions = new java.util.HashMap<>();
    int[] req = new int[schema.size()];
    int i = 0;
    int r = 0;
    for (Map.Entry<String, PropertySchema> e : schema.entrySet()) {
      keys[i] = e.getKey();
      facts[i] = new PropertyFacts(e.getValue());
      positions.put(e.getKey(), i);
      if (e.getValue().required() && e.getValue().defaultValue() == null) {
        req[r++] = i;
      }
      i++;
    }
    required = java.util.Arrays.copyOf(req, r);
    isRequired = new boolean[schema.size()];
    for (int k : required) {
      isRequired[k] = true;
    }
  }

  /** Whether {@code key}, not in the schema, is a property Heat hides for {@code type}. */
  boolean hidden(String type, Object key) {
    return type != null && key instanceof String k && HeatHidden.isHiddenProperty(type, k);
  }

  /** The plan of {@code map}, from the last few made for this schema or made now. */
  Plan plan(ArrayMap<?> map, String type) {
    for (Plan p : plans) {
      if (p != null && p.fits(map, type)) {
        return p;
      }
    }
    Plan p = makePlan(map, type);
    plans[nextPlan] = p;
    nextPlan = (nextPlan + 1) % plans.length;
    return p;
  }

  private Plan makePlan(ArrayMap<?> map, String type) {
    int size = map.size();
    int[] unknown = new int[size];
    int u = 0;
    // position in the schema → index of the value + 1 (0: not set)
    int[] valueAt = new int[keys.length];
    for (int j = 0; j < size; j++) {
      String key = map.keyAt(j);
      Integer at = positions.get(key);
      if (at != null) {
        valueAt[at] = j + 1;
      } else if (!hidden(type, key)) {
        unknown[u++] = j;
      }
    }
    int n = 0;
    for (int at = 0; at < keys.length; at++) {
      if (valueAt[at] != 0 || isRequired[at]) {
        n++;
      }
    }
    int[] visit = new int[n];
    int[] values = new int[n];
    n = 0;
    for (int at = 0; at < keys.length; at++) {
      if (valueAt[at] != 0 || isRequired[at]) {
        visit[n] = at;
        values[n++] = valueAt[at] - 1;
      }
    }
    return new Plan(map, type, java.util.Arrays.copyOf(unknown, u), visit, values);
  }

  /**
   * What {@link PropertyChecker} does with a model map of one key array: the keys it reports unknown,
   * then the properties it checks in the schema's order (those set, and those required without
   * a default), each with the index of its value in the map or -1 when it is not set. A function
   * of the keys in order, the schema and the resource type only: a plan keeps the map it was made
   * for, and fits the maps of the same keys ({@link ArrayMap#sameKeys}; at once for maps of one
   * shared key array).
   */
  static final class Plan {
    final ArrayMap<?> shape;
    final String type;
    final int[] unknown;
    final int[] positions;
    final int[] valueIndexes;

    Plan(ArrayMap<?> shape, String type, int[] unknown, int[] positions, int[] valueIndexes) {
      this.shape = shape;
      this.type = type;
      this.unknown = unknown;
      this.positions = positions;
      this.valueIndexes = valueIndexes;
    }

    boolean fits(ArrayMap<?> map, String type) {
      return java.util.Objects.equals(type, this.type) && map.sameKeys(shape);
    }
  }
}
