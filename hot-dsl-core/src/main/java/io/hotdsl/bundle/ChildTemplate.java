package io.hotdsl.bundle;

import io.hotdsl.environment.Environment;
import io.hotdsl.functions.DidYouMean;
import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Trees;
import io.hotdsl.functions.Value;
import io.hotdsl.model.BuilderChecks;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.OutputKey;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.model.TemplateTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A template used as a resource type: a nested stack by file ({@code type: child.yaml}) or a
 * provider ({@code type: My::App::Server}, registered in an environment's resource_registry). The
 * child's parameters are the resource's properties and its outputs its attributes, as Heat's
 * TemplateResource makes them.
 *
 * <p>Typed: the child's own {@link Parameter} objects are the property keys and {@link
 * OutputKey}s name its outputs, so the compiler checks the values' types:
 *
 * <pre>{@code
 * static final Parameter<String> FLAVOR = Parameter.string("flavor").build();
 * static final OutputKey<String> IP = OutputKey.of("ip");
 * // the child: t.parameter(FLAVOR); … t.output(Output.of(IP, server.firstAddress()));
 * ChildTemplate server = ChildTemplate.provider("My::App::Server", "server.yaml", serverTemplate);
 * ChildTemplate.ChildResource app = t.resource(server.resource("app").set(FLAVOR, "m1.small")
 *     .build());
 * Value<String> ip = app.attr(IP);
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
    if (!TemplateTypes.isTemplateFile(file)) {
      throw new IllegalArgumentException(
          "python-heatclient only bundles type: files ending in " + ".yaml or .template: " + file);
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
      throw new IllegalArgumentException(
          resource.name() + " is a " + resource.type() + ", not a " + type);
    }
    if (!hasAttribute(template.outputs().keySet(), output)) {
      throw new IllegalArgumentException(file + " has no output " + output
          + DidYouMean.hint(output, template.outputs().keySet()) + " (its outputs: "
          + template.outputs().keySet() + ")");
    }
    return Fn.getAttr(resource.name(), output, path);
  }

  /**
   * The child's output {@code output} of {@code resource}, as a typed {@code get_attr}.
   *
   * @throws IllegalArgumentException when the resource is not of this child's type or the child
   *     has no such output
   */
  public <T> Value<T> attr(Resource resource, OutputKey<T> output) {
    return attr(resource, output.name());
  }

  static boolean hasAttribute(java.util.Collection<String> outputs, String attribute) {
    return outputs.contains(attribute)
        || BUILTIN_ATTRIBUTES.contains(attribute)
        || attribute.startsWith("resource.");
  }

  /** Whether a literal value can be given to a parameter of {@code type}. */
  static boolean accepts(ParameterType type, Object value) {
    if (value instanceof Value<?> || isFunction(value)) {
      return true;
    }
    return switch (type) {
      case NUMBER ->
        value instanceof Number
            || (value instanceof String s
                && s.trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"));
      case BOOLEAN ->
        value instanceof Boolean
            || (value instanceof String s
                && List.of("t", "true", "on", "y", "yes", "1", "f", "false", "off", "n", "no", "0")
                    .contains(s.toLowerCase()))
            || (value instanceof Number n && (n.longValue() == 0 || n.longValue() == 1));
      case COMMA_DELIMITED_LIST -> value instanceof String || value instanceof List;
      case JSON -> value instanceof Map || value instanceof List || value instanceof String;
      case STRING -> value instanceof String || value instanceof Number || value instanceof Boolean;
    };
  }

  /**
   * Whether {@code value} is taken for a function call here: a one-key map whose key starts like
   * a function name of any version (wider than Heat's set, so a parameter given a call is never
   * reported).
   */
  private static boolean isFunction(Object value) {
    return Trees.functionName(value, ChildTemplate::startsLikeFunction) != null;
  }

  private static final java.util.regex.Pattern FUNCTION_PREFIX =
      java.util.regex.Pattern.compile("(get_|list_|str_|repeat|digest|"
          + "resource_facade|yaql|if|equals|not|and|or|contains|filter|make_url|map_|Fn::|Ref).*");

  private static boolean startsLikeFunction(String key) {
    return FUNCTION_PREFIX.matcher(key).matches();
  }

  /**
   * The child's own parameter named like {@code parameter}, when {@code parameter} is it (equal in
   * name and definition).
   *
   * @throws IllegalArgumentException naming the child and its parameters when it is not
   */
  <T> Parameter<T> own(Parameter<T> parameter) {
    Objects.requireNonNull(parameter, "parameter");
    Parameter<?> mine = template.parameters().get(parameter.name());
    if (mine == null) {
      throw new IllegalArgumentException("parameter " + parameter.name() + " is not a parameter of "
          + file + DidYouMean.hint(parameter.name(), template.parameters().keySet())
          + " (its parameters: " + template.parameters().keySet() + ")");
    }
    if (!mine.equals(parameter)) {
      throw new IllegalArgumentException("parameter " + parameter.name() + " given is not " + file
          + "'s own: it declares " + parameter.name() + " as " + shown(mine) + ", not "
          + shown(parameter));
    }
    return parameter;
  }

  /** A parameter's definition for a message: a hidden parameter's default is not shown. */
  private static Map<String, Object> shown(Parameter<?> p) {
    Map<String, Object> tree = new java.util.LinkedHashMap<>(p.toTree());
    if (p.hidden() && tree.containsKey("default")) {
      tree.put("default", "<hidden>");
    }
    return tree;
  }

  /**
   * A resource of a child's type. Its properties are the child's parameters: set them through
   * the child's own {@link Parameter} objects ({@link #set(Parameter, Object)}), checked at
   * compile time for their type and in {@link #build()} as Heat checks a template resource's
   * properties: a parameter without a default is a required property, and the parameter's
   * constraints apply to the literal values given.
   *
   * <pre>{@code
   * Resource network = t.resource(net.resource("network").set(NetTemplate.CIDR, cidr).build());
   * Value<String> id = net.attr(network, NetTemplate.NETWORK_ID);
   * }</pre>
   */
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

    /** The child template whose resource this is. */
    public ChildTemplate child() {
      return child;
    }

    /**
     * Sets the child's parameter {@code key}, named by string: prefer {@link #set(Parameter,
     * Object)}, which the compiler checks.
     *
     * @throws IllegalArgumentException when the child has no such parameter or the literal does
     *     not fit its type
     */
    @Override
    public ResourceBuilder property(String key, Object value) {
      Parameter<?> p = child.template.parameters().get(key);
      if (p == null) {
        throw new IllegalArgumentException(child.file + " has no parameter " + key
            + DidYouMean.hint(key, child.template.parameters().keySet()) + "; parameters: "
            + child.template.parameters().keySet());
      }
      if (value != null && !accepts(p.type(), value)) {
        throw new IllegalArgumentException(
            "parameter " + key + " of " + child.file + " is a " + p.type() + ", not " + value);
      }
      return super.property(key, value);
    }

    /** Sets a parameter through its handle in the child template. */
    public <T> ResourceBuilder property(Parameter<T> parameter, T value) {
      return set(parameter, value);
    }

    /**
     * Sets the child's parameter {@code parameter} (the child's own {@link Parameter} object) to a
     * literal value; null unsets it.
     *
     * @throws IllegalArgumentException when {@code parameter} is not the child's
     */
    public <T> ResourceBuilder set(Parameter<T> parameter, T value) {
      return super.property(child.own(parameter).name(), value);
    }

    /** Sets the child's parameter to an expression ({@code get_param}, {@code get_attr} …). */
    public <T> ResourceBuilder set(Parameter<T> parameter, Value<? extends T> value) {
      return super.property(child.own(parameter).name(), value);
    }

    /** Sets the child's parameter to the value of a parameter of this template. */
    public <T> ResourceBuilder set(Parameter<T> parameter, Parameter<? extends T> value) {
      return super.property(child.own(parameter).name(), value);
    }

    /** Sets the child's string parameter to a resource's ID ({@code get_resource}). */
    public ResourceBuilder set(Parameter<String> parameter, Resource resource) {
      return super.property(child.own(parameter).name(), resource);
    }

    /**
     * Builds the resource.
     *
     * @throws IllegalArgumentException naming every child parameter without default that is not
     *     set and every literal value that breaks its parameter's constraints
     */
    @Override
    public ChildResource build() {
      return build(java.util.Set.of());
    }

    /** Builds, counting {@code suppliedElsewhere} (parameter_defaults) as set. */
    public ChildResource build(java.util.Set<String> suppliedElsewhere) {
      List<String> problems = new ArrayList<>();
      for (Parameter<?> p : child.template.parameters().values()) {
        Object value = propertyValue(p.name());
        // Heat's Properties.schema_from_params: required when the default is missing or null
        if (value == null
            && (!p.hasDefault() || p.defaultValue() == null)
            && !suppliedElsewhere.contains(p.name())) {
          problems.add("required parameter " + p.name() + " of " + child.file + " is not set");
        }
        for (Constraint c : p.constraints()) {
          BuilderChecks.check(problems, p.name(), value, c);
        }
      }
      BuilderChecks.throwIfAny(problems, "resource " + name() + " (" + child.type + ")");
      return new ChildResource(this);
    }
  }

  /** A resource of a child's type, whose attributes are the child's outputs. */
  public static final class ChildResource extends Resource {
    private final ChildTemplate child;

    ChildResource(ResourceBuilder b) {
      super(b);
      this.child = b.child;
    }

    /** The child template whose resource this is. */
    public ChildTemplate child() {
      return child;
    }

    /** The child's output {@code output}, as a typed {@code get_attr}. */
    public <T> Value<T> attr(OutputKey<T> output) {
      return child.attr(this, output);
    }
  }
}
