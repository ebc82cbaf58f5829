package io.hotdsl.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {
  @Test
  void defaultPackageFromGroupId() {
    assertThat(GenerateMojo.defaultPackage("com.example")).isEqualTo("com.example.hot");
    assertThat(GenerateMojo.defaultPackage("org.my-team.int")).isEqualTo("org.my_team._int.hot");
    assertThat(GenerateMojo.defaultPackage("9lives")).isEqualTo("_9lives.hot");
    assertThat(GenerateMojo.defaultPackage("")).isEqualTo("generated.hot");
  }

  static GenerateMojo mojo(Path basedir, List<ProviderTemplate> providers) {
    GenerateMojo m = new GenerateMojo();
    m.project = new MavenProject();
    m.project.setGroupId("com.example");
    m.project.setFile(basedir.resolve("pom.xml").toFile());
    m.schemaDirectory = basedir.resolve("src/main/hot/resource-types").toFile();
    m.outputDirectory = basedir.resolve("target/generated-sources/hot").toFile();
    m.resourcesOutputDirectory =
        basedir.resolve("target/generated-resources/hot").toFile();
    m.providerTemplates = providers;
    return m;
  }

  /** A provider template alone (no schema folder): its class, its schema and the source root. */
  @Test
  void generatesAProviderTemplatesClass(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("src/main/hot/templates"));
    Files.writeString(
        templates.resolve("app_server.yaml"),
        ""
            + "heat_template_version: 2021-04-16\n"
            + "parameters:\n"
            + "  flavor: {type: string, description: The flavor}\n"
            + "  count: {type: number, default: 1, constraints: [range: {min: 1}]}\n"
            + "resources:\n  r: {type: OS::Heat::None}\n"
            + "outputs:\n  ip: {value: 1.2.3.4}\n");
    GenerateMojo m = mojo(
        dir,
        List.of(new ProviderTemplate(
            "My::App::Server", new File("src/main/hot/templates/app_server.yaml"))));
    m.execute();
    Path java = dir.resolve("target/generated-sources/hot/com/example/hot/my/app/Server.java");
    assertThat(Files.readString(java))
        .contains("public Builder flavor(String flavor)")
        .contains("public Builder count(Number count)")
        .contains("public Value<Object> ip()");
    assertThat(dir.resolve(
            "target/generated-resources/hot/com/example/hot/resource-types/My__App__Server.json"))
        .exists();
    assertThat(m.project.getCompileSourceRoots())
        .contains(dir.resolve("target/generated-sources/hot").toString());
  }

  @Test
  void aProviderTemplateWithoutTypeOrFileIsNamed(@TempDir Path dir) {
    GenerateMojo m = mojo(dir, List.of(new ProviderTemplate(null, new File("x.yaml"))));
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("providerTemplates[0]: a providerTemplate needs a <type> and a <file>");
  }

  @Test
  void aMissingProviderTemplateFailsNamingTheFile(@TempDir Path dir) {
    GenerateMojo m =
        mojo(dir, List.of(new ProviderTemplate("My::App::Server", new File("missing.yaml"))));
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith(
            "hot:generate failed: cannot read provider template " + dir.resolve("missing.yaml"));
  }
}
