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
 * model values; its compact text likewise what Jackson's default layout writes.
 * {@code TreeViewRenderingTest} compares whole templates and the corpus.
 */
class JsonWriterTest {
  private static final ObjectWriter JACKSON = new ObjectMapper()
      .writer(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  enum Colour {
    RED
  }

  private static final ObjectMapper COMPACT = new ObjectMapper();

  /** What Jackson's default (compact) layout writes for the tree: no whitespace, no newline. */
  static String jacksonCompact(Object tree) {
    try {
      return COMPACT.writeValueAsString(io.hotdsl.functions.Trees.toTree(tree));
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
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
      assertThat(JsonWriter.writeCompact(tree)).as("seed %d", seed).isEqualTo(jacksonCompact(tree));
    }
  }

  /** Compact and pretty hold the same JSON value: parsed, they are one tree. */
  @Test
  void compactAndPrettyTextParseToTheSameTree() throws JsonProcessingException {
    for (int seed = 0; seed < 500; seed++) {
      Random r = new Random(seed);
      Object tree = withModelValues(Trees.randomDocument(r), r);
      String compact = JsonWriter.writeCompact(tree);
      assertThat(compact).as("seed %d", seed).doesNotContain("\n", "\r");
      assertThat(COMPACT.readTree(compact))
          .as("seed %d", seed)
          .isEqualTo(COMPACT.readTree(JsonWriter.write(tree)));
    }
  }

  /**
   * Strings no layout may bend: control characters, the line and paragraph separators (which
   * JavaScript once took for line breaks), surrogate pairs and lone surrogates, quotes and
   * backslashes, in keys and in values; and numbers beyond {@code long} and {@code double}.
   */
  @Test
  void hostileValuesAreTheSameValueInBothLayouts() throws JsonProcessingException {
    List<Object> hostile = List.of(
        "\u0000\u0001\u001f\u007f",
        "line\u2028separator\u2029paragraph",
        "\ud83d\ude00 pair, lone \ud800 and \udfff",
        "\"quoted\" \\ back\\slash \t\r\n\b\f",
        "</script><!--",
        new java.math.BigInteger("123456789012345678901234567890"),
        new BigDecimal("-1.000000000000000000000000000001E+400"),
        Long.MIN_VALUE,
        Double.MAX_VALUE,
        4.9E-324,
        -0.0);
    for (Object v : hostile) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put(String.valueOf(v), v);
      tree.put("list", List.of(v, Map.of("k", v)));
      String compact = JsonWriter.writeCompact(tree);
      assertThat(compact).as(String.valueOf(v)).isEqualTo(jacksonCompact(tree));
      assertThat(COMPACT.readTree(compact))
          .as(String.valueOf(v))
          .isEqualTo(COMPACT.readTree(JsonWriter.write(tree)));
      StringBuilder streamed = new StringBuilder();
      JsonWriter.writeCompact(tree, streamed);
      assertThat(streamed.toString()).isEqualTo(compact);
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
    assertThat(JsonWriter.writeCompact(tree)).isEqualTo(jacksonCompact(tree));
  }

  /**
   * Texts of several 16 KiB buffers (streamed) or of a buffer grown several times (whole): escapes,
   * characters above U+00FF (which the buffer keeps aside) and strings longer than a buffer fall
   * on every side of a buffer's end, in keys (the
   * same key again and again, and keys that differ in one character) and values; whole, streamed
   * and compact, each is what Jackson writes.
   */
  @Test
  void textsOfManyBuffersWithEscapesAndWideCharactersAnywhere() {
    String[] pieces = {
      "a",
      "\u00e9",
      "\u00ff",
      "\u0100",
      "\u4e2d",
      "\ud83d\ude00",
      "\ud800",
      "\n",
      "\"",
      "\\",
      "\u0001",
      "key",
      "\u2028"
    };
    for (int seed = 0; seed < 40; seed++) {
      Random r = new Random(seed);
      List<Object> tree = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      int total = 0;
      while (total < 40_000 + seed * 1_000) {
        StringBuilder s = new StringBuilder();
        int length = r.nextInt(10) == 0 ? r.nextInt(20_000) : r.nextInt(40);
        boolean plain = r.nextBoolean();
        for (int i = 0; i < length; i++) {
          s.append(plain && r.nextInt(50) != 0 ? "x" : pieces[r.nextInt(pieces.length)]);
        }
        total += s.length();
        if (keys.size() < 8 || r.nextInt(4) == 0) {
          keys.add(s.length() > 100 ? s.substring(0, 100) : s.toString());
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(keys.get(r.nextInt(keys.size())), s.toString());
        entry.put(keys.get(r.nextInt(keys.size())) + pieces[r.nextInt(pieces.length)], total);
        tree.add(r.nextBoolean() ? entry : s.toString());
      }
      String compact = JsonWriter.writeCompact(tree);
      assertThat(compact).as("seed %d", seed).isEqualTo(jacksonCompact(tree));
      assertThat(JsonWriter.write(tree)).as("seed %d", seed).isEqualTo(jackson(tree));
      StringBuilder streamed = new StringBuilder();
      JsonWriter.writeCompact(tree, streamed);
      assertThat(streamed.toString()).as("seed %d", seed).isEqualTo(compact);
    }
  }

  /**
   * A whole text is written into the thread's buffer of its last whole text: texts long and short,
   * with escapes and characters above U+00FF or without, one after another in every order, each
   * only what Jackson writes for it (nothing left of a longer text before it, no wide character of
   * another text), compact and pretty sharing the buffer.
   */
  @Test
  void textsAfterLongerAndShorterTextsAreTheirOwn() {
    Random r = new Random(21);
    List<Object> trees = new ArrayList<>();
    for (int length : new int[] {0, 3, 50_000, 10, 200_000, 1, 20_000}) {
      List<Object> tree = new ArrayList<>();
      StringBuilder s = new StringBuilder();
      StringBuilder piece = new StringBuilder();
      while (s.length() < length) {
        int c = r.nextInt(8) == 0 ? r.nextInt(0x3000) : 'a' + r.nextInt(26);
        s.append((char) c);
        piece.append((char) c);
        if (r.nextInt(30) == 0) {
          tree.add(Map.of(piece.toString(), List.of(s.length(), piece.toString())));
          piece.setLength(0);
        }
      }
      tree.add(s.toString());
      trees.add(tree);
    }
    for (int round = 0; round < 3; round++) {
      for (Object tree : trees) {
        assertThat(JsonWriter.writeCompact(tree)).isEqualTo(jacksonCompact(tree));
        assertThat(JsonWriter.write(tree)).isEqualTo(jackson(tree));
      }
      java.util.Collections.shuffle(trees, r);
    }
  }

  /**
   * A model value whose node is made by writing another text (on the same thread, while the outer
   * text is being written) leaves the outer text as it was: each text has its own buffer.
   */
  @Test
  void aTextWrittenWhileAnotherIsBeingWrittenLeavesItAlone() {
    String inner = "\u00e9\n\"" + "inner ".repeat(5_000) + "\u4e2d";
    io.hotdsl.functions.Value<String> writesJson =
        () -> JsonWriter.writeCompact(Map.of("k", inner)) + JsonWriter.write(List.of(inner));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("before", "outer ".repeat(3_000) + "\u0100");
    outer.put("value", writesJson);
    outer.put("after", List.of("\u00ff", 7L, "outer ".repeat(4_000)));
    Map<String, Object> tree = new LinkedHashMap<>(outer);
    tree.put("value", writesJson.toTree());
    String compact = JsonWriter.writeCompact(outer);
    assertThat(compact).isEqualTo(jacksonCompact(tree));
    assertThat(JsonWriter.write(outer)).isEqualTo(jackson(tree));
    assertThat(JsonWriter.writeCompact(outer)).isEqualTo(compact);
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
      assertThat(JsonWriter.writeCompact(tree))
          .as(String.valueOf(tree))
          .isEqualTo(jacksonCompact(tree));
    }
    assertThat(JsonWriter.write(Map.of("a", List.of()))).isEqualTo("{\n  \"a\" : [ ]\n}\n");
    assertThat(JsonWriter.writeCompact(Map.of("a", List.of(Map.of(), List.of(1L, "x")))))
        .isEqualTo("{\"a\":[{},[1,\"x\"]]}");
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
