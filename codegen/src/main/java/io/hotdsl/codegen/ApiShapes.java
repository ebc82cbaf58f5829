package io.hotdsl.codegen;

import io.hotdsl.schema.ResourceTypeSchema;
import java.util.Collection;
import java.util.List;

/**
 * The API shape of the classes codegen generates, computed by the generator itself: {@link
 * #of(String, ResourceTypeSchema, Collection)} runs the class generator for one type and returns
 * what it recorded, so the names are the ones the generated source has, without reading the
 * classes.
 */
public final class ApiShapes {
  private ApiShapes() {}

  /**
   * The shape of the resource class generated for {@code schema} under {@code basePackage}, not
   * knowing the other types of its run (no {@link PropertyShape#references()}).
   */
  public static TypeShape of(String basePackage, ResourceTypeSchema schema) {
    return of(basePackage, schema, List.of());
  }

  /**
   * The shape of the resource class generated for {@code schema} in a run over {@code allTypes}
   * (which decide the resource classes a setter also takes).
   */
  public static TypeShape of(
      String basePackage, ResourceTypeSchema schema, Collection<ResourceTypeSchema> allTypes) {
    References references =
        allTypes.isEmpty() ? References.NONE : new References(basePackage, allTypes);
    return new ResourceClassGenerator(basePackage, references)
        .generateWithShape(schema)
        .shape();
  }
}
