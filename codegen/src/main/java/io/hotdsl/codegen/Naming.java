package io.hotdsl.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Every naming rule of the generator, in one place: Heat names (resource types, properties,
 * attributes, allowed values) to Java packages, classes, methods and enum constants.
 *
 * <p>Each rule is deterministic and depends only on its input and on the names already taken in
 * the same scope ({@link Scope}), so regenerating gives the same API.
 */
public final class Naming {
  private Naming() {}

  /** The methods of java.lang.Object: no generated member may take their names. */
  private static final List<String> OBJECT_METHODS = List.of(
      "equals",
      "hashCode",
      "toString",
      "getClass",
      "notify",
      "notifyAll",
      "wait",
      "clone",
      "finalize");

  private static Set<String> withObjectMethods(String... names) {
    Set<String> all = new HashSet<>(OBJECT_METHODS);
    all.addAll(List.of(names));
    return Set.copyOf(all);
  }

  /**
   * Methods of {@code io.hotdsl.model.Resource.Builder} (and of Object) that a property setter
   * must not shadow or overload: a property named like one of them gets the suffix "Property"
   * ({@code name} → {@code nameProperty}, {@code metadata} → {@code metadataProperty}).
   */
  public static final Set<String> BUILDER_RESERVED = withObjectMethods(
      "name",
      "type",
      "property",
      "properties",
      "propertyValue",
      "propertyValues",
      "appendProperty",
      "self",
      "build",
      "description",
      "dependsOn",
      "metadata",
      "condition",
      "externalId",
      "updatePolicy",
      "deletionPolicy");

  /**
   * Methods of {@code io.hotdsl.model.Resource} (most are final) and of Object that an attribute
   * accessor must not clash with: such an attribute gets the suffix "Attr" ({@code name} →
   * {@code nameAttr}, {@code show} is fine). {@code builder} is the generated static factory.
   */
  public static final Set<String> RESOURCE_RESERVED = withObjectMethods(
      "name",
      "type",
      "description",
      "properties",
      "dependsOn",
      "metadata",
      "updatePolicy",
      "deletionPolicy",
      "condition",
      "externalId",
      "ref",
      "attr",
      "schema",
      "toBuilder",
      "toTree",
      "builder");

  /**
   * Methods of a generated nested value class's builder: {@code build} and Object's. A key named
   * like one gets the suffix "Property".
   */
  public static final Set<String> NESTED_BUILDER_RESERVED = withObjectMethods("build");

  /**
   * Simple names a nested class or enum must not take, because the generated file refers to these
   * types by simple name (or java.lang makes them visible everywhere): such a name gets the
   * suffix "Spec". "Builder" is the resource's own builder.
   */
  public static final Set<String> TYPE_RESERVED = Set.of(
      "Builder",
      "String",
      "Object",
      "Long",
      "Integer",
      "Number",
      "Boolean",
      "Override",
      "Deprecated",
      "SuppressWarnings",
      "Generated",
      "List",
      "Map",
      "Value",
      "Resource",
      "Optional",
      "ResourceTypeSchema",
      "ResourceTypes",
      "HeatEnum",
      "Trees",
      "Checks",
      "BuilderChecks",
      "Constraint",
      "Arrays",
      "ArrayList",
      "LinkedHashMap",
      "Collections",
      "Objects",
      "Class",
      "Math",
      "System",
      "Record",
      "Enum",
      "Iterable",
      "Void",
      "Character",
      "Byte",
      "Short",
      "Float",
      "Double");

  // ---------------------------------------------------------------- types → packages, classes

  /**
   * The package of a resource type: the namespace segments lower-cased under {@code base}, with a
   * leading "OS" dropped (it is the namespace of every OpenStack type): {@code OS::Nova::Server} →
   * {@code base.nova}, {@code OS::Neutron::LBaaS::LoadBalancer} → {@code base.neutron.lbaas},
   * {@code AWS::EC2::Instance} → {@code base.aws.ec2}, {@code My::App::Server} → {@code
   * base.my.app}.
   */
  public static String packageName(String basePackage, String resourceType) {
    List<String> segments = typeSegments(resourceType);
    List<String> ns = segments.subList(0, segments.size() - 1);
    if (ns.size() > 1 && ns.get(0).equals("OS")) {
      // OS:: is shared by every OpenStack type: drop it (but keep it if it is all there is)
      ns = ns.subList(1, ns.size());
    }
    StringBuilder out = new StringBuilder(basePackage);
    for (String s : ns) {
      out.append('.').append(packageSegment(s));
    }
    return out.toString();
  }

