package io.hotdsl.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What the generators share while writing one resource class: its names, the scope of its nested
 * type names and the nested types (value classes, enums) made so far, all direct members of the
 * resource class.
 */
final class ClassContext {
  /** Core's checks, which the builders call (one constraint engine with the validator). */
  static final ClassName CHECKS = ClassName.get("io.hotdsl.model", "BuilderChecks");

  final String resourceType;
  final ClassName resourceClass;
  final ClassName checks;
  /** The types string properties may refer to, so their setters take the resource too. */
  final References references;

  final Naming.Scope typeNames;
  final List<TypeSpec> nestedTypes = new ArrayList<>();
  /** The shapes of the nested value classes made so far. */
  final java.util.Map<ClassName, TypeShape> shapes = new java.util.HashMap<>();

  ClassContext(String resourceType, ClassName resourceClass, References references) {
    this.resourceType = resourceType;
    this.resourceClass = resourceClass;
    this.checks = CHECKS;
    this.references = references;
    this.typeNames = Naming.typeScope(resourceClass.simpleName());
  }

  /**
   * A name for a nested type: {@code preferred} if free, else prefixed with its parent's name
   * ({@code Network} in {@code Server} is free; a second {@code Type} inside {@code Pool} becomes
   * {@code PoolType}), else numbered.
   */
  ClassName nestedName(String preferred, String parentSimpleName) {
    String n = typeNames.tryClaim(preferred);
    if (n == null) {
      n = typeNames.tryClaim(parentSimpleName + preferred);
    }
    if (n == null) {
      n = typeNames.claim(preferred);
    }
    return resourceClass.nestedClass(n);
  }
}
