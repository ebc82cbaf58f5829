package io.hotdsl.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlIndexTest {
  static final String TEXT = """
      heat_template_version: 2018-08-31
      base: &base
        flavor: m1.small
      resources:
        web:
          type: OS::Nova::Server
          properties:
            <<: *base
            image: "cirros"
            networks:
              - port: {get_resource: p}
              - {network: net, "fixed_ip": 10.0.0.1}
            name: héllo wörld 😀x
            user_data: |
              #!/bin/sh
              echo hi
      """;

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      heat_template_version                                    | 0:23-0:33
      resources.web.type                                       | 5:10-5:26
      resources.web.properties.image                           | 8:13-8:21
      resources.web.properties.networks                        | 9:6-9:14
      resources.web.properties.networks[0]                     | 10:10-11:0
      resources.web.properties.networks[0].port.get_resource   | 10:31-10:32
      resources.web.properties.networks[1].network             | 11:20-11:23
      resources.web.properties.networks[1].fixed_ip            | 11:37-11:45
      resources.web.properties.flavor                          | 2:10-2:18
      resources.web.properties.name                            | 12:12-12:27
      resources.web.properties.user_data                       | 13:6-13:15
      resources.web.properties.networks[0].port.nothing        | 10:10-10:14
      resources.web.properties.missing                         | 6:4-6:14
      nowhere                                                  | ''
      """)
  void problemRanges(String path, String expected) {
    Range r = YamlIndex.of(TEXT).problemRange(path);
    assertThat(
            r == null
                ? ""
                : r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-"
                    + r.getEnd().getLine() + ":" + r.getEnd().getCharacter())
        .isEqualTo(expected);
  }

  @Test
  void findsTheEntryAtAPosition() {
    YamlIndex index = YamlIndex.of(TEXT);
    YamlIndex.Hit key = index.at(new Position(8, 8));
    assertThat(key.entry().path()).isEqualTo("resources.web.properties.image");
    assertThat(key.onKey()).isTrue();
    YamlIndex.Hit value = index.at(new Position(8, 15));
    assertThat(value.onKey()).isFalse();
    assertThat(value.entry().scalar()).isEqualTo("cirros");
    assertThat(value.entry().inner())
        .isEqualTo(new Range(new Position(8, 14), new Position(8, 20)));
    assertThat(index.at(new Position(14, 0))).isNotNull(); // inside the literal block
    assertThat(index.at(new Position(3, 12))).isNull(); // after "resources:"
  }

  @Test
  void anAliasBombIsWalkedOnce() {
    StringBuilder b = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i < 25; i++) {
      b.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }
    YamlIndex index = YamlIndex.of(b.toString());
    int n = 0;
    for (YamlIndex.Entry e : index.entries()) {
      n++;
    }
    assertThat(n).isLessThan(200); // 2^25 paths if aliases were walked again
    assertThat(index.get("a24[1]")).isNotNull();
    assertThat(index.get("a0[1]")).isNotNull(); // under the anchor, once
    assertThat(index.get("a1[0][0]")).isNull(); // not again through the alias
  }

  @Test
  void textThatIsNotYamlHasAnEmptyIndex() {
    assertThat(YamlIndex.of("a: [b\nc: d").problemRange("a")).isNull();
    assertThat(YamlIndex.of("").problemRange("a")).isNull();
  }
}
