package io.hotdsl.model;

/**
 * Heat's rule for a resource type that names a provider template rather than a registered type:
 * a name ending in {@code .yaml} or {@code .template} ({@code ResourceRegistry.iterable_by} and
 * {@code TemplateResourceInfo} in {@code heat/engine/environment.py}; python-heatclient bundles
 * the same files). Anything else, {@code server.yml} or a URL ending otherwise included, is a
 * type Heat looks up in its registry.
 */
public final class TemplateTypes {
  private TemplateTypes() {}

  /** Whether Heat takes {@code type} for a template file (or URL) of its own. */
  public static boolean isTemplateFile(String type) {
    return type.endsWith(".yaml") || type.endsWith(".template");
  }
}
