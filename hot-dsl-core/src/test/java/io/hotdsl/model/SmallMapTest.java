package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SmallMap}: an unmodifiable map in insertion order, and the builder resources use. */
class SmallMapTest {

  @Test
  void copyKeepsOrderAndEqualsAHashedMapOfTheSameEntries() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("image", "cirros");
    source.put("flavor", "m1.small");
    source.put("networks", List.of("a"));
    Map<String, Object> copy = SmallMap.copyOf(source);

    assertThat(copy.keySet()).containsExactly("image", "flavor", "networks");
    assertThat(copy).isEqualTo(source).hasSameHashCodeAs(source);
    assertThat(copy.get("flavor")).isEqualTo("m1.small");
    assertThat(copy.get(new String("flavor"))).isEqualTo("m1.small");
    assertThat(copy.containsKey("name")).isFalse();
    assertThat(copy.get(42)).isNull();
    assertThat(copy.toString()).isEqualTo(source.toString());
  }

  @Test
  void copyIsUnmodifiableAndIndependentOfItsSource() {
    Map<String, Object> source = new LinkedHashMap<>(Map.of("a", 1));
    Map<String, Object> copy = SmallMap.copyOf(source);
    source.put("b", 2);

    assertThat(copy).containsOnlyKeys("a");
    assertThatThrownBy(() -> copy.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue(9))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void largeMapsAreHashed() {
    Map<String, Object> source = new LinkedHashMap<>();
    for (int i = 0; i <= SmallMap.MAX_SCANNED; i++) {
      source.put("k" + i, i);
    }
    Map<String, Object> copy = SmallMap.copyOf(source);

    assertThat(copy).isNotInstanceOf(SmallMap.class).isEqualTo(source);
    assertThat(copy.keySet()).containsExactlyElementsOf(source.keySet());
    assertThatThrownBy(() -> copy.remove("k0")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderAnswersAsALinkedHashMapThroughRandomPutsRemovesAndLookups() {
    // keys of 70 names: many share the builder's 64 lookup bits, and some are asked for as new
    // String objects (not the instance that was put), so both the bit test and the scans count
    java.util.Random random = new java.util.Random(21);
    for (int round = 0; round < 200; round++) {
      SmallMap.Builder b = SmallMap.builder();
      Map<String, Object> expected = new LinkedHashMap<>();
      for (int step = 0; step < 40; step++) {
        String key = "k" + random.nextInt(70);
        String asked = random.nextBoolean() ? key : new String(key);
        switch (random.nextInt(3)) {
          case 0 -> assertThat(b.put(key, step)).isEqualTo(expected.put(key, step));
          case 1 -> assertThat(b.remove(asked)).isEqualTo(expected.remove(asked));
          default -> {
            assertThat(b.get(asked)).isEqualTo(expected.get(asked));
            assertThat(b.containsKey(asked)).isEqualTo(expected.containsKey(asked));
          }
        }
      }
      assertThat(b.keySet()).containsExactlyElementsOf(expected.keySet());
      Map<String, Object> built = b.build();
      assertThat(built).isEqualTo(expected);
      assertThat(built.keySet()).containsExactlyElementsOf(expected.keySet());
      assertThat(SmallMap.copyOf(expected).keySet()).containsExactlyElementsOf(expected.keySet());
    }
  }

  @Test
  void builderReplacesInPlaceRemovesAndKeepsFirstSetOrder() {
    SmallMap.Builder b = SmallMap.builder();
    for (String key : List.of("a", "b", "c", "d", "e", "f")) {
      b.put(key, key.toUpperCase());
    }
    b.put("b", "B2");
    b.remove("c");
    b.remove("missing");

    assertThat(b.keySet()).containsExactly("a", "b", "d", "e", "f");
    assertThat(b.get("b")).isEqualTo("B2");
    assertThat(b.build())
        .isInstanceOf(SmallMap.class)
        .isEqualTo(Map.of("a", "A", "b", "B2", "d", "D", "e", "E", "f", "F"));
  }

  @Test
  void builderCanGoOnAfterBuildWithoutChangingWhatItBuilt() {
    SmallMap.Builder b = SmallMap.builder();
    b.put("a", 1);
    Map<String, Object> first = b.build();
    b.put("a", 2);
    b.put("b", 3);

    assertThat(first).isEqualTo(Map.of("a", 1));
    assertThat(b.build()).isEqualTo(Map.of("a", 2, "b", 3));
    assertThat(SmallMap.builder().build()).isEmpty();
  }

  @Test
  void mapsBuiltAlongTheWayKeepWhatTheBuilderHeldThen() {
    // build() hands its value array over: every later put, replace or remove must leave each map
    // built before as it was, whether the array was full, grew or had room
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      SmallMap.Builder b = SmallMap.builder();
      List<Map<String, Object>> built = new java.util.ArrayList<>();
      List<Map<String, Object>> then = new java.util.ArrayList<>();
      for (int step = 0; step < 30; step++) {
        String key = "k" + random.nextInt(12);
        switch (random.nextInt(4)) {
          case 0, 1 -> b.put(key, step);
          case 2 -> b.remove(key);
          default -> {
            built.add(b.build());
            then.add(new LinkedHashMap<>(b));
          }
        }
      }
      for (int i = 0; i < built.size(); i++) {
        assertThat(built.get(i)).isEqualTo(then.get(i));
        assertThat(built.get(i).keySet()).containsExactlyElementsOf(then.get(i).keySet());
        assertThat(built.get(i).values()).containsExactlyElementsOf(then.get(i).values());
      }
    }
  }

  @Test
  void buildersThatFollowTheKeysOfEarlierOnesAnswerForTheirOwnKeys() {
    // each builder starts where the one before left a shared key array: it follows it, stops
    // following at a prefix, leaves it at a different key, removes or replaces a followed key
    List<List<String>> runs = List.of(
        List.of("sa", "sb", "sc"),
        List.of("sa", "sb", "sc"),
        List.of("sa", "sb"),
        List.of("sa", "sb", "sd", "se"),
        List.of("sa", "sb", "sc", "-sb"),
        List.of("sa", new String("sb"), "sc"),
        List.of("sa", "sb", "sc", "sa"),
        List.of("sb", "sa"),
        List.of("sa", "sc", "sb"),
        List.of("sa", "sb", "sc", "sd", "se", "sf", "sg", "sh", "si"));
    for (int repeat = 0; repeat < 3; repeat++) {
      for (List<String> run : runs) {
        SmallMap.Builder b = SmallMap.builder();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (String key : run) {
          if (key.startsWith("-")) {
            assertThat(b.remove(key.substring(1))).isEqualTo(expected.remove(key.substring(1)));
          } else {
            assertThat(b.put(key, run.size())).isEqualTo(expected.put(key, run.size()));
          }
        }
        Map<String, Object> built = b.build();
        b.put("after", 0);
        b.remove("sa");
        assertThat(built).as("%s", run).isEqualTo(expected);
        assertThat(built.keySet()).as("%s", run).containsExactlyElementsOf(expected.keySet());
        assertThat(b.keySet()).doesNotContain("sa").endsWith("after");
      }
    }
  }

  @Test
  void builderRejectsNullKeys() {
    assertThatThrownBy(() -> SmallMap.builder().put(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("map key");
  }
}
