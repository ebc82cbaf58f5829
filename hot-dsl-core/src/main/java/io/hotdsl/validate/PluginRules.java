package io.hotdsl.validate;

import io.hotdsl.functions.ArrayMap;
import io.hotdsl.functions.PyJson;
import io.hotdsl.functions.PythonTruth;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A resource's properties against its type's schema ({@link PropertyChecker}) and the
 * cross-property rules of the plugins' {@code validate()} in Heat 19
 * ({@code heat/engine/resources/openstack/...}), which Heat runs before stack create: their
 * problems are errors labelled "fails at stack create". Values are read as the plugin reads them
 * then ({@link PreCreateValues}); a value hot-dsl cannot know leaves the rule alone.
 */
final class PluginRules {
  /**
   * Types whose plugin overrides {@code validate()} without calling {@code Resource.validate}, so
   * that before stack create no property value is checked against the schema (found by walking
   * every Heat 19 type's method resolution order): {@code senlin/cluster.py Cluster.validate}.
   * (OS::Heat::None, the other one, has no properties to check.) The property names are those
   * the override reads, whose conversion can still fail.
   */
  private static final Map<String, Set<String>> SKIPS_PROPERTY_CHECKS =
      Map.of("OS::Senlin::Cluster", Set.of("min_size", "max_size", "desired_capacity"));

  /** barbican/order.py Order.ALLOWED_PROPERTIES_FOR_TYPE. */
  private static final Map<String, List<String>> ORDER_PROPERTIES = Map.of(
      "key",
          List.of("name", "algorithm", "bit_length", "mode", "payload_content_type", "expiration"),
      "asymmetric",
          List.of(
              "name",
              "algorithm",
              "bit_length",
              "mode",
              "pass_phrase",
              "payload_content_type",
              "expiration"),
      "certificate",
          List.of(
              "name",
              "request_type",
              "subject_dn",
              "source_container_ref",
              "ca_id",
              "profile",
              "request_data"));

  private final List<Problem> problems;
  private final Map<String, Parameter<?>> parameters;
  private final HotVersion version;
  private final PropertyChecker properties;
  private final PreCreateValues values;
  private final Map<String, Resource> resources;
  private final Catalog catalog;

  PluginRules(
      List<Problem> problems,
      Map<String, Parameter<?>> parameters,
      Map<String, Resource> resources,
      HotVersion version,
      Catalog catalog) {
    this.problems = problems;
    this.catalog = catalog;
    this.parameters = parameters;
    this.version = version;
    this.properties = new PropertyChecker(problems, parameters, version);
    this.values = new PreCreateValues(parameters, resources, catalog);
    this.resources = resources;
  }

  /** The resource type schemas of this run. */
  Catalog catalog() {
    return catalog;
  }

