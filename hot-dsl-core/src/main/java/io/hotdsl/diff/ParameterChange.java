package io.hotdsl.diff;

/**
 * A parameter whose effective value (given value, environment, or default) differs.
 *
 * @param name the parameter
 * @param oldValue the value before (masked when hidden; null when unknown or absent)
 * @param newValue the value after (likewise)
 * @param hidden whether the parameter is hidden in either template
 */
public record ParameterChange(String name, Object oldValue, Object newValue, boolean hidden) {}
