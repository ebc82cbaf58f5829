package io.hotdsl.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.hotdsl.model.Constraint;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.validate.TemplateValidator;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The setters of one property (or nested key) in a builder, and the statements of {@code build()}
 * that check it. Shared by the resource builder and the nested value classes' builders.
 */
final class PropertyMembers {
  private final ClassContext ctx;
  private final NestedClassGenerator nested;
  private final TypeSpec.Builder builder;
  private final ClassName builderClass;
  private final Naming.Scope methods;
  /** "property($S, $N)" for a resource builder, "values" map for a nested one. */
  private final boolean resourceBuilder;

  private final String ownerSimpleName;
  private final CodeBlock.Builder checks = CodeBlock.builder();
  private final Map<String, PropertyShape> shapes = new java.util.LinkedHashMap<>();
  /** The constraint constants added to the builder so far (CONSTRAINT_0, CONSTRAINT_1, …). */
  private int constants;

  PropertyMembers(
      ClassContext ctx,
      NestedClassGenerator nested,
      TypeSpec.Builder builder,
      ClassName builderClass,
      Naming.Scope methods,
      boolean resourceBuilder,
      String ownerSimpleName) {
    this.ctx = ctx;
    this.nested = nested;
    this.builder = builder;
    this.builderClass = builderClass;
    this.methods = methods;
    this.resourceBuilder = resourceBuilder;
    this.ownerSimpleName = ownerSimpleName;
  }

  /** The shape of the builder's class {@code name} at {@code heatPath}: its setters so far. */
  TypeShape shape(ClassName name, String heatPath) {
    return new TypeShape(name.canonicalName(), name.reflectionName(), heatPath, shapes);
  }

  /** The statements checking the properties added so far (append to build()). */
  CodeBlock checks() {
    return checks.build();
  }

  private CodeBlock store(String key, CodeBlock value) {
    if (resourceBuilder) {
      return CodeBlock.builder()
          .addStatement("return property($S, $L)", key, value)
          .build();
    }
    return CodeBlock.builder()
        .addStatement("$T.put(values, $S, $L)", ctx.checks, key, value)
        .addStatement("return this")
        .build();
  }

  /**
   * The body of an {@code addX} method appending {@code item}: a resource builder's {@code
   * appendProperty} (which copies only the new item), a nested builder's {@code
   * BuilderChecks.append}.
   */
  private CodeBlock append(String key, CodeBlock item) {
    if (resourceBuilder) {
      return CodeBlock.builder()
          .addStatement("return appendProperty($S, $L)", key, item)
          .build();
    }
    return store(key, CodeBlock.of("$T.append($L, $L)", ctx.checks, current(key), item));
  }

  private CodeBlock current(String key) {
    return resourceBuilder
        ? CodeBlock.of("propertyValue($S)", key)
        : CodeBlock.of("values.get($S)", key);
  }

