package io.hotdsl.deploy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A stack by name and id: Heat's canonical address {@code stacks/NAME/ID}, which needs no
 * redirect.
 *
 * @param name the stack's name
 * @param id the stack's UUID
 */
public record StackRef(String name, String id) {

  public StackRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
  }

  /** {@code stacks/NAME/ID}, each part URL-encoded. */
  String path() {
    return "stacks/" + encode(name) + "/" + encode(id);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return name + "/" + id;
  }
}
