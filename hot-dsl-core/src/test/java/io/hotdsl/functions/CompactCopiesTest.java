package io.hotdsl.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.model.SmallMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The copies builders keep of the maps they are given ({@link Trees#immutableCopy}) are small
 * maps when they can be, and behave as the maps they were copied from.
 */
class CompactCopiesTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5, 16, 17, 40})
  void aCopyEqualsItsSourceInOrderAtEverySize(int size) {
    Map<String, Object> source = new LinkedHashMap<>();
    IntStream.range(0, size).forEach(i -> source.put("k" + (size - i), i % 3 == 0 ? null : i));
    Object copy = Trees.immutableCopy(source);

    assertThat(copy).isEqualTo(source).hasSameHashCodeAs(source).hasToString(source.toString());
    assertThat(cast(copy).keySet()).containsExactlyElementsOf(source.keySet());
    assertThat(cast(copy).values()).containsExactlyElementsOf(source.values());
    assertThat(copy instanceof FrozenMap).isEqualTo(size <= FrozenMap.MAX_KEYS);
    assertThat(Trees.immutableCopy(copy)).isSameAs(copy);
    assertThatThrownBy(() -> cast(copy).put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nestedMapsAreFrozenAllTheWayDown() {
    Map<String, Object> inner = new LinkedHashMap<>(Map.of("a", 1));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("inner", inner);
    outer.put("list", List.of(inner));
    Map<String, Object> copy = cast(Trees.immutableCopy(outer));
    inner.put("b", 2);

    assertThat(copy).isEqualTo(Map.of("inner", Map.of("a", 1), "list", List.of(Map.of("a", 1))));
    assertThat(copy).isInstanceOf(FrozenMap.class);
    assertThat(copy.get("inner")).isInstanceOf(FrozenMap.class);
  }

  @Test
  void aSmallMapNotMadeByACopyIsCopied() {
    Map<String, Object> mutable = new LinkedHashMap<>(Map.of("a", 1));
    Map<String, Object> small = SmallMap.copyOf(Map.of("list", List.of(mutable)));
    Object copy = Trees.immutableCopy(small);
    mutable.put("b", 2);

    assertThat(copy).isNotSameAs(small).isEqualTo(Map.of("list", List.of(Map.of("a", 1))));
  }

  @Test
  void mapsWithOtherKeysKeepThemForTheWritersToReport() {
    Map<Object, Object> odd = new LinkedHashMap<>();
    odd.put(1, "one");
    odd.put(null, "none");
    Object copy = Trees.immutableCopy(odd);

    assertThat(copy).isEqualTo(odd).isNotInstanceOf(FrozenMap.class);
  }

  @Test
  void anIdentityMapWithEqualKeysIsCopiedAsAMapByEqualityIs() {
    Map<String, Object> identity = new IdentityHashMap<>();
    identity.put(new String("k"), 1);
    identity.put(new String("k"), 1);
    Object copy = Trees.immutableCopy(identity);

    assertThat(cast(copy)).hasSize(1).containsEntry("k", 1);
  }

  @Test
  void viewsAreFreshEachTimeAndReadOnly() {
    Map<String, Object> copy = cast(Trees.immutableCopy(new LinkedHashMap<>(Map.of("a", 1))));

    assertThat(copy.keySet()).isNotSameAs(copy.keySet()).containsExactly("a");
    assertThat(copy.keySet().contains("a")).isTrue();
    assertThat(copy.keySet().contains("b")).isFalse();
    assertThat(copy.values()).isNotSameAs(copy.values()).containsExactly(1);
    assertThatThrownBy(() -> copy.keySet().remove("a"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.values().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> {
          var it = copy.keySet().iterator();
          it.next();
          it.remove();
        })
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mapsOfTheSameKeysShareOneKeyArray() {
    String[] first = KeyArrays.shared(new String[] {"a", new String("b")}, 2);
    String[] second = KeyArrays.shared(new String[] {"a", "b", "c"}, 2);

    assertThat(second).isSameAs(first).containsExactly("a", "b");
    assertThat(KeyArrays.shared(new String[] {"b", "a"}, 2)).containsExactly("b", "a");
  }

  @Test
  void mapsBuiltWithTheSameKeysStayIndependent() {
    SmallMap.Builder b = SmallMap.builder();
    b.put("a", 1);
    b.put("b", 2);
    Map<String, Object> first = b.build();
    b.put("a", 3);
    b.remove("b");
    b.put("c", 4);
    Map<String, Object> second = b.build();
    b.put("b", 5);
    Map<String, Object> third = b.build();

    assertThat(first).isEqualTo(Map.of("a", 1, "b", 2));
    assertThat(second).isEqualTo(Map.of("a", 3, "c", 4));
    assertThat(third).isEqualTo(Map.of("a", 3, "c", 4, "b", 5));
    assertThat(first.keySet()).containsExactly("a", "b");
    assertThat(third.keySet()).containsExactly("a", "c", "b");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object map) {
    return (Map<String, Object>) map;
  }
}
