package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile strings as values, names and keys: each is imported, compiled and run, and the bundle
 * it writes holds the string exactly where the template had it (the 9,000-character one, written
 * as chunks, as a value only). Java keywords name the parameter,
 * the resources and the output.
 */
class HostileStringsTest {
  static final List<String> VALUES = List.of(
      "*/",
      "/* a */ // b",
      "\\u000a",
      "\\\\u000a\\",
      "\"",
      "\"; System.exit(1); \"",
      "\\",
      "\\\\",
      "$",
      "$S $L $N $T $$ $W $> $[",
      "caf\u00e9 \u2603 \ud83d\ude00 \u2028 \u2029",
      "tab\tcr\rcrlf\r\nnul-ish\u0001 del\u007f",
      "multi\nline\n\"quoted\"\n",
      "\u00e9".repeat(9_000) + "\n*/\\u0022" + "x".repeat(100));

  /** A YAML double-quoted scalar of {@code s}: every character outside printable ASCII escaped. */
  static String dq(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c >= 0x20 && c <= 0x7e) {
        out.append((char) c);
      } else if (c > 0xffff) {
        out.append(String.format("\\U%08x", c));
      } else {
        out.append(String.format("\\u%04x", c));
      }
    });
    return out.append('"').toString();
  }

  /** The string as a name and a key: YAML keys are at most 1,024 characters. */
  static String key(String v) {
    return v.length() < 1000 ? v : "long";
  }

  static String template(String v) {
    String q = dq(v);
    String k = dq(key(v));
    return "heat_template_version: 2021-04-16\n"
        + "description: " + q + "\n"
        + "parameters:\n"
        + "  class: {type: string, default: " + q + ", description: " + q + "}\n"
        + "resources:\n"
        + "  new: {type: OS::Heat::Value, properties: {value: {get_param: class}}}\n"
        + "  public:\n"
        + "    type: OS::Heat::Value\n"
        + "    description: " + q + "\n"
        + "    properties: {value: " + q + "}\n"
        + "  " + k + ": {type: My::Unknown, properties: {" + k + ": [" + q + "]}}\n"
        + "outputs:\n"
        + "  return: {value: " + q + ", description: " + q + "}\n";
  }

  @Test
  void everyStringRendersAsWritten(@TempDir Path tmp) throws Exception {
    List<Path> sources = new ArrayList<>();
    List<Path> templates = new ArrayList<>();
    for (int i = 0; i < VALUES.size(); i++) {
      Path t = tmp.resolve("in" + i).resolve("t.yaml");
      Files.createDirectories(t.getParent());
      Files.writeString(t, template(VALUES.get(i)), StandardCharsets.UTF_8);
      assertThat(Bundle.read(t, List.of()).rootTemplate().get("description"))
          .as("the YAML of case %d", i)
          .isEqualTo(VALUES.get(i));
      ImportResult r = HotImporter.importBundle(Bundle.read(t, List.of()), "hostile.Case" + i);
      assertThat(r.source()).as("case %d", i).matches("[\\x20-\\x7e\\n]*");
      Path src = tmp.resolve("src").resolve(r.fileName());
      Files.createDirectories(src.getParent());
      Files.writeString(src, r.source(), StandardCharsets.UTF_8);
      sources.add(src);
      templates.add(t);
    }
    Path classes = tmp.resolve("classes");
    assertThat(Compiled.compile(sources, classes)).isNull();
    for (int i = 0; i < VALUES.size(); i++) {
      String v = VALUES.get(i);
      Path out = tmp.resolve("out" + i);
      Compiled.runMain(classes, "hostile.Case" + i, out.toString());
      Map<String, Object> back = Bundle.read(out.resolve("t.yaml"), List.of()).rootTemplate();
      assertThat(back.get("description")).as("case %d", i).isEqualTo(v);
      assertThat(at(back, "parameters", "class", "default")).isEqualTo(v);
      assertThat(at(back, "parameters", "class", "description")).isEqualTo(v);
      assertThat(at(back, "resources", "public", "properties", "value")).isEqualTo(v);
      assertThat(at(back, "resources", "public", "description")).isEqualTo(v);
      assertThat(at(back, "resources", key(v), "properties", key(v))).isEqualTo(List.of(v));
      assertThat(at(back, "outputs", "return", "value")).isEqualTo(v);
      assertThat(at(back, "outputs", "return", "description")).isEqualTo(v);
      assertThat(Src.treeEquals(back, Bundle.read(templates.get(i), List.of()).rootTemplate()))
          .as("case %d", i)
          .isTrue();
    }
  }

  private static Object at(Map<String, Object> tree, String... path) {
    Object node = tree;
    for (String key : path) {
      node = ((Map<?, ?>) node).get(key);
    }
    return node;
  }
}