  /**
   * Checks the properties of resource {@code name} (at {@code at}, its properties' path) of a
   * known type;
   * {@code resolvable}: the properties that may hold a call {@link ResolveChecks} reports on or
   * {@link LiteralResults} computes, as the walk of their calls found them ({@link
   * FunctionCallChecks#takeResolvableKeys}); the others are not walked again.
   */
  void check(
      YamlPath at,
      String name,
      ResourceTypeSchema schema,
      Map<?, ?> props,
      List<String> resolvable) {
    String type = schema.type();
    Set<String> read = SKIPS_PROPERTY_CHECKS.get(type);
    boolean valueType = type.equals(ValueType.TYPE);
    boolean buildTimeReads = BuildTimeReads.applies(type);
    if (valueType) {
      ValueType.check(this, at, schema, props);
    } else if (buildTimeReads) {
      BuildTimeReads.check(this, at, schema, props);
    } else if (read == null) {
      properties.check(at, schema, props);
    } else {
      List<Problem> own = new ArrayList<>();
      propertiesInto(own).check(at, schema, props);
      for (Problem p : own) {
        String key = p.path().startsWith(at + ".")
            ? p.path().substring(at.toString().length() + 1).split("[.\\[]")[0]
            : "";
        // the keys the override reads are converted (a type error fails), not constrained
        problems.add(
            p.depth() == ValidationDepth.VALIDATE
                    || read.contains(key) && p.message().startsWith("expected ")
                ? p
                : Problem.warning(
                    p.path(),
                    p.message().replace("; " + Problem.AT_CREATE, "")
                        + "; Heat does not check it before stack create (" + schema.type()
                        + "'s validate() skips the property checks): the resource fails when it is "
                        + "created"));
      }
    }
    Map<String, PropertySchema> s = schema.properties();
    if (!resolvable.isEmpty() && !neverResolvesProperties(type)) {
      // Properties.validate resolves every property the schema has (None and Senlin's Cluster
      // never call it); only the properties the walk of calls marked can hold a problem
      boolean any = resolvable == FunctionCallChecks.ANY_KEY;
      boolean checksResolved = !valueType && !buildTimeReads;
      if (props instanceof ArrayMap<?> array && array.size() <= Long.SIZE) {
        // a model map by its arrays: the marked keys found once for both passes
        long marked = 0;
        for (int j = 0; j < array.size(); j++) {
          if (any || resolvable.contains(array.keyAt(j))) {
            marked |= 1L << j;
          }
        }
        for (long m = marked; m != 0; m &= m - 1) {
          int j = Long.numberOfTrailingZeros(m);
          String key = array.keyAt(j);
          Object v = array.valueAt(j);
          if (FunctionWalker.mayHoldCalls(v) && s.containsKey(key)) {
            ResolveChecks.check(this, at.key(key), v);
          }
        }
        for (long m = checksResolved ? marked : 0; m != 0; m &= m - 1) {
          int j = Long.numberOfTrailingZeros(m);
          checkResolved(at, array.keyAt(j), s.get(array.keyAt(j)), array.valueAt(j));
        }
      } else {
        props.forEach((k, v) -> {
          String key = String.valueOf(k);
          if (FunctionWalker.mayHoldCalls(v)
              && (any || resolvable.contains(key))
              && s.containsKey(key)) {
            ResolveChecks.check(this, at.key(key), v);
          }
        });
        if (checksResolved) {
          props.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (any || resolvable.contains(key)) {
              checkResolved(at, key, s.get(key), v);
            }
          });
        }
      }
    }
    switch (type) {
      case "OS::Trove::Instance" -> troveInstance(at, name, s, props);
      case "OS::Barbican::Order" -> barbicanOrder(at, s, props);
      default -> {
        ScalingRules.check(this, at, type, s, props);
        ServiceRules.check(this, at, name, type, s, props);
      }
    }
  }

  /**
   * A property computed by functions with literal arguments: Heat converts and constrains the
   * value they give as a value written in the template ({@link LiteralResults}).
   */
  private void checkResolved(YamlPath at, String key, PropertySchema ps, Object value) {
    if (ps == null
        || !(value instanceof io.hotdsl.functions.FunctionCall<?> call
            ? NameSet.functions(version).contains(call.name())
            : Trees.isFunction(Trees.node(value), NameSet.functions(version)))) {
      return;
    }
    Object resolved = LiteralResults.resolve(value, version);
    if (resolved == LiteralResults.UNKNOWN || resolved == null) {
      return;
    }
    List<Problem> own = new ArrayList<>();
    propertiesInto(own).checkResolved(at, key, ps, resolved);
    if (own.isEmpty()) {
      return;
    }
    String shown = PyJson.dumps(resolved);
    shown = shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
    for (Problem p : own) {
      createError(
          YamlPath.of(p.path()),
          p.message().replace("; " + Problem.AT_CREATE, "") + " (the value "
              + shown + " the function gives: Heat resolves it when it checks "
              + "the property)");
    }
  }

  /**
   * Whether the plugin's validate() never resolves the properties (NoneResource overrides it;
   * Senlin's Cluster skips Resource.validate).
   */
  static boolean neverResolvesProperties(String type) {
    return type.equals("OS::Heat::None") || SKIPS_PROPERTY_CHECKS.containsKey(type);
  }

  /** Whether the template has a resource named {@code name}. */
  boolean hasResource(String name) {
    return resources.containsKey(name);
  }

  /** The value of {@code key} as the plugin reads it before stack create. */
  Object value(Map<?, ?> props, Map<String, PropertySchema> schema, String key) {
    return values.property(props, key, schema.get(key));
  }

  void createError(YamlPath path, String message) {
    problems.add(Problem.createError(path.toString(), message));
  }

  List<Problem> problems() {
    return problems;
  }

  /** The run's property checker, which reports into {@link #problems()}. */
  PropertyChecker properties() {
    return properties;
  }

  /** A property checker that reports into {@code own}, with this run's schema indexes. */
  PropertyChecker propertiesInto(List<Problem> own) {
    return properties.into(own, version);
  }

  Map<String, Parameter<?>> parameters() {
    return parameters;
  }

  HotVersion version() {
    return version;
  }

  /** trove/instance.py Instance.validate: users need their databases; each NIC one network. */
  private void troveInstance(
      YamlPath at, String name, Map<String, PropertySchema> schema, Map<?, ?> props) {
    Object users = value(props, schema, "users");
    Object databases = value(props, schema, "databases");
    if (users instanceof List<?> ul
        && !ul.isEmpty()
        && !PreCreateValues.unknown(users)
        && !PreCreateValues.unknown(databases)) {
      if (!PythonTruth.of(databases)) {
        createError(
            at.key("users"),
            "Databases property is required if users property is " + "provided for resource " + name
                + ".");
      } else if (databases instanceof List<?> dl) {
        Set<Object> names = new LinkedHashSet<>();
        dl.forEach(d -> names.add(d instanceof Map<?, ?> m ? m.get("name") : null));
        for (int i = 0; i < ul.size(); i++) {
          if (ul.get(i) instanceof Map<?, ?> u && u.get("databases") instanceof List<?> wanted) {
            List<Object> missing = new ArrayList<>(wanted);
            missing.removeIf(names::contains);
            if (!missing.isEmpty()) {
              createError(
                  at.key("users").index(i).key("databases"),
                  "Database " + missing
                      + " specified for user does not exist in databases for resource " + name
                      + ".");
            }
          }
        }
      }
    }
    if (!(Trees.node(props.get("networks")) instanceof List<?> nics)) {
      return;
    }
    for (int i = 0; i < nics.size(); i++) {
      if (!(Trees.node(nics.get(i)) instanceof Map<?, ?> nic)) {
        continue;
      }
      Object net = values.resolve(nic.get("network"));
      Object port = values.resolve(nic.get("port"));
      if (net == PreCreateValues.UNKNOWN || port == PreCreateValues.UNKNOWN) {
        continue;
      }
      if (PythonTruth.of(net) == PythonTruth.of(port)) {
        boolean unresolved =
            nic.get("network") != null && net == null || nic.get("port") != null && port == null;
        createError(
            at.key("networks").index(i),
            "Either network or port must be provided."
                + (PythonTruth.of(net) ? " (not both)" : "")
                + (unresolved
                    ? " Before the resources exist Heat resolves get_attr, and "
                        + "get_resource of a Neutron resource, to nothing, so it refuses this; give the "
                        + "network or port by name or ID (a parameter)"
                    : ""));
      }
    }
  }

  /** barbican/order.py Order.validate: algorithm and bit_length, profile's ca_id, per type. */
  private void barbicanOrder(YamlPath at, Map<String, PropertySchema> schema, Map<?, ?> props) {
    Object type = value(props, schema, "type");
    if (!(type instanceof String t) || !ORDER_PROPERTIES.containsKey(t)) {
      return;
    }
    if (!t.equals("certificate")) {
      Object algorithm = value(props, schema, "algorithm");
      Object bitLength = value(props, schema, "bit_length");
      if (algorithm == PreCreateValues.UNKNOWN || bitLength == PreCreateValues.UNKNOWN) {
        return;
      }
      if (algorithm == null || bitLength == null) {
        createError(
            at, "Properties algorithm and bit_length are required for " + t + " type of order.");
        return;
      }
    } else {
      Object profile = value(props, schema, "profile");
      Object caId = value(props, schema, "ca_id");
      if (profile == PreCreateValues.UNKNOWN || caId == PreCreateValues.UNKNOWN) {
        return;
      }
      if (PythonTruth.of(profile) && !PythonTruth.of(caId)) {
        createError(at.key("profile"), "profile cannot be specified without ca_id.");
        return;
      }
    }
    Set<String> declared = new TreeSet<>();
    for (String key : schema.keySet()) {
      Object v = value(props, schema, key);
      if (v == PreCreateValues.UNKNOWN) {
        return;
      }
      if (!key.equals("type") && v != null) {
        declared.add(key);
      }
    }
    declared.removeAll(ORDER_PROPERTIES.get(t));
    if (!declared.isEmpty()) {
      createError(
          at,
          "Unexpected properties: " + String.join(", ", declared) + ". Only these "
              + "properties are allowed for " + t + " type of order: "
              + String.join(", ", new TreeSet<>(ORDER_PROPERTIES.get(t))) + ".");
    }
  }
}
