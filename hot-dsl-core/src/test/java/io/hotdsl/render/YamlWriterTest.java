package io.hotdsl.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class YamlWriterTest {
    static List<Map<String, Object>> layoutTrees() {
        return new ArrayList<>();
    }
}
