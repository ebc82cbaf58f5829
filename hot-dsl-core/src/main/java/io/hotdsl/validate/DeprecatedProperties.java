package io.hotdsl.validate;

import io.hotdsl.drift.HeatRelease;
import io.hotdsl.drift.ReleaseDrift;
import io.hotdsl.functions.Trees;
import io.hotdsl.schema.SupportStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one policy for Heat's hidden and deprecated properties ({@code support_status} HIDDEN or
 * DEPRECATED, e.g. {@code subnet_id} of {@code OS::Neutron::RouterInterface}), which validate,
 * release drift, diff and import share. Heat 19 still accepts every hidden property it lists
 * (its schema keeps them, hidden from the docs) and moves most into their replacement with a
 * translation rule before it does anything else. So:
 *
 * <ul>
 *   <li>validate warns and names the replacement ({@link #check});
 *   <li>release drift errs only where the release truly lacks the property (added later), and
 *       warns where it is hidden or deprecated there;
 *   <li>diff compares properties after Heat's translation ({@link #translate});
 *   <li>import writes the replacement's name in a comment ({@link #of}).
 * </ul>
 */
public final class DeprecatedProperties {
  private static final Pattern USE = Pattern.compile(
      "(?:Use property |Use ``)([A-Za-z_][A-Za-z0-9_:]*)");

  private DeprecatedProperties() {}

  /**
   * A hidden or deprecated property of a type.
   *
   * @param type the resource type
   * @param property its schema path: {@code subnet_id}, {@code fixed_ips.*.subnet_id} in list items
   * @param hidden HIDDEN (true) or DEPRECATED (false) in Heat 19
   * @param since the Heat version of that status, as Heat records it ({@code 5.0.0})
   * @param replacement the property to use instead (its name, a sibling of the property), when
   *     Heat names one
   * @param translated whether Heat 19 moves the value into the replacement itself
   * @param note Heat's message for the status, when it says more than the replacement
   */
  public record Use(String type, String property, boolean hidden, String since,
      Optional<String> replacement, boolean translated, Optional<String> note) {
    /** The property's own name: {@code subnet_id} of {@code fixed_ips.*.subnet_id}. */
    public String name() {
      return property.substring(property.lastIndexOf('.') + 1);
    }

    /** {@code Liberty (Heat 5.0.0)}, or {@code Heat x} for a version no release is known for. */
    public String sinceRelease() {
      return HeatRelease.ofHeatVersion(since).map(HeatRelease::toString)
          .orElse("Heat " + since);
    }

    /**
     * The warning: {@code property "subnet_id" of OS::Neutron::RouterInterface is hidden
     * (deprecated) since Liberty (Heat 5.0.0); Heat still accepts it and reads it as "subnet":
     * use "subnet"}.
     */
    public String message() {
      StringBuilder b = new StringBuilder("property \"").append(name()).append("\" of ")
          .append(type).append(" is ").append(hidden ? "hidden (deprecated)" : "deprecated")
          .append(" since ").append(sinceRelease());
      if (replacement.isPresent()) {
        String r = replacement.get();
        b.append(translated ? "; Heat still accepts it and reads it as \"" + r + "\": use \""
            + r + "\"" : "; use \"" + r + "\"");
      } else {
        b.append(hidden ? "; Heat still accepts it" : "");
        note.ifPresent(n -> b.append(": ").append(n));
      }
      return b.toString();
    }
  }

  /**
   * The hidden or deprecated property at schema path {@code property} of {@code type}
   * ({@code subnet_id}, {@code fixed_ips.*.subnet_id}), if it is one in Heat 19.
   */
  public static Optional<Use> of(String type, String property) {
    SupportStatus s = ReleaseDrift.propertyStatuses().getOrDefault(type, Map.of()).get(property);
    if (s == null || !(s.isHidden() || s.isDeprecated())) {
      return Optional.empty();
    }
    boolean topLevel = !property.contains(".");
    String target = topLevel ? HeatHidden.hiddenTarget(type, property).orElse(null) : null;
    String named = null;
    String note = null;
    for (SupportStatus c = s; c != null; c = c.previous()) {
      if (c.message() != null && !c.message().isBlank()) {
        Matcher m = USE.matcher(c.message());
        if (m.find()) {
          named = named == null ? m.group(1) : named;
        } else if (note == null && c == s) {
          note = c.message().trim();
        }
      }
    }
    String replacement = target != null ? target : named;
    // Heat translates the nested hidden names too (Port fixed_ips subnet_id, Server networks
    // uuid, block_device_mapping_v2 image_id, NetworkGateway connections network_id)
    boolean translated = target != null || !topLevel && s.isHidden() && named != null;
    return Optional.of(new Use(type, property, s.isHidden(), s.version().trim(),
        Optional.ofNullable(replacement), translated, Optional.ofNullable(note)));
  }

  /**
   * {@code properties} as Heat 19 reads them after its translation rules: each hidden property
   * with a replacement moved into it (when the replacement is not set as well), at the top level
   * and in list items of map properties. Other values are kept as they are.
   */
  public static Map<String, Object> translate(String type, Map<String, Object> properties) {
    Map<String, SupportStatus> table = ReleaseDrift.propertyStatuses().get(type);
    if (table == null) {
      return properties;
    }
    return translateMap(type, "", properties, table);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> translateMap(String type, String prefix,
      Map<String, Object> values, Map<String, SupportStatus> table) {
    Map<String, Object> out = new LinkedHashMap<>(values);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String sp = prefix + e.getKey();
      Optional<Use> use = table.containsKey(sp) ? of(type, sp) : Optional.empty();
      if (use.isPresent() && use.get().translated() && use.get().replacement().isPresent()) {
        String r = use.get().replacement().get();
        Object v = out.remove(e.getKey());
        if (!out.containsKey(r) || out.get(r) == null) {
          out.put(r, v);
        }
        continue;
      }
      Object v = Trees.node(e.getValue());
      if (v instanceof List<?> l && table.keySet().stream().anyMatch(k -> k.startsWith(sp + ".*."))) {
        List<Object> items = new ArrayList<>(l.size());
        for (Object item : l) {
          Object n = Trees.node(item);
          items.add(n instanceof Map<?, ?> m
              ? translateMap(type, sp + ".*.", (Map<String, Object>) m, table) : item);
        }
        out.put(e.getKey(), items);
      }
    }
    return out;
  }

  /**
   * Warnings for the hidden and deprecated properties set in one resource's {@code properties}
   * (top level and list items of maps), at their paths under {@code path}.
   */
  static void check(YamlPath path, String type, Map<?, ?> properties, List<Problem> problems) {
    Map<String, SupportStatus> table = ReleaseDrift.propertyStatuses().get(type);
    if (table != null) {
      checkMap(path, type, "", properties, table, problems);
    }
  }

  private static void checkMap(YamlPath path, String type, String prefix, Map<?, ?> values,
      Map<String, SupportStatus> table, List<Problem> problems) {
    for (Map.Entry<?, ?> e : values.entrySet()) {
      String key = String.valueOf(e.getKey());
      String sp = prefix + key;
      if (table.containsKey(sp)) {
        of(type, sp).ifPresent(u -> problems.add(
            Problem.warning(path.key(key).toString(), u.message())));
      }
      if (Trees.node(e.getValue()) instanceof List<?> l
          && table.keySet().stream().anyMatch(k -> k.startsWith(sp + ".*."))) {
        for (int i = 0; i < l.size(); i++) {
          if (Trees.node(l.get(i)) instanceof Map<?, ?> m) {
            checkMap(path.key(key).index(i), type, sp + ".*.", m, table, problems);
          }
        }
      }
    }
  }
}
