package io.hotdsl.bundle;

import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code OS::Heat::Stack} resource: a child stack from an inline template (rendered into the
 * {@code template} string property, as Heat's schema wants a string), optionally in another region
 * ({@code context.region_name}), with {@code parameters} and {@code timeout} (minutes).
 */
public final class HeatStack {
  private HeatStack() {}

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds an {@code OS::Heat::Stack} resource. */
  public static final class Builder {
    private final Resource.GenericBuilder resource;
    private Template template;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Builder(String name) {
      this.resource = Resource.builder(name, "OS::Heat::Stack");
    }

    /** The child template, inlined. */
    public Builder template(Template template) {
      this.template = template;
      resource.property("template", TreeYaml.write(template.toTree()));
      return this;
    }

    /** The child template from a bundle file ({@code template: {get_file: path}}). */
    public Builder templateFile(String path) {
      resource.property("template", Map.of("get_file", path));
      return this;
    }

    /** A child parameter; checked against the inline template's parameters when there is one. */
    public Builder parameter(String name, Object value) {
      if (template != null && !template.parameters().containsKey(name)) {
        throw new IllegalArgumentException("the child template has no parameter " + name);
      }
      parameters.put(name, value);
      resource.property("parameters", new LinkedHashMap<>(parameters));
      return this;
    }

    /** The region the child stack is created in. */
    public Builder regionName(Object region) {
      resource.property("context", Map.of("region_name", region));
      return this;
    }

    /** The child stack's timeout in minutes. */
    public Builder timeout(Object minutes) {
      resource.property("timeout", minutes);
      return this;
    }

    /** Edits the other resource sections (depends_on, condition...). */
    public Builder with(java.util.function.Consumer<Resource.GenericBuilder> edit) {
      edit.accept(resource);
      return this;
    }

    public Resource build() {
      if (resource.build().properties().get("template") == null) {
        throw new IllegalStateException("OS::Heat::Stack " + resource.name() + " needs a template");
      }
      return resource.build();
    }
  }
}
