package io.hotdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @Test
  void schemasFolderPackageAndResourcesOut(@TempDir Path dir) throws Exception {
    Path schemas = Files.createDirectories(dir.resolve("schemas"));
    for (String s : GoldenTest.SCHEMAS) {
      try (InputStream in = getClass().getResourceAsStream("/schemas/" + s)) {
        Files.write(schemas.resolve(s), in.readAllBytes());
      }
    }
    Files.writeString(schemas.resolve("notes.json"), "{\"not\": \"a schema\"}");
    Codegen.Result r = Codegen.run(
        "--schemas",
        schemas.toString(),
        "--out",
        dir.resolve("out").toString(),
        "--package",
        "com.acme.heat",
        "--resources-out",
        dir.resolve("res").toString());
    assertThat(r.types()).isEqualTo(3);
    assertThat(r.javaFiles()).isEqualTo(4);
    assertThat(dir.resolve("out/com/acme/heat/test/compute/Server.java")).exists();
    assertThat(dir.resolve("out/com/acme/heat/HeatResourceTypes.java")).exists();
    // the builders call core's checks: nothing copied into the generated package
    assertThat(dir.resolve("out/com/acme/heat/internal")).doesNotExist();
    assertThat(dir.resolve("res/com/acme/heat/resource-types/Test__Net__Port.json"))
        .exists();
    assertThat(Files.readString(
            dir.resolve("res/META-INF/services/io.hotdsl.schema.ResourceTypeProvider")))
        .isEqualTo("com.acme.heat.HeatResourceTypes\n");
  }

  @Test
  void outIsRequired() {
    assertThatThrownBy(() -> Codegen.run("--snapshot")).hasMessage("--out is required");
    assertThatThrownBy(() -> Codegen.run("--out", "x", "--bogus"))
        .hasMessage("unknown argument --bogus");
  }
}
