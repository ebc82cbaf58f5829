package io.hotdsl.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.environment.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdoptCommandLineTest {

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final AdoptCommandLine cli = new AdoptCommandLine(
      new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fromDirWritesTheBundle(@TempDir Path tmp) throws Exception {
    Path outDir = tmp.resolve("out");
    int status = cli.run(
        "adopt",
        "--from-dir",
        Samples.dir().toString(),
        "--out",
        outDir.toString(),
        "--external-ids",
        "--environment");
    assertThat(status).as(err()).isZero();
    String yaml = Files.readString(outDir.resolve(Adoption.TEMPLATE_FILE));
    assertThat(yaml)
        .startsWith("heat_template_version: '2021-04-16'")
        .contains("external_id: f5dc173b-6804-445a-a6d8-c705dad5b5eb");
    Environment env =
        EnvironmentYaml.parse(Files.readString(outDir.resolve(Adoption.ENVIRONMENT_FILE)), "env");
    assertThat(env.parameterDefaults()).containsEntry("flavor_m1_tiny", "m1.tiny");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("18 resources");
    assertThat(err())
        .contains("warning: external_id: Heat 19 cannot adopt " + "OS::Cinder::VolumeAttachment");
  }

  @Test
  void fromACloudThroughCloudsYaml(@TempDir Path tmp) throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      Path clouds = tmp.resolve("clouds.yaml");
      Files.writeString(clouds, cloud.cloudsYaml("loop"));
      System.setProperty("OS_CLIENT_CONFIG_FILE", clouds.toString());
      try {
        Path outDir = tmp.resolve("out");
        assertThat(cli.run("adopt", "--cloud", "loop", "--out", outDir.toString()))
            .as(err())
            .isZero();
        assertThat(Files.readString(outDir.resolve(Adoption.TEMPLATE_FILE)))
            .contains("web_2:", "type: OS::Nova::Server")
            .doesNotContain("s3cret-pw");
        assertThat(cloud.requests.get(0)).startsWith("POST ");
        assertThat(cloud.requests.subList(1, cloud.requests.size()))
            .allMatch(r -> r.startsWith("GET "));
      } finally {
        System.clearProperty("OS_CLIENT_CONFIG_FILE");
      }
    }
  }

  @Test
  void aFailedReadWritesNothing(@TempDir Path tmp) throws Exception {
    try (FakeCloud cloud = new FakeCloud()) {
      cloud.overrides.put("/v2.0/floatingips", ex -> new FakeCloud.Answer(500, "{}"));
      Path clouds = tmp.resolve("clouds.yaml");
      Files.writeString(clouds, cloud.cloudsYaml("loop"));
      System.setProperty("OS_CLIENT_CONFIG_FILE", clouds.toString());
      try {
        Path outDir = tmp.resolve("out");
        assertThat(cli.run("adopt", "--cloud", "loop", "--out", outDir.toString()))
            .isEqualTo(1);
        assertThat(err())
            .contains(
                "hot adopt: network GET " + cloud.base + "/network/v2.0/floatingips: HTTP 500");
        assertThat(outDir).doesNotExist();
      } finally {
        System.clearProperty("OS_CLIENT_CONFIG_FILE");
      }
    }
  }

  @Test
  void javaOutWritesHotDslSourceThroughTheImporter(@TempDir Path tmp) throws Exception {
    Path outDir = tmp.resolve("out");
    Path javaDir = tmp.resolve("java");
    assertThat(cli.run(
            "--from-dir",
            Samples.dir().toString(),
            "--out",
            outDir.toString(),
            "--java-out",
            javaDir.toString()))
        .as(err())
        .isZero();
    assertThat(outDir.resolve("adopted.yaml")).exists();
    try (var files = java.nio.file.Files.list(javaDir)) {
      java.util.List<Path> sources = files.toList();
      assertThat(sources)
          .singleElement()
          .satisfies(p -> assertThat(p.toString()).endsWith(".java"));
      assertThat(java.nio.file.Files.readString(sources.get(0)))
          .contains("Server.builder(", "public static void main(String[] args)");
    }
  }

  @Test
  void usageErrors(@TempDir Path tmp) {
    assertThat(cli.run("--out", tmp.toString())).isEqualTo(2);
    assertThat(err()).contains("give exactly one of --from-dir and --cloud", "usage: hot adopt");
    assertThat(cli.run("--from-dir", "x", "--cloud", "y", "--out", "z")).isEqualTo(2);
    assertThat(cli.run("--from-dir", Samples.dir().toString())).isEqualTo(2);
    assertThat(err()).contains("--out is required");
    assertThat(cli.run("--bogus")).isEqualTo(2);
    assertThat(cli.run(
            "--from-dir",
            tmp.resolve("missing").toString(),
            "--out",
            tmp.resolve("o").toString()))
        .isEqualTo(1);
    assertThat(err()).contains("not a directory");
    assertThat(cli.run("--help")).isZero();
  }
}
