package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ResourceMap}, a template builder's resources: answers as a LinkedHashMap would. */
class ResourceMapTest {
  private static final Resource[] RESOURCES = new Resource[300];

  static {
    for (int i = 0; i < RESOURCES.length; i++) {
      RESOURCES[i] = Resource.builder("r" + i, "OS::Heat::None").build();
    }
  }

  @Test
  void answersAsALinkedHashMapThroughRandomAddsPutsRemovesAndLookups() {
    Random random = new Random(21);
    for (int round = 0; round < 20; round++) {
      ResourceMap map = new ResourceMap();
      Map<String, Resource> expected = new LinkedHashMap<>();
      for (int step = 0; step < 2_000; step++) {
        Resource r = RESOURCES[random.nextInt(RESOURCES.length)];
        // a new String object: the lookup goes by equality, not by the instance that was added
        String asked = new String(r.name());
        switch (random.nextInt(6)) {
          case 0, 1, 2 ->
            assertThat(map.add(r.name(), r)).isEqualTo(expected.putIfAbsent(r.name(), r) == null);
          case 3 -> assertThat(map.put(r.name(), r)).isEqualTo(expected.put(r.name(), r));
          case 4 -> assertThat(map.remove(asked)).isEqualTo(expected.remove(asked));
          default -> {
            assertThat(map.get(asked)).isEqualTo(expected.get(asked));
            assertThat(map.containsKey(asked)).isEqualTo(expected.containsKey(asked));
          }
        }
        assertThat(map.size()).isEqualTo(expected.size());
      }
      assertThat(map.keySet()).containsExactlyElementsOf(expected.keySet());
      assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected);
      assertThat(map.get(42)).isNull();
      ResourceMap copy = new ResourceMap(map);
      map.clear(); // through the entry set's iterator
      assertThat(map).isEmpty();
      assertThat(copy).isEqualTo(expected);
      assertThat(copy.keySet()).containsExactlyElementsOf(expected.keySet());
    }
  }

  @Test
  void iteratorRemoveKeepsTheOrderOfTheRest() {
    ResourceMap map = new ResourceMap();
    for (int i = 0; i < 5; i++) {
      map.add(RESOURCES[i].name(), RESOURCES[i]);
    }
    Iterator<String> names = map.keySet().iterator();
    while (names.hasNext()) {
      if (names.next().equals("r2")) {
        names.remove();
      }
    }
    map.add("r2", RESOURCES[2]);

    assertThat(map.keySet()).containsExactly("r0", "r1", "r3", "r4", "r2");
    assertThat(map.get("r3")).isSameAs(RESOURCES[3]);
  }

  @Test
  void aTemplateBuilderStillRefusesADuplicateNameAndKeepsBuiltTemplatesApart() {
    Template.Builder b = Template.builder();
    b.resource(RESOURCES[0]);
    Template first = b.build();
    b.resource(RESOURCES[1]);
    b.removeResource("r0");

    assertThat(first.resources().keySet()).containsExactly("r0");
    assertThat(b.build().resources().keySet()).containsExactly("r1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.resource(RESOURCES[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate resource name: r1");
  }
}
