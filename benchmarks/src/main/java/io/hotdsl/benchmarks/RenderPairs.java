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
 * The renderers of two benchmark jars side by side in one process: each jar in its own class
 * loader, {@code yaml}, {@code json} and (where the jar has it) {@code jsonCompact} of both, and
 * Jackson's compact write of {@code toTree()} from the second, on {@link Fixtures}' templates of
 * 1,000 and 10,000 resources, every operation once per round (at least 300 ms of the thread's CPU each), the order
 * reversed every round. Prints the median (min–max) of the per-round ratios.
 *
 * <pre>java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.hotdsl.benchmarks.RenderPairs OLD.jar NEW.jar 9</pre>
 *
 * <p>The thread's CPU leaves out the GC threads' ({@link Interleaved} {@code cpu} counts them), so
 * that the ratios of rendering alone hold still on a loaded machine. The second jar must have
 * {@code HotRenderer.jsonCompact}.
 */
public final class RenderPairs {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int[] SIZES = {1_000, 10_000};
  private static long sink;

  private RenderPairs() {}

  interface Op {
    String run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[2]);
    Map<String, Op> ops = new LinkedHashMap<>();
    for (int n : SIZES) {
      for (int j = 0; j < 2; j++) {
        String jar = j == 0 ? "old" : "new";
        ClassLoader cl = new URLClassLoader(
            new URL[] {Path.of(args[j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> template = cl.loadClass("io.hotdsl.model.Template");
        Class<?> renderer = cl.loadClass("io.hotdsl.render.HotRenderer");
        Object t =
            cl.loadClass(Fixtures.class.getName()).getMethod("build", int.class).invoke(null, n);
        Method yaml = renderer.getMethod("yaml", template);
        Method json = renderer.getMethod("json", template);
        ops.put(jar + " yaml@" + n, () -> (String) yaml.invoke(null, t));
        ops.put(jar + " json@" + n, () -> (String) json.invoke(null, t));
        Method compact = jsonCompact(renderer, template);
        if (compact != null) {
          ops.put(jar + " compact@" + n, () -> (String) compact.invoke(null, t));
        }
        if (j == 1) {
          // a plain ObjectMapper, as TemplateBenchmark.JSON is
          Class<?> mapperClass = cl.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
          Object mapper = mapperClass.getConstructor().newInstance();
          Object tree = template.getMethod("toTree").invoke(t);
          Method write = mapperClass.getMethod("writeValueAsString", Object.class);
          ops.put("jackson compact@" + n, () -> (String) write.invoke(mapper, tree));
        }
      }
    }
    Map<String, double[]> ms =
        AlternatingRounds.measure(new ArrayList<>(ops.keySet()), rounds, k -> time(ops.get(k)));
    System.out.printf("%d rounds, thread CPU ms/op median (min-max)%n", rounds);
    ms.forEach((k, v) -> System.out.printf("  %-22s %s%n", k, stats(v)));
    String[][] pairs = {
      {"new yaml", "old yaml"},
      {"new json", "old json"},
      {"new compact", "old compact"},
      {"new compact", "old json"},
      {"new compact", "jackson compact"}
    };
    System.out.println("per-round ratio, median (min-max)");
    for (String[] p : pairs) {
      for (int n : SIZES) {
        if (!ms.containsKey(p[1] + "@" + n)) {
          continue; // the old jar has no compact writer
        }
        double[] a = ms.get(p[0] + "@" + n);
        double[] b = ms.get(p[1] + "@" + n);
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          ratio[r] = a[r] / b[r];
        }
        System.out.printf("  %s / %s, N=%d: %s%n", p[0], p[1], n, stats(ratio));
      }
    }
    System.out.println("[" + (sink & 1) + "]");
  }

  /** The renderer's {@code jsonCompact(Template)}, or null for a jar from before it. */
  private static Method jsonCompact(Class<?> renderer, Class<?> template) {
    try {
      return renderer.getMethod("jsonCompact", template);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String stats(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format("%.3f (%.3f-%.3f)", s[s.length / 2], s[0], s[s.length - 1]);
  }

  private static double time(Op op) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    int reps = 0;
    long elapsed;
    do {
      sink += op.run().length();
      reps++;
      elapsed = THREADS.getCurrentThreadCpuTime() - start;
    } while (reps < 2 || elapsed < 300_000_000L);
    return elapsed / 1e6 / reps;
  }
}
