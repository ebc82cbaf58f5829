package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.model.HotVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The validator's fast name sets and literal split answer as the sets and split they replace. */
class NameSetTest {
  private static final List<String> PROBES = List.of(
      "", "get_params", "GET_PARAM", "Fn::Join", "Ref", "if", "and", "not_a_function", "get_par");

  @Test
  void everyVersionsFunctionsAreTheSameSet() {
    for (HotVersion v : HotVersion.values()) {
      NameSet fast = NameSet.functions(v);
      assertThat(fast).as(v.toString()).isEqualTo(v.functions()).hasSameSizeAs(v.functions());
      List<String> probes = new ArrayList<>(PROBES);
      HotVersion.allFunctionNames().forEach(n -> probes.add(new String(n))); // other instances
      for (String p : probes) {
        assertThat(fast.contains(p)).as(v + " " + p).isEqualTo(v.functions().contains(p));
      }
    }
    assertThat(NameSet.ALL).isEqualTo(HotVersion.allFunctionNames());
  }

  @Test
  void nullIsRefusedAsSetOfRefusesIt() {
    assertThatThrownBy(() -> NameSet.ALL.contains(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void literalSplitIsTheQuotedRegexSplit() {
    String[][] cases = {
      {"a$b$c", "$"},
      {"$name", "$name"},
      {"", "x"},
      {"xx", "x"},
      {"abc", "d"},
      {"a.b", "."},
      {"aaa", "aa"},
      {"x$name$namey", "$name"},
      {"é€x€", "€"}
    };
    for (String[] c : cases) {
      List<String> parts = new ArrayList<>();
      boolean found = ReplaceResult.splitInto(c[0], c[1], parts);
      String[] expected = c[0].split(Pattern.quote(c[1]), -1);
      assertThat(parts).as(c[0] + " / " + c[1]).containsExactly(expected);
      assertThat(found).isEqualTo(expected.length > 1);
    }
  }
}
