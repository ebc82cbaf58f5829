package io.hotdsl.adopt;

import static io.hotdsl.adopt.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One adoption: the template being built, with what every kind of resource needs ({@link
 * CloudIndex}, {@link Inputs}, {@link References}), the warnings and the physical IDs; the
 * resources are made by {@link ComputeResources}, {@link NetworkResources}, {@link
 * SecurityGroups} and {@link StorageResources}, each through its typed classes.
 */
final class AdoptionRun {
  final CloudIndex cloud;
  final Template.Builder t = Template.builder(HotVersion.V2021_04_16);
  final List<String> warnings = new ArrayList<>();
  final Inputs inputs;
  final References refs;
  final boolean adminPasswords;
  private final boolean externalIds;
  private final String description;
  private final Map<String, String> physicalIds = new LinkedHashMap<>();
  private final Map<String, List<String>> notAdoptable = new TreeMap<>();

  AdoptionRun(
      ProjectSnapshot snapshot, boolean externalIds, boolean adminPasswords, String description) {
    this.cloud = new CloudIndex(snapshot);
    // the adopter builds Heat's own types through their generated classes: their schemas are
    // the standard catalog's (a user's catalog has nothing to add to them)
    this.inputs = new Inputs(t, cloud.zones, warnings, Catalog.standard());
    this.refs = new References(cloud, inputs);
    this.externalIds = externalIds;
    this.adminPasswords = adminPasswords;
    this.description = description;
  }

  Adoption run() {
    t.description(description != null ? description : summary());
    ComputeResources compute = new ComputeResources(this);
    NetworkResources network = new NetworkResources(this);
    StorageResources storage = new StorageResources(this);
    compute.keyPairs();
    compute.serverGroups();
    new SecurityGroups(this).all();
    network.networks();
    network.subnets();
    network.routers();
    network.ports();
    storage.volumes();
    compute.servers();
    storage.attachments();
    network.floatingIps();
    imageWarnings();
    notAdoptable.forEach((type, rs) -> warnings.add("external_id: Heat 19 cannot adopt " + type
        + " (no entity to look the ID up with); created anew: " + String.join(", ", rs)));
    return new Adoption(t.build(), warnings, physicalIds);
  }

  /**
   * Builds {@code b} (its typed {@code build()} checks the values read) into the template: the
   * resource made from the object {@code id}, with that {@code external_id} when asked and Heat
   * can adopt the type.
   */
  Resource add(Resource.Builder<?> b, String id) {
    Resource r = b.build();
    if (id != null) {
      physicalIds.put(r.name(), id);
      if (externalIds) {
        if (Adopter.NO_EXTERNAL_ID.contains(r.type())) {
          notAdoptable.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r.name());
        } else {
          r = b.externalId(id).build();
        }
      }
    }
    t.resource(r);
    return r;
  }

  private String summary() {
    StringBuilder b = new StringBuilder("Adopted by hot-dsl-adopt from what was read");
    if (cloud.s.projectId() != null) {
      b.append(" of project ").append(cloud.s.projectId());
    }
    b.append(": ");
    List<String> parts = new ArrayList<>();
    for (Kind k : Kind.values()) {
      if (!cloud.items(k).isEmpty()) {
        parts.add(
            cloud.items(k).size() + " " + k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return b.append(parts.isEmpty() ? "nothing" : String.join(", ", parts)).toString();
  }

  private void imageWarnings() {
    for (JsonNode img : cloud.items(Kind.IMAGES)) {
      String vis = text(img, "visibility", "");
      if (!"public".equals(vis) && !"community".equals(vis)) {
        warnings.add("image " + text(img, "name") + " (" + text(img, "id") + ") is " + vis
            + ": its data lives in Glance, the template only refers to it");
      }
    }
    Map<String, List<String>> members = new TreeMap<>();
    for (JsonNode m : cloud.items(Kind.IMAGE_MEMBERS)) {
      members
          .computeIfAbsent(text(m, "image_id"), k -> new ArrayList<>())
          .add(text(m, "member_id") + " (" + text(m, "status") + ")");
    }
    members.forEach((image, ms) -> warnings.add("image " + image + " is shared with "
        + String.join(", ", ms) + ": HOT has no resource for image members"));
  }
}
