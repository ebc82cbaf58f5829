package io.hotdsl.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typed DSL's build of two benchmark jars side by side in one process: each jar in its own
 * class loader, {@link Fixtures#build} of 1,000 and 10,000 resources, every build once per round
 * (at least 300 ms of the thread's CPU each), the order reversed every round. Prints the median
 * (min–max) of the per-round ratios new/old.
 *
 * <p>Each jar is loaded twice, in the order old, new, new, old, and its time in a round is the
 * mean of its two copies': how fast a copy runs depends on its place (one jar against itself,
 * one copy each: 1.11; the cause was not found), which this order lessens. It does not cancel it:
 * one jar against itself, two copies each, still came out 0.95, so run it both ways ({@code A B},
 * then {@code B A}) and take the geometric mean of the first ratio and the inverse of the second.
 * Two JVMs, one per jar, started together and compared by their medians, differ by as much on
 * a loaded machine; alternate which starts first there too.
 *
 * <pre>java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.hotdsl.benchmarks.BuildPairs OLD.jar NEW.jar 9</pre>
 *
 * <p>The thread's CPU leaves out the GC threads' ({@link Interleaved} {@code cpu} counts them), so
 * a change that only allocates less shows there rather than here.
 */
public final class BuildPairs {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int[] SIZES = {1_000, 10_000};
  private static long sink;

  private BuildPairs() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[2]);
    Map<String, Method> ops = new LinkedHashMap<>();
    String[] jars = {"old", "new"};
    int[] loadOrder = {0, 1, 1, 0};
    for (int c = 0; c < loadOrder.length; c++) {
      int j = loadOrder[c];
      ClassLoader cl = new URLClassLoader(
          new URL[] {Path.of(args[j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Method build = cl.loadClass(Fixtures.class.getName()).getMethod("build", int.class);
      for (int n : SIZES) {
        ops.put(jars[j] + (c < 2 ? "#1" : "#2") + " build@" + n, build);
      }
    }
    Map<String, double[]> ms = AlternatingRounds.measure(
        new ArrayList<>(ops.keySet()), rounds, k -> time(ops.get(k), size(k)));
    System.out.printf("%d rounds, thread CPU ms/op median (min-max)%n", rounds);
    ms.forEach((k, v) -> System.out.printf("  %-18s %s%n", k, stats(v)));
    System.out.println("per-round ratio new/old (means of two copies), median (min-max)");
    for (int n : SIZES) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = (ms.get("new#1 build@" + n)[r] + ms.get("new#2 build@" + n)[r])
            / (ms.get("old#1 build@" + n)[r] + ms.get("old#2 build@" + n)[r]);
      }
      System.out.printf("  build, N=%d: %s%n", n, stats(ratio));
    }
    System.out.println("[" + (sink & 1) + "]");
  }

  private static int size(String op) {
    return Integer.parseInt(op.substring(op.indexOf('@') + 1));
  }

  private static String stats(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format("%.3f (%.3f-%.3f)", s[s.length / 2], s[0], s[s.length - 1]);
  }

  private static double time(Method build, int n) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    int reps = 0;
    long elapsed;
    do {
      sink += System.identityHashCode(build.invoke(null, n));
      reps++;
      elapsed = THREADS.getCurrentThreadCpuTime() - start;
    } while (reps < 2 || elapsed < 300_000_000L);
    return elapsed / 1e6 / reps;
  }
}
