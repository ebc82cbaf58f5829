package io.hotdsl.drift;

import java.util.Locale;
import java.util.Optional;

/**
 * OpenStack releases with the Heat version each shipped, in order.
 *
 * <p>Heat's {@code support_status.version} uses the date scheme up to Kilo ("2014.1") and semantic
 * versions from Liberty ("5.0.0"). The names of the HOT release aliases (Heat 19's
 * {@code heat.templates} entry points: {@code newton} = 2016-10-14 … {@code wallaby} =
 * 2021-04-16) and Heat's release notes (e.g. Rocky series: 11.0.x) fix the mapping.
 */
public enum HeatRelease {
  GRIZZLY("2013.1"),
  HAVANA("2013.2"),
  ICEHOUSE("2014.1"),
  JUNO("2014.2"),
  KILO("2015.1"),
  LIBERTY("5.0.0"),
  MITAKA("6.0.0"),
  NEWTON("7.0.0"),
  OCATA("8.0.0"),
  PIKE("9.0.0"),
  QUEENS("10.0.0"),
  ROCKY("11.0.0"),
  STEIN("12.0.0"),
  TRAIN("13.0.0"),
  USSURI("14.0.0"),
  VICTORIA("15.0.0"),
  WALLABY("16.0.0"),
  XENA("17.0.0"),
  YOGA("18.0.0"),
  ZED("19.0.0");

  private final String heatVersion;

  HeatRelease(String heatVersion) {
    this.heatVersion = heatVersion;
  }

  /** The Heat version of the release ("10.0.0", "2014.1"). */
  public String heatVersion() {
    return heatVersion;
  }

  /** The release's name, capitalised ("Queens"). */
  public String displayName() {
    String n = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** Whether this release is {@code other} or newer. */
  public boolean isAtLeast(HeatRelease other) {
    return ordinal() >= other.ordinal();
  }

  /**
   * The release a name ("queens", "Queens") or Heat version ("10.0.0", "10.0", "10", "10.1.2",
   * "2014.1") names.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static HeatRelease parse(String release) {
    if (release == null || release.isBlank()) {
      throw new IllegalArgumentException("release: expected a release name or Heat version");
    }
    String r = release.trim();
    for (HeatRelease h : values()) {
      if (h.name().equalsIgnoreCase(r)) {
        return h;
      }
    }
    return ofHeatVersion(r)
        .orElseThrow(() -> new IllegalArgumentException("unknown release '" + release
            + "': expected a name (icehouse … zed) or a Heat version" + " (2014.1 … 19.0.0)"));
  }

  /** The release a Heat version belongs to ("10.0.0", "10.1.2", "2014.2"), if known. */
  public static Optional<HeatRelease> ofHeatVersion(String version) {
    if (version == null) {
      return Optional.empty();
    }
    String v = version.trim();
    for (HeatRelease h : values()) {
      if (h.heatVersion.equals(v)) {
        return Optional.of(h);
      }
    }
    String[] parts = v.split("\\.");
    try {
      int major = Integer.parseInt(parts[0]);
      if (major >= 2013) {
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        for (HeatRelease h : values()) {
          if (h.heatVersion.equals(major + "." + minor)) {
            return Optional.of(h);
          }
        }
        return Optional.empty();
      }
      for (HeatRelease h : values()) {
        if (h.heatVersion.startsWith(major + ".")) {
          return Optional.of(h);
        }
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return displayName() + " (Heat " + heatVersion + ")";
  }
}
