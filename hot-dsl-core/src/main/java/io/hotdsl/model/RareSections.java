package io.hotdsl.model;

/**
 * The sections most resources leave unset ({@code metadata}, {@code update_policy}, {@code
 * deletion_policy}, {@code condition}, {@code external_id}, and whether {@code depends_on} renders
 * as a list): one immutable object a resource and its builder share, {@link #NONE} for a
 * resource that sets none of them, so that a template of many resources does not carry five
 * empty fields in each of them and in each builder. A setter makes a new one.
 */
record RareSections(
    Object metadata,
    Object updatePolicy,
    Object deletionPolicy,
    Object condition,
    Object externalId,
    boolean dependsOnAsList) {
  /** None of them set. */
  static final RareSections NONE = new RareSections(null, null, null, null, null, false);

  RareSections withMetadata(Object value) {
    return new RareSections(
        value, updatePolicy, deletionPolicy, condition, externalId, dependsOnAsList);
  }

  RareSections withUpdatePolicy(Object value) {
    return new RareSections(
        metadata, value, deletionPolicy, condition, externalId, dependsOnAsList);
  }

  RareSections withDeletionPolicy(Object value) {
    return new RareSections(metadata, updatePolicy, value, condition, externalId, dependsOnAsList);
  }

  RareSections withCondition(Object value) {
    return new RareSections(
        metadata, updatePolicy, deletionPolicy, value, externalId, dependsOnAsList);
  }

  RareSections withExternalId(Object value) {
    return new RareSections(
        metadata, updatePolicy, deletionPolicy, condition, value, dependsOnAsList);
  }

  RareSections withDependsOnAsList() {
    return new RareSections(metadata, updatePolicy, deletionPolicy, condition, externalId, true);
  }
}
