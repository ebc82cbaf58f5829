package io.hotdsl.benchmarks;

import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.validate.TemplateValidator;
import java.util.Arrays;

/**
 * The growth of build + validate + render YAML from 1,000 to 10,000 resources, measured in
 * alternating rounds in one JVM so that a change in the machine's load hits both sizes alike:
 * {@code GrowthCheck ROUNDS}. A quick check between JMH runs (which measure one size after the
 * other), not a replacement for them.
 */
public final class GrowthCheck {
  private static long sink;

  private GrowthCheck() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    for (int i = 0; i < 3; i++) {
      msPerOp(1_000, 300);
      msPerOp(10_000, 30);
    }
    double[] small = new double[rounds];
    double[] large = new double[rounds];
    double[] growth = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      small[i] = msPerOp(1_000, 200);
      large[i] = msPerOp(10_000, 20);
      growth[i] = large[i] / small[i];
    }
    Arrays.sort(small);
    Arrays.sort(large);
    Arrays.sort(growth);
    System.out.printf(
        "build + validate + render YAML, median of %d rounds: N=1000 %.2f ms, "
            + "N=10000 %.2f ms; growth median %.2f (min %.2f, max %.2f)  [%d]%n",
        rounds,
        small[rounds / 2],
        large[rounds / 2],
        growth[rounds / 2],
        growth[0],
        growth[rounds - 1],
        sink & 1);
  }

  private static double msPerOp(int n, int reps) {
    long start = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      Template t = Fixtures.build(n);
      sink += TemplateValidator.validate(t).problems().size();
      sink += HotRenderer.yaml(t).length();
    }
    return (System.nanoTime() - start) / 1e6 / reps;
  }
}
