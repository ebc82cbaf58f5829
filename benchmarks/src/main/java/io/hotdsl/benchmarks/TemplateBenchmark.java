package io.hotdsl.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.validate.TemplateValidator;
import io.hotdsl.validate.ValidationResult;
import io.hotdsl.yaml.YamlReader;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The typed DSL (build, validate, render YAML/JSON, read back) against plain Jackson writing and
 * reading the same tree, for templates of {@code n} resources. Compare ratios within one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TemplateBenchmark {
  /** Plain Jackson YAML, its code point limit raised (default 3 MB) for the 10,000 template. */
  static final YAMLMapper YAML =
      new YAMLMapper(YAMLFactory.builder().loaderOptions(loaderOptions()).build());

  static final ObjectMapper JSON = new ObjectMapper();

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return options;
  }

  @Param({"100", "1000", "10000"})
  public int n;

  Template template;
  Object tree;
  String yaml;
  String json;

  @Setup(Level.Trial)
  public void setUp() {
    template = Fixtures.build(n);
    tree = template.toTree();
    yaml = HotRenderer.yaml(template);
    json = HotRenderer.json(template);
    if (template.resources().size() != n) {
      throw new IllegalStateException(template.resources().size() + " resources, not " + n);
    }
    if (!HotReader.read(yaml, "bench.yaml").toTree().equals(tree)) {
      throw new IllegalStateException("the YAML does not read back to the same tree");
    }
  }

  @Benchmark
  public Template build() {
    return Fixtures.build(n);
  }

  @Benchmark
  public ValidationResult validate() {
    return TemplateValidator.validate(template);
  }

  @Benchmark
  public String renderYaml() {
    return HotRenderer.yaml(template);
  }

  @Benchmark
  public String renderJson() {
    return HotRenderer.json(template);
  }

  /** The budgeted path: build + validate + render YAML. */
  @Benchmark
  public void buildValidateRenderYaml(Blackhole bh) {
    Template t = Fixtures.build(n);
    bh.consume(TemplateValidator.validate(t));
    bh.consume(HotRenderer.yaml(t));
  }

  @Benchmark
  public void buildValidateRenderJson(Blackhole bh) {
    Template t = Fixtures.build(n);
    bh.consume(TemplateValidator.validate(t));
    bh.consume(HotRenderer.json(t));
  }

  @Benchmark
  public Template readYaml() {
    return HotReader.read(yaml, "bench.yaml");
  }

  /** {@code YamlReader.read}: the YAML to a tree only (the event-level fast path). */
  @Benchmark
  public Object readYamlTree() {
    return YamlReader.read(yaml, "bench.yaml");
  }

  /**
   * The same through the composer path alone (SnakeYAML's node graph, then the constructor): what
   * every read cost before the fast path, measured in the same run.
   */
  @Benchmark
  public Object readYamlTreeComposed() {
    return YamlReader.readComposed(yaml, "bench.yaml");
  }

  @Benchmark
  public Template readJson() {
    return HotReader.read(json, "bench.json");
  }

  @Benchmark
  public String jacksonYamlWrite() throws Exception {
    return YAML.writeValueAsString(tree);
  }

  @Benchmark
  public Map<?, ?> jacksonYamlRead() throws Exception {
    return YAML.readValue(yaml, Map.class);
  }

  @Benchmark
  public String jacksonJsonWrite() throws Exception {
    return JSON.writeValueAsString(tree);
  }

  @Benchmark
  public Map<?, ?> jacksonJsonRead() throws Exception {
    return JSON.readValue(json, Map.class);
  }
}
