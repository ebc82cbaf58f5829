package io.hotdsl.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.functions.Fn;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.testing.Corpus;
import io.hotdsl.testing.Corpus.CorpusEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link HotRenderer#yaml(Template, Appendable)} and {@link HotRenderer#json(Template,
 * Appendable)} write exactly the text of the methods that return it, a piece at a time.
 */
class StreamingRenderTest {

  enum Format {
    YAML(HotRenderer::yaml, HotRenderer::yaml),
    JSON(HotRenderer::json, HotRenderer::json);

    final Function<Template, String> whole;
    final BiConsumer<Template, Appendable> streamed;

    Format(Function<Template, String> whole, BiConsumer<Template, Appendable> streamed) {
      this.whole = whole;
      this.streamed = streamed;
    }
  }

  /** Records the size of every piece it is handed. */
  static final class Pieces extends Writer {
    final StringBuilder text = new StringBuilder();
    final List<Integer> sizes = new ArrayList<>();

    @Override
    public void write(char[] buf, int off, int len) {
      text.append(buf, off, len);
      sizes.add(len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aLargeTemplateIsHandedOverInPiecesThatMakeTheWholeText(Format format) {
    Template template = large(3_000);
    Pieces out = new Pieces();
    format.streamed.accept(template, out);

    assertThat(out.text.toString()).isEqualTo(format.whole.apply(template));
    assertThat(out.sizes).hasSizeGreaterThan(5);
    assertThat(out.sizes.subList(0, out.sizes.size() - 1)).allMatch(n -> n >= 15 * 1024);
    assertThat(out.sizes).allMatch(n -> n <= 17 * 1024);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void anyAppendableTakesTheText(Format format) {
    Template template = large(300);
    StringBuilder sb = new StringBuilder("before\n");
    format.streamed.accept(template, sb);

    assertThat(sb.toString()).isEqualTo("before\n" + format.whole.apply(template));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aBadValueIsReportedWithItsPathAfterTheTextBeforeIt(Format format) {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    t.resource(Resource.builder("ok", "OS::Heat::None").build());
    t.resource(Resource.builder("web", "OS::Heat::Value")
        .property("value", List.of("ok", new Object()))
        .build());
    StringWriter out = new StringWriter();

    assertThatThrownBy(() -> format.streamed.accept(t.build(), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resources.web.properties.value[1]");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aFailingWriterIsReportedAsAnUncheckedIoException(Format format) {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Writer append(CharSequence csq) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> format.streamed.accept(large(10), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyCorpusTemplateStreamsItsWholeText(Format format) {
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
      StringWriter out = new StringWriter();
      format.streamed.accept(template, out);
      if (!out.toString().equals(format.whole.apply(template))) {
        different.add(row.path());
      }
    }
    assertThat(compared).isGreaterThan(50);
    assertThat(different).isEmpty();
  }

  private static Template large(int n) {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    for (int i = 0; i < n; i++) {
      t.resource(Resource.builder("r" + i, "OS::Heat::RandomString")
          .property("length", i % 64 + 1)
          .property("salt", Fn.getResource(i == 0 ? "r1" : "r" + (i - 1)))
          .metadata(java.util.Map.of("index", i, "note", "line\n\"" + i + "\"\ttab"))
          .build());
    }
    return t.build();
  }
}
