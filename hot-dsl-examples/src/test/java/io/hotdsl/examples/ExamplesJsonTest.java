package io.hotdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.yaml.YamlWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link HotRenderer#json} writes JSON itself: for every template of every example (as a tree and
 * as a model read back from its YAML) its text is byte for byte what Jackson's two-space pretty
 * printer writes for the same tree, which is what it wrote when it went through Jackson; and
 * {@link HotRenderer#jsonCompact} writes Jackson's compact layout of the same JSON value.
 */
class ExamplesJsonTest {
  private static final ObjectWriter JACKSON = new ObjectMapper()
      .writer(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final ObjectMapper COMPACT = new ObjectMapper();

  @Test
  void everyExampleTemplateIsWrittenAsJacksonWroteIt() throws JsonProcessingException {
    int compared = 0;
    for (Example example : Examples.all()) {
      for (Map.Entry<String, Map<String, Object>> e :
          example.bundle().allTemplates().entrySet()) {
        String where = example.name() + "/" + e.getKey();
        String expected = JACKSON.writeValueAsString(e.getValue()) + "\n";
        assertThat(HotRenderer.json(e.getValue())).as(where).isEqualTo(expected);
        Template model = HotReader.read(YamlWriter.write(e.getValue()), where);
        assertThat(HotRenderer.json(model))
            .as(where)
            .isEqualTo(JACKSON.writeValueAsString(model.toTree()) + "\n");
        // compact: Jackson's default layout, and the same JSON value as the pretty text
        String compact = HotRenderer.jsonCompact(model);
        assertThat(compact).as(where).isEqualTo(COMPACT.writeValueAsString(model.toTree()));
        assertThat(COMPACT.readTree(compact))
            .as(where)
            .isEqualTo(COMPACT.readTree(HotRenderer.json(model)));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(Examples.all().size()); // child templates too
  }
}
