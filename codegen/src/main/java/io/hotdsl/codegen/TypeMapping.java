package io.hotdsl.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.hotdsl.schema.PropertySchema;

/**
 * Heat schema types to Java types.
 *
 * <table>
 *   <caption>Heat → Java</caption>
 *   <tr><th>Heat</th><th>literal setter</th><th>expression setter</th><th>in a list</th></tr>
 *   <tr><td>string</td><td>String</td><td>Value&lt;String&gt;</td><td>String</td></tr>
 *   <tr><td>integer</td><td>long (int widens)</td><td>Value&lt;? extends Number&gt;</td>
 *       <td>Long</td></tr>
 *   <tr><td>number</td><td>Number</td><td>Value&lt;? extends Number&gt;</td><td>Number</td></tr>
 *   <tr><td>boolean</td><td>boolean</td><td>Value&lt;Boolean&gt;</td><td>Boolean</td></tr>
 *   <tr><td>list</td><td>List&lt;? extends E&gt;</td><td>Value&lt;? extends List&lt;?&gt;&gt;</td>
 *       <td>List&lt;Object&gt;</td></tr>
 *   <tr><td>map with a schema</td><td>the nested class</td>
 *       <td>Value&lt;? extends Map&lt;String, ?&gt;&gt;</td><td>the nested class</td></tr>
 *   <tr><td>map</td><td>Map&lt;String, ?&gt;</td><td>Value&lt;? extends Map&lt;String, ?&gt;&gt;</td>
 *       <td>Map&lt;String, Object&gt;</td></tr>
 *   <tr><td>any / unknown</td><td>Object</td><td>(none: Object takes both)</td>
 *       <td>Object</td></tr>
 * </table>
 */
public final class TypeMapping {
  static final ClassName VALUE = ClassName.get("io.hotdsl.functions", "Value");
  static final ClassName PARAMETER = ClassName.get("io.hotdsl.model", "Parameter");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName OBJECT = ClassName.get(Object.class);
  static final ClassName NUMBER = ClassName.get(Number.class);
  static final ClassName LONG = ClassName.get(Long.class);
  static final ClassName BOOLEAN = ClassName.get(Boolean.class);
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final TypeName MAP_STRING_OBJECT = ParameterizedTypeName.get(MAP, STRING, OBJECT);
  static final TypeName MAP_STRING_ANY =
      ParameterizedTypeName.get(MAP, STRING, WildcardTypeName.subtypeOf(OBJECT));
  static final TypeName LIST_OBJECT = ParameterizedTypeName.get(LIST, OBJECT);
  static final TypeName LIST_ANY =
      ParameterizedTypeName.get(LIST, WildcardTypeName.subtypeOf(OBJECT));

  private TypeMapping() {}

  /** The kinds of Heat schema types the generator distinguishes. */
  public enum Kind {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    LIST,
    MAP,
    NESTED_MAP,
    ANY
  }

  public static Kind kind(PropertySchema p) {
    String t = p.type() == null ? "any" : p.type();
    return switch (t) {
      case "string" -> Kind.STRING;
      case "integer" -> Kind.INTEGER;
      case "number" -> Kind.NUMBER;
      case "boolean" -> Kind.BOOLEAN;
      case "list" -> Kind.LIST;
      case "map" -> p.schema().isEmpty() ? Kind.MAP : Kind.NESTED_MAP;
      default -> Kind.ANY;
    };
  }

  /**
   * The literal setter's parameter type; {@code nested} is the generated class of a map with a
   * schema (or of a list's item), null otherwise.
   */
  public static TypeName literalType(PropertySchema p, TypeName nested, TypeName element) {
    return switch (kind(p)) {
      case STRING -> STRING;
      case INTEGER -> TypeName.LONG;
      case NUMBER -> NUMBER;
      case BOOLEAN -> TypeName.BOOLEAN;
      case LIST -> listOf(element);
      case MAP -> MAP_STRING_ANY;
      case NESTED_MAP -> nested;
      case ANY -> OBJECT;
    };
  }

  /**
   * The list setter's parameter: {@code List<E>} for final element types (String, Long, Boolean,
   * the nested classes), {@code List<? extends E>} otherwise, {@code List<?>} for any item.
   */
  static TypeName listOf(TypeName element) {
    if (element.equals(OBJECT)) {
      return LIST_ANY;
    }
    if (element.equals(MAP_STRING_OBJECT)) {
      return ParameterizedTypeName.get(LIST, WildcardTypeName.subtypeOf(MAP_STRING_ANY));
    }
    if (element.equals(LIST_OBJECT)) {
      return ParameterizedTypeName.get(LIST, WildcardTypeName.subtypeOf(LIST_ANY));
    }
    if (element.equals(NUMBER)) {
      return ParameterizedTypeName.get(LIST, WildcardTypeName.subtypeOf(NUMBER));
    }
    return ParameterizedTypeName.get(LIST, element);
  }