  /** Adds the setters of {@code key} and its checks. */
  void add(String key, PropertySchema p, String path) {
    String setter = methods.claim(Naming.identifier(key));
    String doc = Docs.property(key, p);
    boolean deprecated = p.supportStatus() != null && p.supportStatus().isDeprecated();
    TypeMapping.Kind kind = TypeMapping.kind(p);

    ClassName nestedClass = null;
    ClassName enumClass = null;
    TypeName element = null;
    PropertySchema item = p.itemSchema();
    ClassName itemEnum = null;
    ClassName struct = null;
    if (kind == TypeMapping.Kind.NESTED_MAP) {
      nestedClass = nested.generate(ctx.nestedName(Naming.typeName(key), ownerSimpleName), p, path);
      struct = nestedClass;
    } else if (kind == TypeMapping.Kind.LIST) {
      ClassName itemClass = null;
      if (item != null && TypeMapping.kind(item) == TypeMapping.Kind.NESTED_MAP) {
        itemClass = nested.generate(
            ctx.nestedName(Naming.typeName(Naming.singular(key)), ownerSimpleName),
            item,
            path + "[*]");
        struct = itemClass;
      } else if (item != null && TypeMapping.kind(item) == TypeMapping.Kind.STRING) {
        itemEnum =
            nested.enumFor(Naming.typeName(Naming.singular(key)), ownerSimpleName, key, item);
      }
      element = TypeMapping.elementType(item, itemClass);
    } else if (kind == TypeMapping.Kind.STRING) {
      enumClass = nested.enumFor(Naming.typeName(key), ownerSimpleName, key, p);
    }

    TypeName literal = TypeMapping.literalType(p, nestedClass, element);
    String param = paramName(setter);
    CodeBlock value = kind == TypeMapping.Kind.LIST
        ? CodeBlock.of("$T.list($N)", ctx.checks, param)
        : CodeBlock.of("$N", param);
    builder.addMethod(setter(setter, literal, param, doc, deprecated, store(key, value)));
    if (enumClass != null) {
      builder.addMethod(
          setter(setter, enumClass, param, doc, deprecated, store(key, CodeBlock.of("$N", param))));
    }
    if (kind == TypeMapping.Kind.NESTED_MAP) {
      builder.addMethod(setter(
          setter,
          TypeMapping.MAP_STRING_ANY,
          param,
          doc,
          deprecated,
          store(key, CodeBlock.of("$N", param))));
    }
    TypeName valueType = TypeMapping.valueType(p);
    if (valueType != null) {
      builder.addMethod(setter(
          setter,
          valueType,
          param,
          doc + "\n\n<p>An expression "
              + "({@code get_param}, {@code get_attr} &hellip;) that Heat evaluates.",
          deprecated,
          store(key, CodeBlock.of("$N", param))));
    }
    builder.addMethod(setter(
        setter,
        TypeMapping.parameterType(p),
        param,
        brief(key, setter, PARAMETER_NOTE, deprecated),
        deprecated,
        store(key, CodeBlock.of("$N.get()", param))));
    List<ClassName> references = ctx.references.targets(ctx.resourceType, path, p);
    for (ClassName target : references) {
      builder.addMethod(setter(
          setter,
          target,
          param,
          brief(key, setter, referenceNote(target), deprecated),
          deprecated,
          store(key, CodeBlock.of("$N.ref()", param))));
    }
    List<String> sections =
        resourceBuilder ? MemberDefinitions.sections(ctx.resourceType, path, p) : null;
    if (sections != null) {
      CodeBlock.Builder allowed = CodeBlock.builder();
      for (int i = 0; i < sections.size(); i++) {
        allowed.add(i == 0 ? "$S" : ", $S", sections.get(i));
      }
      builder.addMethod(setter(
          setter,
          ResourceClassGenerator.RESOURCE,
          param,
          note(
                  doc,
                  "<p>A resource built as any other ({@code Server.builder(\"member\")&hellip;build()}) whose "
                      + "sections (" + Docs.escape(String.join(", ", sections))
                      + ") become the definition; "
                      + "its name is not used.")
              + "\n@throws IllegalArgumentException when it sets another "
              + "section",
          deprecated,
          store(
              key,
              CodeBlock.of(
                  "$N.asDefinition($S, $T.of($L))", param, key, List.class, allowed.build()))));
    }
    String adder = null;
    boolean adderTakesValue = false;
    List<ClassName> itemReferences = List.of();
    if (kind == TypeMapping.Kind.LIST) {
      String singular = Naming.singular(key);
      // a plural's singular (addNetwork), else the name itself (addBlockDeviceMappingV2)
      adder = methods.tryClaim("add" + Naming.typeName(singular));
      if (adder == null) {
        adder = methods.claim("addTo" + Naming.typeName(key));
      }
      String itemParam = paramName(Naming.identifier(singular));
      String addDoc = "Adds an item to {@code " + Docs.escape(key) + "}.\n\n@see #" + setter;
      CodeBlock append = append(key, CodeBlock.of("$N", itemParam));
      TypeName adderType = TypeMapping.adderType(element);
      builder.addMethod(setter(adder, adderType, itemParam, addDoc, deprecated, append));
      if (itemEnum != null) {
        builder.addMethod(setter(adder, itemEnum, itemParam, addDoc, deprecated, append));
      }
      TypeName itemValue = TypeMapping.itemValueType(item);
      if (itemValue != null && !(element instanceof ClassName c && c.equals(TypeMapping.OBJECT))) {
        builder.addMethod(setter(adder, itemValue, itemParam, addDoc, deprecated, append));
        adderTakesValue = true;
        builder.addMethod(setter(
            adder,
            TypeMapping.parameterType(item),
            itemParam,
            briefItem(key, adder, PARAMETER_NOTE, deprecated),
            deprecated,
            append(key, CodeBlock.of("$N.get()", itemParam))));
      }
      String itemPath = path + "[*]";
      itemReferences = ctx.references.targets(ctx.resourceType, itemPath, item);
      for (ClassName target : itemReferences) {
        builder.addMethod(setter(
            adder,
            target,
            itemParam,
            briefItem(key, adder, referenceNote(target), deprecated),
            deprecated,
            append(key, CodeBlock.of("$N.ref()", itemParam))));
      }
    }
    PropertyShape shape = new PropertyShape(
        key,
        setter,
        adder,
        kind,
        item == null ? null : TypeMapping.kind(item),
        struct == null ? null : ctx.shapes.get(struct),
        valueType != null,
        adderTakesValue,
        p.required(),
        resourceBuilder && p.required()
            ? TemplateValidator.deprecatedAliasesOf(ctx.resourceType, key)
            : List.of(),
        checked(p.constraints()),
        item == null ? List.of() : checked(item.constraints()),
        references.stream().map(ClassName::canonicalName).toList(),
        itemReferences.stream().map(ClassName::canonicalName).toList());
    shapes.put(key, shape);
    addChecks(shape);
  }

