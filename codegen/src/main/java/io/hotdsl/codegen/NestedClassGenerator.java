package io.hotdsl.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.hotdsl.schema.PropertySchema;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The nested types of a resource class: a value class with its own builder for each map property
 * (or list item) that has a schema ({@code Server.Network}), and an enum implementing {@code
 * HeatEnum} for each string property whose allowed values all make distinct identifiers.
 */
final class NestedClassGenerator {
  static final ClassName HEAT_ENUM = ClassName.get("io.hotdsl.functions", "HeatEnum");
  static final ClassName TREES = ClassName.get("io.hotdsl.functions", "Trees");
  static final ClassName SMALL_MAP = ClassName.get("io.hotdsl.model", "SmallMap");

  private final ClassContext ctx;

  NestedClassGenerator(ClassContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Generates the value class {@code name} for the map schema {@code p} at {@code path}
   * ("block_device_mapping_v2[*]") and returns its name.
   */
  ClassName generate(ClassName name, PropertySchema p, String path) {
    ClassName builderName = name.nestedClass("Builder");
    TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T}.", name)
        .addField(FieldSpec.builder(
                SMALL_MAP.nestedClass("Builder"), "values", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder()", SMALL_MAP)
            .build())
        .addMethod(
            MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    PropertyMembers members = new PropertyMembers(
        ctx, this, builder, builderName, Naming.nestedBuilderScope(), false, name.simpleName());
    for (Map.Entry<String, PropertySchema> e : p.schema().entrySet()) {
      members.add(e.getKey(), e.getValue(), path + "." + e.getKey());
    }
    ctx.shapes.put(name, members.shape(name, ctx.resourceType + " " + path));
    builder.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Builds the value, checking required keys and constraints of literal values.\n"
            + "\n@throws IllegalArgumentException naming every problem")
        .returns(name)
        .addStatement("$T<String> problems = null", List.class) // a list only for a problem
        .addCode(members.checks())
        .addStatement("$T.throwIfAny(problems, $S)", ctx.checks, ctx.resourceType + " " + path)
        .addStatement("return new $T(this)", name)
        .build());

    String description = Docs.escape(p.description());
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(
            ParameterizedTypeName.get(TypeMapping.VALUE, TypeMapping.MAP_STRING_OBJECT))
        .addJavadoc(
            "$L",
            (description.isEmpty() ? "" : description + "\n\n")
                + "<p>The value of {@code " + Docs.escape(path) + "} in {@code "
                + Docs.escape(ctx.resourceType)
                + "}: a map that renders through {@link #toTree()}.")
        .addField(TypeMapping.MAP_STRING_OBJECT, "values", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builderName, "b")
            .addStatement("this.values = b.values.build()")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A builder of {@code $L} values.", Docs.escape(path))
            .returns(builderName)
            .addStatement("return new $T()", builderName)
            .build())
        .addMethod(MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The keys as set, by their Heat names; values may be expressions.")
            .returns(TypeMapping.MAP_STRING_OBJECT)
            .addStatement("return values")
            .build())
        .addMethod(MethodSpec.methodBuilder("toTree")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addStatement("return $T.toTree(values)", TREES)
            .build())
        .addMethod(MethodSpec.methodBuilder("toTreeNode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The keys as set, for writers that turn each value as they reach it.")
            .returns(Object.class)
            .addStatement("return values")
            .build())
        .addMethod(MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "o")
            .addStatement("return o instanceof $T other && other.values.equals(values)", name)
            .build())
        .addMethod(MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return values.hashCode()")
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S + values", name.simpleName())
            .build())
        .addType(builder.build());
    ctx.nestedTypes.add(type.build());
    return name;
  }

  /**
   * The enum of the allowed values of string property {@code key}, or null when it has none or
   * they don't all make distinct identifiers ({@link Naming#enumConstants}).
   */
  ClassName enumFor(String preferred, String ownerSimpleName, String key, PropertySchema p) {
    List<?> allowed = p.allowedValues();
    List<String> constants = allowed.isEmpty() ? null : Naming.enumConstants(allowed);
    if (constants == null) {
      return null;
    }
    ClassName name = ctx.nestedName(preferred, ownerSimpleName);
    TypeSpec.Builder e = TypeSpec.enumBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(HEAT_ENUM)
        .addJavadoc(
            "The allowed values of {@code $L} in {@code $L}.",
            Docs.escape(key),
            Docs.escape(ctx.resourceType));
    for (int i = 0; i < constants.size(); i++) {
      e.addEnumConstant(
          constants.get(i), TypeSpec.anonymousClassBuilder("$S", allowed.get(i)).build());
    }
    e.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "value")
            .addStatement("this.value = value")
            .build())
        .addMethod(MethodSpec.methodBuilder("heatValue")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addStatement("return value")
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build());
    ctx.nestedTypes.add(e.build());
    return name;
  }
}
