package io.hotdsl.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.hotdsl.schema.AttributeSchema;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * One resource type → one class {@code <base>.<service>.<Name>} extending {@code
 * io.hotdsl.model.Resource}: TYPE, {@code builder(name)}, the typed builder, typed attribute
 * accessors, {@code schema()}, and the nested value classes and enums.
 */
final class ResourceClassGenerator {
  static final ClassName RESOURCE = ClassName.get("io.hotdsl.model", "Resource");
  static final ClassName RESOURCE_TYPE_SCHEMA =
      ClassName.get("io.hotdsl.schema", "ResourceTypeSchema");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private final String basePackage;
  private final References references;

  ResourceClassGenerator(String basePackage, References references) {
    this.basePackage = basePackage;
    this.references = references;
  }

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", Codegen.class.getName())
        .build();
  }

  /** The class name of a type. */
  ClassName className(String resourceType) {
    return ClassName.get(
        Naming.packageName(basePackage, resourceType), Naming.className(resourceType));
  }

  /** A generated class and the shape of its API. */
  record Generated(JavaFile file, TypeShape shape) {}

  JavaFile generate(ResourceTypeSchema schema) {
    return generateWithShape(schema).file();
  }

  Generated generateWithShape(ResourceTypeSchema schema) {
    ClassName name = className(schema.type());
    ClassName builderName = name.nestedClass("Builder");
    ClassContext ctx = new ClassContext(schema.type(), name, references);
    NestedClassGenerator nested = new NestedClassGenerator(ctx);
    boolean deprecated =
        schema.supportStatus() != null && schema.supportStatus().isDeprecated();

    // the builder
    TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RESOURCE.nestedClass("Builder"), builderName))
        .addJavadoc(
            "Builds a {@link $T}: a setter per property of {@code $L}.",
            name,
            Docs.escape(schema.type()))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "name")
            .addStatement("super(name, TYPE)")
            .build())
        .addMethod(MethodSpec.methodBuilder("self")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(builderName)
            .addStatement("return this")
            .build());
    PropertyMembers members = new PropertyMembers(
        ctx, nested, builder, builderName, Naming.builderScope(), true, name.simpleName());
    boolean anyDeprecatedProperty = false;
    for (Map.Entry<String, PropertySchema> e : schema.properties().entrySet()) {
      members.add(e.getKey(), e.getValue(), e.getKey());
      anyDeprecatedProperty |=
          e.getValue().supportStatus() != null && e.getValue().supportStatus().isDeprecated();
    }
    builder.addMethod(MethodSpec.methodBuilder("build")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Builds the resource, checking that required properties are set and that "
            + "literal values meet\ntheir constraints.\n\n"
            + "@throws IllegalArgumentException naming every problem")
        .returns(name)
        .addStatement("$T<String> problems = null", List.class) // a list only for a problem
        .addCode(members.checks())
        .beginControlFlow("if (problems != null)")
        .addStatement(
            "$T.throwIfAny(problems, \"resource \" + name() + \" (\" + TYPE + \")\")",
            ClassContext.CHECKS)
        .endControlFlow()
        .addStatement("return new $T(this)", name)
        .build());
    if (anyDeprecatedProperty && !deprecated) {
      builder.addAnnotation(PropertyMembers.suppressDeprecation());
    }

    // the resource class
    StringBuilder doc = new StringBuilder();
    String description = Docs.escape(schema.description());
    if (!description.isEmpty()) {
      doc.append(description).append("\n\n");
    }
    doc.append("<p>Heat resource type {@code ")
        .append(Docs.escape(schema.type()))
        .append("}. Build one with {@link #builder(String)}.");
    Docs.appendStatus(doc, schema.supportStatus(), "resource type");
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RESOURCE)
        .addAnnotation(generated())
        .addJavadoc("$L", doc.toString());
    if (deprecated) {
      type.addAnnotation(Deprecated.class);
    }
    type.addField(
        FieldSpec.builder(String.class, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The Heat resource type.")
            .initializer("$S", schema.type())
            .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builderName, "b")
        .addStatement("super(b)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "A builder of a {@code $L} resource named {@code name}.", Docs.escape(schema.type()))
        .returns(builderName)
        .addParameter(String.class, "name")
        .addStatement("return new $T(name)", builderName)
        .build());
    ClassName provider = new ProviderGenerator(basePackage).providerClass();
    type.addMethod(MethodSpec.methodBuilder("schema")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "The schema this class was generated from (its package's {@link $T}).", provider)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), RESOURCE_TYPE_SCHEMA))
        .addStatement("return $T.schemaOf(TYPE)", provider)
        .build());

    Naming.Scope attributes = Naming.attributeScope();
    for (Map.Entry<String, AttributeSchema> e : schema.attributes().entrySet()) {
      String attr = e.getKey();
      String method = attributes.claim(Naming.identifier(attr));
      AttributeSchema a = e.getValue();
      TypeName yields = TypeMapping.attributeType(a.type());
      String adoc = Docs.escape(a.description());
      adoc = (adoc.isEmpty() ? "" : adoc + "\n\n") + "<p>{@code get_attr: [<i>name</i>, "
          + Docs.escape(attr) + "]}" + (a.type() == null ? "" : ", a " + a.type()) + ".";
      type.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("$L", adoc)
          .returns(ParameterizedTypeName.get(TypeMapping.VALUE, yields))
          .addStatement("return attr($S)", attr)
          .build());
      if (TypeMapping.isNavigable(a.type())) {
        TypeVariableName t = TypeVariableName.get("T");
        type.addMethod(MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(t)
            .addJavadoc(
                "$L",
                "A path into attribute {@code " + Docs.escape(attr)
                    + "}: {@code get_attr: [<i>name</i>, " + Docs.escape(attr)
                    + ", path&hellip;]}.")
            .returns(ParameterizedTypeName.get(TypeMapping.VALUE, t))
            .addParameter(Object[].class, "path")
            .varargs(true)
            .addStatement("return attr($S, path)", attr)
            .build());
      }
    }
    type.addType(builder.build());
    type.addTypes(ctx.nestedTypes);
    JavaFile file = JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    return new Generated(file, members.shape(name, schema.type()));
  }
}
