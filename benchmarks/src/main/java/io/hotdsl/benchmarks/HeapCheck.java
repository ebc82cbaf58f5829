package io.hotdsl.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.validate.TemplateValidator;
import io.hotdsl.validate.ValidationResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Builds, validates and renders a template of {@code n} resources (default 10,000) in the heap
 * the JVM is given ({@code -Xmx}) and prints the heap limit and how much of it was used: the
 * memory budget holds when the run completes.
 *
 * <p>{@code HeapCheck N MODE [FILE]}, MODE one of:
 *
 * <ul>
 *   <li>{@code yaml}, {@code json} (default: {@code yaml}): writes that format to FILE (default:
 *       a writer that counts and drops the characters) through {@code HotRenderer.yaml(template,
 *       out)} / {@code .json(template, out)}, as a program writing a template to a file does;
 *   <li>{@code yaml-string}, {@code json-string}: renders that format into a {@code String} (which
 *       holds the whole text, and its chunks while they are joined);
 *   <li>{@code both-string}: both strings, held at once.
 * </ul>
 *
 * <p>"live" is the most heap in use right after a collection (what the program held), "peak"
 * the sum of the heap pools' peaks (an upper bound: the pools peak at different moments).
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    String mode = args.length > 1 ? args[1] : "yaml";
    AtomicLong live = watchLiveHeap();
    long start = System.nanoTime();
    Template t = Fixtures.build(n);
    ValidationResult r = TemplateValidator.validate(t);
    long yaml = 0;
    long json = 0;
    switch (mode) {
      case "yaml", "json" -> {
        try (Writer out = args.length > 2 ? file(args[2]) : new Counting()) {
          if (mode.equals("yaml")) {
            HotRenderer.yaml(t, out);
          } else {
            HotRenderer.json(t, out);
          }
          long written = out instanceof Counting c ? c.count : Files.size(Path.of(args[2]));
          yaml = mode.equals("yaml") ? written : 0;
          json = mode.equals("json") ? written : 0;
        }
      }
      case "yaml-string" -> yaml = HotRenderer.yaml(t).length();
      case "json-string" -> json = HotRenderer.json(t).length();
      case "both-string" -> {
        String y = HotRenderer.yaml(t);
        String j = HotRenderer.json(t);
        yaml = y.length();
        json = j.length();
      }
      default ->
        throw new IllegalArgumentException(
            "mode: yaml, json, yaml-string, json-string or both-string, not " + mode);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "%d resources, %s: built, validated (%d problems), rendered %d chars YAML and"
            + " %d chars JSON in %d ms; max heap %d MB, live after GC at most %.1f MB,"
            + " peak heap used (sum of pools) %d MB%n",
        t.resources().size(),
        mode,
        r.problems().size(),
        yaml,
        json,
        ms,
        Runtime.getRuntime().maxMemory() >> 20,
        live.get() / 1048576.0,
        peak >> 20);
  }

  private static Writer file(String path) throws IOException {
    return new BufferedWriter(
        Files.newBufferedWriter(Path.of(path), StandardCharsets.UTF_8), 64 * 1024);
  }

  /** The most heap in use after any collection from now on. */
  private static AtomicLong watchLiveHeap() {
    AtomicLong max = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (!notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
                long used = 0;
                for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                  used += u.getUsed();
                }
                max.accumulateAndGet(used, Math::max);
              },
              null,
              null);
    }
    return max;
  }

  /** Counts the characters written and keeps none. */
  private static final class Counting extends Writer {
    long count;

    @Override
    public void write(char[] buf, int off, int len) {
      count += len;
    }

    @Override
    public void write(String s, int off, int len) {
      count += len;
    }

    @Override
    public Writer append(CharSequence csq) {
      count += csq.length();
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
