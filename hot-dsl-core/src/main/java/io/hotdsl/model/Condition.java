package io.hotdsl.model;

import io.hotdsl.functions.Trees;

/**
 * An entry of the {@code conditions} section: a name and a boolean expression built from
 * {@code equals}, {@code not}, {@code and}, {@code or}, {@code contains}, {@code yaql},
 * {@code get_param} — or another condition's name.
 *
 * @param name the condition's name, used by resources' and outputs' {@code condition} and by
 *     {@code if}
 * @param expression the expression (a value, a boolean, or another condition's name)
 */
public record Condition(String name, Object expression) {
  public Condition {
    Names.checkName(name, "condition");
    expression = Trees.immutableCopy(expression);
  }

  /** The HOT tree of the expression. */
  public Object toTree() {
    return Trees.toTree(expression);
  }
}
