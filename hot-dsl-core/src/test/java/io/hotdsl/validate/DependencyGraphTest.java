package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's dependency graph: positions by name, and its cycles as Heat would name them. */
class DependencyGraphTest {

  @Test
  void positionsFollowTemplateOrderAndUnknownNamesHaveNone() {
    DependencyGraph g = new DependencyGraph(List.of("net", "port", "server"));
    assertThat(g.positionOf("net")).isZero();
    assertThat(g.positionOf("server")).isEqualTo(2);
    assertThat(g.positionOf(new String("port"))).isEqualTo(1);
    assertThat(g.positionOf("volume")).isEqualTo(-1);
  }

  @Test
  void namesOfOneHashAreToldApartByTheirText() {
    // "AaAa", "AaBB", "BBAa" and "BBBB" share String.hashCode: one probe run, told apart by text
    DependencyGraph g = new DependencyGraph(List.of("AaAa", "x", "AaBB", "BBAa"));
    assertThat(g.positionOf(new String("AaAa"))).isZero();
    assertThat(g.positionOf(new String("AaBB"))).isEqualTo(2);
    assertThat(g.positionOf("BBAa")).isEqualTo(3);
    assertThat(g.positionOf("BBBB")).isEqualTo(-1);
    assertThat(g.positionOf("x")).isEqualTo(1);
  }

  @Test
  void acyclicGraphsHaveNoCycles() {
    DependencyGraph g = new DependencyGraph(List.of("net", "port", "server"));
    g.add(1, 0);
    g.add(2, 1);
    g.add(2, 0);
    g.add(2, 1); // the same edge twice
    assertThat(g.cycles()).isEmpty();
  }

  @Test
  void eachCycleIsReportedOnceAsThePathThatClosesIt() {
    DependencyGraph g = new DependencyGraph(List.of("a", "b", "c", "d", "self"));
    g.add(0, 1);
    g.add(1, 2);
    g.add(2, 0);
    g.add(3, 1);
    g.add(4, 4);
    assertThat(g.cycles()).containsExactly(List.of("a", "b", "c", "a"), List.of("self", "self"));
  }

  @Test
  void aChainOfTenThousandResourcesIsWalkedWithoutRecursion() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      names.add("r" + i);
    }
    DependencyGraph g = new DependencyGraph(names);
    for (int i = 1; i < names.size(); i++) {
      g.add(i - 1, i);
    }
    assertThat(g.cycles()).isEmpty();
    g.add(names.size() - 1, 0);
    assertThat(g.cycles()).singleElement().satisfies(cycle -> {
      assertThat(cycle).hasSize(10_001);
      assertThat(cycle.get(0)).isEqualTo("r0");
    });
  }
}
