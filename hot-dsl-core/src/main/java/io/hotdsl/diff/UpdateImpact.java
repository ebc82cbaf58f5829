package io.hotdsl.diff;

import io.hotdsl.environment.Environment;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.DeprecatedProperties;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a stack update from one template to another does, resource by resource, offline: the
 * analogue of {@code cdk diff} for Heat.
 *
 * <p>The rules are Heat 19's ({@code heat/engine/resource.py} {@code update},
 * {@code _needs_update}, {@code update_template_diff_properties}; {@code update.py}):
 *
 * <ul>
 *   <li>a changed type replaces the resource;
 *   <li>a changed {@code external_id} fails the update (Heat raises NotSupported); an unchanged
 *       non-null one makes Heat skip the resource's update altogether;
 *   <li>property values are compared after defaults (a property set to its default is unchanged);
 *       a changed {@code immutable} property fails the update, before anything else; else a
 *       changed property that is not {@code update_allowed} replaces the resource; else it is
 *       updated in place;
 *   <li>OS::Nova::Server's {@code image}, {@code flavor} and {@code user_data} are update_allowed
 *       but its {@code *_update_policy} properties (the new value, as Heat's {@code
 *       needs_replace_with_prop_diff}) may make them replace; OS::Neutron::Port with {@code
 *       replacement_policy: REPLACE_ALWAYS} is replaced by every update ({@code needs_replace});
 *   <li>{@code metadata}, {@code update_policy}, {@code deletion_policy}, {@code depends_on}
 *       changes are template diffs handled in place;
 *   <li>{@code get_param} is resolved with each side's effective values, so changed parameter
 *       values and defaults reach the properties that use them;
 *   <li>a property referring to a replaced resource changes: through {@code get_resource} for
 *       certain (a new physical ID), through {@code get_attr} possibly ({@link
 *       PropertyChange#mayChange()}; Heat resolves it at update time);
 *   <li>the new environment's resource_registry {@code restricted_actions} ({@code update},
 *       {@code replace}) turn the matching action into a failure;
 *   <li>a resource whose type is a child template given in {@link StackInput#children()} is a
 *       template resource: its properties are all update_allowed (Heat's {@code
 *       Schema.from_parameter}) and its nested stack is diffed too.
 * </ul>
 */
public final class UpdateImpact {
  static final String NOVA_SERVER = "OS::Nova::Server";

  private UpdateImpact() {}

  /** The diff of updating a stack of {@code before} to {@code after}, parameters at defaults. */
  public static StackDiff between(Template before, Template after) {
    return between(StackInput.of(before), StackInput.of(after));
  }

  /** The diff with the parameter values each side's stack is (to be) given. */
  public static StackDiff between(Template before, Template after,
      Map<String, ?> beforeValues, Map<String, ?> afterValues) {
    return between(StackInput.of(before).withParameters(beforeValues),
        StackInput.of(after).withParameters(afterValues));
  }

  /** The diff with each side's environment (parameters, parameter_defaults, registry). */
  public static StackDiff between(Template before, Template after,
      Environment beforeEnv, Environment afterEnv) {
    return between(StackInput.of(before).withEnvironment(beforeEnv),
        StackInput.of(after).withEnvironment(afterEnv));
  }

  /** The diff of two fully described sides (values, environment, child templates). */
  public static StackDiff between(StackInput before, StackInput after) {
    return new Analysis(new Side(before), new Side(after)).run();
  }

  /** One side: its template, its effective parameter values and its hidden parameters. */
  private static final class Side {
    final StackInput input;
    final Template t;
    final Map<String, Object> values;
    final Set<String> hidden = new TreeSet<>();

    Side(StackInput input) {
      this.input = input;
      this.t = input.template();
      this.values = input.effectiveValues();
      t.parameters().forEach((n, p) -> {
        if (p.hidden()) {
          hidden.add(n);
        }
      });
    }
  }

  /** A value resolved on one side, with what it used. */
  private record Resolved(Object value, Set<String> params, Map<String, Boolean> refs) {
    // refs: resource name -> true when through get_resource, false when only through get_attr
  }

  private static final class Analysis {
    final Side a;
    final Side b;
    final Set<String> changedParams = new TreeSet<>();
    final Set<String> hidden = new TreeSet<>();

    Analysis(Side a, Side b) {
      this.a = a;
      this.b = b;
      hidden.addAll(a.hidden);
      hidden.addAll(b.hidden);
    }

    StackDiff run() {
      List<ParameterChange> params = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>(a.t.parameters().keySet());
      names.addAll(b.t.parameters().keySet());
      for (String n : names) {
        Object ov = a.values.get(n);
        Object nv = b.values.get(n);
        if (!same(ov, nv)) {
          changedParams.add(n);
          boolean h = hidden.contains(n);
          params.add(new ParameterChange(n, h && ov != null ? StackDiff.MASK : ov,
              h && nv != null ? StackDiff.MASK : nv, h));
        }
      }

      // iterate to a fixpoint: replacements propagate through get_resource / get_attr
      Map<String, Boolean> replaced = new HashMap<>(); // name -> certain
      Map<String, ResourceChange> out;
      int guard = 0;
      while (true) {
        out = new LinkedHashMap<>();
        for (Resource r : a.t.resources().values()) {
          Resource nr = b.t.resource(r.name());
          out.put(r.name(), nr == null
              ? new ResourceChange(r.name(), r.type(), null, Action.REMOVED, false, List.of(), null)
              : common(r, nr, replaced));
        }
        for (Resource nr : b.t.resources().values()) {
          if (a.t.resource(nr.name()) == null) {
            out.put(nr.name(), new ResourceChange(nr.name(), null, nr.type(), Action.ADDED, false,
                List.of(), null));
          }
        }
        Map<String, Boolean> now = new HashMap<>();
        out.values().forEach(rc -> {
          if (rc.action() == Action.REPLACED) {
            now.put(rc.name(), !rc.uncertain());
          }
        });
        if (now.equals(replaced) || ++guard > b.t.resources().size() + 2) {
          break;
        }
        replaced = now;
      }
      return new StackDiff(params, new ArrayList<>(out.values()), outputChanges());
    }

    /** Outputs added, removed or changed (old template's order, added ones after). */
    private List<OutputChange> outputChanges() {
      List<OutputChange> changes = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>(a.t.outputs().keySet());
      names.addAll(b.t.outputs().keySet());
      for (String n : names) {
        Object before = a.t.outputs().containsKey(n) ? a.t.outputs().get(n).toTree() : null;
        Object after = b.t.outputs().containsKey(n) ? b.t.outputs().get(n).toTree() : null;
        if (!java.util.Objects.equals(before, after)) {
          changes.add(new OutputChange(n, before, after));
        }
      }
      return changes;
    }

    private ResourceChange common(Resource r, Resource nr, Map<String, Boolean> replaced) {
      String name = r.name();
      if (!r.type().equals(nr.type())) {
        return new ResourceChange(name, r.type(), nr.type(), Action.REPLACED, false,
            List.of(new PropertyChange("type", r.type(), nr.type(), Action.REPLACED,
                "type changed")), null);
      }
      List<PropertyChange> changes = new ArrayList<>();
      Resolved oe = resolve(Trees.toTree(r.externalId()), a);
      Resolved ne = resolve(Trees.toTree(nr.externalId()), b);
      if (!same(oe.value(), ne.value())) {
        changes.add(change("external_id", oe, ne, Action.UPDATE_FAILS,
            "external_id changed (Heat: NotSupported)", false));
        return finish(r, nr, changes, null);
      }
      boolean external = ne.value() != null;

      Template oldChild = a.input.child(r.type());
      Template newChild = b.input.child(nr.type());
      boolean templateResource = oldChild != null && newChild != null;
      ResourceTypeSchema schema = templateResource ? null
          : ResourceTypes.lookup(nr.type()).orElse(null);

      Map<String, Object> oldProps = asMap(Trees.toTree(r.properties()));
      Map<String, Object> newProps = asMap(Trees.toTree(nr.properties()));
      if (schema != null) {
        // Heat translates hidden properties (subnet_id -> subnet) before it compares them
        oldProps = DeprecatedProperties.translate(r.type(), oldProps);
        newProps = DeprecatedProperties.translate(nr.type(), newProps);
      }
      Map<String, Object> oldResolved = new LinkedHashMap<>();
      Map<String, Object> newResolved = new LinkedHashMap<>();
      Set<String> keys = new LinkedHashSet<>(oldProps.keySet());
      keys.addAll(newProps.keySet());
      for (String k : keys) {
        PropertySchema ps = schema == null ? null : schema.properties().get(k);
        Object dflt = ps == null ? null : ps.defaultValue();
        Resolved ov = resolve(oldProps.containsKey(k) ? oldProps.get(k) : dflt, a);
        Resolved nv = resolve(newProps.containsKey(k) ? newProps.get(k) : dflt, b);
        oldResolved.put(k, ov.value());
        newResolved.put(k, nv.value());
        String path = "properties." + k;
        String ptype = ps == null ? null : ps.type();
        if (!same(coerce(ptype, ov.value()), coerce(ptype, nv.value()))) {
          Verdict v = classify(nr.type(), k, ps, schema, templateResource, oldProps, newProps);
          changes.add(change(path, ov, nv, v.action, v.reason + via(ov, nv), v.uncertain));
          continue;
        }
        // unchanged text: does it refer to a replaced resource?
        for (Map.Entry<String, Boolean> ref : nv.refs().entrySet()) {
          Boolean certain = replaced.get(ref.getKey());
          if (certain == null) {
            continue;
          }
          Verdict v = classify(nr.type(), k, ps, schema, templateResource, oldProps, newProps);
          boolean sure = certain && ref.getValue();
          String how = ref.getValue() ? "get_resource " + ref.getKey() + ": new physical ID"
              : "get_attr " + ref.getKey() + ": resolved at update time";
          changes.add(change(path, ov, nv, v.action,
              (sure ? "" : "may change: ") + ref.getKey() + " is replaced (" + how + "); "
                  + v.reason, !sure || v.uncertain));
          break;
        }
      }
      if ("OS::Neutron::Port".equals(nr.type())
          && "REPLACE_ALWAYS".equals(newResolved.get("replacement_policy"))) {
        changes.add(new PropertyChange("properties.replacement_policy",
            oldResolved.get("replacement_policy"), "REPLACE_ALWAYS", Action.REPLACED,
            "replacement_policy REPLACE_ALWAYS: replaced by every stack update (needs_replace)"));
      }
      Map<String, Object> ot = r.toTree();
      Map<String, Object> nt = nr.toTree();
      // render_hot (rsrc_defn.py) holds these sections; a resource's description is not in it
      for (String section : List.of("metadata", "update_policy", "deletion_policy",
          "depends_on", "condition")) {
        Resolved os = resolve(ot.get(section), a);
        Resolved ns = resolve(nt.get(section), b);
        if (!same(normalise(section, os.value()), normalise(section, ns.value()))) {
          String reason = section + " changed (template diff)";
          if ("condition".equals(section)) {
            reason += "; the resource may be created or deleted";
          }
          changes.add(change(section, os, ns, Action.UPDATED_IN_PLACE, reason + via(os, ns),
              false));
        }
      }

      StackDiff nested = null;
      if (templateResource) {
        nested = between(new StackInput(oldChild, literalOnly(oldResolved), a.input.environment(),
                a.input.children()),
            new StackInput(newChild, literalOnly(newResolved), b.input.environment(),
                b.input.children()));
      }
      if (external && !changes.isEmpty()) {
        List<PropertyChange> skipped = new ArrayList<>();
        for (PropertyChange c : changes) {
          skipped.add(new PropertyChange(c.path(), c.oldValue(), c.newValue(), Action.UNCHANGED,
              "external resource: Heat skips its update (" + c.reason() + ")", false));
        }
        return finish(r, nr, skipped, null);
      }
      return finish(r, nr, changes, nested);
    }

    private ResourceChange finish(Resource r, Resource nr, List<PropertyChange> changes,
        StackDiff nested) {
      List<PropertyChange> sorted = new ArrayList<>(changes);
      sorted.sort(Comparator.comparing((PropertyChange c) -> c.mayChange())
          .thenComparing(c -> -c.verdict().severity()));
      Action certain = Action.UNCHANGED;
      Action possible = Action.UNCHANGED;
      for (PropertyChange c : sorted) {
        possible = Action.worst(possible, c.verdict());
        if (!c.mayChange()) {
          certain = Action.worst(certain, c.verdict());
        }
      }
      if (nested != null) {
        Action n = nested.worstAction();
        Action mapped = n == Action.UPDATE_FAILS ? Action.UPDATE_FAILS
            : n == Action.UNCHANGED ? Action.UNCHANGED : Action.UPDATED_IN_PLACE;
        if (nested.isUncertainOnly() && mapped != Action.UNCHANGED) {
          possible = Action.worst(possible, mapped);
        } else {
          certain = Action.worst(certain, mapped);
          possible = Action.worst(possible, mapped);
        }
      }
      boolean uncertain = possible.severity() > certain.severity();
      Action action = uncertain ? possible : certain;
      // Resource._check_restricted_actions: a restricted update/replace fails the update
      Set<String> restricted = b.input.restrictedActions(r.name());
      String blocked = action == Action.REPLACED && restricted.contains("replace") ? "replace"
          : action == Action.UPDATED_IN_PLACE && restricted.contains("update") ? "update" : null;
      if (blocked != null) {
        sorted.add(0, new PropertyChange("restricted_actions", null, null, Action.UPDATE_FAILS,
            blocked + " is a restricted action for " + r.name()
                + " (ResourceActionRestricted)", uncertain));
        action = Action.UPDATE_FAILS;
      }
      return new ResourceChange(r.name(), r.type(), nr.type(), action, uncertain, sorted,
          nested);
    }

    private record Verdict(Action action, String reason, boolean uncertain) {}

    private Verdict classify(String type, String key, PropertySchema ps, ResourceTypeSchema schema,
        boolean templateResource, Map<String, Object> oldProps, Map<String, Object> newProps) {
      if (templateResource) {
        return new Verdict(Action.UPDATED_IN_PLACE,
            "template resource: parameters are update_allowed", false);
      }
      if (schema == null) {
        return new Verdict(Action.REPLACED,
            "no schema for " + type + ": assumed not update_allowed", true);
      }
      if (ps == null && DeprecatedProperties.of(type, key).isPresent()) {
        return new Verdict(Action.REPLACED, "hidden property of " + type
            + " (Heat still accepts it): assumed not update_allowed", true);
      }
      if (ps == null) {
        return new Verdict(Action.UPDATE_FAILS, "unknown property of " + type, false);
      }
      if (ps.immutable()) {
        return new Verdict(Action.UPDATE_FAILS, "immutable", false);
      }
      if (NOVA_SERVER.equals(type)) {
        Verdict v = server(key, oldProps, newProps, schema);
        if (v != null) {
          return v;
        }
      }
      return ps.updateAllowed() ? new Verdict(Action.UPDATED_IN_PLACE, "update_allowed", false)
          : new Verdict(Action.REPLACED, "not update_allowed", false);
    }

    /** Heat's Server.needs_replace_with_prop_diff and handle_update. */
    private Verdict server(String key, Map<String, Object> oldProps, Map<String, Object> newProps,
        ResourceTypeSchema schema) {
      String policyName = switch (key) {
        case "image" -> "image_update_policy";
        case "flavor" -> "flavor_update_policy";
        case "user_data" -> "user_data_update_policy";
        default -> null;
      };
      if (policyName == null) {
        return null;
      }
      PropertySchema pps = schema.properties().get(policyName);
      Object dflt = pps == null ? null : pps.defaultValue();
      // after_props.get(policy) or before_props.get(policy): after's value, default included
      Object after = resolve(newProps.getOrDefault(policyName, dflt), b).value();
      Object before = resolve(oldProps.getOrDefault(policyName, dflt), a).value();
      Object policy = after instanceof String ? after : before instanceof String ? before : null;
      String p = policyName + " " + policy;
      if (policy == null) {
        return new Verdict(Action.REPLACED, policyName + " unknown (a parameter without value)",
            true);
      }
      return switch (key) {
        case "image" -> "REPLACE".equals(policy) ? new Verdict(Action.REPLACED, p, false)
            : new Verdict(Action.UPDATED_IN_PLACE, "rebuild (" + p + ")", false);
        case "flavor" -> "REPLACE".equals(policy) ? new Verdict(Action.REPLACED, p, false)
            : new Verdict(Action.UPDATED_IN_PLACE, "resize (" + p + ")", false);
        default -> switch (String.valueOf(policy)) {
          case "REPLACE" -> new Verdict(Action.REPLACED, p, false);
          case "IGNORE" -> new Verdict(Action.UPDATED_IN_PLACE, "not applied (" + p + ")", false);
          default -> new Verdict(Action.UPDATED_IN_PLACE, "rebuild (" + p + ")", false);
        };
      };
    }

    private String via(Resolved ov, Resolved nv) {
      Set<String> used = new TreeSet<>(ov.params());
      used.addAll(nv.params());
      used.retainAll(changedParams);
      return used.isEmpty() ? "" : "; via get_param " + String.join(", ", used);
    }

    private PropertyChange change(String path, Resolved ov, Resolved nv, Action verdict,
        String reason, boolean may) {
      boolean mask = ov.params().stream().anyMatch(hidden::contains)
          || nv.params().stream().anyMatch(hidden::contains);
      Object o = mask && ov.value() != null ? StackDiff.MASK : ov.value();
      Object n = mask && nv.value() != null ? StackDiff.MASK : nv.value();
      return new PropertyChange(path, o, n, verdict, reason, may);
    }
  }

  /** Heat converts property values to their schema type before comparing them. */
  static Object coerce(String type, Object v) {
    if (v instanceof String s && ("integer".equals(type) || "number".equals(type))) {
      try {
        return new java.math.BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if (v instanceof String s && "boolean".equals(type)) {
      String l = s.trim().toLowerCase(java.util.Locale.ROOT);
      if (Set.of("true", "on", "y", "yes", "1", "t").contains(l)) {
        return true;
      }
      if (Set.of("false", "off", "n", "no", "0", "f").contains(l)) {
        return false;
      }
    }
    return v;
  }

  /** Deep equality with numbers compared by value (32 == 32L == 32.0). */
  static boolean same(Object x, Object y) {
    if (x instanceof Number a && y instanceof Number b) {
      return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString()))
          == 0;
    }
    if (x instanceof Map<?, ?> a && y instanceof Map<?, ?> b) {
      if (!a.keySet().equals(b.keySet())) {
        return false;
      }
      for (Object k : a.keySet()) {
        if (!same(a.get(k), b.get(k))) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof List<?> a && y instanceof List<?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(x, y);
  }

  private static Object normalise(String section, Object v) {
    if ("depends_on".equals(section) && v instanceof String s) {
      return List.of(s);
    }
    return v;
  }

  /** Child parameters: only values that are known (no functions left). */
  private static Map<String, Object> literalOnly(Map<String, Object> resolved) {
    Map<String, Object> out = new LinkedHashMap<>();
    resolved.forEach((k, v) -> {
      if (v != null && !containsFunction(v)) {
        out.put(k, v);
      }
    });
    return out;
  }

  private static boolean containsFunction(Object v) {
    if (v instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.keySet().iterator().next() instanceof String k && isFunction(k)) {
        return true;
      }
      return m.values().stream().anyMatch(UpdateImpact::containsFunction);
    }
    if (v instanceof List<?> l) {
      return l.stream().anyMatch(UpdateImpact::containsFunction);
    }
    return false;
  }

  private static boolean isFunction(String key) {
    return io.hotdsl.model.HotVersion.allFunctionNames().contains(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object tree) {
    return tree instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** Substitutes known parameter values for get_param; records parameters and resources used. */
  private static Resolved resolve(Object tree, Side side) {
    Set<String> params = new TreeSet<>();
    Map<String, Boolean> refs = new LinkedHashMap<>();
    Object v = resolve(tree, side, params, refs);
    return new Resolved(v, params, refs);
  }

  private static Object resolve(Object tree, Side side, Set<String> params,
      Map<String, Boolean> refs) {
    if (tree instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.keySet().iterator().next() instanceof String k && isFunction(k)) {
        Object args = m.get(k);
        switch (k) {
          case "get_param" -> {
            List<?> path = args instanceof List<?> l ? l : List.of(args);
            if (!path.isEmpty() && path.get(0) instanceof String name) {
              params.add(name);
              if (side.values.containsKey(name)) {
                Object val = side.values.get(name);
                for (Object step : path.subList(1, path.size())) {
                  if (val instanceof Map<?, ?> vm && vm.containsKey(String.valueOf(step))) {
                    val = vm.get(String.valueOf(step));
                  } else if (val instanceof List<?> vl && step instanceof Number i
                      && i.intValue() >= 0 && i.intValue() < vl.size()) {
                    val = vl.get(i.intValue());
                  } else {
                    return Map.of(k, args);
                  }
                }
                return val;
              }
            }
            return Map.of(k, args);
          }
          case "get_resource" -> {
            if (args instanceof String name) {
              refs.put(name, true);
            }
            return Map.of(k, args);
          }
          case "get_attr" -> {
            if (args instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String name) {
              refs.putIfAbsent(name, false);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(k, resolve(args, side, params, refs));
            return out;
          }
          default -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(k, resolve(args, side, params, refs));
            return out;
          }
        }
      }
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((key, val) -> out.put(String.valueOf(key), resolve(val, side, params, refs)));
      return out;
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(resolve(x, side, params, refs)));
      return out;
    }
    return tree;
  }
}
