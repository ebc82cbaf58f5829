package io.hotdsl.assertj;

import static io.hotdsl.assertj.HotAssertions.assertThat;

import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import org.junit.jupiter.api.Test;

/**
 * The assertions validate many templates in one JVM on one loaded catalog: the schema providers
 * are found once and each schema is parsed once, however many templates use it (counted, not
 * timed).
 */
class CatalogReuseTest {
  static Template withWidget(int i, Object size) {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    t.resource(Resource.builder("widget_" + i, CountingTypes.TYPE)
        .property("size", size)
        .build());
    return t.build();
  }

  @Test
  void manyTemplatesShareOneProviderAndParseEachSchemaOnce() {
    for (int i = 0; i < 5; i++) {
      assertThat(withWidget(i, i + 1)).isValid();
      // the schema is really used: a wrong value is caught by it
      assertThat(withWidget(i, "big"))
          .hasValidationErrorAt("resources.widget_" + i + ".properties.size");
    }
    org.assertj.core.api.Assertions.assertThat(CountingTypes.INSTANCES.get())
        .as("providers found once per JVM")
        .isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(CountingTypes.PARSES.get())
        .as("the schema parsed once for ten validations")
        .isEqualTo(1);
  }
}
