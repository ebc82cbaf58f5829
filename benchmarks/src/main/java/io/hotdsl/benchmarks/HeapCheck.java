package io.hotdsl.benchmarks;

import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.validate.TemplateValidator;
import io.hotdsl.validate.ValidationResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Builds, validates and renders (YAML and JSON) a template of {@code n} resources (default 10,000)
 * and prints the heap limit and peak: run with {@code -Xmx256m} to check the memory budget.
 * {@code HeapCheck N yaml} or {@code HeapCheck N json} renders only that format (the text of one
 * rendering held, not both at once).
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long start = System.nanoTime();
    Template t = Fixtures.build(n);
    ValidationResult r = TemplateValidator.validate(t);
    String only = args.length > 1 ? args[1] : "both";
    String yaml = only.equals("json") ? "" : HotRenderer.yaml(t);
    String json = only.equals("yaml") ? "" : HotRenderer.json(t);
    long ms = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "%d resources: built, validated (%d problems), rendered %d bytes YAML and"
            + " %d bytes JSON in %d ms; max heap %d MB, peak heap used %d MB%n",
        t.resources().size(),
        r.problems().size(),
        yaml.length(),
        json.length(),
        ms,
        Runtime.getRuntime().maxMemory() >> 20,
        peak >> 20);
  }
}
