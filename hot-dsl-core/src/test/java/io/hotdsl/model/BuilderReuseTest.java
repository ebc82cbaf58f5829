package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Builders go on after {@code build()} without changing what they built: the template's
 * resources map is handed over, not copied, and copied again only when the builder changes.
 */
class BuilderReuseTest {

  @Test
  void templateBuilderChangedAfterBuildLeavesTheBuiltTemplateAlone() {
    Template.Builder b = Template.builder(HotVersion.V2021_04_16);
    b.resource(Resource.builder("a", "OS::Heat::None").build());
    Template first = b.build();
    b.resource(Resource.builder("b", "OS::Heat::None").build());
    b.removeResource("a");
    Template second = b.build();
    b.replaceResource(Resource.builder("b", "OS::Heat::RandomString").build());

    assertThat(first.resources()).containsOnlyKeys("a");
    assertThat(second.resources()).containsOnlyKeys("b");
    assertThat(second.resource("b").type()).isEqualTo("OS::Heat::None");
    assertThat(b.build().resource("b").type()).isEqualTo("OS::Heat::RandomString");
  }

  @Test
  void duplicateResourceNamesAreStillRejected() {
    Template.Builder b = Template.builder(HotVersion.V2021_04_16);
    b.resource(Resource.builder("a", "OS::Heat::None").build());
    b.build();
    assertThatThrownBy(() -> b.resource(Resource.builder("a", "OS::Heat::None").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate resource name: a");
  }

  @Test
  void resourceBuilderChangedAfterBuildLeavesTheBuiltResourceAlone() {
    Resource.GenericBuilder b =
        Resource.builder("r", "OS::Heat::RandomString").property("length", 8);
    Resource first = b.build();
    b.property("length", 12).property("sequence", "digits");

    assertThat(first.properties()).containsOnlyKeys("length").containsEntry("length", 8);
    assertThat(b.build().properties()).containsEntry("length", 12).containsKey("sequence");
  }
}
