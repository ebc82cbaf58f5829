package io.hotdsl.codegen;

import io.hotdsl.model.Constraint;
import java.util.List;
import java.util.Objects;

/**
 * The setters a generated builder has for one property (see {@link TypeMapping} for the Java
 * types of each kind), and what its {@code build()} checks about it.
 *
 * @param key the Heat name
 * @param setter the setter's name ({@code image}, {@code defaultValue})
 * @param adder the list item adder's name ({@code addNetwork}), null unless {@code kind} is
 *     {@link TypeMapping.Kind#LIST}
 * @param kind what the literal setter takes: {@code String}, {@code long}, {@code Number}, {@code
 *     boolean}, {@code List<…>}, {@code Map<String, ?>}, the nested class {@code struct} or {@code
 *     Object}; every setter also takes a {@code Parameter} of its kind ({@link
 *     TypeMapping#parameterType})
 * @param itemKind a list's item kind, null when the items may be anything
 * @param struct the nested class of a {@code NESTED_MAP} property or of a list's items, else null
 * @param takesValue whether an expression setter ({@code Value<…>}) exists
 * @param adderTakesValue whether the adder has expression and {@code Parameter} overloads too
 * @param required whether the property is required
 * @param requiredAliases the deprecated properties whose value satisfies the requirement (Heat
 *     moves them into this one), for a resource builder
 * @param constraints the constraints {@code build()} checks on a literal value, in order
 * @param itemConstraints the constraints {@code build()} checks on each item of a list
 * @param references the resource classes (canonical names) the setter also takes, rendering
 *     {@code get_resource}
 * @param itemReferences the resource classes the adder also takes
 */
public record PropertyShape(
    String key,
    String setter,
    String adder,
    TypeMapping.Kind kind,
    TypeMapping.Kind itemKind,
    TypeShape struct,
    boolean takesValue,
    boolean adderTakesValue,
    boolean required,
    List<String> requiredAliases,
    List<Constraint> constraints,
    List<Constraint> itemConstraints,
    List<String> references,
    List<String> itemReferences) {
  public PropertyShape {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(setter, "setter");
    Objects.requireNonNull(kind, "kind");
    if ((adder != null) != (kind == TypeMapping.Kind.LIST)) {
      throw new IllegalArgumentException(key + ": an adder exactly for lists");
    }
    requiredAliases = List.copyOf(requiredAliases);
    constraints = List.copyOf(constraints);
    itemConstraints = List.copyOf(itemConstraints);
    references = List.copyOf(references);
    itemReferences = List.copyOf(itemReferences);
  }
}
