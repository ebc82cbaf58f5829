package io.hotdsl.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Fn;
import io.hotdsl.model.Parameter;
import io.hotdsl.resources.nova.Server;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerTest {
  @Test
  void aMapGivenToANestedValueBuilderAndChangedLaterLeavesTheBuiltValueAlone() {
    Map<String, Object> extra = new java.util.LinkedHashMap<>(Map.of("admin_state_up", true));
    List<Object> ips = new java.util.ArrayList<>(List.of("10.0.0.5"));
    extra.put("allowed_address_pairs", ips);
    Server.Network network =
        Server.Network.builder().port("p1").portExtraProperties(extra).build();
    Server web = Server.builder("web").flavor("m1.small").addNetwork(network).build();
    Object before = web.toTree();

    extra.put("admin_state_up", false);
    ips.add("10.0.0.6");

    assertThat(web.toTree()).isEqualTo(before);
    assertThat(network.values().get("port_extra_properties"))
        .isEqualTo(Map.of("admin_state_up", true, "allowed_address_pairs", List.of("10.0.0.5")));
  }

  @Test
  void networksBlockDevicesAndEnums() {
    Parameter<String> flavor = Parameter.string("flavor").build();
    Server web = Server.builder("web")
        .flavor(flavor.get())
        .image("cirros")
        .nameProperty("web-1")
        .diskConfig(Server.DiskConfig.MANUAL)
        .addNetwork(Server.Network.builder().network("private").build())
        .addNetwork(Server.Network.builder().port(Fn.getResource("port")).build())
        .addBlockDeviceMappingV2(Server.BlockDeviceMappingV2.builder()
            .volumeId("vol-1")
            .bootIndex(0)
            .deviceType(Server.DeviceType.DISK)
            .deleteOnTermination(true)
            .build())
        .metadataProperty(Map.of("role", "web"))
        .addTag("a")
        .build();
    assertThat(web.toTree())
        .isEqualTo(Map.of(
            "type",
            "OS::Nova::Server",
            "properties",
            Map.of(
                "flavor", Map.of("get_param", "flavor"),
                "image", "cirros",
                "name", "web-1",
                "diskConfig", "MANUAL",
                "networks",
                    List.of(
                        Map.of("network", "private"),
                        Map.of("port", Map.of("get_resource", "port"))),
                "block_device_mapping_v2",
                    List.of(Map.of(
                        "volume_id",
                        "vol-1",
                        "boot_index",
                        0L,
                        "device_type",
                        "disk",
                        "delete_on_termination",
                        true)),
                "metadata", Map.of("role", "web"),
                "tags", List.of("a"))));
    // Heat 19 has no first_address attribute any more: networks/addresses replace it
    assertThat(web.accessIPv4().toTree())
        .isEqualTo(Map.of("get_attr", List.of("web", "accessIPv4")));
    assertThat(web.networks("private", 0).toTree())
        .isEqualTo(Map.of("get_attr", List.of("web", "networks", "private", 0L)));
    assertThat(web.nameAttr().toTree()).isEqualTo(Map.of("get_attr", List.of("web", "name")));
    assertThat(web.name()).isEqualTo("web");
    assertThat(web.schema()).isPresent();
  }

  @Test
  void requiredFlavorMissing() {
    assertThatThrownBy(() -> Server.builder("web").image("cirros").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resource web (OS::Nova::Server): required property \"flavor\" is not set");
  }

  @Test
  void enumStringOverloadIsCheckedWithHeatsWording() {
    assertThatThrownBy(
            () -> Server.builder("web").flavor("m1").diskConfig("auto").build())
        .hasMessage("resource web (OS::Nova::Server): property \"diskConfig\": \"auto\" is not an"
            + " allowed value [\"AUTO\", \"MANUAL\"]");
    assertThat(Server.builder("web").flavor("m1").diskConfig("AUTO").build().properties())
        .containsEntry("diskConfig", "AUTO");
  }

  @Test
  void nestedRequiredKeysAndExpressionsAreNotChecked() {
    assertThat(Server.builder("web")
            .flavor("m1")
            .diskConfig(Fn.getParam("disk_config"))
            .build()
            .properties())
        .containsKey("diskConfig");
    assertThatThrownBy(() -> Server.builder("web")
            .flavor("m1")
            .blockDeviceMappingV2(Fn.getParam("bdm"))
            .addBlockDeviceMappingV2(Server.BlockDeviceMappingV2.builder().build()))
        .isInstanceOf(IllegalStateException.class);
  }
}
