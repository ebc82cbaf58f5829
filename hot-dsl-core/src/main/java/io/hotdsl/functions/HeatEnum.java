package io.hotdsl.functions;

/**
 * An enum whose constants render as Heat's own spelling of an allowed value (generated classes
 * implement it for {@code allowed_values} constraints).
 */
public interface HeatEnum {
  /** The value as Heat expects it in a template. */
  Object heatValue();
}
