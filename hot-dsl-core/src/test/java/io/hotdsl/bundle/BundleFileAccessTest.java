package io.hotdsl.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.environment.Environment;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileAccessException.Rule;
import io.hotdsl.files.FileRoot;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The file-access policy as a hostile template meets it: {@link Bundle#read} refuses what leaves
 * its root, {@link Bundle.Builder} refuses paths that leave the bundle folder, {@link
 * Bundle#writeTo} writes only inside its folder and atomically.
 */
class BundleFileAccessTest {
  static final String SECRET = "TOP-SECRET-42";
  static final String USER_DATA = "resources.web.properties.user_data.get_file";

  @TempDir
  Path tmp;

  Path project;

  /** tmp/secret.txt, tmp/x.yaml; the template goes to tmp/a/b/c/t.yaml. */
  @BeforeEach
  void layout() throws IOException {
    Files.writeString(tmp.resolve("secret.txt"), SECRET);
    Files.writeString(
        tmp.resolve("x.yaml"),
        "heat_template_version: 2018-08-31\n" + "description: " + SECRET + "\n");
    project = Files.createDirectories(tmp.resolve("a/b/c"));
  }

  Path template(String userDataRef) throws IOException {
    Path t = project.resolve("t.yaml");
    Files.writeString(
        t,
        "heat_template_version: 2018-08-31\nresources:\n  web:\n"
            + "    type: OS::Nova::Server\n    properties:\n      user_data: {get_file: '"
            + userDataRef + "'}\n");
    return t;
  }

  static Stream<Arguments> hostileGetFiles() {
    return Stream.of(
        Arguments.of("../../../secret.txt", Rule.OUTSIDE_ROOT),
        Arguments.of("a/../../../../secret.txt", Rule.OUTSIDE_ROOT),
        Arguments.of("/etc/hostname", Rule.ABSOLUTE),
        Arguments.of("/proc/self/environ", Rule.ABSOLUTE),
        Arguments.of("link-out.txt", Rule.SYMLINK_OUTSIDE),
        Arguments.of("link-dir/secret.txt", Rule.SYMLINK_OUTSIDE),
        Arguments.of("environ", Rule.SYSTEM_FILE),
        Arguments.of("folder", Rule.NOT_REGULAR_FILE),
        Arguments.of("fifo", Rule.NOT_REGULAR_FILE));
  }

  @ParameterizedTest(name = "get_file {0}: {1}")
  @MethodSource("hostileGetFiles")
  void hostileGetFileIsRefusedNamingPathAndRule(String ref, Rule rule) throws Exception {
    Files.createSymbolicLink(project.resolve("link-out.txt"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(project.resolve("link-dir"), tmp);
    Files.createSymbolicLink(project.resolve("environ"), Path.of("/proc/self/environ"));
    Files.createDirectory(project.resolve("folder"));
    Process mkfifo = new ProcessBuilder("mkfifo", project.resolve("fifo").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Path t = template(ref);
    Set<Path> before = tree(tmp);

    assertThatThrownBy(() -> Bundle.read(t, List.of()))
        .isInstanceOfSatisfying(FileAccessException.class, e -> {
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.where()).isEqualTo("t.yaml: " + USER_DATA);
          assertThat(e.getMessage())
              .startsWith("t.yaml: " + USER_DATA + ": ")
              .contains(ref.startsWith("/") ? ref : ref.substring(ref.lastIndexOf('/') + 1))
              .contains("rule: " + rule.statement())
              .doesNotContain(SECRET);
        });
    assertThat(tree(tmp)).isEqualTo(before);
  }

  @Test
  void systemFilesAreRefusedWhateverTheRoot() throws IOException {
    String up = "../".repeat(project.getNameCount());
    Path t = template(up + "proc/self/environ");
    assertThatThrownBy(() -> Bundle.read(t, List.of(), FileRoot.of(Path.of("/"))))
        .isInstanceOfSatisfying(
            FileAccessException.class, e -> assertThat(e.rule()).isEqualTo(Rule.SYSTEM_FILE))
        .hasMessageContaining("/proc/");
  }

  @ParameterizedTest(name = "type: {0}")
  @ValueSource(strings = {"../../../x.yaml", "/etc/x.yaml", "sub/../../../../x.yaml"})
  void nestedTemplatesOutsideTheRootAreRefused(String ref) throws IOException {
    Path t = project.resolve("t.yaml");
    Files.writeString(
        t, "heat_template_version: 2018-08-31\nresources:\n  child:\n" + "    type: " + ref + "\n");
    assertThatThrownBy(() -> Bundle.read(t, List.of()))
        .isInstanceOf(FileAccessException.class)
        .hasMessageStartingWith("t.yaml: resources.child.type: " + ref + ": refused: ")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void registryFilesOutsideTheRootAreRefused() throws IOException {
    Path t = template("boot.sh");
    Files.writeString(project.resolve("boot.sh"), "#!/bin/sh\n");
    Path env = project.resolve("env.yaml");
    Files.writeString(env, "resource_registry:\n  My::X: ../../../x.yaml\n");
    assertThatThrownBy(() -> Bundle.read(t, List.of(env)))
        .isInstanceOfSatisfying(
            FileAccessException.class, e -> assertThat(e.rule()).isEqualTo(Rule.OUTSIDE_ROOT))
        .hasMessageStartingWith("env.yaml: resource_registry.My::X: ../../../x.yaml: refused: ");
    Path envOutside = tmp.resolve("env.yaml");
    Files.writeString(envOutside, "parameters: {}\n");
    assertThatThrownBy(() -> Bundle.read(t, List.of(envOutside)))
        .isInstanceOfSatisfying(
            FileAccessException.class, e -> assertThat(e.rule()).isEqualTo(Rule.OUTSIDE_ROOT))
        .hasMessageContaining("environment: " + envOutside)
        .hasMessageContaining(
            "a root wide enough for both: " + tmp.toAbsolutePath().normalize());
  }

  @Test
  void insideTheRootEverythingReadsAsBefore() throws IOException {
    Path lib = Files.createDirectories(project.resolve("lib"));
    Files.writeString(project.resolve("boot.sh"), "#!/bin/sh\necho hi\n");
    Files.writeString(project.resolve("shared.sh"), "echo shared\n");
    Files.writeString(
        lib.resolve("n.yaml"),
        "heat_template_version: 2018-08-31\nresources:\n"
            + "  c:\n    type: OS::Heat::SoftwareConfig\n    properties: {config: {get_file: ../shared.sh}}\n");
    Files.createSymbolicLink(project.resolve("link-in.sh"), project.resolve("boot.sh"));
    Path t = project.resolve("t.yaml");
    Files.writeString(
        t,
        "heat_template_version: 2018-08-31\nresources:\n"
            + "  web: {type: OS::Nova::Server, properties: {user_data: {get_file: link-in.sh}}}\n"
            + "  net: {type: lib/n.yaml}\n");
    Bundle b = Bundle.read(t, List.of());
    assertThat(b.rootPath()).isEqualTo("t.yaml");
    assertThat(b.templates().keySet()).containsExactly("t.yaml", "lib/n.yaml");
    assertThat(b.files())
        .containsExactly(
            Map.entry("link-in.sh", "#!/bin/sh\necho hi\n"),
            Map.entry("shared.sh", "echo shared\n"));
  }

  @Test
  void aWiderRootAllowsWhatTheDefaultRefuses() throws IOException {
    Path t = template("../../../secret.txt");
    Bundle b = Bundle.read(t, List.of(), FileRoot.of(tmp));
    assertThat(b.rootPath()).isEqualTo("a/b/c/t.yaml");
    assertThat(b.files()).containsExactly(Map.entry("secret.txt", SECRET));
    Path out = tmp.resolve("out");
    b.writeTo(out);
    assertThat(Bundle.read(out.resolve("a/b/c/t.yaml"), List.of(), FileRoot.of(out)))
        .isEqualTo(b);
  }

  @Test
  void aGetFileOverTheCapIsRefusedWithoutReadingIt() throws IOException {
    Path big = project.resolve("big.bin");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB that take no disk
    }
    Path t = template("big.bin");
    assertThatThrownBy(() -> Bundle.read(t, List.of()))
        .isInstanceOfSatisfying(
            FileAccessException.class, e -> assertThat(e.rule()).isEqualTo(Rule.TOO_LARGE))
        .hasMessage("t.yaml: " + USER_DATA + ": big.bin: refused: 3221225472 bytes, over the cap "
            + "of 524288 bytes (rule: " + Rule.TOO_LARGE.statement() + ")");
  }

  @Test
  void theCapIsHeatsMaxTemplateSizeAndConfigurable() throws IOException {
    Files.writeString(project.resolve("at.txt"), "x".repeat(524_288));
    Files.writeString(project.resolve("over.txt"), "x".repeat(524_289));
    assertThat(Bundle.read(template("at.txt"), List.of()).files().get("at.txt")).hasSize(524_288);
    assertThatThrownBy(() -> Bundle.read(template("over.txt"), List.of()))
        .hasMessageContaining("524289 bytes, over the cap of 524288 bytes");
    FileRoot wide = FileRoot.of(project).maxFileSize(1 << 20);
    assertThat(Bundle.read(template("over.txt"), List.of(), wide).files().get("over.txt"))
        .hasSize(524_289);
  }

  @Test
  void invalidUtf8IsRefusedNamingTheFile() throws IOException {
    Files.write(project.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, '('});
    assertThatThrownBy(() -> Bundle.read(template("bad.txt"), List.of()))
        .isInstanceOfSatisfying(
            FileAccessException.class, e -> assertThat(e.rule()).isEqualTo(Rule.NOT_UTF8))
        .hasMessageStartingWith("t.yaml: " + USER_DATA + ": bad.txt: refused: not UTF-8 text");
  }

  @ParameterizedTest(name = "bundle path ''{0}''")
  @ValueSource(
      strings = {
        "../../x.yaml",
        "../y",
        "a/../../y",
        "/etc/passwd",
        "..",
        "a/..",
        "",
        "./",
        "http://example.com/x.yaml",
        "a\0b",
        "a\\..\\..\\x.yaml",
        "sub\\x.yaml"
      })
  void builderRefusesPathsOutsideTheBundleFolder(String path) {
    Map<String, Object> tree = Map.of("heat_template_version", "2018-08-31");
    List<Runnable> uses = List.of(
        () -> Bundle.builder(path, tree),
        () -> Bundle.builder("t.yaml", tree).file(path, "x"),
        () -> Bundle.builder("t.yaml", tree).template(path, tree),
        () -> Bundle.builder("t.yaml", tree)
            .environment(path, Environment.builder().build()));
    for (Runnable use : uses) {
      assertThatThrownBy(use::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("bundle path " + path + " is refused")
          .hasMessageContaining("stay inside it");
    }
  }

  @Test
  void validatorReportsReferencesOutsideTheBundleFolder() {
    Map<String, Object> tree = Map.of(
        "heat_template_version",
        "2018-08-31",
        "resources",
        Map.of("up", Map.of("type", "../x.yaml"), "abs", Map.of("type", "/etc/x.yaml")));
    Bundle b = Bundle.builder("t.yaml", tree).build();
    assertThat(BundleValidator.validate(b).errors())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder(
            "t.yaml: resources.up.type: refers to ../x.yaml, outside the bundle folder (bundle "
                + "paths stay inside it)",
            "t.yaml: resources.abs.type: refers to /etc/x.yaml, outside the bundle folder (bundle "
                + "paths stay inside it)");
  }

  @Test
  void childTemplatesOutsideTheBundleFolderAreRefused() {
    assertThatThrownBy(() -> ChildTemplate.nested("../../x.yaml", SampleBundles.networkTemplate()))
        .hasMessageContaining("bundle path ../../x.yaml is refused");
  }

  @Test
  void writeToWritesOnlyInsideItsFolder() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("x.yaml"), "precious\n");
    Bundle bundle = SampleBundles.app();
    Set<Path> before = tree(tmp);
    List<Path> written = bundle.writeTo(out);
    Set<Path> added = tree(tmp);
    added.removeAll(before);
    assertThat(added).allMatch(p -> p.startsWith(out)).containsAll(written);
    assertThat(written).hasSize(6);
    // a sub-folder that is a link to elsewhere: refused, nothing lands there
    Files.createSymbolicLink(out.resolve("lib2"), elsewhere);
    Bundle linked = Bundle.builder("root.yaml", bundle.rootTemplate())
        .file("lib2/x.yaml", "hostile\n")
        .build();
    assertThatThrownBy(() -> linked.writeTo(out))
        .isInstanceOfSatisfying(
            FileAccessException.class, e -> assertThat(e.rule()).isEqualTo(Rule.SYMLINK_OUTSIDE))
        .hasMessageContaining("lib2/x.yaml");
    assertThat(Files.readString(elsewhere.resolve("x.yaml"))).isEqualTo("precious\n");
    // a file that is a link to elsewhere: the link is replaced, its target is left alone
    Files.createSymbolicLink(out.resolve("over.yaml"), elsewhere.resolve("x.yaml"));
    Bundle.builder("root.yaml", bundle.rootTemplate())
        .file("over.yaml", "new\n")
        .build()
        .writeTo(out);
    assertThat(Files.readString(elsewhere.resolve("x.yaml"))).isEqualTo("precious\n");
    assertThat(Files.isSymbolicLink(out.resolve("over.yaml"))).isFalse();
    assertThat(Files.readString(out.resolve("over.yaml"))).isEqualTo("new\n");
  }

  /**
   * A write cut short by the file size limit ({@code ulimit -f}, which binds root too) leaves the
   * previous file whole: the new bytes went to a temporary file that is never moved into place.
   */
  @Test
  void aFailedWriteLeavesThePreviousFileIntact() throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "SKIPPED: no /bin/bash for ulimit");
    Path out = Files.createDirectories(tmp.resolve("out"));
    String good = "heat_template_version: 2018-08-31\ndescription: good\n";
    Files.writeString(out.resolve("root.yaml"), good);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(
            bash.toString(),
            "-c",
            "ulimit -f 4; exec \"$0\" -XX:-UsePerfData -Xshare:auto -cp \"$1\" \"$2\" \"$3\"",
            java,
            System.getProperty("java.class.path"),
            BigWrite.class.getName(),
            out.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isNotZero();
    assertThat(Files.readString(out.resolve("root.yaml"))).isEqualTo(good);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("root.yaml");
    }
  }

  /** Writes a 64 KiB template to {@code args[0]} (run under {@code ulimit -f 4}). */
  static final class BigWrite {
    public static void main(String[] args) {
      Bundle.builder(
              "root.yaml",
              Map.of("heat_template_version", "2018-08-31", "description", "x".repeat(64 * 1024)))
          .build()
          .writeTo(Path.of(args[0]));
    }
  }

  static Set<Path> tree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return new TreeSet<>(s.toList());
    }
  }
}
