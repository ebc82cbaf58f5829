package io.hotdsl.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code TemplateValidator.validate} of two benchmark jars side by side in one process: each jar in
 * its own class loader, on {@link Fixtures}' templates of 1,000 and 10,000 resources built afresh
 * before each validation (as the headline's build + validate + render does), the compact JSON
 * written after it; only the validation's CPU time of the thread is counted. Every round runs
 * both jars, the order reversed every round. Prints the medians (ms) and the median (min–max) of
 * the per-round ratios new ÷ old.
 *
 * <pre>java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.hotdsl.benchmarks.ValidatePairs OLD.jar NEW.jar 9</pre>
 *
 * <p>A jar may be a class path ({@code a.jar:classes}). The thread's CPU leaves out the GC and JIT
 * threads, so that the ratio holds still on a loaded machine; a jar against itself gave medians
 * of 0.97–0.98 (rounds 0.90–1.04, one 1.51), the noise of this measure.
 */
public final class ValidatePairs {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long sink;

  private ValidatePairs() {}

  /** One jar's build, validate and compact write. */
  private static final class Side {
    private final ClassLoader loader;
    private final Method build;
    private final Method validate;
    private final Method compact;

    Side(String classPath) throws Exception {
      String[] parts = classPath.split(":");
      URL[] urls = new URL[parts.length];
      for (int i = 0; i < parts.length; i++) {
        urls[i] = Path.of(parts[i]).toUri().toURL();
      }
      ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      loader = cl;
      Class<?> template = cl.loadClass("io.hotdsl.model.Template");
      build = cl.loadClass(Fixtures.class.getName()).getMethod("build", int.class);
      validate =
          cl.loadClass("io.hotdsl.validate.TemplateValidator").getMethod("validate", template);
      compact = cl.loadClass("io.hotdsl.render.HotRenderer").getMethod("jsonCompact", template);
    }

    /** Nanoseconds of the thread's CPU in {@code reps} validations of fresh templates of n. */
    long run(int n, int reps) throws Exception {
      // the catalog's ServiceLoader reads the context loader: this jar's, not the caller's
      Thread.currentThread().setContextClassLoader(loader);
      long spent = 0;
      for (int i = 0; i < reps; i++) {
        Object t = build.invoke(null, n);
        long start = THREADS.getCurrentThreadCpuTime();
        sink += validate.invoke(null, t).hashCode();
        spent += THREADS.getCurrentThreadCpuTime() - start;
        sink += ((String) compact.invoke(null, t)).length();
      }
      return spent;
    }
  }

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[2]);
    Side old = new Side(args[0]);
    Side now = new Side(args[1]);
    int[] sizes = {1_000, 10_000};
    for (int w = 0; w < 2; w++) {
      for (int n : sizes) {
        old.run(n, 200_000 / n);
        now.run(n, 200_000 / n);
      }
    }
    for (int n : sizes) {
      int reps = 100_000 / n + 3;
      double[] oldMs = new double[rounds];
      double[] newMs = new double[rounds];
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        boolean oldFirst = r % 2 == 0;
        long first = (oldFirst ? old : now).run(n, reps);
        long second = (oldFirst ? now : old).run(n, reps);
        oldMs[r] = (oldFirst ? first : second) / 1e6 / reps;
        newMs[r] = (oldFirst ? second : first) / 1e6 / reps;
        ratio[r] = newMs[r] / oldMs[r];
      }
      Arrays.sort(oldMs);
      Arrays.sort(newMs);
      Arrays.sort(ratio);
      System.out.printf(
          "validate@%d: old %.3f ms, new %.3f ms; new / old %.2f (%.2f-%.2f)%n",
          n, oldMs[rounds / 2], newMs[rounds / 2], ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }
    System.out.println("[" + (sink & 1) + "]");
  }
}
