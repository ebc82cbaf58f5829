package io.hotdsl.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.functions.Trees;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.DeprecatedProperties;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import io.hotdsl.schema.SchemaJson;
import io.hotdsl.schema.SupportStatus;
import io.hotdsl.validate.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template uses that an older (or the target) OpenStack release's Heat does not have or
 * discourages: the template version, resource types and properties, judged by Heat 19's
 * {@code support_status} chains (the schemas of the {@link Catalog} given, plus the types Heat
 * 19 hides, which its schema API does not list: {@code heat-19.0.0-hidden-types.json}, read from
 * Heat 19's classes).
 *
 * <ul>
 *   <li>ERROR: the template version is newer than the release; a type or property was added
 *       after the release; a type was removed (HIDDEN) at or before the release;
 *   <li>WARNING: a type or property is DEPRECATED or UNSUPPORTED at the release (Heat's message,
 *       which names the replacement, is quoted).
 * </ul>
 *
 * <p>The overloads without a catalog (kept for existing callers) use the process default, the
 * deprecated {@link ResourceTypes#catalog()}.
 */
public final class ReleaseDrift {
  private static final Map<HotVersion, HeatRelease> TEMPLATE_VERSIONS = templateVersions();
  private static volatile Map<String, SupportStatus> hidden;

  private ReleaseDrift() {}

  /** The problems of running {@code template} on {@code release} ("queens" or "10.0.0"). */
  public static List<Problem> check(Template template, String release) {
    return check(template, HeatRelease.parse(release));
  }

  /** The problems of running {@code template} on {@code release}. */
  public static List<Problem> check(Template template, HeatRelease release) {
    return check(template, release, ResourceTypes.catalog());
  }

  /** The problems of running {@code template} on {@code release}, with {@code catalog}'s schemas. */
  public static List<Problem> check(Template template, HeatRelease release, Catalog catalog) {
    java.util.Objects.requireNonNull(catalog, "catalog");
    List<Problem> out = new ArrayList<>();
    HeatRelease needs = requiredRelease(template.version());
    if (needs != null && !release.isAtLeast(needs)) {
      out.add(Problem.error(
          "heat_template_version",
          "version "
              + template.version().key() + " needs " + needs + "; " + release + " knows up to "
              + newestVersion(release).map(HotVersion::key).orElse("none")));
    }
    for (Resource r : template.resources().values()) {
      String path = "resources." + r.name();
      ResourceTypeSchema schema = catalog.lookup(r.type()).orElse(null);
      SupportStatus status =
          schema != null ? schema.supportStatus() : hiddenTypes().get(r.type());
      if (status == null) {
        continue; // a template file, a provider type or a type Heat 19 does not know
      }
      boolean typeOk =
          judge(out, path + ".type", "resource type " + r.type(), status, release, null);
      if (schema == null || !typeOk) {
        continue;
      }
      Object props = Trees.toTree(r.properties());
      if (props instanceof Map<?, ?> m) {
        properties(out, path + ".properties", "", r.type(), m, schema.properties(), release);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static void properties(
      List<Problem> out,
      String path,
      String schemaPath,
      String type,
      Map<?, ?> values,
      Map<String, PropertySchema> schemas,
      HeatRelease release) {
    Map<String, SupportStatus> table = propertyStatuses().getOrDefault(type, Map.of());
    for (Map.Entry<?, ?> e : values.entrySet()) {
      String key = String.valueOf(e.getKey());
      PropertySchema ps = schemas.get(key);
      String p = path + "." + key;
      String sp = schemaPath.isEmpty() ? key : schemaPath + "." + key;
      SupportStatus status = table.get(sp);
      if (status == null && ps != null) {
        status = ps.supportStatus();
      }
      if (status == null) {
        continue;
      }
      if (!judge(
              out,
              p,
              "property " + sp + " of " + type,
              status,
              release,
              DeprecatedProperties.of(type, sp)
                  .flatMap(DeprecatedProperties.Use::replacement)
                  .orElse(null))
          || ps == null) {
        continue;
      }
      Object v = e.getValue();
      if ("map".equals(ps.type()) && v instanceof Map<?, ?> m && !ps.schema().isEmpty()) {
        properties(out, p, sp, type, m, ps.schema(), release);
      } else if ("list".equals(ps.type())
          && v instanceof List<?> l
          && ps.itemSchema() != null
          && "map".equals(ps.itemSchema().type())) {
        for (int i = 0; i < l.size(); i++) {
          if (l.get(i) instanceof Map<?, ?> m) {
            properties(
                out, p + "[" + i + "]", sp + ".*", type, m, ps.itemSchema().schema(), release);
          }
        }
      }
    }
  }

  /**
   * Reports what {@code chain} means at {@code release}; false when the thing does not exist
   * there (so its insides need no check).
   *
   * @param replacement for a property: what to use instead (Heat keeps a hidden property in its
   *     schema and accepts it, so it is a warning naming the replacement, not an error); null
   *     for a resource type, which Heat no longer offers once hidden
   */
  private static boolean judge(
      List<Problem> out,
      String path,
      String what,
      SupportStatus chain,
      HeatRelease release,
      String replacement) {
    boolean property = what.startsWith("property ");
    SupportStatus inEffect = null;
    SupportStatus oldest = null;
    for (SupportStatus s = chain; s != null; s = s.previous()) {
      oldest = s;
      if (inEffect == null && (s.version() == null || atOrBefore(s.version(), release))) {
        inEffect = s;
      }
    }
    if (inEffect == null) {
      if (oldest != null && "SUPPORTED".equals(oldest.status())) {
        out.add(Problem.error(
            path,
            what + " is not available in " + release + ": added in " + describe(oldest.version())));
        return false;
      }
      return true; // only later deprecations are known: it existed before them
    }
    String since = inEffect.version() == null ? "" : " since " + describe(inEffect.version());
    String msg = inEffect.message() == null || inEffect.message().isBlank()
        ? ""
        : ": " + inEffect.message().trim();
    switch (inEffect.status()) {
      case "HIDDEN" -> {
        if (property) {
          // DeprecatedProperties: hidden, not removed; the release still accepts it
          out.add(Problem.warning(
              path,
              what + " is hidden (deprecated)" + since
                  + "; " + release + " still accepts it"
                  + (replacement != null ? ": use \"" + replacement + "\"" : msg)));
          return true;
        }
        out.add(Problem.error(path, what + " was removed" + since + msg));
        return false;
      }
      case "DEPRECATED" -> out.add(Problem.warning(path, what + " is deprecated" + since + msg));
      case "UNSUPPORTED" -> out.add(Problem.warning(path, what + " is UNSUPPORTED" + since + msg));
      default -> {}
    }
    return true;
  }

  private static String describe(String heatVersion) {
    return HeatRelease.ofHeatVersion(heatVersion)
        .map(HeatRelease::toString)
        .orElse("Heat " + heatVersion);
  }

  private static boolean atOrBefore(String heatVersion, HeatRelease release) {
    return HeatRelease.ofHeatVersion(heatVersion).map(release::isAtLeast).orElse(false);
  }

  /**
   * The oldest release whose Heat knows {@code version}: from the release-name aliases Heat 19
   * registers (newton … wallaby) and, before them, the HOT specification's notes (2013-05-23:
   * HOT's first version, Havana's Heat 2013.2; 2014-10-16 Juno; 2015-04-30 Kilo; 2015-10-15
   * Liberty; 2016-04-08 Mitaka).
   */
  public static HeatRelease requiredRelease(HotVersion version) {
    return TEMPLATE_VERSIONS.get(version.canonical());
  }

  private static java.util.Optional<HotVersion> newestVersion(HeatRelease release) {
    HotVersion best = null;
    for (Map.Entry<HotVersion, HeatRelease> e : TEMPLATE_VERSIONS.entrySet()) {
      if (release.isAtLeast(e.getValue())) {
        best = e.getKey();
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static Map<HotVersion, HeatRelease> templateVersions() {
    Map<HotVersion, HeatRelease> m = new EnumMap<>(HotVersion.class);
    m.put(HotVersion.V2013_05_23, HeatRelease.HAVANA);
    m.put(HotVersion.V2014_10_16, HeatRelease.JUNO);
    m.put(HotVersion.V2015_04_30, HeatRelease.KILO);
    m.put(HotVersion.V2015_10_15, HeatRelease.LIBERTY);
    m.put(HotVersion.V2016_04_08, HeatRelease.MITAKA);
    m.put(HotVersion.V2016_10_14, HeatRelease.NEWTON);
    m.put(HotVersion.V2017_02_24, HeatRelease.OCATA);
    m.put(HotVersion.V2017_09_01, HeatRelease.PIKE);
    m.put(HotVersion.V2018_03_02, HeatRelease.QUEENS);
    m.put(HotVersion.V2018_08_31, HeatRelease.ROCKY);
    m.put(HotVersion.V2021_04_16, HeatRelease.WALLABY);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The support status chains of the resource types Heat 19 hides (removed types), read from
   * Heat 19's classes by {@code extract_hidden_types.py} (test resources; ReleaseDriftTest
   * re-runs it).
   */
  public static Map<String, SupportStatus> hiddenTypes() {
    Map<String, SupportStatus> h = hidden;
    if (h == null) {
      Map<String, SupportStatus> m = new LinkedHashMap<>();
      read("heat-19.0.0-hidden-types.json")
          .fields()
          .forEachRemaining(e -> m.put(e.getKey(), status(e.getKey(), e.getValue())));
      hidden = h = Collections.unmodifiableMap(m);
    }
    return h;
  }

  /**
   * Per type, the support status chains of its properties that have one ({@code networks.*.tag}
   * for list items), read from Heat 19's classes by {@code extract_property_status.py} (test
   * resources, re-run by ReleaseDriftTest): the
   * schema API snapshot does not carry them.
   */
  public static Map<String, Map<String, SupportStatus>> propertyStatuses() {
    return DeprecatedProperties.statuses();
  }

  private static SupportStatus status(String what, JsonNode chain) {
    return SchemaJson.parse("{\"resource_type\": \"x\", \"support_status\": " + chain + "}", what)
        .supportStatus();
  }

  private static JsonNode read(String resource) {
    try (InputStream in = ReleaseDrift.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/hotdsl/drift/" + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