  private MethodSpec setter(
      String name, TypeName type, String param, String doc, boolean deprecated, CodeBlock body) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L", doc)
        .returns(builderClass)
        .addParameter(type, param)
        .addCode(body);
    if (deprecated) {
      m.addAnnotation(Deprecated.class);
    }
    return m.build();
  }

  private static final String PARAMETER_NOTE =
      "a template parameter: {@code get_param: <i>its name</i>}";

  private static String referenceNote(ClassName target) {
    return "a {@code " + Docs.escape(target.simpleName()) + "} of this template: {@code "
        + "get_resource: <i>its name</i>}";
  }

  /** {@link #brief} of an item adder. */
  private static String briefItem(String key, String adder, String what, boolean deprecated) {
    return "Adds to {@code " + Docs.escape(key) + "} " + what + ".\n\n@see #" + adder
        + (deprecated ? "\n@deprecated as {@link #" + adder + "}" : "");
  }

  /**
   * The Javadoc of a setter overload that takes a handle: one line pointing at the setter whose
   * Javadoc describes the property (the generated sources stay small).
   */
  private static String brief(String key, String method, String what, boolean deprecated) {
    return "Sets {@code " + Docs.escape(key) + "} to " + what + ".\n\n@see #" + method
        + (deprecated ? "\n@deprecated as {@link #" + method + "}" : "");
  }

  /** {@code doc} with paragraph {@code note} added before its block tags (@deprecated, @see). */
  static String note(String doc, String note) {
    int tags = doc.startsWith("@") ? 0 : doc.indexOf("\n@");
    if (tags < 0) {
      return doc + "\n\n" + note;
    }
    String body = doc.substring(0, tags).stripTrailing();
    return (body.isEmpty() ? "" : body + "\n\n") + note + "\n\n"
        + doc.substring(tags).strip();
  }

  /** A parameter name: the setter's name, never a keyword (setters may be "defaultProperty"). */
  private static String paramName(String name) {
    return javax.lang.model.SourceVersion.isKeyword(name) ? name + "Value" : name;
  }

  /**
   * The statements of {@code build()} for one property, from its shape: the same data {@link
   * TypeShape#problems} interprets for the importer and the adopter.
   */
  private void addChecks(PropertyShape shape) {
    String key = shape.key();
    if (shape.required()) {
      // a deprecated property Heat still accepts and moves into this one (network_id → network)
      // satisfies the requirement too, as it does in Heat
      CodeBlock.Builder call = CodeBlock.builder()
          .add("problems = $T.required(problems, $S, $L", ctx.checks, key, current(key));
      for (String alias : shape.requiredAliases()) {
        call.add(", $L", current(alias));
      }
      checks.addStatement(call.add(")").build());
    }
    constraintChecks(key, current(key), shape.constraints());
    if (!shape.itemConstraints().isEmpty()) {
      checks.beginControlFlow("for (Object item : $T.items($L))", ctx.checks, current(key));
      constraintChecks(key + "[*]", CodeBlock.of("item"), shape.itemConstraints());
      checks.endControlFlow();
    }
  }

  /**
   * The constraints a builder checks: custom constraints are checked by Heat against the cloud
   * (see the setter's Javadoc), so they are left out ({@link ConstraintCode#checked}).
   */
  private static List<Constraint> checked(List<Constraint> constraints) {
    return constraints.stream().filter(ConstraintCode::checked).toList();
  }

  /**
   * One call of core's engine per constraint (the validator asks the same engine), each with a
   * constraint made once per class: a {@code private static final} field of the builder, not an
   * object per {@code build()}.
   */
  private void constraintChecks(String label, CodeBlock value, List<Constraint> constraints) {
    for (Constraint c : constraints) {
      String field = "CONSTRAINT_" + constants++;
      builder.addField(FieldSpec.builder(
              ConstraintCode.CONSTRAINT, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(ConstraintCode.of(c))
          .build());
      checks.addStatement(
          "problems = $T.check(problems, $S, $L, $N)", ctx.checks, label, value, field);
    }
  }

  /** A Java literal for a JSON scalar. */
  static CodeBlock literal(Object v) {
    if (v == null) {
      return CodeBlock.of("null");
    }
    if (v instanceof String s) {
      return CodeBlock.of("$S", s);
    }
    if (v instanceof Integer || v instanceof Long) {
      return CodeBlock.of("$LL", v);
    }
    if (v instanceof java.math.BigInteger i) {
      // a long when it fits; else the exact number (a user schema may hold any JSON integer)
      return i.bitLength() < 64
          ? CodeBlock.of("$LL", i)
          : CodeBlock.of("new $T($S)", java.math.BigInteger.class, i.toString());
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return Double.isNaN(d)
          ? CodeBlock.of("$T.NaN", Double.class)
          : Double.isInfinite(d)
              ? CodeBlock.of(
                  "$T.$L", Double.class, d > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
              : CodeBlock.of("$Ld", d);
    }
    if (v instanceof Boolean b) {
      return CodeBlock.of("$L", b);
    }
    return CodeBlock.of("$S", Docs.json(v));
  }

  static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "$S", "deprecation")
        .build();
  }
}
