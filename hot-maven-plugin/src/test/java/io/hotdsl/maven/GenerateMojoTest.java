package io.hotdsl.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenerateMojoTest {
  @Test
  void defaultPackageFromGroupId() {
    assertThat(GenerateMojo.defaultPackage("com.example")).isEqualTo("com.example.hot");
    assertThat(GenerateMojo.defaultPackage("org.my-team.int")).isEqualTo("org.my_team._int.hot");
    assertThat(GenerateMojo.defaultPackage("9lives")).isEqualTo("_9lives.hot");
    assertThat(GenerateMojo.defaultPackage("")).isEqualTo("generated.hot");
  }
}
