package io.hotdsl.schema;

/**
 * Heat's support status of a resource type or property.
 *
 * @param status SUPPORTED, DEPRECATED, UNSUPPORTED, HIDDEN or UNKNOWN
 * @param version the Heat release it took that status in ("5.0.0"), or null
 * @param message Heat's message (for deprecations, what to use instead), or null
 * @param previous the status before this one, or null
 */
public record SupportStatus(String status, String version, String message, SupportStatus previous) {
  /** SUPPORTED with no version. */
  public static final SupportStatus SUPPORTED = new SupportStatus("SUPPORTED", null, null, null);

  public boolean isDeprecated() {
    return "DEPRECATED".equals(status);
  }

  public boolean isUnsupported() {
    return "UNSUPPORTED".equals(status);
  }

  public boolean isHidden() {
    return "HIDDEN".equals(status);
  }
}
