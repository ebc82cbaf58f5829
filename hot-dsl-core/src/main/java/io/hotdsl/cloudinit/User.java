package io.hotdsl.cloudinit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code users} entry: an account cloud-init creates.
 *
 * <pre>{@code
 * User.builder("deploy").groups("sudo", "www-data").sudo(User.SUDO_ALL_NOPASSWD)
 *     .shell("/bin/bash").sshAuthorizedKeys(key.get()).lockPasswd(true).build();
 * }</pre>
 */
public final class User implements CloudConfig.Element {
  /** Password-less sudo for everything. */
  public static final String SUDO_ALL_NOPASSWD = "ALL=(ALL) NOPASSWD:ALL";

  private final Map<String, Object> fields;

  private User(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return (String) fields.get("name");
  }

  @Override
  public Map<String, Object> toModel() {
    return new LinkedHashMap<>(fields);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof User u && u.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "User" + fields;
  }

  /** Builds a {@link User}. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder(String name) {
      fields.put("name", Objects.requireNonNull(name, "name"));
    }

    /** Any other user key. */
    public Builder set(String key, Object value) {
      fields.put(key, CloudConfig.deepCopy(value));
      return this;
    }

    public Builder gecos(String gecos) {
      return set("gecos", gecos);
    }

    public Builder primaryGroup(String group) {
      return set("primary_group", group);
    }

    /** Supplementary groups (written as cloud-init's comma-separated string). */
    public Builder groups(String... groups) {
      return set("groups", String.join(", ", groups));
    }

    /** A sudoers rule, e.g. {@link #SUDO_ALL_NOPASSWD}. */
    public Builder sudo(Object rule) {
      return set("sudo", rule);
    }

    /** No sudo at all ({@code sudo: false}). */
    public Builder noSudo() {
      return set("sudo", false);
    }

    public Builder shell(String shell) {
      return set("shell", shell);
    }

    public Builder homedir(String homedir) {
      return set("homedir", homedir);
    }

    public Builder system(boolean system) {
      return set("system", system);
    }

    /** {@code lock_passwd}: disable password login (cloud-init's default is true). */
    public Builder lockPasswd(boolean lock) {
      return set("lock_passwd", lock);
    }

    /** {@code passwd}: a password hash. */
    public Builder passwd(Object hash) {
      return set("passwd", hash);
    }

    /** {@code ssh_authorized_keys} (accumulates). */
    @SuppressWarnings("unchecked")
    public Builder sshAuthorizedKeys(Object... keys) {
      List<Object> list = new ArrayList<>();
      Object current = fields.get("ssh_authorized_keys");
      if (current instanceof List<?> l) {
        list.addAll(l);
      }
      list.addAll(Arrays.asList(keys));
      return set("ssh_authorized_keys", list);
    }

    /** {@code ssh_import_id}: keys fetched from Launchpad or GitHub ({@code gh:user}). */
    public Builder sshImportId(String... ids) {
      return set("ssh_import_id", Arrays.asList(ids));
    }

    public User build() {
      return new User(fields);
    }
  }
}
