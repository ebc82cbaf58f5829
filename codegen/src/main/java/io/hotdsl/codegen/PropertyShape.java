package io.hotdsl.codegen;

import java.util.Objects;

/**
 * The setters a generated builder has for one property (see {@link TypeMapping} for the Java
 * types of each kind).
 *
 * @param key the Heat name
 * @param setter the setter's name ({@code image}, {@code defaultValue})
 * @param adder the list item adder's name ({@code addNetwork}), null unless {@code kind} is
 *     {@link TypeMapping.Kind#LIST}
 * @param kind what the literal setter takes: {@code String}, {@code long}, {@code Number}, {@code
 *     boolean}, {@code List<…>}, {@code Map<String, ?>}, the nested class {@code struct} or {@code
 *     Object}
 * @param itemKind a list's item kind, null when the items may be anything
 * @param struct the nested class of a {@code NESTED_MAP} property or of a list's items, else null
 * @param takesValue whether an expression setter ({@code Value<…>}) exists
 * @param adderTakesValue whether the adder has an expression overload too
 * @param required whether the property is required
 */
public record PropertyShape(String key, String setter, String adder, TypeMapping.Kind kind,
    TypeMapping.Kind itemKind, TypeShape struct, boolean takesValue, boolean adderTakesValue,
    boolean required) {
  public PropertyShape {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(setter, "setter");
    Objects.requireNonNull(kind, "kind");
    if ((adder != null) != (kind == TypeMapping.Kind.LIST)) {
      throw new IllegalArgumentException(key + ": an adder exactly for lists");
    }
  }
}
