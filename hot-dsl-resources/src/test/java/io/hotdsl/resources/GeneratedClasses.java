package io.hotdsl.resources;

import io.hotdsl.codegen.Naming;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.Map;

/** The generated classes and their schemas (codegen is on the test class path, provided scope). */
final class GeneratedClasses {
  private GeneratedClasses() {}

  static final String BASE = "io.hotdsl.resources";

  static String className(String type) {
    return Naming.packageName(BASE, type) + "." + Naming.className(type);
  }

  static String service(String type) {
    return Naming.packageName(BASE, type).substring(BASE.length() + 1);
  }

  /** The schemas the generated provider serves. */
  static Map<String, ResourceTypeSchema> schemas() {
    return new HeatResourceTypes().schemas();
  }
}
