package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Trees;
import io.hotdsl.render.HotRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A resource or a parameter inside a property's value stands for its reference, and a resource
 * is a group member's definition through {@link Resource#asDefinition}.
 */
class HandlesInValuesTest {
  @Test
  void handlesAnywhereInAValueRenderAsTheirReferences() {
    Template.Builder t = Template.builder();
    Parameter<String> image = t.parameter(Parameter.string("image"));
    Parameter<Map<String, Object>> meta = t.parameter(Parameter.jsonMap("meta"));
    Parameter<List<Object>> items = t.parameter(Parameter.jsonList("items"));
    Resource group =
        t.resource(Resource.builder("group", "OS::Nova::ServerGroup").build());
    t.resource(Resource.builder("server", "OS::Nova::Server")
        .property("image", image)
        .property("metadata", meta)
        .property("scheduler_hints", Map.of("group", group))
        .property("networks", List.of(Map.of("port", Fn.getResource("p")), "plain"))
        .property("tags", items)
        .build());
    assertThat(t.build().resource("server").toTree().get("properties"))
        .isEqualTo(Map.of(
            "image", Map.of("get_param", "image"),
            "metadata", Map.of("get_param", "meta"),
            "scheduler_hints", Map.of("group", Map.of("get_resource", "group")),
            "networks", List.of(Map.of("port", Map.of("get_resource", "p")), "plain"),
            "tags", Map.of("get_param", "items")));
    assertThat(HotRenderer.yaml(t.build())).contains("""
          meta:
            type: json
          items:
            type: json
        """);
  }

  @Test
  void anOutputOfAResourceOrParameterIsItsReference() {
    Template.Builder t = Template.builder();
    Parameter<String> image = t.parameter(Parameter.string("image"));
    Resource net = t.resource(Resource.builder("net", "OS::Neutron::Net").build());
    OutputKey<String> netId = OutputKey.of("net_id");
    t.output("net", net);
    t.output("pair", List.of(net, image), "both");
    t.output(Output.of(netId, net));
    t.output(Output.of(OutputKey.of("again"), net, "the ID"));
    Map<String, Output> outputs = t.build().outputs();
    assertThat(outputs.get("net").toTree())
        .isEqualTo(Map.of("value", Map.of("get_resource", "net")));
    assertThat(outputs.get("pair").toTree())
        .isEqualTo(Map.of(
            "description",
            "both",
            "value",
            List.of(Map.of("get_resource", "net"), Map.of("get_param", "image"))));
    assertThat(outputs.get("net_id").toTree()).isEqualTo(outputs.get("net").toTree());
    assertThat(outputs.get("again").toTree())
        .isEqualTo(Map.of("description", "the ID", "value", Map.of("get_resource", "net")));
  }

  @Test
  void anOutputKeyInAnAttributePathIsItsName() {
    Resource group = Resource.builder("group", "OS::Heat::ResourceGroup").build();
    OutputKey<String> address = OutputKey.of("address");
    Object[] path = {address};
    assertThat(group.attr("outputs_list", path).toTree())
        .isEqualTo(Map.of("get_attr", List.of("group", "outputs_list", "address")));
    assertThat(path[0]).isSameAs(address);
    assertThat(group.attr("resource.0", address, 1).toTree())
        .isEqualTo(Map.of("get_attr", List.of("group", "resource.0", "address", 1L)));
  }

  @Test
  void aValueWithoutHandlesIsStoredAsBefore() {
    List<Object> cyclic = new ArrayList<>();
    cyclic.add(cyclic);
    assertThatThrownBy(() -> Resource.builder("r", "T").property("p", cyclic))
        .hasMessageContaining("deeper than 1000 levels");
  }

  @Test
  void aResourceAsADefinitionKeepsItsSectionsAndRefusesOthers() {
    Resource member = Resource.builder("member", "OS::Cinder::Volume")
        .property("size", 1)
        .metadata(Map.of("a", "b"))
        .build();
    assertThat(Trees.toTree(
            member.asDefinition("resource_def", List.of("type", "properties", "metadata"))))
        .isEqualTo(Map.of(
            "type",
            "OS::Cinder::Volume",
            "properties",
            Map.of("size", 1L),
            "metadata",
            Map.of("a", "b")));
    Resource conditional = member.toBuilder().condition("prod").build();
    assertThatThrownBy(
            () -> conditional.asDefinition("resource_def", List.of("type", "properties")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resource member as the definition in resource_def: resource_def takes only "
            + "type, properties, not metadata, condition");
  }

  @Test
  void aPropertyIsTheCopyOfItsValueWithHandlesResolvedWhereverTheyAre() {
    // property(…) copies first and resolves only a value whose copy holds a handle: for each
    // value it stores what resolving and then copying stores, handles in sets and arrays too
    Parameter<String> image = Parameter.string("image").build();
    Resource net = Resource.builder("net", "OS::Neutron::Net").build();
    Map<String, Object> nested = new java.util.LinkedHashMap<>();
    nested.put("a", List.of(1, Map.of("deep", net)));
    nested.put("b", "plain");
    List<Object> values = List.of(
        Map.of("k", "v"),
        new java.util.LinkedHashMap<>(Map.of("x", 1)),
        nested,
        List.of("a", image),
        List.of(List.of(List.of(net))),
        Map.of("one", net, "two", image, "three", 3),
        java.util.Set.of(net),
        new java.util.TreeSet<>(java.util.Set.of("b", "a")),
        new Object[] {net, "x"},
        new ArrayList<>(List.of(Map.of("port", Fn.getResource("p")))),
        net,
        image,
        7,
        true,
        HotVersion.V2021_04_16);
    for (Object value : values) {
      Object stored = Resource.builder("r", "OS::Heat::None")
          .property("p", value)
          .build()
          .properties()
          .get("p");
      Object expected = Trees.immutableCopy(Handles.resolve(value));
      assertThat(stored).as("%s", value).isEqualTo(expected);
      assertThat(String.valueOf(stored)).as("%s", value).isEqualTo(String.valueOf(expected));
    }
  }
}
