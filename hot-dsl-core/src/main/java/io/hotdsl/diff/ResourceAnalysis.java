package io.hotdsl.diff;

import io.hotdsl.functions.PythonEquality;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an update does to one resource present on both sides, as Heat 19 decides it:
 * {@code update.py} (a different implementation class replaces the resource), then
 * {@code Resource.update} (external_id), {@code _needs_update} (the frozen definitions compared
 * as written; then the properties, with defaults and coercion, through
 * {@code update_template_diff_properties}), plugin rules ({@link PluginRules}), and for stack
 * resources what changes inside their nested stack.
 */
final class ResourceAnalysis {
  private final Analysis analysis;
  private final Side a;
  private final Side b;
  private final Resource r;
  private final Resource nr;
  private final Map<String, Analysis.State> states;
  private final String oldImpl;
  private final String newImpl;
  private final List<PropertyChange> changes = new ArrayList<>();

  ResourceAnalysis(
      Analysis analysis,
      Resource r,
      Resource nr,
      Map<String, Analysis.State> states,
      String newImpl) {
    this.analysis = analysis;
    this.a = analysis.a();
    this.b = analysis.b();
    this.r = r;
    this.nr = nr;
    this.states = states;
    this.oldImpl = a.implementation(r.name(), r.type());
    this.newImpl = newImpl;
  }

  ResourceChange run() {
    Map<String, Object> ot = r.toTree();
    Map<String, Object> nt = nr.toTree();
    Map<String, Frozen.Value> os = new LinkedHashMap<>();
    Map<String, Frozen.Value> ns = new LinkedHashMap<>();
    for (String s : Analysis.sections()) {
      os.put(s, a.frozen.freeze(normalise(s, ot.get(s))));
      ns.put(s, b.frozen.freeze(normalise(s, nt.get(s))));
    }
    PluginRules.badUpdatePolicy(newImpl, ns.get("update_policy").value())
        .ifPresent(why -> changes.add(analysis.change(
            "update_policy",
            os.get("update_policy"),
            ns.get("update_policy"),
            Action.UPDATE_FAILS,
            why,
            false)));
    if (!oldImpl.equals(newImpl)) {
      String why = r.type().equals(nr.type())
          ? "the environment maps " + nr.type() + " to " + newImpl + " (was " + oldImpl
              + "): another resource class, Heat replaces it"
          : "type changed (" + oldImpl + " -> " + newImpl + "): another resource class";
      changes.add(new PropertyChange("type", r.type(), nr.type(), Action.REPLACED, why));
      return finish(null);
    }
    Frozen.Value oe = os.get("external_id");
    Frozen.Value ne = ns.get("external_id");
    if (!PythonEquality.equal(oe.value(), ne.value())) {
      changes.add(analysis.change(
          "external_id",
          oe,
          ne,
          Action.UPDATE_FAILS,
          "external_id changed (Heat: NotSupported)",
          false));
      return finish(null);
    }
    // a condition added to (or taken from) a resource that exists on both sides is not an
    // update (seen on Heat 19); one condition name for another is
    if (os.get("condition").value() == null || ns.get("condition").value() == null) {
      os.remove("condition");
      ns.remove("condition");
    }
    boolean differs = os.keySet().stream()
        .anyMatch(s -> !PythonEquality.equal(os.get(s).value(), ns.get(s).value()));
    if (PluginRules.NONE.equals(newImpl)) {
      if (differs) {
        changes.add(new PropertyChange(
            "definition",
            null,
            null,
            Action.UNCHANGED,
            "OS::Heat::None never updates (its _needs_update is False)"));
      }
      return finish(null);
    }
    if (ne.value() != null) {
      Map<?, ?> op = os.get("properties").value() instanceof Map<?, ?> m ? m : Map.of();
      Map<?, ?> np = ns.get("properties").value() instanceof Map<?, ?> m ? m : Map.of();
      Set<Object> keys = new LinkedHashSet<>(op.keySet());
      keys.addAll(np.keySet());
      for (Object k : keys) {
        if (!PythonEquality.equal(op.get(k), np.get(k))) {
          changes.add(new PropertyChange(
              "properties." + k,
              op.get(k),
              np.get(k),
              Action.UNCHANGED,
              "external resource: Heat skips its update"));
        }
      }
      return finish(null);
    }
    boolean stack = Side.TEMPLATE.equals(newImpl) || PluginRules.isGroup(newImpl);
    Map<String, Object> oldCoerced = new LinkedHashMap<>();
    Map<String, Object> newCoerced = new LinkedHashMap<>();
    boolean propertyChange = properties(stack, oldCoerced, newCoerced);
    for (String s : List.of(
        "type", "metadata", "update_policy", "deletion_policy", "depends_on", "condition")) {
      if (os.containsKey(s)
          && !PythonEquality.equal(os.get(s).value(), ns.get(s).value())) {
        changes.add(analysis.change(
            s,
            os.get(s),
            ns.get(s),
            stack ? Action.UNCHANGED : Action.UPDATED_IN_PLACE,
            s + " changed (template diff)"
                + (stack ? "; the nested stack's resources do not see it" : ""),
            false));
      }
    }
    if (!stack
        && !propertyChange
        && !PythonEquality.equal(
            os.get("properties").value(), ns.get("properties").value())) {
      changes.add(analysis.change(
          "properties",
          os.get("properties"),
          ns.get("properties"),
          Action.UPDATED_IN_PLACE,
          "written differently (an explicit default, \"8\" for 8 …): "
              + "Heat compares definitions as written and updates it with no property change",
          false));
    }
    StackDiff nested = null;
    if (Side.TEMPLATE.equals(newImpl)) {
      Template oc = a.childOf(r.name(), r.type());
      Template nc = b.childOf(nr.name(), nr.type());
      if (oc != null && nc != null) {
        nested = analysis.nested(a, oc, oldCoerced, b, nc, newCoerced);
      } else if (differs) {
        changes.add(new PropertyChange(
            "template",
            null,
            null,
            Action.UPDATED_IN_PLACE,
            "template resource whose template is not given: assumed updated",
            true));
      }
    } else if (PluginRules.isGroup(newImpl)) {
      new GroupMembers(analysis, oldImpl, newImpl, changes).compare(oldCoerced, newCoerced);
    }
    return finish(nested);
  }