  /**
   * The class name of a resource type: its last segment, made a Java identifier and capitalised
   * ({@code OS::Nova::Server} → {@code Server}).
   */
  public static String className(String resourceType) {
    List<String> segments = typeSegments(resourceType);
    return typeName(segments.get(segments.size() - 1));
  }

  /** A package segment: letters and digits lower-cased; "_" prefix for a digit or a keyword. */
  static String packageSegment(String segment) {
    String s = segment.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
    if (s.isEmpty()) {
      s = "x";
    }
    if (!Character.isJavaIdentifierStart(s.charAt(0))) {
      s = "_" + s; // a leading digit ("OS::3par::X")
    }
    if (SourceVersion.isKeyword(s)) {
      s = s + "_"; // "OS::Switch::X" → package switch_
    }
    return s;
  }

  private static List<String> typeSegments(String resourceType) {
    List<String> out = new ArrayList<>();
    for (String s : resourceType.split("::")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("not a resource type name: \"" + resourceType + "\"");
    }
    return out;
  }

  // ---------------------------------------------------------------- Heat names → identifiers

  /**
   * The camelCase words of a Heat name. Separators are anything but letters and digits ({@code
   * block_device_mapping_v2}, {@code binding:vnic_type}, {@code X-Account-Meta}, {@code
   * SourceSecurityGroup.OwnerAlias}); an existing camelCase name keeps its humps ({@code
   * diskConfig}, {@code accessIPv4}); an all-upper-case word is one word ({@code CREATE} →
   * {@code create}); a leading acronym is lower-cased as one word ({@code SSLCertificateId} →
   * {@code sslCertificateId}, {@code VPCZoneIdentifier} → {@code vpcZoneIdentifier}).
   */
  static String camel(String heatName) {
    String[] words = heatName.split("[^A-Za-z0-9]+");
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (out.length() == 0) {
        out.append(lowerFirstWord(w));
      } else {
        out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return out.toString();
  }

  private static String lowerFirstWord(String w) {
    if (w.equals(w.toUpperCase(Locale.ROOT))) {
      return w.toLowerCase(Locale.ROOT); // CREATE, EIP, X
    }
    int upper = 0;
    while (upper < w.length() && Character.isUpperCase(w.charAt(upper))) {
      upper++;
    }
    if (upper <= 1) {
      return Character.toLowerCase(w.charAt(0)) + w.substring(1); // ImageId → imageId
    }
    // SSLCertificateId: the acronym is all capitals but the last, which starts the next word
    return w.substring(0, upper - 1).toLowerCase(Locale.ROOT) + w.substring(upper - 1);
  }

  /**
   * The base Java identifier of a Heat property, key or attribute name: {@link #camel}, with "_"
   * before a leading digit ({@code 8021q} → {@code _8021q}) and "value" for a name without letters
   * or digits. Java keywords and literals ({@code default}, {@code class}, {@code interface},
   * {@code true}) are NOT fixed here: the scope adds its suffix to them, as it does for reserved
   * method names.
   */
  public static String identifier(String heatName) {
    String s = camel(heatName);
    if (s.isEmpty()) {
      s = "value";
    }
    if (!Character.isJavaIdentifierStart(s.charAt(0))) {
      s = "_" + s;
    }
    return s;
  }

  /** PascalCase of a Heat name, for classes and enums ({@code block_device_mapping_v2}). */
  public static String typeName(String heatName) {
    String s = identifier(heatName);
    if (s.startsWith("_")) {
      s = "T" + s; // a class name starting with a digit: T_8021q
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The singular of a plural property name, for list adders ({@code networks} → {@code network},
   * {@code fixed_ips} → {@code fixed_ip}, {@code policies} → {@code policy}, {@code addresses} →
   * {@code address}); a name that is not a plural is returned unchanged ({@code
   * block_device_mapping_v2} → {@code addBlockDeviceMappingV2}); when the adder's name is taken
   * the caller uses {@code addTo} + name.
   */
  public static String singular(String heatName) {
    String n = heatName;
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && n.length() > 4) {
      return n.substring(0, n.length() - 3)
          + (Character.isUpperCase(n.charAt(n.length() - 1)) ? "Y" : "y");
    }
    if (lower.endsWith("sses")
        || lower.endsWith("xes")
        || lower.endsWith("ches")
        || lower.endsWith("shes")) {
      return n.substring(0, n.length() - 2);
    }
    if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
      return n; // address, status, analysis: not plurals
    }
    if (lower.endsWith("s") && n.length() > 2) {
      return n.substring(0, n.length() - 1);
    }
    return n;
  }

  /**
   * The name of the enum constant for an allowed string value: upper snake case ({@code
   * ipv6-icmp} → {@code IPV6_ICMP}, {@code RoundRobin} → {@code ROUND_ROBIN}); "_" before a
   * leading digit; null when nothing usable is left (the caller then generates no enum).
   */
  public static String enumConstant(String value) {
    String spaced = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    String s = spaced.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    s = s.replaceAll("^_+|_+$", "");
    if (s.isEmpty()) {
      return null;
    }
    if (!Character.isJavaIdentifierStart(s.charAt(0))) {
      s = "_" + s;
    }
    return s;
  }

  /**
   * The enum constant names of {@code values}, or null when an enum is not safe: a value is not a
   * string, has no usable name, or two values give the same name ({@code PUT} and {@code put}).
   */
  public static List<String> enumConstants(List<?> values) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Object v : values) {
      if (!(v instanceof String s)) {
        return null;
      }
      String c = enumConstant(s);
      if (c == null || !seen.add(c)) {
        return null;
      }
      out.add(c);
    }
    return out.isEmpty() ? null : out;
  }

  // ---------------------------------------------------------------- scopes

  /**
   * The names taken in one Java scope (a class's methods, or the nested types of a top-level
   * class). {@link #claim} gives a name's final form: with {@code suffix} when it is reserved or a
   * keyword, then with a counter (2, 3 …) if still taken — so two Heat names that map to the same
   * identifier ({@code X-Container-Read} and {@code x_container_read}) never collide.
   */
  public static final class Scope {
    private final Set<String> reserved;
    private final String suffix;
    private final Set<String> taken = new HashSet<>();

    public Scope(Set<String> reserved, String suffix) {
      this.reserved = reserved;
      this.suffix = suffix;
    }

    /** Claims the best free form of {@code candidate}. */
    public String claim(String candidate) {
      String s = candidate;
      if (reserved.contains(s) || SourceVersion.isKeyword(s) || s.equals("_")) {
        s = s + suffix;
      }
      String base = s;
      for (int i = 2; !taken.add(s); i++) {
        s = base + i;
      }
      return s;
    }

    /** Claims {@code candidate} if it is free and allowed, else returns null without claiming. */
    public String tryClaim(String candidate) {
      if (reserved.contains(candidate)
          || SourceVersion.isKeyword(candidate)
          || taken.contains(candidate)) {
        return null;
      }
      taken.add(candidate);
      return candidate;
    }

    /** Marks a name as taken. */
    public void take(String name) {
      taken.add(name);
    }

    public boolean isTaken(String name) {
      return taken.contains(name);
    }
  }

  /** A scope for the methods of a resource's builder. */
  public static Scope builderScope() {
    return new Scope(BUILDER_RESERVED, "Property");
  }

  /** A scope for the attribute accessors of a resource class. */
  public static Scope attributeScope() {
    return new Scope(RESOURCE_RESERVED, "Attr");
  }

  /** A scope for the methods of a nested value class's builder. */
  public static Scope nestedBuilderScope() {
    return new Scope(NESTED_BUILDER_RESERVED, "Property");
  }

  /**
   * A scope for the nested types of the resource class {@code className}: a nested type must not
   * be named like its enclosing class (Java forbids it) nor like a type the file uses.
   */
  public static Scope typeScope(String className) {
    Set<String> reserved = new HashSet<>(TYPE_RESERVED);
    reserved.add(className);
    return new Scope(reserved, "Spec");
  }

  /** Whether {@code s} is a valid Java identifier that is not a keyword. */
  public static boolean isValidIdentifier(String s) {
    return SourceVersion.isName(s) && !s.contains(".");
  }
}
