package io.hotdsl.openstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Keystone v3: the body of a token request for a {@link CloudConfig}. */
final class Keystone {

  private Keystone() {}

  /** {@code <auth_url>/v3/auth/tokens}. */
  static String tokensUrl(CloudConfig cloud) {
    return Urls.versioned(Urls.stripSuffix(cloud.authUrl(), "/"), "/v3") + "/auth/tokens";
  }

  /**
   * The request body: application credential (unscoped, the credential fixes the project), or
   * password with the user by id or by name and domain, scoped to the project if one is given.
   */
  static String tokenRequest(CloudConfig cloud, ObjectMapper json) {
    ObjectNode body = json.createObjectNode();
    ObjectNode auth = body.putObject("auth");
    ObjectNode identity = auth.putObject("identity");
    if (cloud.usesApplicationCredential()) {
      identity.putArray("methods").add("application_credential");
      identity
          .putObject("application_credential")
          .put("id", cloud.applicationCredentialId())
          .put("secret", cloud.applicationCredentialSecret());
      return body.toString();
    }
    identity.putArray("methods").add("password");
    ObjectNode user = identity.putObject("password").putObject("user");
    if (cloud.userId() != null) {
      user.put("id", cloud.userId());
    } else {
      user.put("name", cloud.username());
      domain(user, cloud.userDomainId(), cloud.userDomainName());
    }
    user.put("password", cloud.password());
    if (cloud.projectId() != null || cloud.projectName() != null) {
      ObjectNode project = auth.putObject("scope").putObject("project");
      if (cloud.projectId() != null) {
        project.put("id", cloud.projectId());
      } else {
        project.put("name", cloud.projectName());
        domain(project, cloud.projectDomainId(), cloud.projectDomainName());
      }
    }
    return body.toString();
  }

  private static void domain(ObjectNode owner, String id, String name) {
    if (id != null) {
      owner.putObject("domain").put("id", id);
    } else {
      owner.putObject("domain").put("name", name != null ? name : "Default");
    }
  }
}
