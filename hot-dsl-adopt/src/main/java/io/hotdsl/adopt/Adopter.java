package io.hotdsl.adopt;

import io.hotdsl.resources.cinder.VolumeAttachment;
import io.hotdsl.resources.neutron.ExtraRouteSet;
import io.hotdsl.resources.neutron.FloatingIPAssociation;
import io.hotdsl.resources.neutron.FloatingIPPortForward;
import io.hotdsl.resources.neutron.RouterInterface;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a HOT template (2021-04-16) from what was read of a project, as Flame did.
 *
 * <p>Objects read become typed resources (servers with their ports and networks, volumes and
 * attachments, security groups with rules, networks, subnets, routers with gateway and
 * interfaces, floating IPs with port forwardings, key pairs, server groups), each built with its
 * generated class ({@code Server.builder(name).image(…)}), whose checks then apply; references
 * between them become {@code get_resource}. References to things not read (an image, a flavor,
 * an external network, another project's port) become parameters with Heat's custom constraint
 * ({@code glance.image}, {@code nova.flavor}, {@code neutron.network} …) and the current value as
 * default. Secrets (admin passwords, user data) become hidden parameters without a default.
 *
 * <pre>{@code
 * Adoption a = Adopter.create().externalIds(true).adopt(ProjectSnapshot.fromDirectory(dir));
 * a.bundle(true).writeTo(out);
 * }</pre>
 */
public final class Adopter {
  /**
   * The resource types of Heat 19 that cannot adopt an {@code external_id}: their classes have no
   * {@code entity} to look the ID up with ({@code Resource._show_resource}, {@code
   * NeutronResource._show_resource}), so Heat fails validating the external resource.
   */
  public static final Set<String> NO_EXTERNAL_ID = Set.of(
      RouterInterface.TYPE,
      ExtraRouteSet.TYPE,
      FloatingIPPortForward.TYPE,
      FloatingIPAssociation.TYPE,
      VolumeAttachment.TYPE);

  private boolean externalIds;
  private boolean adminPasswords = true;
  private String description;

  private Adopter() {}

  public static Adopter create() {
    return new Adopter();
  }

  /** Emit {@code external_id} on every resource whose type Heat 19 can adopt (default false). */
  public Adopter externalIds(boolean externalIds) {
    this.externalIds = externalIds;
    return this;
  }

  /**
   * Give each server an {@code admin_pass} bound to a hidden parameter without default (default
   * true): the running server's password cannot be read, the re-created one needs a new one.
   */
  public Adopter adminPasswords(boolean adminPasswords) {
    this.adminPasswords = adminPasswords;
    return this;
  }

  /** The template's description (default: a summary of what was read). */
  public Adopter description(String description) {
    this.description = description;
    return this;
  }

  /**
   * Builds the template.
   *
   * @throws AdoptException when what was read cannot make a template: a value of the wrong
   *     shape, or one the typed classes refuse (their message names the resource and property)
   */
  public Adoption adopt(ProjectSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    try {
      return new AdoptionRun(snapshot, externalIds, adminPasswords, description).run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new AdoptException("cannot adopt what was read: " + e.getMessage(), e);
    }
  }
}
