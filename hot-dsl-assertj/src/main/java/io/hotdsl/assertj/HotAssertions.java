package io.hotdsl.assertj;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.environment.Environment;
import io.hotdsl.model.Template;

/**
 * Entry points for AssertJ assertions on HOT templates, environments and bundles.
 *
 * <pre>{@code
 * import static io.hotdsl.assertj.HotAssertions.assertThat;
 *
 * assertThat(template).hasResource("web").ofType(Server.class).hasProperty("flavor", "m1.small");
 * assertThat(HotReader.read(Path.of("web.yaml"))).isValid().hasResourceCount(3);
 * }</pre>
 *
 * <p>Failure messages name the YAML path of the value and show it in YAML flow style:
 * {@code expected resources.web.properties.flavor to be "m1.small" but was {get_param: flavor}}.
 */
public class HotAssertions {
  protected HotAssertions() {}

  /** Assertions on a template (built or read from YAML with {@code HotReader}). */
  public static TemplateAssert assertThat(Template actual) {
    return new TemplateAssert(actual);
  }

  /** Assertions on an environment. */
  public static EnvironmentAssert assertThat(Environment actual) {
    return new EnvironmentAssert(actual);
  }

  /** Assertions on a bundle of templates, files and environments. */
  public static BundleAssert assertThat(Bundle actual) {
    return new BundleAssert(actual);
  }
}
