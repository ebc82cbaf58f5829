package io.hotdsl.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lists builders' {@code addX} methods make ({@link Trees#appended}) are the copies {@link
 * Trees#immutableCopy} would make of the longer list: nothing the caller holds reaches them.
 */
class AppendedCopiesTest {

  @Test
  void appendingToACopyEqualsCopyingTheLongerList() {
    Map<String, Object> item = new LinkedHashMap<>(Map.of("a", 1));
    Object before = Trees.immutableCopy(List.of("x", List.of(2)));
    List<Object> after = Trees.appended((List<?>) before, item);
    item.put("b", 2);

    assertThat(after).isEqualTo(List.of("x", List.of(2), Map.of("a", 1)));
    assertThat(before).isEqualTo(List.of("x", List.of(2)));
    assertThat(after.get(2)).isInstanceOf(FrozenMap.class);
    assertThat(Trees.immutableCopy(after)).isSameAs(after);
    assertThatThrownBy(() -> after.add("y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCallersCollectionIsCopiedNotKept() {
    List<Object> inner = new ArrayList<>(List.of(1));
    List<Object> callers = new ArrayList<>(List.of(inner));
    List<Object> after = Trees.appended(callers, "z");
    callers.add("later");
    inner.add(2);

    assertThat(after).isEqualTo(List.of(List.of(1), "z"));
    assertThat(Trees.immutableCopy(after)).isSameAs(after);
  }

  @Test
  void aSetOfIsAppendedToInItsStableOrder() {
    List<Object> after = Trees.appended(Set.of("c", "a", "b"), "d");

    assertThat(after).containsExactly("a", "b", "c", "d");
    assertThat(Trees.appended(List.of(), "only")).containsExactly("only");
  }
}
