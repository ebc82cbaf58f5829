package io.hotdsl.adopt;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One cloud of a {@code clouds.yaml}, as the OpenStack tools read it: the {@code auth} section
 * (password or application credential), {@code region_name} and {@code interface}.
 *
 * <p>{@link #load(String)} looks in {@code $OS_CLIENT_CONFIG_FILE} (or the system property of
 * that name), {@code ./clouds.yaml},
 * {@code ~/.config/openstack/clouds.yaml} and {@code /etc/openstack/clouds.yaml}, first file
 * naming the cloud wins.
 */
public record CloudConfig(
    String name,
    String authUrl,
    String username,
    String userId,
    String password,
    String projectName,
    String projectId,
    String userDomainName,
    String userDomainId,
    String projectDomainName,
    String projectDomainId,
    String applicationCredentialId,
    String applicationCredentialSecret,
    String regionName,
    String interfaceName) {

  public CloudConfig {
    Objects.requireNonNull(authUrl, "auth.auth_url");
    interfaceName = interfaceName == null ? "public" : interfaceName.replaceFirst("URL$", "");
  }

  /** Whether the cloud authenticates with an application credential. */
  public boolean usesApplicationCredential() {
    return applicationCredentialId != null;
  }

  /** The files {@link #load(String)} searches, in order. */
  public static List<Path> searchPath() {
    List<Path> files = new ArrayList<>();
    // the system property stands in for the variable where a JVM cannot set its environment
    for (String env : new String[] {System.getenv("OS_CLIENT_CONFIG_FILE"),
        System.getProperty("OS_CLIENT_CONFIG_FILE")}) {
      if (env != null && !env.isEmpty()) {
        files.add(Path.of(env));
      }
    }
    files.add(Path.of("clouds.yaml"));
    files.add(Path.of(System.getProperty("user.home"), ".config", "openstack", "clouds.yaml"));
    files.add(Path.of("/etc/openstack/clouds.yaml"));
    return files;
  }

  /** The cloud {@code name} from the first file of {@link #searchPath()} that has it. */
  public static CloudConfig load(String name) {
    return load(name, searchPath());
  }

  /** The cloud {@code name} from the first of {@code files} that has it. */
  public static CloudConfig load(String name, List<Path> files) {
    List<String> looked = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        continue;
      }
      looked.add(f.toString());
      Object tree;
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
      } catch (IOException | RuntimeException e) {
        throw new AdoptException("cannot read " + f + ": " + e.getMessage(), e);
      }
      Object clouds = tree instanceof Map<?, ?> m ? m.get("clouds") : null;
      if (clouds instanceof Map<?, ?> cs && cs.get(name) instanceof Map<?, ?> cloud) {
        return fromMap(name, cloud, f.toString());
      }
    }
    throw new AdoptException("no cloud named \"" + name + "\" in "
        + (looked.isEmpty() ? "any clouds.yaml (searched " + files + ")" : looked));
  }

  static CloudConfig fromMap(String name, Map<?, ?> cloud, String source) {
    Map<?, ?> auth = cloud.get("auth") instanceof Map<?, ?> a ? a : Map.of();
    String authUrl = str(auth, "auth_url");
    if (authUrl == null) {
      throw new AdoptException(source + ": cloud " + name + " has no auth.auth_url");
    }
    String domainName = str(auth, "domain_name");
    String domainId = str(auth, "domain_id");
    CloudConfig c = new CloudConfig(name, authUrl,
        str(auth, "username"), str(auth, "user_id"), str(auth, "password"),
        str(auth, "project_name", "tenant_name"), str(auth, "project_id", "tenant_id"),
        or(str(auth, "user_domain_name"), domainName), or(str(auth, "user_domain_id"), domainId),
        or(str(auth, "project_domain_name"), domainName),
        or(str(auth, "project_domain_id"), domainId),
        str(auth, "application_credential_id"), str(auth, "application_credential_secret"),
        str(cloud, "region_name"), str(cloud, "interface", "endpoint_type"));
    if (c.usesApplicationCredential()) {
      if (c.applicationCredentialSecret() == null) {
        throw new AdoptException(source + ": cloud " + name
            + " has application_credential_id but no application_credential_secret");
      }
    } else if ((c.username() == null && c.userId() == null) || c.password() == null) {
      throw new AdoptException(source + ": cloud " + name + " has neither username/password nor "
          + "application_credential_id/secret in auth");
    }
    return c;
  }

  private static String str(Map<?, ?> m, String... keys) {
    for (String k : keys) {
      Object v = m.get(k);
      if (v != null) {
        return v.toString();
      }
    }
    return null;
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  /** Never prints the password or the application credential's secret. */
  @Override
  public String toString() {
    return "CloudConfig{" + name + ", " + authUrl + ", "
        + (usesApplicationCredential() ? "application credential " + applicationCredentialId
            : "user " + (username != null ? username : userId))
        + ", region " + regionName + ", " + interfaceName + "}";
  }
}
