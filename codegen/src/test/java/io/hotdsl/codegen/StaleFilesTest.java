package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second run over fewer schemas leaves the output as a fresh run would: the classes and schema
 * copies of the removed type are gone. Nothing else is touched: hand-written code in the package,
 * generated-looking files in other packages of the output folder, files outside it, and files
 * reached through symbolic links.
 */
class StaleFilesTest {
  private static final String MARKER_FILE = "package x;\n\n@javax.annotation.processing.Generated("
      + "\"io.hotdsl.codegen.Codegen\")\nclass Old {}\n";

  private static Codegen.Result run(Path dir, String... schemas) throws IOException {
    Codegen.Builder b = Codegen.builder().basePackage("com.acme.heat");
    for (String s : schemas) {
      try (InputStream in = StaleFilesTest.class.getResourceAsStream("/schemas/" + s)) {
        b.json(in.readAllBytes(), s);
      }
    }
    return b.outputDirectory(dir.resolve("out"))
        .resourcesOutputDirectory(dir.resolve("res"))
        .build()
        .generate();
  }

  @Test
  void aRemovedTypeLeavesNoFileBehind(@TempDir Path dir) throws IOException {
    Codegen.Result first = run(dir, GoldenTest.SCHEMAS);
    assertThat(first.removed()).isZero();
    Path port = dir.resolve("out/com/acme/heat/test/net/Port.java");
    Path portJson = dir.resolve("res/com/acme/heat/resource-types/Test__Net__Port.json");
    assertThat(port).exists();
    assertThat(portJson).exists();

    Codegen.Result second = run(dir, "Test__Compute__Server.json", "Test__Legacy__Thing.json");

    assertThat(second.removed()).isEqualTo(2);
    assertThat(port).doesNotExist();
    assertThat(port.getParent()).doesNotExist(); // the emptied package folder too
    assertThat(portJson).doesNotExist();
    assertThat(dir.resolve("out/com/acme/heat/test/compute/Server.java")).exists();
    assertThat(dir.resolve("res/com/acme/heat/resource-types/Test__Compute__Server.json"))
        .exists();
    assertThat(Files.readString(dir.resolve("out/com/acme/heat/HeatResourceTypes.java")))
        .doesNotContain("Test::Net::Port");
    // a third run over the same schemas removes nothing
    assertThat(
            run(dir, "Test__Compute__Server.json", "Test__Legacy__Thing.json").removed())
        .isZero();
  }

  @Test
  void onlyCodegensOwnFilesInsideItsPackageAreRemoved(@TempDir Path dir) throws IOException {
    run(dir, GoldenTest.SCHEMAS);
    Path pkg = dir.resolve("out/com/acme/heat");
    // hand-written code in a generated package (no @Generated of codegen)
    Path handWritten = Files.writeString(
        pkg.resolve("test/net/PortHelper.java"),
        "package com.acme.heat.test.net;\n\n/** Mine. */\nclass PortHelper {}\n");
    Path notes = Files.writeString(pkg.resolve("test/net/notes.txt"), "mine\n");
    // codegen's marker, but in another package of the output folder
    Path otherPackage = Files.createDirectories(dir.resolve("out/com/acme/other"));
    Path elsewhere = Files.writeString(otherPackage.resolve("Old.java"), MARKER_FILE);
    // codegen's marker, outside the output folder, reached by links from inside the package
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path outsideFile = Files.writeString(outside.resolve("Old.java"), MARKER_FILE);
    Path fileLink = Files.createSymbolicLink(pkg.resolve("Linked.java"), outsideFile);
    Path dirLink = Files.createSymbolicLink(pkg.resolve("linked"), outside);
    // a stale JSON outside the schema folder, beside it in the resources
    Path otherJson = Files.writeString(dir.resolve("res/com/acme/heat/other.json"), "{}");

    Codegen.Result r = run(dir, "Test__Compute__Server.json");

    assertThat(r.removed()).isEqualTo(4); // Port, Thing and their two schema copies
    assertThat(pkg.resolve("test/net/Port.java")).doesNotExist();
    assertThat(pkg.resolve("test/legacy")).doesNotExist();
    for (Path kept : List.of(handWritten, notes, elsewhere, outsideFile, otherJson)) {
      assertThat(kept).as(kept.toString()).exists();
    }
    assertThat(Files.readString(outsideFile)).isEqualTo(MARKER_FILE);
    assertThat(Files.isSymbolicLink(fileLink)).isTrue();
    assertThat(Files.isSymbolicLink(dirLink)).isTrue();
  }

  @Test
  void aFolderOutsideTheOutputFolderIsRefused(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StaleFiles.removeJava(dir.resolve("out"), "../elsewhere", java.util.Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a folder inside");
  }
}