  /** The parameter of a list's item adder: primitives unboxed, maps and lists open. */
  static TypeName adderType(TypeName element) {
    if (element.isBoxedPrimitive()) {
      return element.unbox();
    }
    if (element.equals(MAP_STRING_OBJECT)) {
      return MAP_STRING_ANY;
    }
    if (element.equals(LIST_OBJECT)) {
      return LIST_ANY;
    }
    return element;
  }

  /** The element type of a list whose items have schema {@code item} (null: any item). */
  public static TypeName elementType(PropertySchema item, TypeName nested) {
    if (item == null) {
      return OBJECT;
    }
    return switch (kind(item)) {
      case STRING -> STRING;
      case INTEGER -> LONG;
      case NUMBER -> NUMBER;
      case BOOLEAN -> BOOLEAN;
      case LIST -> LIST_OBJECT;
      case MAP -> MAP_STRING_OBJECT;
      case NESTED_MAP -> nested;
      case ANY -> OBJECT;
    };
  }

  /** The expression setter's parameter type, or null when the literal setter takes Object. */
  public static TypeName valueType(PropertySchema p) {
    return switch (kind(p)) {
      case STRING -> ParameterizedTypeName.get(VALUE, STRING);
      case INTEGER, NUMBER -> ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(NUMBER));
      case BOOLEAN -> ParameterizedTypeName.get(VALUE, BOOLEAN);
      case LIST -> ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(LIST_ANY));
      case MAP, NESTED_MAP ->
        ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(MAP_STRING_ANY));
      case ANY -> null;
    };
  }

  /**
   * The template parameter handle a setter also takes ({@code .flavor(flavorParam)} renders
   * {@code get_param}): {@code Parameter<String>}, {@code Parameter<? extends Number>}, {@code
   * Parameter<Boolean>}, {@code Parameter<? extends List<?>>} (comma_delimited_list, {@code
   * Parameter.jsonList}), {@code Parameter<? extends Map<String, ?>>} ({@code Parameter.jsonMap}),
   * {@code Parameter<?>} for any value; null for no schema ({@code item} of an untyped list).
   */
  public static TypeName parameterType(PropertySchema p) {
    if (p == null) {
      return null;
    }
    return switch (kind(p)) {
      case STRING -> ParameterizedTypeName.get(PARAMETER, STRING);
      case INTEGER, NUMBER ->
        ParameterizedTypeName.get(PARAMETER, WildcardTypeName.subtypeOf(NUMBER));
      case BOOLEAN -> ParameterizedTypeName.get(PARAMETER, BOOLEAN);
      case LIST -> ParameterizedTypeName.get(PARAMETER, WildcardTypeName.subtypeOf(LIST_ANY));
      case MAP, NESTED_MAP ->
        ParameterizedTypeName.get(PARAMETER, WildcardTypeName.subtypeOf(MAP_STRING_ANY));
      case ANY -> ParameterizedTypeName.get(PARAMETER, WildcardTypeName.subtypeOf(OBJECT));
    };
  }

  /** The expression type an item adder also accepts (a {@code get_resource} in a list). */
  public static TypeName itemValueType(PropertySchema item) {
    if (item == null) {
      return null;
    }
    return switch (kind(item)) {
      case STRING -> ParameterizedTypeName.get(VALUE, STRING);
      case INTEGER, NUMBER -> ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(NUMBER));
      case BOOLEAN -> ParameterizedTypeName.get(VALUE, BOOLEAN);
      case MAP, NESTED_MAP ->
        ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(MAP_STRING_ANY));
      case LIST -> ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(LIST_ANY));
      case ANY -> null;
    };
  }

  /** What an attribute accessor's {@code Value} yields for Heat attribute type {@code type}. */
  public static TypeName attributeType(String type) {
    if (type == null) {
      return OBJECT;
    }
    return switch (type) {
      case "string" -> STRING;
      case "integer" -> LONG;
      case "number" -> NUMBER;
      case "boolean" -> BOOLEAN;
      case "list" -> LIST_OBJECT;
      case "map" -> MAP_STRING_OBJECT;
      default -> OBJECT;
    };
  }

  /** Whether attribute values of this type can be navigated with a get_attr path. */
  public static boolean isNavigable(String type) {
    return type == null || "list".equals(type) || "map".equals(type);
  }
}
