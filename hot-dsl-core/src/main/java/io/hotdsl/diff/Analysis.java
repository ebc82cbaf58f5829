package io.hotdsl.diff;

import io.hotdsl.functions.PythonEquality;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.validate.HeatTypeFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** One run of {@link UpdateImpact}: both sides, resource by resource, to a fixpoint. */
final class Analysis {
  /** The sections of Heat's render_hot, compared as written after freezing. */
  private static final List<String> SECTIONS = List.of(
      "type",
      "properties",
      "metadata",
      "deletion_policy",
      "update_policy",
      "depends_on",
      "external_id",
      "condition");

  /** What references to a resource see: its implementation, action, changed properties. */
  record State(String implementation, Action action, boolean uncertain, Set<String> changed) {}

  private final Side a;
  private final Side b;
  /** The resource type schemas properties are compared with. */
  private final Catalog catalog;

  private final Set<String> changedParams = new TreeSet<>();
  private final Set<String> hidden = new TreeSet<>();

  Analysis(Side a, Side b, Catalog catalog) {
    this.a = a;
    this.b = b;
    this.catalog = catalog;
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
      if (!PythonEquality.equal(ov, nv) || (ov == null) != (nv == null)) {
        changedParams.add(n);
        boolean h = hidden.contains(n);
        params.add(new ParameterChange(
            n, h && ov != null ? StackDiff.MASK : ov, h && nv != null ? StackDiff.MASK : nv, h));
      }
    }
    Set<String> resources = new LinkedHashSet<>(a.t.resources().keySet());
    resources.addAll(b.t.resources().keySet());
    Map<String, State> states = new HashMap<>();
    Map<String, ResourceChange> out = new LinkedHashMap<>();
    for (int guard = 0; guard <= resources.size() + 2; guard++) {
      out = new LinkedHashMap<>();
      Map<String, State> now = new HashMap<>();
      for (String name : resources) {
        Resource r = a.t.resource(name);
        Resource nr = b.t.resource(name);
        boolean inOld = a.present(r);
        boolean inNew = b.present(nr);
        if (!inOld && !inNew) {
          continue;
        }
        if (!inNew) {
          out.put(
              name,
              new ResourceChange(
                  name,
                  r.type(),
                  null,
                  Action.REMOVED,
                  false,
                  nr == null
                      ? List.of()
                      : List.of(new PropertyChange(
                          "condition",
                          r.condition(),
                          nr.condition(),
                          Action.REMOVED,
                          "condition is false: Heat deletes it")),
                  null));
          continue;
        }
        if (!inOld) {
          out.put(
              name,
              new ResourceChange(
                  name,
                  null,
                  nr.type(),
                  Action.ADDED,
                  false,
                  r == null
                      ? List.of()
                      : List.of(new PropertyChange(
                          "condition",
                          r.condition(),
                          nr.condition(),
                          Action.ADDED,
                          "condition is now true: Heat creates it")),
                  null));
          continue;
        }
        ResourceChange rc =
            new ResourceAnalysis(this, r, nr, states, b.implementation(name, nr.type())).run();
        String leaked = b.leakedImplementation(name, nr.type());
        if (leaked != null) {
          rc = either(rc, new ResourceAnalysis(this, r, nr, states, leaked).run(), leaked);
        }
        out.put(name, rc);
        now.put(
            name,
            new State(
                b.implementation(name, nr.type()),
                rc.action(),
                rc.uncertain(),
                changedProperties(rc)));
      }
      if (now.equals(states)) {
        break;
      }
      states = now;
    }
    return new StackDiff(params, new ArrayList<>(out.values()), outputChanges());
  }

  /**
   * A resource of the new stack that Heat resolves to its own implementation or, through a
   * leaked per-resource remap, to {@code leaked}, by an order unknown offline: the worse verdict,
   * uncertain unless both agree.
   */
  private ResourceChange either(ResourceChange own, ResourceChange viaLeak, String leaked) {
    if (own.action() == viaLeak.action() && !own.uncertain() && !viaLeak.uncertain()) {
      return own;
    }
    ResourceChange worse = viaLeak.action().severity() > own.action().severity() ? viaLeak : own;
    ResourceChange other = worse == own ? viaLeak : own;
    List<PropertyChange> changes = new ArrayList<>();
    changes.add(new PropertyChange(
        "type",
        own.oldType(),
        own.newType(),
        worse.action(),
        "a per-resource remap in the environment leaks to every resource of its type (Heat's "
            + "resource registry stores it for the type): whether this resource becomes "
            + leaked + " depends on the order Heat instantiates resources; else "
            + other.action().word(),
        true));
    changes.addAll(worse.changes());
    return new ResourceChange(
        own.name(), own.oldType(), own.newType(), worse.action(), true, changes, worse.nested());
  }

  Side a() {
    return a;
  }

  Side b() {
    return b;
  }

  private static Set<String> changedProperties(ResourceChange rc) {
    Set<String> out = new TreeSet<>();
    rc.changes().forEach(c -> {
      if (c.path().startsWith("properties.") && !c.mayChange()) {
        out.add(c.path().substring("properties.".length()));
      }
    });
    if (rc.action() == Action.REPLACED && rc.change("type") != null) {
      out.add("*");
    }
    return out;
  }

  private List<OutputChange> outputChanges() {
    List<OutputChange> changes = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(a.t.outputs().keySet());
    names.addAll(b.t.outputs().keySet());
    for (String n : names) {
      Object before = a.t.outputs().containsKey(n) ? a.t.outputs().get(n).toTree() : null;
      Object after = b.t.outputs().containsKey(n) ? b.t.outputs().get(n).toTree() : null;
      if (!Objects.equals(before, after)) {
        changes.add(new OutputChange(n, before, after));
      }
    }
    return changes;
  }

  /** A change with values masked when a hidden parameter fed them. */
  PropertyChange change(
      String path, Frozen.Value ov, Frozen.Value nv, Action verdict, String reason, boolean may) {
    boolean mask = ov.params().stream().anyMatch(hidden::contains)
        || nv.params().stream().anyMatch(hidden::contains);
    Object o = mask && ov.value() != null ? StackDiff.MASK : ov.value();
    Object n = mask && nv.value() != null ? StackDiff.MASK : nv.value();
    return new PropertyChange(path, o, n, verdict, reason + via(ov, nv), may);
  }

  private String via(Frozen.Value ov, Frozen.Value nv) {
    Set<String> used = new TreeSet<>(ov.params());
    used.addAll(nv.params());
    used.retainAll(changedParams);
    return used.isEmpty() ? "" : "; via get_param " + String.join(", ", used);
  }

  /** The diff of a nested stack (a template resource or a group's member template). */
  StackDiff nested(
      Side a,
      Template oldChild,
      Map<String, Object> oldParams,
      Side b,
      Template newChild,
      Map<String, Object> newParams) {
    return new Analysis(a.child(oldChild, oldParams), b.child(newChild, newParams), catalog).run();
  }

  /** The schema of an implementation type, or null (a template, an unknown type). */
  ResourceTypeSchema schema(String implementation) {
    return Side.TEMPLATE.equals(implementation)
        ? null
        : catalog.lookup(implementation).orElse(null);
  }

  /** Whether a property unknown to the schema is one Heat hides from its schema API. */
  static boolean hiddenProperty(String implementation, String key) {
    return HeatTypeFacts.isHiddenProperty(implementation, key);
  }

  /** The schema of one property, or null. */
  static PropertySchema property(ResourceTypeSchema schema, String key) {
    return schema == null ? null : schema.properties().get(key);
  }

  static List<String> sections() {
    return SECTIONS;
  }
}
