package io.hotdsl.bundle;

import io.hotdsl.environment.Environment;
import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A template used as a resource type: a nested stack by file ({@code type: child.yaml}) or a
 * provider ({@code type: My::App::Server}, registered in an environment's resource_registry). The
 * child's parameters are the resource's properties and its outputs its attributes.
 *
 * <pre>{@code
 * ChildTemplate server = ChildTemplate.provider("My::App::Server", "server.yaml", serverTemplate);
 * Resource app = server.resource("app").property("flavor", "m1.small").build();
 * Value<String> ip = server.attr(app, "ip");
 * Environment env = server.register(Environment.builder()).build();
 * }</pre>
 */
public final class ChildTemplate {
  private static final List<String> BUILTIN_ATTRIBUTES = List.of("OS::stack_id", "show");

  private final String type;
  private final String file;
  private final Template template;

  private ChildTemplate(String type, String file, Template template) {
    this.type = type;
    this.file = Bundle.normalize(file);
    this.template = Objects.requireNonNull(template, "template");
  }

  /** A nested template used by file: resources get {@code type: <file>}. */
  public static ChildTemplate nested(String file, Template template) {
    if (!file.endsWith(".yaml") && !file.endsWith(".template")) {
      throw new IllegalArgumentException("python-heatclient only bundles type: files ending in "
          + ".yaml or .template: " + file);
    }
    return new ChildTemplate(file, file, template);
  }

  /** A provider: resources get {@code type: <typeName>}, mapped to {@code file} by an environment. */
  public static ChildTemplate provider(String typeName, String file, Template template) {
    if (!typeName.contains("::")) {
      throw new IllegalArgumentException("a provider type name has :: in it: " + typeName);
    }
    return new ChildTemplate(typeName, file, template);
  }

  /** The resource type resources of this child get. */
  public String type() {
    return type;
  }

  /** The template's path in the bundle. */
  public String file() {
    return file;
  }

  public Template template() {
    return template;
  }

  /** Whether this is a provider (a type name registered in an environment). */
  public boolean isProvider() {
    return !type.equals(file);
  }

  /**
   * Registers the provider in an environment's resource_registry ({@code type: file}, the file
   * relative to the environment, which sits in the bundle's directory).
   */
  public Environment.Builder register(Environment.Builder environment) {
    if (!isProvider()) {
      throw new IllegalStateException(file + " is used by file, not registered");
    }
    return environment.registerType(type, file);
  }

  /** A builder for a resource of this child's type. */
  public ResourceBuilder resource(String name) {
    return new ResourceBuilder(name, this);
  }

  /**
   * {@code get_attr: [resource, output, path...]}, checking that {@code output} is one of the
   * child's outputs (or {@code OS::stack_id}, {@code show}, {@code resource.<name>...}).
   */
  public <T> Value<T> attr(Resource resource, String output, Object... path) {
    if (!resource.type().equals(type)) {
      throw new IllegalArgumentException(resource.name() + " is a " + resource.type() + ", not a " + type);
    }
    if (!hasAttribute(template.outputs().keySet(), output)) {
      throw new IllegalArgumentException(file + " has no output " + output + "; outputs: "
          + template.outputs().keySet());
    }
    return Fn.getAttr(resource.name(), output, path);
  }

  static boolean hasAttribute(java.util.Collection<String> outputs, String attribute) {
    return outputs.contains(attribute) || BUILTIN_ATTRIBUTES.contains(attribute)
        || attribute.startsWith("resource.");
  }

  /** Whether a literal value can be given to a parameter of {@code type}. */
  static boolean accepts(ParameterType type, Object value) {
    if (value instanceof Value<?> || isFunction(value)) {
      return true;
    }
    return switch (type) {
      case NUMBER -> value instanceof Number
          || (value instanceof String s && s.trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"));
      case BOOLEAN -> value instanceof Boolean
          || (value instanceof String s && List.of("t", "true", "on", "y", "yes", "1", "f", "false",
              "off", "n", "no", "0").contains(s.toLowerCase()))
          || (value instanceof Number n && (n.longValue() == 0 || n.longValue() == 1));
      case COMMA_DELIMITED_LIST -> value instanceof String || value instanceof List;
      case JSON -> value instanceof Map || value instanceof List || value instanceof String;
      case STRING -> value instanceof String || value instanceof Number || value instanceof Boolean;
    };
  }

  private static boolean isFunction(Object value) {
    return value instanceof Map<?, ?> m && m.size() == 1
        && String.valueOf(m.keySet().iterator().next()).matches("(get_|list_|str_|repeat|digest|"
            + "resource_facade|yaql|if|equals|not|and|or|contains|filter|make_url|map_|Fn::|Ref).*");
  }

  /** A resource of a child's type; {@link #property} accepts only the child's parameters. */
  public static final class ResourceBuilder extends Resource.Builder<ResourceBuilder> {
    private final ChildTemplate child;

    private ResourceBuilder(String name, ChildTemplate child) {
      super(name, child.type);
      this.child = child;
    }

    @Override
    protected ResourceBuilder self() {
      return this;
    }

    /**
     * Sets the child's parameter {@code key}.
     *
     * @throws IllegalArgumentException when the child has no such parameter or the literal does
     *     not fit its type
     */
    @Override
    public ResourceBuilder property(String key, Object value) {
      Parameter<?> p = child.template.parameters().get(key);
      if (p == null) {
        throw new IllegalArgumentException(child.file + " has no parameter " + key + "; parameters: "
            + child.template.parameters().keySet());
      }
      if (value != null && !accepts(p.type(), value)) {
        throw new IllegalArgumentException("parameter " + key + " of " + child.file + " is a "
            + p.type() + ", not " + value);
      }
      return super.property(key, value);
    }

    /** Sets a parameter through its handle in the child template. */
    public <T> ResourceBuilder property(Parameter<T> parameter, T value) {
      return property(parameter.name(), value);
    }

    /**
     * Builds the resource.
     *
     * @throws IllegalArgumentException when a child parameter without default is not set
     */
    @Override
    public Resource build() {
      return build(java.util.Set.of());
    }

    /** Builds, counting {@code suppliedElsewhere} (parameter_defaults) as set. */
    public Resource build(java.util.Set<String> suppliedElsewhere) {
      for (Parameter<?> p : child.template.parameters().values()) {
        if (!p.hasDefault() && propertyValue(p.name()) == null && !suppliedElsewhere.contains(p.name())) {
          throw new IllegalArgumentException("required parameter " + p.name() + " of " + child.file
              + " is not set");
        }
      }
      return new ChildResource(this);
    }
  }

  static final class ChildResource extends Resource {
    ChildResource(ResourceBuilder b) {
      super(b);
    }
  }
}
