package io.hotdsl.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates are untrusted: what a description, a name or a file name says reaches the imported
 * Java as text. Each case is imported, compiled, run; no marker file appears, the compiled classes
 * are the generated class and its nested classes only, and the bundle written reads back as the
 * imported one.
 */
class HostileImportTest {

  /** A statement that creates {@code marker} when javac ever compiles it as code. */
  static String plant(Path marker) {
    return "try { java.nio.file.Files.createFile(java.nio.file.Path.of(\""
        + marker.toString().replace("\\", "/") + "\")); } catch (Exception e) { }";
  }

  /** YAML double-quoted scalar of {@code s}. */
  static String dq(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        default ->
          out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  record Case(String file, String yaml) {}

  static List<Case> cases(Path tmp) {
    String head = "heat_template_version: 2021-04-16\n";
    String pwnMain = "class Pwn { public static void main(String[] a) { "
        + plant(tmp.resolve("m-main")) + " } static { " + plant(tmp.resolve("m-static")) + " } }";
    return List.of(
        new Case(
            "unicode_newline.yaml",
            head + "resources:\n  r:\n    type: OS::Heat::None\n" + "    description: "
                + dq("x \\u000a " + plant(tmp.resolve("m1"))) + "\n"),
        new Case(
            "raw_cr.yaml",
            head + "resources:\n  r:\n    type: OS::Heat::None\n" + "    description: "
                + dq("x\r" + plant(tmp.resolve("m2")) + " //") + "\n"),
        new Case(
            "pwn.yaml",
            head + "description: " + dq("*\\u002f " + pwnMain + " /**") + "\n"
                + "resources:\n  r:\n    type: OS::Heat::None\n"),
        new Case(
            "name_cr.yaml",
            head + "resources:\n  " + dq("web\r" + pwnMain + " //") + ":\n    type: My::Unknown\n"),
        new Case(
            "windows.yaml",
            head + "description: 'C:\\users\\admin'\n"
                + "parameters:\n  p:\n    type: string\n    description: 'C:\\users\\admin'\n"
                + "    default: 'C:\\users\\admin'\n"
                + "resources:\n  r:\n    type: OS::Heat::Value\n    description: 'C:\\users\\admin'\n"
                + "    properties:\n      value: {get_param: p}\n"
                + "outputs:\n  o:\n    description: 'C:\\users\\admin \\uuuu0041 \\\\u0041'\n"
                + "    value: {get_attr: [r, value]}\n"),
        new Case(
            "unicode.yaml",
            head + "description: " + dq("caf\u00e9\u2028*/ \u2029x\r\n/*")
                + "\nresources:\n  " + dq("caf\u00e9*/\u2028") + ":\n    type: My::Unknown\n"
                + "    description: " + dq("\u2603\u2028" + plant(tmp.resolve("m3"))) + "\n"),
        new Case(
            "evil\rclass Pwn {} \u2028 .yaml",
            head + "resources:\n  r:\n" + "    type: OS::Heat::None\n"));
  }

  @Test
  void hostileTextStaysText(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path src = tmp.resolve("src");
    Files.createDirectories(in);
    Files.createDirectories(src);
    List<Case> cases = cases(tmp);
    List<Path> sources = new ArrayList<>();
    List<ImportResult> results = new ArrayList<>();
    for (Case c : cases) {
      Path t = in.resolve(c.file());
      Files.writeString(t, c.yaml(), StandardCharsets.UTF_8);
      ImportResult r = HotImporter.importFiles(t, List.of());
      assertThat(r.source()).as(c.file()).matches("[\\x20-\\x7e\\n]*");
      Path f = src.resolve(r.fileName());
      Files.writeString(f, r.source(), StandardCharsets.UTF_8);
      sources.add(f);
      results.add(r);
    }
    Path classes = tmp.resolve("classes");
    assertThat(Compiled.compile(sources, classes)).isNull();
    List<String> expected = results.stream().map(ImportResult::className).toList();
    try (Stream<Path> files = Files.list(classes)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(n -> expected.contains(n.replaceAll("(\\$.*)?\\.class$", "")));
    }
    for (int i = 0; i < cases.size(); i++) {
      Path out = tmp.resolve("out" + i);
      Compiled.runMain(classes, results.get(i).className(), out.toString());
      Path t = in.resolve(cases.get(i).file());
      Map<String, Object> read = Bundle.read(t, List.of()).rootTemplate();
      Map<String, Object> back =
          Bundle.read(out.resolve(t.getFileName().toString()), List.of()).rootTemplate();
      assertThat(Src.treeEquals(back, read)).as(cases.get(i).file()).isTrue();
    }
    // as the README runs it: the single-file launcher runs the first class of the file
    Compiled.launch(sources.get(2), tmp.resolve("launched").toString());
    assertThat(tmp.resolve("launched").resolve("pwn.yaml")).exists();
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("m"));
    }
  }
}
