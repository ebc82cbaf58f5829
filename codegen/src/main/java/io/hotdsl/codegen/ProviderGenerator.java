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
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The support classes of a generated package: {@code <base>.HeatResourceTypes}, the {@code
 * ResourceTypeProvider} that serves the copied schema JSON files (registered in {@code
 * META-INF/services}), and {@code <base>.internal.Checks}, the runtime checks of the builders.
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

  ClassName checksClass() {
    return ClassName.get(basePackage + ".internal", "Checks");
  }

  /** The folder, relative to the resources root, of the copied schema files. */
  String schemaFolder() {
    return basePackage.replace('.', '/') + "/resource-types";
  }

  /** The services file's content. */
  String serviceFile() {
    return providerClass().canonicalName() + "\n";
  }

  /** The provider, serving {@code files} (names in {@link #schemaFolder()}). */
  JavaFile provider(List<String> files) {
    ClassName name = providerClass();
    ClassName schema = ResourceClassGenerator.RESOURCE_TYPE_SCHEMA;
    var mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        schema);
    CodeBlock.Builder array = CodeBlock.builder().add("{\n").indent();
    for (int i = 0; i < files.size(); i++) {
      array.add("$S$L\n", files.get(i), i + 1 < files.size() ? "," : "");
    }
    array.unindent().add("}");
    TypeSpec type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(PROVIDER_SPI)
        .addAnnotation(ResourceClassGenerator.generated())
        .addJavadoc("The resource type schemas the classes of {@code $L} were generated from, "
            + "read from\nthe JSON files next to this class (found by {@code ResourceTypes} "
            + "through\n{@code META-INF/services}).", basePackage)
        .addField(FieldSpec.builder(ArrayTypeName.of(String.class), "FILES", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL).initializer(array.build()).build())
        .addField(FieldSpec.builder(mapType, "schemas", Modifier.PRIVATE, Modifier.VOLATILE)
            .build())
        .addMethod(MethodSpec.methodBuilder("schemas")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(mapType)
            .addStatement("$T s = schemas", mapType)
            .beginControlFlow("if (s == null)")
            .addStatement("$T loaded = new $T<>()", mapType, TreeMap.class)
            .beginControlFlow("for (String file : FILES)")
            .addStatement("$T schema = read(\"resource-types/\" + file)", schema)
            .addStatement("loaded.put(schema.type(), schema)")
            .endControlFlow()
            .addStatement("schemas = s = $T.unmodifiableMap(loaded)", Collections.class)
            .endControlFlow()
            .addStatement("return s")
            .build())
        .addMethod(MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(schema)
            .addParameter(String.class, "resource")
            .beginControlFlow("try ($T in = $T.class.getResourceAsStream(resource))",
                InputStream.class, name)
            .beginControlFlow("if (in == null)")
            .addStatement("throw new $T($S + resource)", IllegalStateException.class,
                "missing resource type schema ")
            .endControlFlow()
            .addStatement("return $T.parse(in, resource)", SCHEMA_JSON)
            .nextControlFlow("catch ($T e)", IOException.class)
            .addStatement("throw new $T(e)", UncheckedIOException.class)
            .endControlFlow()
            .build())
        .build();
    return JavaFile.builder(basePackage, type).skipJavaLangImports(true).indent("  ").build();
  }

  /** The source of {@code <base>.internal.Checks}, from the bundled template. */
  String checksSource() {
    try (InputStream in = ProviderGenerator.class.getResourceAsStream("support/Checks.java.tmpl")) {
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return template.replace("${package}", checksClass().packageName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
