package io.hotdsl.cloudinit;

import io.hotdsl.functions.Literal;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed cloud-init {@code #cloud-config} document: an immutable value built with {@link
 * #builder()}.
 *
 * <pre>{@code
 * CloudConfig config = CloudConfig.builder()
 *     .packageUpdate(true)
 *     .packages("apache2", "htop")
 *     .mount("xvdc", "/var/www")
 *     .writeFile(WriteFile.builder("/var/www/html/index.html").content(page.get()).build())
 *     .runcmd(List.of("systemctl", "restart", "apache2"))
 *     .build();
 * t.resource(Server.builder("web")
 *     .userDataFormat(Server.UserDataFormat.RAW)
 *     .userData(config.userData(t, "web_config"))
 *     ...
 * }</pre>
 *
 * <h2>Values cloud-init receives exactly</h2>
 *
 * <p>Any value may be a {@link Value} (a {@code get_param}, a {@code get_attr}, a {@code
 * str_replace}…), and cloud-init receives exactly the string (or list, or map) Heat resolves it
 * to, whatever it holds: line breaks, quotes, {@code ": "}, {@code #}, a leading {@code [}, {@code
 * *} or {@code !}, trailing spaces, any Unicode. A config with such values is never spliced into
 * text: {@link #userData(Template.Builder, String)} adds an {@code OS::Heat::CloudConfig}
 * resource whose {@code cloud_config} map holds the functions, and the server's user data is its
 * {@code get_resource}. Heat resolves the functions first and then writes the map itself ({@code
 * heat/engine/resources/openstack/heat/cloud_config.py}: {@code yaml.dump(properties, Dumper=
 * template_format.yaml_dumper)}, a {@code SafeDumper}), so every value is quoted by the same
 * PyYAML that cloud-init reads it with; {@code OS::Nova::Server} with {@code user_data_format:
 * RAW} (or {@code SOFTWARE_CONFIG}) then sends the stored text as it is ({@code server.py}: a
 * user data that is a config id is replaced by that config).
 *
 * <p>The other ways were rejected, from Heat's code ({@code heat/engine/hot/functions.py}):
 * {@code str_replace} substitutes a string value as raw text, so a placeholder in YAML breaks on
 * a line break, a quote or {@code ": "} and no quoting of the template can hold an arbitrary
 * string; it writes a list or map value as {@code json.dumps} text, which YAML reads back wrong
 * (characters beyond U+FFFF become two lone surrogates, {@code 1e+20} becomes a string); and HOT
 * has no base64 or YAML-quoting function to encode a value before substitution.
 *
 * <p>A config without functions renders to plain text ({@link #render()}, {@link #userData()}),
 * written so that PyYAML reads back every string exactly.
 *
 * <p>Keys are written in the order they were first set; {@link Builder#set} reaches any cloud-init
 * module the builder has no method for.
 */
public final class CloudConfig {
  /** The first line cloud-init looks for. */
  public static final String HEADER = "#cloud-config";

  private final Map<String, Object> entries;

  private CloudConfig(Map<String, Object> entries) {
    this.entries = Collections.unmodifiableMap(deepCopy(entries));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The top-level keys and their model values (may hold {@link Value}s). */
  public Map<String, Object> entries() {
    return entries;
  }

  /** The value of a top-level key, or null. */
  public Object get(String key) {
    return entries.get(key);
  }

  /** A builder holding this config's content. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entries.putAll(deepCopy(entries));
    return b;
  }

  /**
   * The config as a HOT tree: functions rendered as {@code {get_param: …}} maps, as the {@code
   * cloud_config} property of {@code OS::Heat::CloudConfig} takes it.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> toTree() {
    return (Map<String, Object>) Trees.toTree(entries);
  }

  /** Whether the config holds no function (it is the same text whatever the stack). */
  public boolean isLiteral() {
    return firstFunction(entries) == null;
  }

  /**
   * The user-data text: {@code #cloud-config}, a newline and the YAML document.
   *
   * @throws IllegalStateException if the config holds functions; use {@link
   *     #userData(Template.Builder, String)}
   */
  public String render() {
    requireLiteral();
    return HEADER + "\n" + YamlWriter.write(Trees.toTree(entries));
  }

  /**
   * The text of a config without functions, as a value for a server's {@code user_data} (with
   * {@code user_data_format: RAW}).
   *
   * @throws IllegalStateException if the config holds functions; use {@link
   *     #userData(Template.Builder, String)}
   */
  public Value<String> userData() {
    return Value.of(render());
  }

  /**
   * A value for a server's {@code user_data} (with {@code user_data_format: RAW} or {@code
   * SOFTWARE_CONFIG}) that delivers this config exactly: the text itself when the config holds no
   * function, otherwise the {@code get_resource} of an {@code OS::Heat::CloudConfig} named {@code
   * resourceName} that this adds to {@code template} (see the class comment for why). Call it once
   * per config and share the value between servers.
   *
   * @throws IllegalArgumentException if the template already has a resource of that name
   */
  public Value<String> userData(Template.Builder template, String resourceName) {
    Objects.requireNonNull(template, "template");
    if (isLiteral()) {
      return userData();
    }
    return template.resource(cloudConfigResource(resourceName)).ref();
  }

  /**
   * An {@code OS::Heat::CloudConfig} resource whose {@code cloud_config} is this config; Heat
   * resolves its functions and writes the YAML.
   */
  public Resource cloudConfigResource(String name) {
    return Resource.builder(name, "OS::Heat::CloudConfig")
        .property("cloud_config", toTree())
        .build();
  }

  /**
   * An {@code OS::Heat::SoftwareConfig} resource ({@code group: ungrouped}) whose {@code config}
   * is this config's text.
   *
   * @throws IllegalStateException if the config holds functions; use {@link
   *     #cloudConfigResource(String)}
   */
  public Resource softwareConfigResource(String name) {
    return Resource.builder(name, "OS::Heat::SoftwareConfig")
        .property("group", "ungrouped")
        .property("config", userData())
        .build();
  }

  /**
   * An {@code OS::Heat::MultipartMime} resource combining configs: each part is a config resource
   * (its {@code get_resource}) or any value yielding a config ID.
   */
  public static Resource multipartMime(String name, Object... parts) {
    List<Object> out = new ArrayList<>(parts.length);
    for (Object part : parts) {
      Object config = part instanceof Resource r ? r.ref() : part;
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("config", config);
      out.add(p);
    }
    return Resource.builder(name, "OS::Heat::MultipartMime")
        .property("parts", out)
        .build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudConfig c && c.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "CloudConfig" + entries.keySet();
  }

  private void requireLiteral() {
    Value<?> f = firstFunction(entries);
    if (f != null) {
      throw new IllegalStateException("the config holds functions (" + f.toTree() + "); its text"
          + " is only known to Heat, and splicing a value into text would corrupt line breaks,"
          + " quotes and YAML syntax: use userData(template, resourceName), which lets"
          + " OS::Heat::CloudConfig write the resolved values");
    }
  }

  private static Value<?> firstFunction(Object node) {
    if (node instanceof Literal<?> l) {
      return firstFunction(l.value());
    }
    if (node instanceof Value<?> v) {
      return v;
    }
    Collection<?> children =
        node instanceof Map<?, ?> m ? m.values() : node instanceof Collection<?> c ? c : List.of();
    for (Object child : children) {
      Value<?> f = firstFunction(child);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  static <T> T deepCopy(T node) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, deepCopy(v)));
      return (T) Collections.unmodifiableMap(out);
    }
    if (node instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      c.forEach(x -> out.add(deepCopy(x)));
      return (T) Collections.unmodifiableList(out);
    }
    if (node instanceof Object[] a) {
      return (T) deepCopy(Arrays.asList(a));
    }
    return node;
  }

  // ---------------------------------------------------------------------------------------------

  /** Builds a {@link CloudConfig}; list-valued keys accumulate. */
  public static final class Builder {
    private final Map<String, Object> entries = new LinkedHashMap<>();

    private Builder() {}

    /** Sets any top-level key (a cloud-init module the builder has no method for). */
    public Builder set(String key, Object value) {
      Objects.requireNonNull(key, "key");
      Object v = value instanceof Element e ? e.toModel() : value;
      entries.put(key, deepCopy(v));
      return this;
    }

    /** Removes a top-level key. */
    public Builder remove(String key) {
      entries.remove(key);
      return this;
    }

    @SuppressWarnings("unchecked")
    private Builder append(String key, Object item) {
      Object v = item instanceof Element e ? e.toModel() : deepCopy(item);
      Object current = entries.get(key);
      List<Object> list = new ArrayList<>();
      if (current instanceof List<?> l) {
        list.addAll(l);
      } else if (current != null) {
        throw new IllegalStateException(key + " was set to a non-list value: " + current);
      }
      list.add(v);
      entries.put(key, list);
      return this;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String key) {
      Object current = entries.get(key);
      Map<String, Object> m = current instanceof Map<?, ?> c
          ? new LinkedHashMap<>((Map<String, Object>) c)
          : new LinkedHashMap<>();
      entries.put(key, m);
      return m;
    }

    /** {@code packages}: packages to install. */
    public Builder packages(String... names) {
      for (String n : names) {
        append("packages", Objects.requireNonNull(n, "package"));
      }
      return this;
    }

    /**
     * Adds one {@code packages} entry: a name, a {@code [name, version]} list or a value (a
     * parameter naming a package).
     */
    public Builder packageEntry(Object entry) {
      return append("packages", entry);
    }

    /** {@code package_update}: refresh the package index first. */
    public Builder packageUpdate(boolean update) {
      return set("package_update", update);
    }

    /** {@code package_upgrade}: upgrade installed packages. */
    public Builder packageUpgrade(boolean upgrade) {
      return set("package_upgrade", upgrade);
    }

    /** {@code package_reboot_if_required}. */
    public Builder packageRebootIfRequired(boolean reboot) {
      return set("package_reboot_if_required", reboot);
    }

    /**
     * Adds a {@code mounts} entry: fstab fields (device, mount point, type, options, dump, pass),
     * {@code mount("xvdc", "/var/www")}.
     */
    public Builder mount(Object... fields) {
      if (fields.length == 0) {
        throw new IllegalArgumentException("a mount needs at least a device");
      }
      return append("mounts", Arrays.asList(fields));
    }

    /** {@code mount_default_fields}. */
    public Builder mountDefaultFields(Object... fields) {
      return set("mount_default_fields", Arrays.asList(fields));
    }

    /** Adds a {@code write_files} entry. */
    public Builder writeFile(WriteFile file) {
      return append("write_files", file);
    }

    /** Adds a {@code write_files} entry with just a path and content. */
    public Builder writeFile(String path, Object content) {
      return writeFile(WriteFile.builder(path).content(content).build());
    }

    /**
     * Adds a {@code runcmd} entry: a string runs through the shell, a list is an argv run
     * directly.
     */
    public Builder runcmd(Object command) {
      return append("runcmd", Objects.requireNonNull(command, "command"));
    }

    /** Adds a {@code runcmd} entry: an argv run without a shell. */
    public Builder runcmd(String program, String... args) {
      List<Object> argv = new ArrayList<>();
      argv.add(program);
      argv.addAll(Arrays.asList(args));
      return append("runcmd", argv);
    }

    /** Adds a {@code bootcmd} entry (run on every boot, early): a string or an argv list. */
    public Builder bootcmd(Object command) {
      return append("bootcmd", Objects.requireNonNull(command, "command"));
    }

    /** Adds the {@code default} user (the image's distro user) to {@code users}. */
    public Builder defaultUser() {
      return append("users", "default");
    }

    /** Adds a user to {@code users}. */
    public Builder user(User user) {
      return append("users", user);
    }

    /** Adds a group to {@code groups}, with its members if any. */
    public Builder group(String name, String... members) {
      if (members.length == 0) {
        return append("groups", name);
      }
      Map<String, Object> g = new LinkedHashMap<>();
      g.put(name, Arrays.asList(members));
      return append("groups", g);
    }

    /** {@code ssh_authorized_keys}: keys for the default user. */
    public Builder sshAuthorizedKeys(Object... keys) {
      for (Object k : keys) {
        append("ssh_authorized_keys", k);
      }
      return this;
    }

    /** {@code ssh_pwauth}: allow password logins over SSH. */
    public Builder sshPwauth(boolean allow) {
      return set("ssh_pwauth", allow);
    }

    /** {@code apt: {sources: {name: source}}}: an extra APT source. */
    @SuppressWarnings("unchecked")
    public Builder aptSource(String name, AptSource source) {
      Map<String, Object> apt = section("apt");
      Object s = apt.get("sources");
      Map<String, Object> sources = s instanceof Map<?, ?> m
          ? new LinkedHashMap<>((Map<String, Object>) m)
          : new LinkedHashMap<>();
      sources.put(name, source.toModel());
      apt.put("sources", sources);
      return this;
    }

    /** {@code apt.<key>}: another apt setting ({@code preserve_sources_list}, {@code proxy}…). */
    public Builder apt(String key, Object value) {
      section("apt").put(key, deepCopy(value));
      return this;
    }

    /** {@code timezone}, e.g. {@code Europe/Paris}. */
    public Builder timezone(Object timezone) {
      return set("timezone", timezone);
    }

    /** {@code hostname}. */
    public Builder hostname(Object hostname) {
      return set("hostname", hostname);
    }

    /** {@code fqdn}. */
    public Builder fqdn(Object fqdn) {
      return set("fqdn", fqdn);
    }

    /** {@code locale}. */
    public Builder locale(Object locale) {
      return set("locale", locale);
    }

    /** {@code final_message}: logged when cloud-init finishes. */
    public Builder finalMessage(Object message) {
      return set("final_message", message);
    }

    public CloudConfig build() {
      return new CloudConfig(entries);
    }
  }

  /** Something of the config written as a map. */
  interface Element {
    Map<String, Object> toModel();
  }

  /** Puts {@code value} under {@code key} when it is not null. */
  static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, deepCopy(value));
    }
  }
}
