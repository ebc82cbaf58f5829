package io.hotdsl.model;

/** What Heat does with a resource's physical object when the resource is deleted. */
public enum DeletionPolicy {
  DELETE("Delete"),
  RETAIN("Retain"),
  SNAPSHOT("Snapshot");

  private final String key;

  DeletionPolicy(String key) {
    this.key = key;
  }

  /** The policy as written in a template. */
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
