package io.hotdsl.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.hotdsl.model.Resource;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every generated class, by reflection, against the schema it was generated from. */
class AllTypesTest {
  static final Map<String, ResourceTypeSchema> SCHEMAS = GeneratedClasses.schemas();

  @Test
  void theProviderServesHeat19sTypesThroughServiceLoader() {
    assertThat(SCHEMAS).hasSize(183);
    assertThat(ResourceTypes.lookup("OS::Nova::Server")).contains(SCHEMAS.get("OS::Nova::Server"));
    assertThat(ResourceTypes.all()).containsAllEntriesOf(SCHEMAS);
  }

  @Test
  void theProviderServesEachTypeAloneUnderItsOwnName() {
    HeatResourceTypes provider = new HeatResourceTypes();
    assertThat(provider.types()).isEqualTo(SCHEMAS.keySet());
    for (String type : provider.types()) {
      assertThat(provider.schema(type)).map(ResourceTypeSchema::type).contains(type);
    }
    assertThat(provider.schema("OS::Nova::Nope")).isEmpty();
    assertThat(provider.schema("os::nova::server")).isEmpty();
    assertThat(provider.schema("")).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyClassHasItsTypeAndSchema() {
    return SCHEMAS.values().stream()
        .map(s -> dynamicTest(s.type(), () -> {
          Class<?> cls = Class.forName(GeneratedClasses.className(s.type()));
          assertThat(Resource.class).isAssignableFrom(cls);
          assertThat(Modifier.isFinal(cls.getModifiers())).isTrue();
          assertThat(cls.getField("TYPE").get(null)).isEqualTo(s.type());
          assertThat(cls.isAnnotationPresent(Deprecated.class))
              .isEqualTo(s.supportStatus().isDeprecated());
          Resource.Builder<?> b = SampleValues.builder(s.type(), "r");
          assertThat(b.type()).isEqualTo(s.type());
          String firstRequired = s.properties().entrySet().stream()
              .filter(e -> e.getValue().required())
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(null);
          if (firstRequired != null) {
            assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("resource r (" + s.type() + "): required property \""
                    + firstRequired + "\" is not set");
          }
        }));
  }

  /** Each type built with every required property set to a sample honouring its constraints. */
  @TestFactory
  Stream<DynamicTest> everyTypeBuildsWithSampleRequiredProperties() {
    return SCHEMAS.values().stream()
        .map(s -> dynamicTest(s.type(), () -> {
          Resource r = SampleValues.builderWithRequired(s, "r").build();
          assertThat(r.getClass().getName()).isEqualTo(GeneratedClasses.className(s.type()));
          assertThat(ResourceTypes.lookup(r.type())).contains(s);
          assertThat(r.getClass().getMethod("schema").invoke(r))
              .as("the generated schema()")
              .isEqualTo(Optional.of(s));
          assertThat(r.properties())
              .containsOnlyKeys(s.properties().entrySet().stream()
                  .filter(e -> e.getValue().required()
                      || SampleValues.EXTRA
                          .getOrDefault(s.type(), Map.of())
                          .containsKey(e.getKey()))
                  .map(Map.Entry::getKey)
                  .toList());
          assertThat(r.toTree()).containsEntry("type", s.type());
        }));
  }
}
