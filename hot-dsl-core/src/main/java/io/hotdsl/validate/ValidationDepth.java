package io.hotdsl.validate;

/**
 * How far validation goes, named after the two points where Heat 19 checks a template.
 */
public enum ValidationDepth {
  /**
   * What Heat's template-validate API checks ({@code openstack orchestration template validate},
   * {@code EngineService.validate_template}): structure, functions, references, resource types
   * and property names; property values are not checked.
   */
  VALIDATE,
  /**
   * Also what Heat checks before it creates a stack ({@code stack create}: every property value
   * against its schema, each resource plugin's {@code validate()}); problems found only there
   * are errors labelled "fails at stack create". The default.
   */
  CREATE
}