  /** The property changes; true when any property's value (coerced, defaults) changes. */
  private boolean properties(
      boolean stack, Map<String, Object> oldCoerced, Map<String, Object> newCoerced) {
    ResourceTypeSchema schema = analysis.schema(newImpl);
    Map<String, Object> oldRaw =
        PluginRules.translate(oldImpl, asMap(Trees.toTree(r.properties())));
    Map<String, Object> newRaw =
        PluginRules.translate(newImpl, asMap(Trees.toTree(nr.properties())));
    Set<String> keys = new LinkedHashSet<>(oldRaw.keySet());
    keys.addAll(newRaw.keySet());
    if (schema != null) {
      schema.properties().forEach((k, ps) -> {
        if (ps.defaultValue() != null) {
          keys.add(k);
        }
      });
    }
    Map<String, Object> newValues = new LinkedHashMap<>();
    Map<String, Frozen.Value> ovs = new LinkedHashMap<>();
    Map<String, Frozen.Value> nvs = new LinkedHashMap<>();
    for (String k : keys) {
      PropertySchema ps = Analysis.property(schema, k);
      Object dflt = ps == null ? null : ps.defaultValue();
      Frozen.Value ov = a.frozen.freeze(oldRaw.containsKey(k) ? oldRaw.get(k) : dflt);
      Frozen.Value nv = b.frozen.freeze(newRaw.containsKey(k) ? newRaw.get(k) : dflt);
      String type = ps == null ? null : ps.type();
      oldCoerced.put(k, settle(ps, ov.value()));
      newCoerced.put(k, settle(ps, nv.value()));
      newValues.put(k, newCoerced.get(k));
      ovs.put(k, ov);
      nvs.put(k, nv);
    }
    oldCoerced.values().removeIf(java.util.Objects::isNull);
    newCoerced.values().removeIf(java.util.Objects::isNull);
    boolean any = false;
    for (String k : keys) {
      Frozen.Value ov = ovs.get(k);
      Frozen.Value nv = nvs.get(k);
      String path = "properties." + k;
      boolean changed = !PythonEquality.equal(oldCoerced.get(k), newCoerced.get(k));
      String refWhy = null;
      boolean refSure = false;
      if (!changed) {
        for (Map.Entry<String, Boolean> ref : nv.refs().entrySet()) {
          Analysis.State st = states.get(ref.getKey());
          if (st == null || st.action() == Action.UNCHANGED) {
            continue;
          }
          if (ref.getValue() && st.action() == Action.REPLACED) {
            refWhy =
                ref.getKey() + " is replaced (get_resource " + ref.getKey() + ": new physical ID)";
            refSure = !st.uncertain();
            break;
          }
          for (String attr : nv.attrs().getOrDefault(ref.getKey(), Set.of())) {
            Boolean ch =
                PluginRules.attributeChanges(st.implementation(), attr, st.action(), st.changed());
            if (ch == null || ch) {
              refWhy =
                  ref.getKey() + (st.action() == Action.REPLACED ? " is replaced" : " is updated")
                      + " (get_attr " + ref.getKey() + " " + attr
                      + (ch == null ? ": resolved at update time" : ": a new value") + ")";
              refSure = ch != null && !st.uncertain();
              if (refSure) {
                break;
              }
            }
          }
          if (refSure) {
            break;
          }
        }
      }
      if (!changed && refWhy == null) {
        continue;
      }
      any = any || changed || refSure;
      if (stack && !Side.TEMPLATE.equals(newImpl)) {
        // a group's own property that is not update_allowed replaces the whole group
        Verdict v = Verdict.of(newImpl, k, schema, newValues);
        if (v.action() == Action.REPLACED || v.action() == Action.UPDATE_FAILS) {
          changes.add(analysis.change(path, ov, nv, v.action(), v.reason(), v.uncertain()));
          continue;
        }
      }
      if (stack) {
        boolean template = Side.TEMPLATE.equals(newImpl);
        changes.add(analysis.change(
            path,
            ov,
            nv,
            refWhy == null ? Action.UNCHANGED : Action.UPDATED_IN_PLACE,
            (refWhy == null ? "" : refWhy + "; ")
                + (template
                    ? "template resource: a parameter of the nested stack (see its " + "resources)"
                    : "see the members"),
            refWhy != null && !refSure));
        continue;
      }
      Verdict v = Verdict.of(newImpl, k, schema, newValues);
      String why = refWhy == null
          ? v.reason()
          : (refSure ? "" : "may change: ") + refWhy + "; " + v.reason();
      // a function hot cannot resolve offline (yaql …): Heat compares its value
      boolean unresolved =
          changed && (Frozen.containsFunction(ov.value()) || Frozen.containsFunction(nv.value()));
      changes.add(analysis.change(
          path,
          ov,
          nv,
          v.action(),
          why
              + (unresolved
                  ? "; a function Heat resolves before comparing: the value may be the same"
                  : ""),
          v.uncertain() || unresolved || (refWhy != null && !refSure)));
    }
    if (!stack
        && "OS::Neutron::Port".equals(newImpl)
        && "REPLACE_ALWAYS".equals(newCoerced.get("replacement_policy"))) {
      changes.add(new PropertyChange(
          "properties.replacement_policy",
          oldCoerced.get("replacement_policy"),
          "REPLACE_ALWAYS",
          Action.REPLACED,
          "replacement_policy REPLACE_ALWAYS: replaced by every stack update (needs_replace)"));
    }
    return any;
  }

