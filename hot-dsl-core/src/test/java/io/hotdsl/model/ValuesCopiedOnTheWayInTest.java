package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Trees;
import io.hotdsl.render.HotRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a builder is given is copied: changing it after build() leaves the template alone. */
class ValuesCopiedOnTheWayInTest {

  @Test
  void aListChangedAfterBuildDoesNotChangeTheRenderedTemplate() {
    List<Object> networks = new ArrayList<>();
    Map<String, Object> first = new LinkedHashMap<>(Map.of("network", "private"));
    networks.add(first);
    Map<String, Object> metadata = new HashMap<>(Map.of("role", "web"));
    String[] tags = {"a", "b"};
    List<Object> joined = new ArrayList<>(List.of("x", "y"));
    Template.Builder t = Template.builder(HotVersion.V2021_04_16);
    t.resource(Resource.builder("web", "OS::Nova::Server")
        .property("networks", networks)
        .property("tags", tags)
        .property("name", Fn.listJoin("-", joined))
        .metadata(metadata)
        .build());
    t.output("nets", networks);
    Template template = t.build();
    String before = HotRenderer.yaml(template);

    networks.add(Map.of("network", "public"));
    first.put("network", "changed");
    metadata.put("role", "db");
    tags[0] = "z";
    joined.add("w");

    assertThat(HotRenderer.yaml(template)).isEqualTo(before);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCopiesAreUnmodifiableAndKeepOrderAndNulls() {
    List<Object> given = new ArrayList<>(Arrays.asList("a", null, Map.of("k", 1)));
    Object copy = Trees.immutableCopy(given);

    assertThat(copy).isEqualTo(given);
    assertThatThrownBy(() -> ((List<Object>) copy).add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) ((List<?>) copy).get(2)).put("k", 2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Trees.immutableCopy(copy)).isSameAs(copy);
  }

  @Test
  void functionArgumentsAreCopiedToo() {
    Map<String, Object> params = new LinkedHashMap<>(Map.of("$x", "1"));
    io.hotdsl.functions.Value<String> call = Fn.strReplace("$x", params);
    Object before = call.toTree();

    params.put("$x", "2");

    assertThat(call.toTree()).isEqualTo(before);
  }

  @Test
  void aCycleIsRefusedWithAMessage() {
    List<Object> cycle = new ArrayList<>();
    cycle.add(cycle);

    assertThatThrownBy(() -> Resource.builder("r", "OS::Heat::Value").property("value", cycle))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deeper than 1000 levels");
  }

  @Test
  void mapOfAndSetOfAreCopiedInKeyOrderOtherMapsInTheirOwn() {
    // Map.of's iteration order changes from one JVM run to the next: a template built from one
    // must still render the same bytes every time
    Map<String, Object> ofMap = Map.of("zone_b", "az-2", "zone_a", "az-1", "count", 3, "b", true);
    Map<String, Object> linked = new LinkedHashMap<>();
    linked.put("zone_b", "az-2");
    linked.put("zone_a", "az-1");

    assertThat(keys(Trees.immutableCopy(ofMap))).containsExactly("b", "count", "zone_a", "zone_b");
    assertThat(keys(Trees.immutableCopy(linked))).containsExactly("zone_b", "zone_a");
    assertThat(new ArrayList<Object>(
            (List<?>) Trees.immutableCopy(java.util.Set.of("web", "db", "app"))))
        .containsExactly("app", "db", "web");
    assertThat(new ArrayList<Object>((List<?>) Trees.immutableCopy(List.of("web", "db", "app"))))
        .containsExactly("web", "db", "app");
  }

  private static List<Object> keys(Object map) {
    return new ArrayList<Object>(((Map<?, ?>) map).keySet());
  }
}
