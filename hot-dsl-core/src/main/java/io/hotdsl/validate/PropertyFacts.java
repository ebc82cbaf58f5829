package io.hotdsl.validate;

import io.hotdsl.schema.PropertySchema;

/**
 * A property schema with what {@link PropertyChecker} reads of it when it checks a value: its type as a number, and the
 * facts of its items and the index of its map's schema, found when first needed.
 */
final class PropertyFacts {
  static final int NONE = 0;
  static final int STRING = 1;
  static final int INTEGER = 2;
  static final int NUMBER = 3;
  static final int BOOLEAN = 4;
  static final int MAP = 5;
  static final int LIST = 6;
  static final int OTHER = 7;

  final PropertySchema schema;
  final int type;
  private PropertyFacts item;
  /** Whether {@link #item} has been looked up (it stays null for a list of any items). */
  private boolean itemKnown;

  private SchemaIndex mapIndex;

  PropertyFacts(PropertySchema schema) {
    this.schema = schema;
    this.type = schema.type() == null
        ? NONE
        : switch (schema.type()) {
          case "string" -> STRING;
          case "integer" -> INTEGER;
          case "number" -> NUMBER;
          case "boolean" -> BOOLEAN;
          case "map" -> MAP;
          case "list" -> LIST;
          default -> OTHER;
        };
  }

  /** The facts of {@link PropertySchema#itemSchema()}, or null when it has none. */
  PropertyFacts item() {
    if (!itemKnown) {
      PropertySchema s = schema.itemSchema();
      item = s == null ? null : new PropertyFacts(s);
      itemKnown = true;
    }
    return item;
  }

  /** The index of the map's schema, in {@code checker}'s run. */
  SchemaIndex mapIndex(PropertyChecker checker) {
    if (mapIndex == null) {
      mapIndex = checker.index(schema.schema());
    }
    return mapIndex;
  }
}
