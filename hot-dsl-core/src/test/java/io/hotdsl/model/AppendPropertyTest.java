package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Resource.Builder.appendProperty}, what the generated {@code addX} methods call: the list
 * it makes is the one {@code property(key, longer list)} would store, handles resolved, nothing the
 * caller holds kept.
 */
class AppendPropertyTest {

  /** A builder whose {@code appendProperty} a test can call, as a generated builder does. */
  private static final class Adder extends Resource.Builder<Adder> {
    Adder() {
      super("web", "OS::Nova::Server");
    }

    @Override
    protected Adder self() {
      return this;
    }

    Adder add(String key, Object item) {
      return appendProperty(key, item);
    }

    @Override
    public Resource build() {
      return new Resource(this);
    }
  }

  @Test
  void appendingEqualsSettingTheLongerListAtOnce() {
    Resource port = Resource.builder("port", "OS::Neutron::Port").build();
    Parameter<String> net = Parameter.string("net").build();
    List<Object> items = List.of(
        "plain", Map.of("port", port), net, List.of(Map.of("n", net)), Fn.getResource("other"));

    Adder added = new Adder();
    for (Object item : items) {
      added.add("networks", item);
    }
    Resource byAdding = added.build();
    Resource bySetting = new Adder().property("networks", items).build();

    assertThat(byAdding.toTree()).isEqualTo(bySetting.toTree());
    assertThat(byAdding.properties().get("networks"))
        .isEqualTo(List.of(
            "plain",
            Map.of("port", Fn.getResource("port")),
            Fn.getParam("net"),
            List.of(Map.of("n", Fn.getParam("net"))),
            Fn.getResource("other")));
    Object stored = byAdding.properties().get("networks");
    assertThat(Trees.immutableCopy(stored)).isSameAs(stored);
  }

  @Test
  void anItemChangedAfterItWasAddedLeavesTheResourceAlone() {
    Map<String, Object> item = new LinkedHashMap<>(Map.of("network", "private"));
    List<Object> tags = new ArrayList<>(List.of("a"));
    item.put("tags", tags);
    Adder b = new Adder().add("networks", item);
    Resource built = b.build();

    item.put("network", "public");
    tags.add("b");
    b.add("networks", "second");

    assertThat(built.properties().get("networks"))
        .isEqualTo(List.of(Map.of("network", "private", "tags", List.of("a"))));
  }

  @Test
  void appendingToAnExpressionIsRefusedWithTheReason() {
    Adder b = new Adder().property("networks", Fn.getParam("nets"));

    assertThatThrownBy(() -> b.add("networks", "more"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the list is set to an expression");
    assertThatThrownBy(() -> b.add("tags", null)).isInstanceOf(NullPointerException.class);
  }
}
