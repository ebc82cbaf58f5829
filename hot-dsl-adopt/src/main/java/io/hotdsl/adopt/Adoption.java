package io.hotdsl.adopt;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.environment.Environment;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import java.util.List;
import java.util.Map;

/**
 * The result of an adoption: the template, what could not be expressed (warnings) and the
 * physical ID each resource was built from.
 *
 * @param template the HOT template (2021-04-16)
 * @param warnings what the template leaves out or cannot adopt, one sentence each
 * @param physicalIds resource name to the ID of the object it was built from
 */
public record Adoption(Template template, List<String> warnings, Map<String, String> physicalIds) {

  /** The root template's file name in a bundle. */
  public static final String TEMPLATE_FILE = "adopted.yaml";
  /** The environment's file name in a bundle. */
  public static final String ENVIRONMENT_FILE = "adopted-env.yaml";

  public Adoption {
    warnings = List.copyOf(warnings);
    physicalIds = Map.copyOf(physicalIds);
  }

  /** The template as YAML. */
  public String yaml() {
    return HotRenderer.yaml(template);
  }

  /**
   * An environment listing every parameter that has a default under {@code parameter_defaults}
   * (the current values, to edit), hidden ones excluded: they have no value to give.
   */
  public Environment environment() {
    Environment.Builder e = Environment.builder();
    for (Parameter<?> p : template.parameters().values()) {
      if (p.hasDefault() && !p.hidden()) {
        e.parameterDefault(p.name(), p.defaultValue());
      }
    }
    return e.build();
  }

  /** The bundle to write: {@value #TEMPLATE_FILE}, and {@value #ENVIRONMENT_FILE} if asked. */
  public Bundle bundle(boolean withEnvironment) {
    Bundle.Builder b = Bundle.builder(TEMPLATE_FILE, template);
    if (withEnvironment) {
      b.environment(ENVIRONMENT_FILE, environment());
    }
    return b.build();
  }
}
