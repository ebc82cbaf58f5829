package io.hotdsl.openstack;

import io.hotdsl.openstack.OpenStackException.Reason;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One cloud as the OpenStack tools configure it: the {@code auth} section of a
 * {@code clouds.yaml} entry (password or application credential), {@code region_name} and
 * {@code interface}, or the same from {@code OS_*} variables.
 *
 * <p>{@link #resolve} picks the cloud as openstacksdk does: {@code --os-cloud NAME}, else
 * {@code $OS_CLOUD}, else the {@code OS_*} variables ({@code OS_AUTH_URL} …). Named clouds are
 * looked up in {@code $OS_CLIENT_CONFIG_FILE} (or the system property of that name),
 * {@code ./clouds.yaml}, {@code ~/.config/openstack/clouds.yaml} and
 * {@code /etc/openstack/clouds.yaml}; the first file naming the cloud wins.
 * {@link #toString()} shows no secret.
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

  /** The name {@link #fromEnvironment} gives the cloud, as openstacksdk does. */
  public static final String ENVIRONMENT_CLOUD = "envvars";

  public CloudConfig {
    Objects.requireNonNull(authUrl, "auth.auth_url");
    interfaceName = interfaceName == null ? "public" : interfaceName.replaceFirst("URL$", "");
  }

  /** Whether the cloud authenticates with an application credential. */
  public boolean usesApplicationCredential() {
    return applicationCredentialId != null;
  }

  /** The secret values of this configuration, for a {@link Redactor}. */
  List<String> secrets() {
    List<String> s = new ArrayList<>();
    s.add(password);
    s.add(applicationCredentialSecret);
    s.add(Urls.userInfoPassword(authUrl));
    s.removeIf(Objects::isNull);
    return s;
  }

  /**
   * The cloud to use: {@code osCloud} (the {@code --os-cloud} option) if given, else
   * {@code OS_CLOUD} of {@code env}, else the {@code OS_*} variables of {@code env}.
   */
  public static CloudConfig resolve(String osCloud, Map<String, String> env) {
    if (osCloud != null) {
      return load(osCloud, searchPath(env));
    }
    String named = env.get("OS_CLOUD");
    if (named != null && !named.isEmpty()) {
      return load(named, searchPath(env));
    }
    if (env.get("OS_AUTH_URL") != null) {
      return fromEnvironment(env);
    }
    throw new OpenStackException(
        Reason.CONFIG,
        "no cloud given: name one of clouds.yaml "
            + "(--os-cloud NAME or OS_CLOUD) or set OS_AUTH_URL and the other OS_* variables");
  }

  /**
   * The cloud of the {@code OS_*} variables: {@code OS_AUTH_URL}, {@code OS_USERNAME} or
   * {@code OS_USER_ID}, {@code OS_PASSWORD}, {@code OS_PROJECT_NAME} / {@code OS_PROJECT_ID}
   * ({@code OS_TENANT_*}), {@code OS_USER_DOMAIN_*}, {@code OS_PROJECT_DOMAIN_*},
   * {@code OS_DOMAIN_*}, {@code OS_APPLICATION_CREDENTIAL_ID} / {@code _SECRET},
   * {@code OS_REGION_NAME}, {@code OS_INTERFACE} ({@code OS_ENDPOINT_TYPE}).
   */
  public static CloudConfig fromEnvironment(Map<String, String> env) {
    Map<String, Object> auth = new LinkedHashMap<>();
    Map<String, Object> cloud = new LinkedHashMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith("OS_") && v != null && !v.isEmpty()) {
        String key = k.substring(3).toLowerCase(Locale.ROOT);
        if (key.equals("region_name") || key.equals("interface") || key.equals("endpoint_type")) {
          cloud.put(key, v);
        } else {
          auth.put(key, v);
        }
      }
    });
    cloud.put("auth", auth);
    return fromMap(ENVIRONMENT_CLOUD, cloud, "the OS_* environment variables");
  }

  /** The files {@link #load(String)} searches, in order, for the process environment. */
  public static List<Path> searchPath() {
    return searchPath(System.getenv());
  }

  static List<Path> searchPath(Map<String, String> env) {
    List<Path> files = new ArrayList<>();
    // the system property stands in for the variable where a JVM cannot set its environment
    for (String f :
        new String[] {env.get("OS_CLIENT_CONFIG_FILE"), System.getProperty("OS_CLIENT_CONFIG_FILE")
        }) {
      if (f != null && !f.isEmpty()) {
        files.add(Path.of(f));
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
      Object clouds = read(f) instanceof Map<?, ?> m ? m.get("clouds") : null;
      if (clouds instanceof Map<?, ?> cs && cs.get(name) instanceof Map<?, ?> cloud) {
        return fromMap(name, cloud, f.toString());
      }
    }
    throw new OpenStackException(
        Reason.CONFIG,
        "no cloud named \"" + name + "\" in "
            + (looked.isEmpty() ? "any clouds.yaml (searched " + files + ")" : looked));
  }

  /** The YAML of {@code f}; a syntax error names the line, never the text (it may be a secret). */
  private static Object read(Path f) {
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      throw new OpenStackException(
          Reason.CONFIG,
          f + (m == null ? "" : ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
              + ": error: not valid YAML (" + e.getProblem() + ")");
    } catch (IOException | RuntimeException e) {
      throw new OpenStackException(
          Reason.CONFIG, "cannot read " + f + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  static CloudConfig fromMap(String name, Map<?, ?> cloud, String source) {
    Map<?, ?> auth = cloud.get("auth") instanceof Map<?, ?> a ? a : Map.of();
    String authUrl = str(auth, "auth_url");
    if (authUrl == null) {
      throw new OpenStackException(
          Reason.CONFIG, source + ": cloud " + name + " has no auth.auth_url");
    }
    String domainName = str(auth, "domain_name");
    String domainId = str(auth, "domain_id");
    CloudConfig c = new CloudConfig(
        name,
        authUrl,
        str(auth, "username"),
        str(auth, "user_id"),
        str(auth, "password"),
        str(auth, "project_name", "tenant_name"),
        str(auth, "project_id", "tenant_id"),
        or(str(auth, "user_domain_name"), domainName),
        or(str(auth, "user_domain_id"), domainId),
        or(str(auth, "project_domain_name"), domainName),
        or(str(auth, "project_domain_id"), domainId),
        str(auth, "application_credential_id"),
        str(auth, "application_credential_secret"),
        str(cloud, "region_name"),
        str(cloud, "interface", "endpoint_type"));
    if (c.usesApplicationCredential()) {
      if (c.applicationCredentialSecret() == null) {
        throw new OpenStackException(
            Reason.CONFIG,
            source + ": cloud " + name
                + " has application_credential_id but no application_credential_secret");
      }
    } else if ((c.username() == null && c.userId() == null) || c.password() == null) {
      throw new OpenStackException(
          Reason.CONFIG,
          source + ": cloud " + name
              + " has neither username/password nor application_credential_id/secret in auth");
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

  /** Never shows the password, the application credential's secret or URL user information. */
  @Override
  public String toString() {
    return "CloudConfig{" + name + ", " + Redactor.none().redact(authUrl) + ", "
        + (usesApplicationCredential()
            ? "application credential " + applicationCredentialId
            : "user " + (username != null ? username : userId))
        + ", region " + regionName + ", " + interfaceName + "}";
  }
}
