package io.hotdsl.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link UpdateImpact}: every resource's {@link ResourceChange} (in the old
 * template's order, added ones after), the parameters whose effective values change, and the
 * outputs added, removed or changed.
 * Immutable. {@link #toText()} is for people, {@link #toJson()} for tools.
 */
public final class StackDiff {
  /** What a hidden parameter's value prints as. */
  public static final String MASK = "******";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private final List<ParameterChange> parameters;
  private final List<ResourceChange> resources;
  private final List<OutputChange> outputs;

  StackDiff(
      List<ParameterChange> parameters,
      List<ResourceChange> resources,
      List<OutputChange> outputs) {
    this.parameters = List.copyOf(parameters);
    this.resources = List.copyOf(resources);
    this.outputs = List.copyOf(outputs);
  }

  /** The parameters whose effective value differs. */
  public List<ParameterChange> parameters() {
    return parameters;
  }

  /** Every resource of either template. */
  public List<ResourceChange> resources() {
    return resources;
  }

  /** The outputs the update adds, removes or changes. */
  public List<OutputChange> outputs() {
    return outputs;
  }

  /** The resource named {@code name}, or null. */
  public ResourceChange resource(String name) {
    return resources.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }

  /** The action for {@code name}, or null when neither template has it. */
  public Action action(String name) {
    ResourceChange r = resource(name);
    return r == null ? null : r.action();
  }

  /** How many resources take each action. */
  public Map<Action, Integer> counts() {
    Map<Action, Integer> m = new EnumMap<>(Action.class);
    for (Action a : Action.values()) {
      m.put(a, 0);
    }
    resources.forEach(r -> m.merge(r.action(), 1, Integer::sum));
    return m;
  }

  /** Whether nothing changes: no resource and no output. */
  public boolean isEmpty() {
    return outputs.isEmpty() && resources.stream().allMatch(r -> r.action() == Action.UNCHANGED);
  }

  /** Whether the update would fail somewhere (here or in a nested stack). */
  public boolean fails() {
    return resources.stream().anyMatch(r -> r.action() == Action.UPDATE_FAILS);
  }

  Action worstAction() {
    Action w = Action.UNCHANGED;
    for (ResourceChange r : resources) {
      w = Action.worst(w, r.action());
    }
    return w;
  }

  boolean isUncertainOnly() {
    return resources.stream()
        .filter(r -> r.action() != Action.UNCHANGED)
        .allMatch(ResourceChange::uncertain);
  }

  /**
   * The diff as text, one resource a line, like {@code cdk diff}; unchanged resources are only
   * counted:
   *
   * <pre>
   * ~ web OS::Nova::Server  REPLACE  image: cirros -> ubuntu (image_update_policy REPLACE)
   *     [UPDATE] flavor: m1.small -> m1.large (resize (flavor_update_policy RESIZE))
   * </pre>
   *
   * <p>{@code ?} marks a resource whose action only may happen.
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    if (!parameters.isEmpty()) {
      sb.append("Parameters\n");
      for (ParameterChange p : parameters) {
        sb.append("  ")
            .append(p.name())
            .append(": ")
            .append(show(p.oldValue()))
            .append(" -> ")
            .append(show(p.newValue()))
            .append(p.hidden() ? " (hidden)" : "")
            .append('\n');
      }
    }
    sb.append("Resources\n");
    appendResources(sb, "");
    Map<Action, Integer> c = counts();
    sb.append(String.format(
        "%d to add, %d to remove, %d to update in place, %d to replace, "
            + "%d failing, %d unchanged%n",
        c.get(Action.ADDED),
        c.get(Action.REMOVED),
        c.get(Action.UPDATED_IN_PLACE),
        c.get(Action.REPLACED),
        c.get(Action.UPDATE_FAILS),
        c.get(Action.UNCHANGED)));
    if (!outputs.isEmpty()) {
      sb.append("Outputs\n");
      for (OutputChange o : outputs) {
        sb.append(o.marker())
            .append(' ')
            .append(o.name())
            .append("  ")
            .append(show(o.oldOutput()))
            .append(" -> ")
            .append(show(o.newOutput()))
            .append('\n');
      }
    }
    return sb.toString().replace("\r\n", "\n");
  }

  private void appendResources(StringBuilder sb, String indent) {
    for (ResourceChange r : resources) {
      if (r.action() == Action.UNCHANGED) {
        continue;
      }
      sb.append(indent)
          .append(r.uncertain() ? "?" : r.action().marker())
          .append(' ')
          .append(r.name())
          .append(' ')
          .append(
              r.oldType() != null && r.newType() != null && !r.oldType().equals(r.newType())
                  ? r.oldType() + " -> " + r.newType()
                  : r.type())
          .append("  ")
          .append(r.uncertain() ? "MAY " : "")
          .append(r.action().word());
      List<PropertyChange> cs = r.changes();
      boolean first = true;
      for (PropertyChange pc : cs) {
        if (first && pc.verdict() == r.action() && pc.mayChange() == r.uncertain()) {
          sb.append("  ").append(describe(pc)).append('\n');
        } else {
          if (first) {
            sb.append('\n');
          }
          sb.append(indent)
              .append("    [")
              .append(pc.mayChange() ? "MAY " : "")
              .append(pc.verdict().word())
              .append("] ")
              .append(describe(pc))
              .append('\n');
        }
        first = false;
      }
      if (first) {
        sb.append(r.nested() != null ? "  nested stack" : "").append('\n');
      }
      if (r.nested() != null && !r.nested().isEmpty()) {
        r.nested().appendResources(sb, indent + "    " + r.name() + "/");
      }
    }
  }

  private static String describe(PropertyChange pc) {
    String path = pc.path().startsWith("properties.") ? pc.path().substring(11) : pc.path();
    String values = pc.oldValue() == null && pc.newValue() == null
        ? ""
        : ": " + show(pc.oldValue()) + " -> "
            + (pc.oldValue() != null
                    && pc.oldValue().equals(pc.newValue())
                    && !MASK.equals(pc.oldValue())
                ? "(known after update)"
                : show(pc.newValue()));
    return path + values + " (" + pc.reason() + ")";
  }

  static String show(Object v) {
    if (v == null) {
      return "(none)";
    }
    if (v instanceof String s) {
      return s.isEmpty() ? "\"\"" : s;
    }
    try {
      return COMPACT.writeValueAsString(v);
    } catch (JsonProcessingException e) {
      return String.valueOf(v);
    }
  }

  /** The diff as a JSON document (unchanged resources included). */
  public String toJson() {
    try {
      return JSON.writeValueAsString(toTree()).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JSON document's tree. */
  public Map<String, Object> toTree() {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    counts().forEach((a, n) -> summary.put(a.name(), n));
    out.put("summary", summary);
    List<Object> ps = new ArrayList<>();
    for (ParameterChange p : parameters) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("old", p.oldValue());
      m.put("new", p.newValue());
      m.put("hidden", p.hidden());
      ps.add(m);
    }
    out.put("parameters", ps);
    List<Object> rs = new ArrayList<>();
    for (ResourceChange r : resources) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name());
      m.put("action", r.action().name());
      m.put("uncertain", r.uncertain());
      m.put("oldType", r.oldType());
      m.put("newType", r.newType());
      List<Object> cs = new ArrayList<>();
      for (PropertyChange pc : r.changes()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("path", pc.path());
        c.put("old", pc.oldValue());
        c.put("new", pc.newValue());
        c.put("verdict", pc.verdict().name());
        c.put("reason", pc.reason());
        c.put("mayChange", pc.mayChange());
        cs.add(c);
      }
      m.put("changes", cs);
      if (r.nested() != null) {
        m.put("nested", r.nested().toTree());
      }
      rs.add(m);
    }
    out.put("resources", rs);
    List<Object> os = new ArrayList<>();
    for (OutputChange o : outputs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", o.name());
      m.put("old", o.oldOutput());
      m.put("new", o.newOutput());
      os.add(m);
    }
    out.put("outputs", os);
    return out;
  }

  @Override
  public String toString() {
    return toText();
  }
}
