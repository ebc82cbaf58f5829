package io.hotdsl.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rounds of the pairs harnesses ({@code BuildPairs}, {@code RenderPairs}): three warm-up
 * passes over every operation, then {@code rounds} rounds that time each once, in the order given
 * and reversed every other round, so that a drift of the machine's load hits every operation alike.
 */
final class AlternatingRounds {
  private AlternatingRounds() {}

  /** Times one operation, by its name: milliseconds per operation. */
  interface Timer {
    double time(String op) throws Exception;
  }

  /** Each operation of {@code order} and its times, one a round ({@code time} of its name). */
  static Map<String, double[]> measure(List<String> order, int rounds, Timer time)
      throws Exception {
    for (int w = 0; w < 3; w++) {
      for (String k : order) {
        time.time(k);
      }
    }
    Map<String, double[]> ms = new LinkedHashMap<>();
    order.forEach(k -> ms.put(k, new double[rounds]));
    for (int r = 0; r < rounds; r++) {
      List<String> round = new ArrayList<>(order);
      if (r % 2 == 1) {
        Collections.reverse(round);
      }
      for (String k : round) {
        ms.get(k)[r] = time.time(k);
      }
    }
    return ms;
  }
}
