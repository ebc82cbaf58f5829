package io.hotdsl.cloudinit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code write_files} entry: a file cloud-init writes at boot.
 *
 * @param path        absolute path of the file
 * @param content     its content (a string or a {@link io.hotdsl.functions.Value}); may be null.
 *                    cloud-init writes exactly the string, whatever it holds (see {@link
 *                    CloudConfig} for how a function's value gets there unchanged)
 * @param owner       {@code user:group}, cloud-init's default {@code root:root} when null
 * @param permissions octal mode as a string, e.g. {@code "0644"}
 * @param encoding    {@code b64}, {@code gzip}, {@code gz+b64}… when the content is encoded
 * @param append      append instead of overwriting, when not null
 * @param defer       write in the final stage (after users and packages exist), when not null
 */
public record WriteFile(
    String path,
    Object content,
    String owner,
    String permissions,
    String encoding,
    Boolean append,
    Boolean defer)
    implements CloudConfig.Element {

  public static final String BASE64 = "b64";
  public static final String GZIP = "gzip";
  public static final String GZIP_BASE64 = "gz+b64";

  public WriteFile {
    Objects.requireNonNull(path, "path");
    if (permissions != null && !permissions.matches("0?[0-7]{3,4}")) {
      throw new IllegalArgumentException("permissions are an octal mode like 0644: " + permissions);
    }
  }

  public static Builder builder(String path) {
    return new Builder(path);
  }

  @Override
  public Map<String, Object> toModel() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", path);
    CloudConfig.put(m, "content", content);
    CloudConfig.put(m, "owner", owner);
    CloudConfig.put(m, "permissions", permissions);
    CloudConfig.put(m, "encoding", encoding);
    CloudConfig.put(m, "append", append);
    CloudConfig.put(m, "defer", defer);
    return m;
  }

  /** Builds a {@link WriteFile}. */
  public static final class Builder {
    private final String path;
    private Object content;
    private String owner;
    private String permissions;
    private String encoding;
    private Boolean append;
    private Boolean defer;

    private Builder(String path) {
      this.path = path;
    }

    public Builder content(Object content) {
      this.content = content;
      return this;
    }

    public Builder owner(String owner) {
      this.owner = owner;
      return this;
    }

    public Builder permissions(String permissions) {
      this.permissions = permissions;
      return this;
    }

    public Builder encoding(String encoding) {
      this.encoding = encoding;
      return this;
    }

    public Builder append(boolean append) {
      this.append = append;
      return this;
    }

    public Builder defer(boolean defer) {
      this.defer = defer;
      return this;
    }

    public WriteFile build() {
      return new WriteFile(path, content, owner, permissions, encoding, append, defer);
    }
  }
}
