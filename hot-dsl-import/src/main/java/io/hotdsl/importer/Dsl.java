package io.hotdsl.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The classes generated code names, as JavaPoet {@link ClassName}s: JavaPoet writes the imports
 * and qualifies a name where a simple name is taken twice.
 */
final class Dsl {
  static final ClassName BUNDLE = ClassName.get("io.hotdsl.bundle", "Bundle");
  static final ClassName ENVIRONMENT = ClassName.get("io.hotdsl.environment", "Environment");
  static final ClassName MERGE_STRATEGY = ClassName.get("io.hotdsl.environment", "MergeStrategy");
  static final ClassName RESOURCE_REGISTRY =
      ClassName.get("io.hotdsl.environment", "ResourceRegistry");
  static final ClassName FN = ClassName.get("io.hotdsl.functions", "Fn");
  static final ClassName VALUE = ClassName.get("io.hotdsl.functions", "Value");
  static final ClassName CONSTRAINT = ClassName.get("io.hotdsl.model", "Constraint");
  static final ClassName DELETION_POLICY = ClassName.get("io.hotdsl.model", "DeletionPolicy");
  static final ClassName HOT_VERSION = ClassName.get("io.hotdsl.model", "HotVersion");
  static final ClassName OUTPUT = ClassName.get("io.hotdsl.model", "Output");
  static final ClassName PARAMETER = ClassName.get("io.hotdsl.model", "Parameter");
  static final ClassName PARAMETER_GROUP = ClassName.get("io.hotdsl.model", "ParameterGroup");
  static final ClassName RESOURCE = ClassName.get("io.hotdsl.model", "Resource");
  static final ClassName TEMPLATE = ClassName.get("io.hotdsl.model", "Template");
  static final ClassName TEMPLATE_BUILDER = TEMPLATE.nestedClass("Builder");
  static final ClassName PATH = ClassName.get("java.nio.file", "Path");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName OBJECT = ClassName.get(Object.class);
  static final TypeName STRING_OBJECT_MAP = ParameterizedTypeName.get(MAP, STRING, OBJECT);

  /**
   * The simple names of the classes above: the generated class may not take one ({@link
   * HotImporter#classNameProblem}).
   */
  static final List<ClassName> USED = List.of(
      BUNDLE,
      ENVIRONMENT,
      MERGE_STRATEGY,
      RESOURCE_REGISTRY,
      FN,
      VALUE,
      CONSTRAINT,
      DELETION_POLICY,
      HOT_VERSION,
      OUTPUT,
      PARAMETER,
      PARAMETER_GROUP,
      RESOURCE,
      TEMPLATE,
      PATH,
      LIST,
      MAP,
      ClassName.get("java.util", "ArrayList"),
      ClassName.get("java.util", "Arrays"),
      ClassName.get("java.util", "LinkedHashMap"));

  private Dsl() {}

  /**
   * The class of binary name {@code binary} ({@code io.hotdsl.resources.nova.Server$Network}),
   * nested classes included.
   */
  static ClassName ofBinary(String binary) {
    int dot = binary.lastIndexOf('.');
    String[] names = binary.substring(dot + 1).split("\\$");
    ClassName c = ClassName.get(binary.substring(0, dot), names[0]);
    for (int i = 1; i < names.length; i++) {
      c = c.nestedClass(names[i]);
    }
    return c;
  }
}
