package io.hotdsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.hotdsl.functions.Fn;
import io.hotdsl.render.Trees;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonWriter} writes JSON itself; its text must be byte for byte what Jackson's
 * {@code ObjectMapper} with a two-space {@code DefaultPrettyPrinter} writes for the same tree
 * (what {@link io.hotdsl.render.HotRenderer#json} wrote before), on random trees full of escapes, numbers and
 * model values. {@link TreeViewRenderingTest} compares whole templates and the corpus.
 */
class JsonWriterTest {
  private static final ObjectWriter JACKSON = new ObjectMapper()
      .writer(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  enum Colour {
    RED
  }

  static String jackson(Object tree) {
    try {
      return JACKSON.writeValueAsString(io.hotdsl.functions.Trees.toTree(tree)) + "\n";
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void randomTreesAreWrittenAsJacksonWritesThem() {
    for (int seed = 0; seed < 3_000; seed++) {
      Random r = new Random(seed);
      Object tree = r.nextInt(10) == 0
          ? Trees.randomValue(r, 0)
          : withModelValues(Trees.randomDocument(r), r);
      assertThat(JsonWriter.write(tree)).as("seed %d", seed).isEqualTo(jackson(tree));
    }
  }

  /** Adds values only the model has: small integers, floats, decimals, enums, sets, arrays, calls. */
  private static Map<String, Object> withModelValues(Map<String, Object> doc, Random r) {
    Map<String, Object> out = new LinkedHashMap<>(doc);
    Object[] extras = {
      r.nextInt(),
      (short) r.nextInt(),
      (byte) r.nextInt(),
      r.nextFloat() * 1e6f,
      Float.NaN,
      new BigDecimal(r.nextLong()).scaleByPowerOfTen(-r.nextInt(40)),
      new BigDecimal("1E+12"),
      Colour.RED,
      new LinkedHashSet<>(List.of("a", "b")),
      new Object[] {1, "two", Fn.getParam("p")},
      Fn.getAttr("r", "a", 0),
      Fn.strReplace("$x", Map.of("$x", Fn.getParam("p" + Trees.randomString(r)))),
      Fn.listJoin(",", List.of()),
      Fn.getParam("p", 0, Map.of())
    };
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.put("extra" + i, extras[r.nextInt(extras.length)]);
    }
    return out;
  }

  @Test
  void everyCharacterIsEscapedAsJacksonEscapesIt() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      all.append(c);
    }
    all.append("\ud83d\ude00 \ud800 lone \udfff surrogates \ufeff\uffff");
    List<Object> tree = new ArrayList<>();
    tree.add(all.toString());
    tree.add(Map.of(all.toString(), all.substring(0, 40)));
    for (char c = 0; c < 0x100; c++) {
      tree.add("x" + c + "y");
      tree.add(String.valueOf(c));
    }
    assertThat(JsonWriter.write(tree)).isEqualTo(jackson(tree));
  }

  @Test
  void scalarsAndEmptyCollectionsAtTheTop() {
    for (Object tree : new Object[] {
      "text",
      1L,
      -0.0,
      Double.NEGATIVE_INFINITY,
      true,
      null,
      Map.of(),
      List.of(),
      List.of(List.of(), Map.of()),
      Fn.getParam("x")
    }) {
      assertThat(JsonWriter.write(tree)).as(String.valueOf(tree)).isEqualTo(jackson(tree));
    }
    assertThat(JsonWriter.write(Map.of("a", List.of()))).isEqualTo("{\n  \"a\" : [ ]\n}\n");
  }

  @Test
  void nestingIsLimitedTo1000Levels() {
    Object deep = "leaf";
    for (int i = 0; i < 1000; i++) {
      deep = List.of(deep);
    }
    assertThat(JsonWriter.write(deep)).isEqualTo(jackson(deep));
    Object deeper = List.of(deep);
    assertThatThrownBy(() -> JsonWriter.write(deeper))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nesting deeper than 1000 levels (cyclic tree?) at " + "[0]".repeat(1000));
  }

  @Test
  void aKeyThatIsNoStringIsNamed() {
    Map<Object, Object> bad = new LinkedHashMap<>();
    bad.put(7, "x");
    assertThatThrownBy(() -> JsonWriter.write(Map.of("outer", List.of(bad))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("map key is not a String at outer[0].7: java.lang.Integer");
  }
}
