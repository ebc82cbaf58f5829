package io.hotdsl.heat.oracle;

/** Which of Heat's loaders an oracle {@code load} case uses. */
public enum LoadKind {
  /** {@code heat.common.template_format.parse}: a template (needs a version key). */
  TEMPLATE,
  /** {@code heat.common.environment_format.parse}: an environment file. */
  ENVIRONMENT,
  /** Heat's JSON-then-YAML parse without the template checks: any document, bare scalars included. */
  YAML;

  String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
