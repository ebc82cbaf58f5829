package io.hotdsl.benchmarks;

import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.validate.TemplateValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline ratios under noise: every operation at every size once per round, the order
 * reversed each round, so that a change in the machine's load hits the operation and its
 * baseline alike. Prints, for each pair, the min / median / max of the per-round ratios.
 *
 * <pre>java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.hotdsl.benchmarks.Interleaved 15 [cpu] [parts]</pre>
 *
 * <p>{@code cpu}: time each operation by the process's CPU time (every thread: GC and JIT
 * included) instead of the wall clock, so that time the process spends waiting for a core on a
 * loaded machine does not count. {@code parts}: also time build, validate and the two renderers
 * alone, on a template built once. The pairs: YAML against Jackson's YAML write; the pretty JSON
 * ({@code HotRenderer.json}) against Jackson's compact and pretty writes; the compact JSON
 * ({@code HotRenderer.jsonCompact}, what API clients send) against Jackson's compact write.
 */
public final class Interleaved {
  private static final int[] SIZES = {1_000, 10_000};
  private static long sink;
  private static boolean cpu;
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private Interleaved() {}

  interface Op {
    void run(int n);
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    List<String> flags = Arrays.asList(args);
    cpu = flags.contains("cpu");
    boolean parts = flags.contains("parts");
    Map<Integer, Object> trees = new LinkedHashMap<>();
    Map<Integer, Template> built = new LinkedHashMap<>();
    for (int n : SIZES) {
      built.put(n, Fixtures.build(n));
      trees.put(n, built.get(n).toTree());
    }
    Map<String, Op> ops = new LinkedHashMap<>();
    ops.put("buildValidateRenderYaml", n -> {
      Template t = Fixtures.build(n);
      sink += TemplateValidator.validate(t).problems().size();
      sink += HotRenderer.yaml(t).length();
    });
    ops.put(
        "jacksonYamlWrite",
        n -> sink += write(() -> TemplateBenchmark.YAML.writeValueAsString(trees.get(n))));
    ops.put("buildValidateRenderJson", n -> {
      Template t = Fixtures.build(n);
      sink += TemplateValidator.validate(t).problems().size();
      sink += HotRenderer.json(t).length();
    });
    ops.put("buildValidateRenderJsonCompact", n -> {
      Template t = Fixtures.build(n);
      sink += TemplateValidator.validate(t).problems().size();
      sink += HotRenderer.jsonCompact(t).length();
    });
    ops.put(
        "jacksonJsonWrite",
        n -> sink += write(() -> TemplateBenchmark.JSON.writeValueAsString(trees.get(n))));
    ops.put(
        "jacksonJsonWritePretty",
        n -> sink += write(() -> TemplateBenchmark.JSON
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(trees.get(n))));

    if (parts) {
      ops.put("build", n -> sink += Fixtures.build(n).resources().size());
      ops.put(
          "validate",
          n -> sink += TemplateValidator.validate(built.get(n)).problems().size());
      ops.put("renderYaml", n -> sink += HotRenderer.yaml(built.get(n)).length());
      ops.put("renderJson", n -> sink += HotRenderer.json(built.get(n)).length());
      ops.put(
          "renderJsonCompact",
          n -> sink += HotRenderer.jsonCompact(built.get(n)).length());
    }

    String[][] pairs = {
      {"buildValidateRenderYaml", "jacksonYamlWrite"},
      {"buildValidateRenderJson", "jacksonJsonWrite"},
      {"buildValidateRenderJson", "jacksonJsonWritePretty"},
      {"buildValidateRenderJsonCompact", "jacksonJsonWrite"}
    };

    List<String> order = new ArrayList<>(ops.keySet());
    for (int w = 0; w < 3; w++) {
      for (String op : order) {
        for (int n : SIZES) {
          time(ops.get(op), n);
        }
      }
    }
    Map<String, double[]> ms = new LinkedHashMap<>();
    for (String op : order) {
      for (int n : SIZES) {
        ms.put(op + "@" + n, new double[rounds]);
      }
    }
    for (int r = 0; r < rounds; r++) {
      List<String> round = new ArrayList<>(order);
      if (r % 2 == 1) {
        java.util.Collections.reverse(round);
      }
      for (String op : round) {
        for (int n : SIZES) {
          ms.get(op + "@" + n)[r] = time(ops.get(op), n);
        }
      }
    }
    System.out.printf(
        "%d rounds, %s ms/op median (min-max)%n", rounds, cpu ? "process CPU" : "wall-clock");
    for (Map.Entry<String, double[]> e : ms.entrySet()) {
      double[] v = e.getValue().clone();
      Arrays.sort(v);
      System.out.printf(
          "  %-32s %8.2f (%.2f-%.2f)%n", e.getKey(), v[rounds / 2], v[0], v[rounds - 1]);
    }
    System.out.println("per-round ratio, median (min-max)");
    for (String[] pair : pairs) {
      for (int n : SIZES) {
        double[] a = ms.get(pair[0] + "@" + n);
        double[] b = ms.get(pair[1] + "@" + n);
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          ratio[r] = a[r] / b[r];
        }
        Arrays.sort(ratio);
        System.out.printf(
            "  %s / %s, N=%d: %.2f (%.2f-%.2f)%n",
            pair[0], pair[1], n, ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
      }
    }
    System.out.println("[" + (sink & 1) + "]");
  }

  interface Text {
    String get() throws Exception;
  }

  private static long write(Text text) {
    try {
      return text.get().length();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Milliseconds per operation, repeated until about 300 ms have passed on the clock (at least
   * twice): the wall clock, or with {@code cpu} the process's CPU time.
   */
  private static double time(Op op, int n) {
    int reps = 0;
    long start = now();
    long elapsed;
    do {
      op.run(n);
      reps++;
      elapsed = now() - start;
    } while (reps < 2 || elapsed < 300_000_000L);
    return elapsed / 1e6 / reps;
  }

  private static long now() {
    return cpu ? OS.getProcessCpuTime() : System.nanoTime();
  }
}
