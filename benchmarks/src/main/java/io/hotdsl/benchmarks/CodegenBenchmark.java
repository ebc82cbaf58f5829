package io.hotdsl.benchmarks;

import io.hotdsl.codegen.Codegen;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Codegen over the whole Heat 19 snapshot (183 types), in memory: load schemas + generate. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CodegenBenchmark {
  @Benchmark
  public Map<String, String> fullSnapshot() {
    Map<String, String> sources = Codegen.builder().snapshot().build().javaSources();
    if (sources.size() != 185) {
      throw new IllegalStateException(sources.size() + " files");
    }
    return sources;
  }
}
