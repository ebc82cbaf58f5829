package io.hotdsl.heat.oracle;

/** How far the Heat oracle validates a template. */
public enum Depth {
  /** {@code openstack orchestration template validate}: Heat's template-validate API path. */
  API,
  /** What Heat checks before {@code openstack stack create}: every resource's validate, nested stacks included. */
  STRICT;

  String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
