package io.hotdsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths are spelled as the validator's messages name them. */
class YamlPathTest {

  @Test
  void keysAreJoinedWithDotsAndIndexesInBrackets() {
    YamlPath p = YamlPath.of("resources")
        .key("web")
        .key("properties")
        .key("networks")
        .index(0)
        .key("port");
    assertThat(p).hasToString("resources.web.properties.networks[0].port");
  }

  @Test
  void theRootIsEmptyAndItsFirstKeyHasNoDot() {
    assertThat(YamlPath.ROOT).hasToString("");
    assertThat(YamlPath.ROOT.key("get_param")).hasToString("get_param");
    assertThat(YamlPath.ROOT.index(2).key("x")).hasToString("[2].x");
  }
}
