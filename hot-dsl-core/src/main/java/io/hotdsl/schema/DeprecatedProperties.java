package io.hotdsl.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
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
 *   <li>validate warns and names the replacement ({@link Use#message});
 *   <li>release drift errs only where the release truly lacks the property (added later), and
 *       warns where it is hidden or deprecated there;
 *   <li>diff compares properties after Heat's translation ({@link #translate});
 *   <li>import writes the replacement's name in a comment ({@link #of}).
 * </ul>
 */
public final class DeprecatedProperties {
  private static final Pattern USE =
      Pattern.compile("(?:Use property |Use ``)([A-Za-z_][A-Za-z0-9_:]*)");
  private static volatile Map<String, Map<String, SupportStatus>> statuses;
  private static volatile Map<String, Map<String, String>> targets;

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
  public record Use(
      String type,
      String property,
      boolean hidden,
      String since,
      Optional<String> replacement,
      boolean translated,
      Optional<String> note) {
    /** The property's own name: {@code subnet_id} of {@code fixed_ips.*.subnet_id}. */
    public String name() {
      return property.substring(property.lastIndexOf('.') + 1);
    }

    /**
     * The warning: {@code property "subnet_id" of OS::Neutron::RouterInterface is hidden
     * (deprecated) since Heat 5.0.0; Heat still accepts it and reads it as "subnet":
     * use "subnet"}.
     */
    public String message() {
      StringBuilder b = new StringBuilder("property \"")
          .append(name())
          .append("\" of ")
          .append(type)
          .append(" is ")
          .append(hidden ? "hidden (deprecated)" : "deprecated")
          .append(" since Heat ")
          .append(since);
      if (replacement.isPresent()) {
        String r = replacement.get();
        b.append(
            translated
                ? "; Heat still accepts it and reads it as \"" + r + "\": use \"" + r + "\""
                : "; use \"" + r + "\"");
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
    SupportStatus s = statuses().getOrDefault(type, Map.of()).get(property);
    if (s == null || !(s.isHidden() || s.isDeprecated())) {
      return Optional.empty();
    }
    boolean topLevel = !property.contains(".");
    String target = topLevel ? targets().getOrDefault(type, Map.of()).get(property) : null;
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
    return Optional.of(new Use(
        type,
        property,
        s.isHidden(),
        s.version().trim(),
        Optional.ofNullable(replacement),
        translated,
        Optional.ofNullable(note)));
  }

  /**
   * {@code properties} as Heat 19 reads them after its translation rules: each hidden property
   * with a replacement moved into it (when the replacement is not set as well), at the top level
   * and in list items of map properties. Other values are kept as they are.
   */
  public static Map<String, Object> translate(String type, Map<String, Object> properties) {
    Map<String, SupportStatus> table = statuses().get(type);
    if (table == null) {
      return properties;
    }
    return translateMap(type, "", properties, table);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> translateMap(
      String type, String prefix, Map<String, Object> values, Map<String, SupportStatus> table) {
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
      Object v = e.getValue();
      if (v instanceof List<?> l
          && table.keySet().stream().anyMatch(k -> k.startsWith(sp + ".*."))) {
        List<Object> items = new ArrayList<>(l.size());
        for (Object item : l) {
          items.add(
              item instanceof Map<?, ?> m
                  ? translateMap(type, sp + ".*.", (Map<String, Object>) m, table)
                  : item);
        }
        out.put(e.getKey(), items);
      }
    }
    return out;
  }

  /**
   * Per type, the support status chains of its properties that have one ({@code
   * fixed_ips.*.subnet_id} for list items), read from Heat 19's classes by {@code
   * extract_property_status.py} (the schema API snapshot does not carry them).
   */
  public static Map<String, Map<String, SupportStatus>> statuses() {
    Map<String, Map<String, SupportStatus>> p = statuses;
    if (p == null) {
      Map<String, Map<String, SupportStatus>> m = new LinkedHashMap<>();
      read("/io/hotdsl/drift/heat-19.0.0-property-status.json").forEach((type, paths) -> {
        Map<String, SupportStatus> byPath = new LinkedHashMap<>();
        SchemaJson.fields(paths)
            .forEach((path, status) -> byPath.put(path, SchemaJson.status(status)));
        m.put(type, Collections.unmodifiableMap(byPath));
      });
      statuses = p = Collections.unmodifiableMap(m);
    }
    return p;
  }

  /** Per type, hidden property → the property Heat's translation rule moves it into. */
  private static Map<String, Map<String, String>> targets() {
    Map<String, Map<String, String>> t = targets;
    if (t == null) {
      Map<String, Map<String, String>> m = new LinkedHashMap<>();
      SchemaJson.fields(read("/io/hotdsl/validate/heat19-hidden.json").get("hiddenProperties"))
          .forEach((type, names) -> {
            Map<String, String> byName = new LinkedHashMap<>();
            SchemaJson.fields(names).forEach((name, target) -> {
              if (target instanceof String s) {
                byName.put(name, s);
              }
            });
            m.put(type, Collections.unmodifiableMap(byName));
          });
      targets = t = Collections.unmodifiableMap(m);
    }
    return t;
  }

  private static Map<String, Object> read(String resource) {
    try (InputStream in = DeprecatedProperties.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + resource + " is missing");
      }
      return SchemaJson.fields(JsonValues.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
