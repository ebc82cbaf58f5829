package io.hotdsl.patterns;

import io.hotdsl.functions.Literal;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.List;
import java.util.Objects;

/** What the patterns share: references as values, names checked, resources added in order. */
final class Refs {
  private Refs() {}

  static Value<String> of(Resource resource, String what) {
    return Objects.requireNonNull(resource, what).ref();
  }

  static Value<String> of(Parameter<String> parameter, String what) {
    return Objects.requireNonNull(parameter, what).get();
  }

  static Value<String> of(Value<String> value, String what) {
    return Objects.requireNonNull(value, what);
  }

  /** A name or ID written into the template as it is ({@code public}, a UUID). */
  static Value<String> literal(String value, String what) {
    if (Objects.requireNonNull(value, what).isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return new Literal<>(value);
  }

  static void checkPort(long port, String what) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(what + " must be a port number 1-65535, not " + port);
    }
  }

  /** Adds each resource to {@code t}; a name already taken fails there, naming it. */
  static void addAll(Template.Builder t, List<? extends Resource> resources) {
    Objects.requireNonNull(t, "template");
    resources.forEach(t::resource);
  }
}
