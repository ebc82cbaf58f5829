package io.hotdsl.environment;

/** A resource hook of Heat's resource registry ({@code hooks: pre-create}). */
public enum Hook {
  PRE_CREATE("pre-create"),
  PRE_UPDATE("pre-update"),
  PRE_DELETE("pre-delete"),
  PRE_SIGNAL("pre-signal");

  private final String key;

  Hook(String key) {
    this.key = key;
  }

  /** As written in an environment. */
  public String key() {
    return key;
  }
}
