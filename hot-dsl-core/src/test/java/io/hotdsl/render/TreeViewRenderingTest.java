package io.hotdsl.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.model.DeletionPolicy;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.testing.Corpus;
import io.hotdsl.testing.Corpus.CorpusEntry;
import io.hotdsl.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link HotRenderer#yaml} writes {@link Template#treeView()}, whose resources hold model values
 * that the writer turns into tree nodes as it goes; it must write exactly what writing the full
 * tree ({@link Template#toTree()}) writes; {@link HotRenderer#json} likewise writes the view
 * exactly as Jackson writes the full tree.
 */
class TreeViewRenderingTest {

  enum Size {
    SMALL
  }

  /** A value that only knows its whole tree (the interface's default node). */
  record Wrapped(Object inner) implements Value<Object> {
    @Override
    public Object toTree() {
      return Map.of("wrapped", io.hotdsl.functions.Trees.toTree(inner));
    }
  }

  @Test
  void modelValuesRenderAsTheirTrees() {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("count", 3);
    metadata.put("short", (short) 7);
    metadata.put("ratio", 0.5f);
    metadata.put("size", Size.SMALL);
    metadata.put("tags", new LinkedHashSet<>(List.of("a", "b")));
    metadata.put("array", new Object[] {1, "two", Fn.getParam("flavor")});
    metadata.put("wrapped", new Wrapped(List.of(Fn.getParam("flavor"), 8)));
    t.resource(Resource.builder("a", "OS::Heat::None").build());
    t.resource(Resource.builder("b", "OS::Heat::Value")
        .description("every kind of value")
        .property("value", Fn.strReplace("$x-$y", Map.of("$x", flavor.get(), "$y", 2)))
        .property("type", "json")
        .metadata(metadata)
        .dependsOn("a")
        .deletionPolicy(DeletionPolicy.RETAIN)
        .updatePolicy(Map.of("max", 1))
        .build());
    t.output("v", Fn.getAttr("b", "value"));
    Template template = t.build();

    assertThat(HotRenderer.yaml(template)).isEqualTo(YamlWriter.write(template.toTree()));
    assertThat(HotRenderer.json(template)).isEqualTo(jacksonJson(template));
  }

  @Test
  void jsonKeepsNumbersAsJacksonWritesTheTree() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("int", 3);
    values.put("long", 1L << 40);
    values.put("float", 0.1f);
    values.put("double", 2.5e-8);
    values.put("nan", Double.NaN);
    values.put("big", new java.math.BigInteger("123456789012345678901234567890"));
    values.put("decimal", new java.math.BigDecimal("1.50"));
    values.put("text", "\"quoted\" \u2028 \t tab");
    values.put("nothing", null);
    values.put("empty", List.of(Map.of(), List.of()));
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    t.resource(
        Resource.builder("v", "OS::Heat::Value").property("value", values).build());
    Template template = t.build();

    assertThat(HotRenderer.json(template)).isEqualTo(jacksonJson(template));
  }

  @Test
  void largeTemplatesWrittenInChunksAreWholeAndInOrder() {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    for (int i = 0; i < 2_000; i++) {
      t.resource(Resource.builder("r" + i, "OS::Heat::RandomString")
          .property("length", i % 64 + 1)
          .property("salt", Fn.getResource(i == 0 ? "r1" : "r" + (i - 1)))
          .build());
    }
    Template template = t.build();
    String yaml = HotRenderer.yaml(template);

    assertThat(yaml.length()).isGreaterThan(100_000);
    assertThat(yaml).isEqualTo(YamlWriter.write(template.toTree()));
    assertThat(HotReader.read(yaml, "big.yaml").toTree()).isEqualTo(template.toTree());
    assertThat(HotRenderer.json(template)).isEqualTo(jacksonJson(template));
    assertThat(HotRenderer.jsonCompact(template)).isEqualTo(jacksonCompactJson(template));
    StringBuilder streamed = new StringBuilder();
    HotRenderer.jsonCompact(template, streamed);
    assertThat(streamed.toString()).isEqualTo(HotRenderer.jsonCompact(template));
  }

  @Test
  void aValueWithoutTreeIsReportedWithItsPath() {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    t.resource(Resource.builder("web", "OS::Heat::Value")
        .property("value", List.of("ok", new Object()))
        .build());
    Template template = t.build();

    assertThatThrownBy(() -> HotRenderer.yaml(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resources.web.properties.value[1]")
        .hasMessageContaining("java.lang.Object");
    assertThatThrownBy(() -> HotRenderer.json(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported value at resources.web.properties.value[1]: java.lang.Object");
    assertThatThrownBy(() -> HotRenderer.jsonCompact(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported value at resources.web.properties.value[1]: java.lang.Object");
  }

  @Test
  void everyCorpusTemplateWritesTheSameThroughTheView() {
    var corpus = Corpus.find();
    assumeTrue(corpus.isPresent(), "SKIPPED: corpus not found (set " + Corpus.ENV + ")");
    List<String> different = new ArrayList<>();
    int compared = 0;
    for (CorpusEntry row : corpus.get().templateEntries()) {
      Template template;
      try {
        template = HotReader.read(corpus.get().file(row));
      } catch (RuntimeException unreadable) {
        continue; // the reader's own tests cover templates it rejects
      }
      compared++;
      if (!HotRenderer.yaml(template).equals(YamlWriter.write(template.toTree()))
          || !HotRenderer.json(template).equals(jacksonJson(template))
          || !HotRenderer.jsonCompact(template).equals(jacksonCompactJson(template))) {
        different.add(row.path());
      }
    }
    assertThat(compared).isGreaterThan(50);
    assertThat(different).isEmpty();
  }

  /** Jackson's default (compact) layout of the full tree. */
  private static String jacksonCompactJson(Template template) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .writeValueAsString(template.toTree());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** What {@link HotRenderer#json} wrote before it wrote from the model: Jackson on the tree. */
  private static String jacksonJson(Template template) {
    try {
      var printer = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
          .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));
      return new com.fasterxml.jackson.databind.ObjectMapper()
              .writer(printer)
              .writeValueAsString(template.toTree())
          + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
