package io.hotdsl.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.model.DeletionPolicy;
import io.hotdsl.model.SmallMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's reads of model values: {@link TreeReads#asTree} is {@link Trees#toTree} without the
 * copy of what is a tree already, and {@link Trees#containsFunction} reads calls and model maps
 * directly with the answer it gives through their tree nodes.
 */
class TreeReadsTest {
  private static final Set<String> NAMES = Set.of("get_param", "str_replace", "list_join");

  @Test
  void onRandomValuesAsTreeEqualsToTreeInOrderAndContainsFunctionTheTreeWalk() {
    Random random = new Random(21);
    for (int i = 0; i < 3_000; i++) {
      Object value = random.nextBoolean() ? randomValue(random, 4) : randomLiteral(random, 4);
      Object copy = Trees.immutableCopy(value);
      for (Object v : java.util.Arrays.asList(value, copy)) {
        Object tree = Trees.toTree(v);
        Object read = TreeReads.asTree(v);
        assertThat(shape(read)).as("%s", v).isEqualTo(shape(tree));
        assertThat(Trees.containsFunction(v, NAMES))
            .as("%s", v)
            .isEqualTo(treeHoldsCall(tree, NAMES));
        assertThat(Trees.containsFunction(v, Set.of()))
            .as("%s", v)
            .isEqualTo(treeHoldsCall(tree, Set.of()));
      }
    }
  }

  static Stream<Arguments> treesAlready() {
    Map<String, Object> linked = new LinkedHashMap<>();
    linked.put("template", "echo $x");
    linked.put("params", Map.of("$x", "y"));
    return Stream.of(
        Arguments.of(Trees.immutableCopy(Map.of("template", "$a", "params", Map.of("$a", "b")))),
        Arguments.of(Trees.immutableCopy(List.of("a", 2L, 2.5, true, List.of()))),
        Arguments.of(SmallMap.copyOf(Map.of("k", "v"))),
        Arguments.of(linked),
        Arguments.of(new BigDecimal("1.50")),
        Arguments.of("text"));
  }

  @ParameterizedTest
  @MethodSource("treesAlready")
  void aTreeAlreadyIsReadAsItIsNotCopied(Object value) {
    assertThat(TreeReads.asTree(value)).isSameAs(value).isEqualTo(Trees.toTree(value));
  }

  static Stream<Arguments> notTreesYet() {
    return Stream.of(
        Arguments.of(Trees.immutableCopy(Map.of("port", 22))), // an Integer: a Long in a tree
        Arguments.of(Trees.immutableCopy(List.of(1.5f))), // a Float: a Double
        Arguments.of(Trees.immutableCopy(List.of(DeletionPolicy.RETAIN))), // an enum: its value
        Arguments.of(Trees.immutableCopy(List.of(Fn.getParam("p")))), // a call: its map
        Arguments.of(new Literal<>("x")),
        Arguments.of(new LinkedHashSet<>(List.of("a", "b")))); // a set: a list
  }

  @ParameterizedTest
  @MethodSource("notTreesYet")
  void anythingElseIsCopiedAsToTreeCopiesIt(Object value) {
    Object tree = TreeReads.asTree(value);
    assertThat(tree).isNotSameAs(value);
    assertThat(shape(tree)).isEqualTo(shape(Trees.toTree(value)));
  }

  @Test
  void aKeyThatIsNoStringIsRefusedAsByToTree() {
    Map<Object, Object> odd = new LinkedHashMap<>();
    odd.put("a", "b");
    odd.put(1, "one");
    assertThatThrownBy(() -> TreeReads.asTree(odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("map keys must be strings, not 1 (Integer)");
  }

  /**
   * {@code tree} spelled out with the class of every scalar and the order of every map, so that
   * two trees compare equal only when they have the same content in the same order.
   */
  private static String shape(Object tree) {
    if (tree instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, v) -> sb.append(k).append('=').append(shape(v)).append(';'));
      return sb.append('}').toString();
    }
    if (tree instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      l.forEach(v -> sb.append(shape(v)).append(','));
      return sb.append(']').toString();
    }
    return tree == null ? "null" : tree.getClass().getSimpleName() + ":" + tree;
  }

  /** Whether a tree holds a map of one key named in {@code names}, at any depth. */
  private static boolean treeHoldsCall(Object tree, Set<String> names) {
    if (tree instanceof Map<?, ?> m) {
      if (m.size() == 1 && names.contains(m.keySet().iterator().next())) {
        return true;
      }
      return m.values().stream().anyMatch(v -> treeHoldsCall(v, names));
    }
    return tree instanceof List<?> l && l.stream().anyMatch(v -> treeHoldsCall(v, names));
  }

  /** Literals only: what a template's arguments hold when they hold no call. */
  private static Object randomLiteral(Random random, int depth) {
    int kind = random.nextInt(depth <= 0 ? 6 : 9);
    return switch (kind) {
      case 0 -> "s" + random.nextInt(3);
      case 1 -> (long) random.nextInt(5);
      case 2 -> random.nextInt(5);
      case 3 -> random.nextBoolean();
      case 4 -> null;
      case 5 -> random.nextDouble();
      case 6, 7 -> {
        Map<String, Object> m = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          m.put(
              random.nextBoolean() ? "get_param" : "k" + random.nextInt(9),
              randomLiteral(random, depth - 1));
        }
        yield m;
      }
      default -> {
        List<Object> l = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          l.add(randomLiteral(random, depth - 1));
        }
        yield l;
      }
    };
  }

  /** Anything a builder takes: literals, calls (known and not), enums, sets, floats, literals. */
  private static Object randomValue(Random random, int depth) {
    int kind = random.nextInt(depth <= 0 ? 5 : 12);
    return switch (kind) {
      case 0 -> randomLiteral(random, 0);
      case 1 -> 1.5f;
      case 2 -> DeletionPolicy.values()[random.nextInt(DeletionPolicy.values().length)];
      case 3 -> new Literal<>(random.nextInt(3));
      case 4 -> (short) 7;
      case 5 ->
        new FunctionCall<>(
            random.nextBoolean() ? "get_param" : "not_a_function", randomValue(random, depth - 1));
      case 6 -> {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("$a", randomValue(random, depth - 1));
        yield Fn.strReplace("$a", params);
      }
      case 7 -> Set.of("x" + random.nextInt(3));
      case 8, 9 -> {
        Map<String, Object> m = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          m.put(
              random.nextBoolean() ? "list_join" : "k" + random.nextInt(9),
              randomValue(random, depth - 1));
        }
        yield m;
      }
      default -> {
        List<Object> l = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          l.add(randomValue(random, depth - 1));
        }
        yield random.nextBoolean() ? l : l.toArray();
      }
    };
  }
}
