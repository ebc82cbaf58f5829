package io.hotdsl.adopt;

import static io.hotdsl.adopt.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.functions.Value;
import io.hotdsl.resources.cinder.Volume;
import io.hotdsl.resources.cinder.VolumeAttachment;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cinder's objects through their typed classes: volumes ({@link Volume}) and their attachments
 * ({@link VolumeAttachment}), gathered from what Nova and Cinder each say is attached.
 */
final class StorageResources {
  private final AdoptionRun run;
  private final CloudIndex cloud;

  StorageResources(AdoptionRun run) {
    this.run = run;
    this.cloud = run.cloud;
  }

  void volumes() {
    for (JsonNode v : cloud.items(Kind.VOLUMES)) {
      String id = text(v, "id");
      Volume.Builder b = Volume.builder(cloud.resource("volume", id));
      String name = text(v, "name");
      if (name != null && !name.isEmpty()) {
        b.nameProperty(name);
      }
      if (text(v, "description") != null && !text(v, "description").isEmpty()) {
        b.descriptionProperty(text(v, "description"));
      }
      b.size(v.path("size").asLong(1));
      if (text(v, "volume_type") != null) {
        b.volumeType(run.inputs.reference(
            "volume_type",
            text(v, "volume_type"),
            text(v, "volume_type"),
            Volume.TYPE,
            "cinder.vtype",
            "volume type",
            "volume_type"));
      }
      Value<String> az = run.inputs.zone(text(v, "availability_zone"), "volume " + id);
      if (az != null) {
        b.availabilityZone(az);
      }
      if (v.path("metadata").size() > 0) {
        b.metadataProperty(Json.map(v, "metadata", "volume " + id));
      }
      String image = text(v.path("volume_image_metadata"), "image_id");
      if (image != null) {
        b.image(run.refs.image(image, Volume.TYPE, "image"));
      }
      if (text(v, "source_volid") != null) {
        b.sourceVolid(run.refs.volume(text(v, "source_volid"), Volume.TYPE, "source_volid"));
      }
      if (text(v, "snapshot_id") != null) {
        b.snapshotId(run.inputs.reference(
            "snapshot",
            null,
            text(v, "snapshot_id"),
            Volume.TYPE,
            "cinder.snapshot",
            "volume snapshot",
            "snapshot_id"));
      }
      run.add(b, id);
    }
  }

  /** One attachment per server and volume, with the device Cinder names when it does. */
  void attachments() {
    Map<String, String[]> pairs = new LinkedHashMap<>(); // server\0volume -> server, volume, device
    for (JsonNode v : cloud.items(Kind.SERVERS)) {
      for (JsonNode a : v.path("os-extended-volumes:volumes_attached")) {
        pair(pairs, text(v, "id"), text(a, "id"), null);
      }
    }
    for (JsonNode v : cloud.items(Kind.VOLUMES)) {
      for (JsonNode a : v.path("attachments")) {
        pair(pairs, text(a, "server_id"), text(v, "id"), text(a, "device"));
      }
    }
    for (JsonNode a : cloud.items(Kind.VOLUME_ATTACHMENTS)) {
      pair(pairs, text(a, "instance"), text(a, "volume_id"), null);
    }
    for (String[] p : pairs.values()) {
      String server = cloud.resource("server", p[0]);
      String volume = cloud.resource("volume", p[1]);
      if (server == null && volume == null) {
        run.warnings.add("volume " + p[1] + " is attached to server " + p[0]
            + ": neither was read, attachment left out");
        continue;
      }
      String base = (server != null ? server : "server_" + Names.shortId(p[0])) + "_"
          + (volume != null ? volume : "volume_" + Names.shortId(p[1]));
      VolumeAttachment.Builder b = VolumeAttachment.builder(cloud.names.fresh(base))
          .instanceUuid(run.refs.server(p[0]))
          .volumeId(run.refs.volume(p[1], VolumeAttachment.TYPE, "volume_id"));
      if (p[2] != null) {
        b.mountpoint(p[2]);
      }
      run.add(b, p[1]);
    }
  }

  private static void pair(
      Map<String, String[]> pairs, String server, String volume, String device) {
    if (server == null || volume == null) {
      return;
    }
    String[] p =
        pairs.computeIfAbsent(server + "\0" + volume, k -> new String[] {server, volume, null});
    if (device != null) {
      p[2] = device;
    }
  }
}
