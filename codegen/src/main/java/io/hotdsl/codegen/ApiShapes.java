package io.hotdsl.codegen;

import io.hotdsl.schema.ResourceTypeSchema;

/**
 * The API shape of the classes codegen generates, computed by the generator itself: {@link
 * #of(String, ResourceTypeSchema)} runs the class generator for one type and returns what it
 * recorded, so the names are the ones the generated source has, without reading the classes.
 */
public final class ApiShapes {
  private ApiShapes() {}

  /** The shape of the resource class generated for {@code schema} under {@code basePackage}. */
  public static TypeShape of(String basePackage, ResourceTypeSchema schema) {
    return new ResourceClassGenerator(basePackage, References.NONE).generateWithShape(schema)
        .shape();
  }
}