  private ResourceChange finish(StackDiff nested) {
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
      Action mapped = n == Action.UPDATE_FAILS
          ? Action.UPDATE_FAILS
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
    String blocked = action == Action.REPLACED && restricted.contains("replace")
        ? "replace"
        : action == Action.UPDATED_IN_PLACE && restricted.contains("update") ? "update" : null;
    if (blocked != null) {
      sorted.add(
          0,
          new PropertyChange(
              "restricted_actions",
              null,
              null,
              Action.UPDATE_FAILS,
              blocked + " is a restricted action for " + r.name() + " (ResourceActionRestricted)",
              uncertain));
      action = Action.UPDATE_FAILS;
    }
    return new ResourceChange(r.name(), r.type(), nr.type(), action, uncertain, sorted, nested);
  }

  /** A value as Heat's Properties give it: coerced to its type, nested defaults filled in. */
  static Object settle(PropertySchema ps, Object v) {
    if (ps == null || v == null || Frozen.containsFunction(v)) {
      return v;
    }
    if (v instanceof Map<?, ?> m && "map".equals(ps.type()) && !ps.schema().isEmpty()) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) ->
          out.put(String.valueOf(k), settle(ps.schema().get(String.valueOf(k)), x)));
      ps.schema().forEach((k, sub) -> {
        if (!out.containsKey(k) && sub.defaultValue() != null) {
          out.put(k, settle(sub, sub.defaultValue()));
        }
      });
      return out;
    }
    if (v instanceof List<?> l && ps.itemSchema() != null) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(settle(ps.itemSchema(), x)));
      return out;
    }
    return UpdateImpact.coerce(ps.type(), v);
  }

  private static Object normalise(String section, Object v) {
    if ("depends_on".equals(section) && v instanceof String s) {
      return List.of(s);
    }
    if ("depends_on".equals(section) && v instanceof List<?> l && l.isEmpty()) {
      return null;
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object tree) {
    return tree instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
