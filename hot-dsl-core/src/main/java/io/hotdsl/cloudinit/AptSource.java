package io.hotdsl.cloudinit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code apt: sources:} entry.
 *
 * @param source    the sources.list line, e.g. {@code "deb http://ppa.launchpad.net/... $RELEASE main"}
 *                  or {@code "ppa:owner/name"}
 * @param keyid     the signing key's ID, fetched from {@code keyserver}
 * @param key       the armoured signing key itself
 * @param keyserver where to fetch {@code keyid}
 * @param filename  the file under {@code /etc/apt/sources.list.d/}
 */
public record AptSource(Object source, String keyid, String key, String keyserver, String filename)
    implements CloudConfig.Element {

  /** A source line alone. */
  public static AptSource of(Object source) {
    return new AptSource(source, null, null, null, null);
  }

  /** A source line signed by a key fetched by ID. */
  public static AptSource of(Object source, String keyid) {
    return new AptSource(source, keyid, null, null, null);
  }

  public AptSource withKeyserver(String keyserver) {
    return new AptSource(source, keyid, key, keyserver, filename);
  }

  public AptSource withKey(String key) {
    return new AptSource(source, keyid, key, keyserver, filename);
  }

  public AptSource withFilename(String filename) {
    return new AptSource(source, keyid, key, keyserver, filename);
  }

  @Override
  public Map<String, Object> toModel() {
    Map<String, Object> m = new LinkedHashMap<>();
    CloudConfig.put(m, "source", source);
    CloudConfig.put(m, "keyid", keyid);
    CloudConfig.put(m, "key", key);
    CloudConfig.put(m, "keyserver", keyserver);
    CloudConfig.put(m, "filename", filename);
    return m;
  }
}
