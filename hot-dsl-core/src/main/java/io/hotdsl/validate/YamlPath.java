package io.hotdsl.validate;

/**
 * Where a value sits in a template ({@code resources.web.properties.networks[0].port}), built one
 * step at a time as the validator walks and spelled out only when a problem is reported: walking
 * a large template allocates one small node per step instead of a new string.
 */
final class YamlPath {
  /** The empty path: its first key is written without a leading dot. */
  static final YamlPath ROOT = new YamlPath(null, null, -1);

  private final YamlPath parent;
  private final String key;
  private final int index;

  private YamlPath(YamlPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  /** The path of a top-level key, or of keys written with dots ({@code resources.web}). */
  static YamlPath of(String dotted) {
    return ROOT.key(dotted);
  }

  /** The path this one extends, or null for {@link #ROOT}. */
  YamlPath parent() {
    return parent;
  }

  /** The map key this path ends with, or null when it ends with a list index (or is ROOT). */
  String mapKey() {
    return key;
  }

  /** This path followed by map key {@code key}. */
  YamlPath key(String key) {
    return new YamlPath(this, key, -1);
  }

  /** This path followed by list index {@code index}. */
  YamlPath index(int index) {
    return new YamlPath(this, null, index);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent == null) {
      return;
    }
    parent.append(sb);
    if (key == null) {
      sb.append('[').append(index).append(']');
    } else {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(key);
    }
  }
}
