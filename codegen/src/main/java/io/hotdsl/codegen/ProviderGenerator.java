package io.hotdsl.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.element.Modifier;

/**
 * The support classes of a generated package: {@code <base>.HeatResourceTypes}, the {@code
 * ResourceTypeProvider} that serves the copied schema JSON files (registered in {@code
 * META-INF/services}). The builders' runtime checks are core's ({@code
 * io.hotdsl.model.BuilderChecks}): nothing else is copied into a generated package.
 */
final class ProviderGenerator {
  static final String PROVIDER_SIMPLE_NAME = "HeatResourceTypes";
  static final String SERVICE_FILE = "META-INF/services/io.hotdsl.schema.ResourceTypeProvider";
  static final ClassName PROVIDER_SPI = ClassName.get("io.hotdsl.schema", "ResourceTypeProvider");
  static final ClassName SCHEMA_JSON = ClassName.get("io.hotdsl.schema", "SchemaJson");

  private final String basePackage;

  ProviderGenerator(String basePackage) {
    this.basePackage = basePackage;
  }

  ClassName providerClass() {
    return ClassName.get(basePackage, PROVIDER_SIMPLE_NAME);
  }

  /** The folder, relative to the resources root, of the copied schema files. */
  String schemaFolder() {
    return basePackage.replace('.', '/') + "/resource-types";
  }

  /** The services file's content. */
  String serviceFile() {
    return providerClass().canonicalName() + "\n";
  }

  /**
   * The provider, serving each type's schema from its file in {@link #schemaFolder()}: a type's
   * JSON is parsed the first time the type is looked up, so that validating a template costs the
   * types it uses, not all of them.
   *
   * @param files type name → file name
   */
  JavaFile provider(Map<String, String> files) {
    ClassName name = providerClass();
    ClassName schema = ResourceClassGenerator.RESOURCE_TYPE_SCHEMA;
    var mapType =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), schema);
    var setType = ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));
    var optionalType = ParameterizedTypeName.get(ClassName.get(Optional.class), schema);
    var cacheType = ParameterizedTypeName.get(
        ClassName.get(ConcurrentHashMap.class), ClassName.get(String.class), schema);
    Map<String, String> sorted = new TreeMap<>(files);
    TypeSpec type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(PROVIDER_SPI)
        .addAnnotation(ResourceClassGenerator.generated())
        .addJavadoc(
            "The resource type schemas the classes of {@code $L} were generated from, "
                + "read from\nthe JSON files next to this class (found by {@code Catalog.standard()} "
                + "through\n{@code META-INF/services}), each parsed on first use.",
            basePackage)
        .addField(FieldSpec.builder(
                ArrayTypeName.of(String.class),
                "TYPES",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The type names, sorted for binary search.\n")
            .initializer(array(sorted.keySet()))
            .build())
        .addField(FieldSpec.builder(
                ArrayTypeName.of(String.class),
                "FILES",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The file of each type, in the order of {@code TYPES}.\n")
            .initializer(array(sorted.values()))
            .build())
        .addField(FieldSpec.builder(
                setType, "TYPE_SET", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(
                "$T.unmodifiableSet(new $T<>($T.asList(TYPES)))",
                Collections.class,
                TreeSet.class,
                Arrays.class)
            .build())
        .addField(FieldSpec.builder(
                cacheType, "LOADED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The schemas parsed so far, shared by every instance and {@link #schemaOf}.\n")
            .initializer("new $T<>()", ConcurrentHashMap.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("types")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(setType)
            .addStatement("return TYPE_SET")
            .build())
        .addMethod(MethodSpec.methodBuilder("schemaOf")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "The schema of {@code type} if this package has a class of it, parsed on first "
                    + "use;\nthe generated classes' {@code schema()} reads it here, not from a "
                    + "process-wide registry.\n")
            .returns(optionalType)
            .addParameter(String.class, "type")
            .addStatement("int i = $T.binarySearch(TYPES, type)", Arrays.class)
            .beginControlFlow("if (i < 0)")
            .addStatement("return $T.empty()", Optional.class)
            .endControlFlow()
            .addStatement(
                "return $T.of(LOADED.computeIfAbsent(TYPES[i], "
                    + "t -> read(\"resource-types/\" + FILES[i])))",
                Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("schema")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(optionalType)
            .addParameter(String.class, "type")
            .addStatement("return schemaOf(type)")
            .build())
        .addMethod(MethodSpec.methodBuilder("schemas")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(mapType)
            .addStatement("$T all = new $T<>()", mapType, TreeMap.class)
            .beginControlFlow("for (String t : TYPES)")
            .addStatement("all.put(t, schema(t).orElseThrow())")
            .endControlFlow()
            .addStatement("return $T.unmodifiableMap(all)", Collections.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(schema)
            .addParameter(String.class, "resource")
            .beginControlFlow(
                "try ($T in = $T.class.getResourceAsStream(resource))", InputStream.class, name)
            .beginControlFlow("if (in == null)")
            .addStatement(
                "throw new $T($S + resource)",
                IllegalStateException.class,
                "missing resource type schema ")
            .endControlFlow()
            .addStatement("return $T.parse(in, resource)", SCHEMA_JSON)
            .nextControlFlow("catch ($T e)", IOException.class)
            .addStatement("throw new $T(e)", UncheckedIOException.class)
            .endControlFlow()
            .build())
        .build();
    return JavaFile.builder(basePackage, type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static CodeBlock array(Collection<String> values) {
    CodeBlock.Builder array = CodeBlock.builder().add("{\n").indent();
    int i = 0;
    for (String v : values) {
      array.add("$S$L\n", v, ++i < values.size() ? "," : "");
    }
    return array.unindent().add("}").build();
  }
}
