package io.hotdsl.cloudinit;

import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Literal;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Resource;
import io.hotdsl.render.YamlWriter;
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
 *     .writeFile(WriteFile.builder("/var/www/html/index.html").content("hello").build())
 *     .runcmd(List.of("systemctl", "restart", "apache2"))
 *     .build();
 * server.property("user_data_format", "RAW").property("user_data", config.userData());
 * }</pre>
 *
 * <p>Any value may be a {@link Value} (a {@code get_param}, a {@code get_attr}…). A config without
 * such values renders to plain text ({@link #render()}); {@link #userData()} turns a config with
 * values into a {@code str_replace} whose template is the same readable YAML with a {@code $name}
 * placeholder where each value goes. Heat substitutes strings as they are and lists and maps as
 * JSON (valid YAML flow collections), so a string value that YAML would read differently (one
 * starting with {@code [}, or holding {@code ": "}) should be quoted by the template author or
 * passed through a file.
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
    return collectValues(entries, new ArrayList<>()).isEmpty();
  }

  /**
   * The user-data text: {@code #cloud-config}, a newline and the YAML document.
   *
   * @throws IllegalStateException if the config holds functions; use {@link #userData()}
   */
  public String render() {
    List<Value<?>> values = collectValues(entries, new ArrayList<>());
    if (!values.isEmpty()) {
      throw new IllegalStateException("the config holds functions (" + values.get(0).toTree()
          + "); its text is only known to Heat: use userData()");
    }
    return HEADER + "\n" + YamlWriter.write(Trees.toTree(entries));
  }

  /**
   * A value for a server's {@code user_data} (with {@code user_data_format: RAW}): the text itself
   * when the config is literal, otherwise {@code str_replace} of the text with a placeholder per
   * distinct value.
   */
  public Value<String> userData() {
    List<Value<?>> values = collectValues(entries, new ArrayList<>());
    if (values.isEmpty()) {
      return Value.of(render());
    }
    Map<Value<?>, String> placeholders = placeholders(values);
    Object textTree = substitute(entries, placeholders);
    String text = HEADER + "\n" + YamlWriter.write(textTree);
    Map<String, Object> params = new LinkedHashMap<>();
    placeholders.forEach((v, p) -> params.put(p, v));
    checkPlaceholders(text, textTree, params.keySet());
    return Fn.strReplace(text, params);
  }

  /** An {@code OS::Heat::CloudConfig} resource whose {@code cloud_config} is this config. */
  public Resource cloudConfigResource(String name) {
    return Resource.builder(name, "OS::Heat::CloudConfig")
        .property("cloud_config", toTree())
        .build();
  }

  /**
   * An {@code OS::Heat::SoftwareConfig} resource ({@code group: ungrouped}) whose {@code config}
   * is this config's user data.
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
    return Resource.builder(name, "OS::Heat::MultipartMime").property("parts", out).build();
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

  // ---------------------------------------------------------------------------------------------
  // placeholders

  private static List<Value<?>> collectValues(Object node, List<Value<?>> out) {
    if (node instanceof Literal<?> l) {
      collectValues(l.value(), out);
    } else if (node instanceof Value<?> v) {
      if (!out.contains(v)) {
        out.add(v);
      }
    } else if (node instanceof Map<?, ?> m) {
      m.values().forEach(x -> collectValues(x, out));
    } else if (node instanceof Collection<?> c) {
      c.forEach(x -> collectValues(x, out));
    }
    return out;
  }

  private static void collectLiteralStrings(Object node, List<String> out) {
    if (node instanceof Literal<?> l) {
      collectLiteralStrings(l.value(), out);
    } else if (node instanceof Value<?>) {
      return;
    } else if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        out.add(String.valueOf(k));
        collectLiteralStrings(v, out);
      });
    } else if (node instanceof Collection<?> c) {
      c.forEach(x -> collectLiteralStrings(x, out));
    } else if (node != null) {
      out.add(String.valueOf(node));
    }
  }

  private Map<Value<?>, String> placeholders(List<Value<?>> values) {
    List<String> literals = new ArrayList<>();
    literals.add(HEADER);
    collectLiteralStrings(entries, literals);
    Map<Value<?>, String> out = new LinkedHashMap<>();
    for (Value<?> v : values) {
      String base = "$" + baseName(v.toTree());
      String candidate = base;
      for (int i = 2; !usable(candidate, literals, out.values()); i++) {
        candidate = base + "_" + i;
      }
      out.put(v, candidate);
    }
    return out;
  }

  /**
   * Not inside any literal string and not taken. A placeholder may be a prefix of another: Heat
   * replaces longer keys first, and a placeholder is always a whole YAML scalar, followed by a
   * line break, never by a name character.
   */
  private static boolean usable(String p, List<String> literals, Collection<String> taken) {
    if (taken.contains(p)) {
      return false;
    }
    for (String s : literals) {
      if (s.contains(p)) {
        return false;
      }
    }
    return true;
  }

  private static String baseName(Object tree) {
    String raw = "value";
    if (tree instanceof Map<?, ?> m && m.size() == 1) {
      Map.Entry<?, ?> e = m.entrySet().iterator().next();
      Object args = e.getValue();
      switch (String.valueOf(e.getKey())) {
        case "get_param", "get_resource" -> {
          Object first = args instanceof List<?> l && !l.isEmpty() ? l.get(0) : args;
          raw = first instanceof String s ? s : raw;
        }
        case "get_attr" -> {
          if (args instanceof List<?> l && l.size() >= 2) {
            raw = l.get(0) + "_" + l.get(1);
          }
        }
        default -> raw = String.valueOf(e.getKey());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (char c : raw.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    return sb.length() == 0 ? "value" : sb.toString();
  }

  private static Object substitute(Object node, Map<Value<?>, String> placeholders) {
    if (node instanceof Literal<?> l) {
      return substitute(l.value(), placeholders);
    }
    if (node instanceof Value<?> v) {
      return placeholders.get(v);
    }
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, substitute(v, placeholders)));
      return out;
    }
    if (node instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      c.forEach(x -> out.add(substitute(x, placeholders)));
      return out;
    }
    return Trees.toTree(node);
  }

  /**
   * Replaces as Heat does (longer keys first, replaced text never rescanned) and checks that each
   * placeholder is found exactly where it was put.
   */
  private static void checkPlaceholders(String text, Object textTree, Collection<String> names) {
    for (Map.Entry<String, Integer> e : heatReplacementCounts(text, names).entrySet()) {
      int uses = count(textTree, e.getKey());
      if (e.getValue() != uses) {
        throw new IllegalStateException("placeholder " + e.getKey() + " used " + uses
            + " times but Heat would replace it " + e.getValue() + " times");
      }
    }
  }

  /** How many times Heat's {@code str_replace} replaces each key in {@code text}. */
  static Map<String, Integer> heatReplacementCounts(String text, Collection<String> keys) {
    List<String> order = new ArrayList<>(keys);
    order.sort(java.util.Comparator.comparingInt(String::length).reversed()
        .thenComparing(java.util.Comparator.naturalOrder()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> pieces = List.of(text);
    for (String key : order) {
      List<String> next = new ArrayList<>();
      int n = 0;
      for (String piece : pieces) {
        int from = 0;
        for (int i = piece.indexOf(key); i >= 0; i = piece.indexOf(key, from)) {
          next.add(piece.substring(from, i));
          from = i + key.length();
          n++;
        }
        next.add(piece.substring(from));
      }
      counts.put(key, n);
      pieces = next;
    }
    return counts;
  }

  private static int count(Object tree, String p) {
    if (p.equals(tree)) {
      return 1;
    }
    int n = 0;
    if (tree instanceof Map<?, ?> m) {
      for (Object v : m.values()) {
        n += count(v, p);
      }
    } else if (tree instanceof List<?> l) {
      for (Object v : l) {
        n += count(v, p);
      }
    }
    return n;
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
          ? new LinkedHashMap<>((Map<String, Object>) c) : new LinkedHashMap<>();
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
          ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
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
