package io.hotdsl.patterns;

import io.hotdsl.bundle.ChildTemplate;
import io.hotdsl.cloudinit.CloudConfig;
import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.model.OutputKey;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.resources.aodh.GnocchiAggregationByResourcesAlarm;
import io.hotdsl.resources.aodh.GnocchiAggregationByResourcesAlarm.ComparisonOperator;
import io.hotdsl.resources.heat.AutoScalingGroup;
import io.hotdsl.resources.heat.ScalingPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The classic Heat autoscaling pattern in a few lines: an {@code OS::Heat::AutoScalingGroup}, a
 * scale-up and a scale-down {@code OS::Heat::ScalingPolicy}, and a high and a low
 * {@code OS::Aodh::GnocchiAggregationByResourcesAlarm} on the members' CPU wired to the policies'
 * {@code alarm_url}.
 *
 * <pre>{@code
 * LoadBalancedPool lb = LoadBalancedPool.builder("web").vipSubnet(subnet).addTo(t);
 * ScaledGroup web = ScaledGroup.builder("web_group")
 *     .servers(image, flavor, network)     // the members: servers …
 *     .userData(cloudConfig)               // … configured by cloud-init …
 *     .behind(lb)                          // … each joining lb's pool
 *     .size(1, 2, 6)
 *     .cpuPercent(15, 80)
 *     .addTo(t);
 * t.output("members", web.addresses());
 * Bundle.builder("template.yaml", t.build()).child(web.memberTemplate().orElseThrow());
 * }</pre>
 *
 * <p>Servers behind a pool need a member template (a server plus its
 * {@code OS::Octavia::PoolMember}); the pattern writes it, named {@code <pool's name>_member.yaml}
 * ({@link Builder#memberFile} overrides it), and the bundle takes it from
 * {@link #memberTemplate()}. Servers not behind a pool are inline {@code OS::Nova::Server}
 * members. Any other member is given with {@code member(…)}: a resource, or a nested or provider
 * template's typed resource.
 *
 * <p>The alarms find the members in Gnocchi through the server metadata
 * {@code metering.server_group}, which the helper sets to the stack's ID: an inline
 * {@code OS::Nova::Server} member gets it in its {@code metadata} property, a member template
 * must declare a {@code metadata} parameter (json) and pass it to its server.
 */
public final class ScaledGroup extends Construct {
  /** Server metadata key by which Aodh's Gnocchi queries find a group's members. */
  public static final String SERVER_GROUP_METADATA = "metering.server_group";

  /** The output of the member template of servers behind a pool: the server's address. */
  public static final OutputKey<String> ADDRESS = OutputKey.of("address");

  private final AutoScalingGroup group;
  private final ScalingPolicy scaleUp;
  private final ScalingPolicy scaleDown;
  private final GnocchiAggregationByResourcesAlarm cpuHigh;
  private final GnocchiAggregationByResourcesAlarm cpuLow;
  private final ChildTemplate memberTemplate;

  private ScaledGroup(
      AutoScalingGroup group,
      ScalingPolicy scaleUp,
      ScalingPolicy scaleDown,
      GnocchiAggregationByResourcesAlarm cpuHigh,
      GnocchiAggregationByResourcesAlarm cpuLow,
      ChildTemplate memberTemplate) {
    this.group = group;
    this.scaleUp = scaleUp;
    this.scaleDown = scaleDown;
    this.cpuHigh = cpuHigh;
    this.cpuLow = cpuLow;
    this.memberTemplate = memberTemplate;
  }

  /** A pattern whose group is named {@code groupName}. */
  public static Builder builder(String groupName) {
    return new Builder(groupName);
  }

  /** The group. */
  public AutoScalingGroup group() {
    return group;
  }

  /** The policy that adds members; its {@code alarm_url} is what the high alarm calls. */
  public ScalingPolicy scaleUp() {
    return scaleUp;
  }

  /** The policy that removes members. */
  public ScalingPolicy scaleDown() {
    return scaleDown;
  }

  /** The alarm on high CPU use. */
  public GnocchiAggregationByResourcesAlarm cpuHigh() {
    return cpuHigh;
  }

  /** The alarm on low CPU use. */
  public GnocchiAggregationByResourcesAlarm cpuLow() {
    return cpuLow;
  }

  /**
   * The members' template, for the bundle: the one the pattern wrote for servers behind a pool,
   * or the nested or provider template given to {@code member(…)}; empty for an inline member.
   */
  public Optional<ChildTemplate> memberTemplate() {
    return Optional.ofNullable(memberTemplate);
  }

  /**
   * Output {@code output} of every member, in the group's order: {@code get_attr: [<group>,
   * outputs_list, <output>]}.
   *
   * @throws IllegalArgumentException when the member template has no such output
   */
  public <T> Value<List<T>> outputs(OutputKey<T> output) {
    Objects.requireNonNull(output, "output");
    if (memberTemplate != null) {
      Set<String> outputs = memberTemplate.template().outputs().keySet();
      if (!outputs.contains(output.name())) {
        throw new IllegalArgumentException("the members of " + group.name() + " ("
            + memberTemplate.file() + ") have no output " + output.name() + "; their outputs: "
            + outputs);
      }
    }
    return group.outputsList(output.name());
  }

  /**
   * The addresses of servers behind a pool ({@link #ADDRESS} of every member).
   *
   * @throws IllegalStateException when the members are not {@code servers(…).behind(…)}
   */
  public Value<List<String>> addresses() {
    if (memberTemplate == null
        || !memberTemplate.template().outputs().containsKey(ADDRESS.name())) {
      throw new IllegalStateException("ScaledGroup " + group.name() + ": addresses() are those "
          + "of servers(…).behind(…) members; read another member's with outputs(…)");
    }
    return outputs(ADDRESS);
  }

  /** The group, its policies and alarms, in the order they are added. */
  @Override
  public List<Resource> resources() {
    return List.of(group, scaleUp, scaleDown, cpuHigh, cpuLow);
  }

  /** Configures and adds the pattern to a template. */
  public static final class Builder {
    private final String groupName;
    private String prefix = "";
    private String memberType;
    private Map<String, Object> memberProperties = Map.of();
    private boolean memberIsServer;
    private ChildTemplate memberChild;
    private Value<String> image;
    private Value<String> flavor;
    private Value<String> network;
    private Object networkDefault;
    private CloudConfig userData;
    private LoadBalancedPool pool;
    private String memberFile;
    private long min = 1;
    private long desired = 1;
    private long max = 3;
    private long scaleUpBy = 1;
    private long scaleDownBy = 1;
    private long upCooldown = 120;
    private long downCooldown = 300;
    private long granularity = 300;
    private double lowPercent = 15;
    private double highPercent = 80;

    private Builder(String groupName) {
      this.groupName = Objects.requireNonNull(groupName, "groupName");
    }

    /**
     * Members that are servers of this image and flavor on this network, from parameters of the
     * template; {@link #userData} configures them and {@link #behind} puts them in a pool.
     */
    public Builder servers(
        Parameter<String> image, Parameter<String> flavor, Parameter<String> network) {
      servers(
          Refs.of(image, "image"),
          Refs.of(flavor, "flavor"),
          Refs.of(network, "network"),
          network.defaultValue());
      return this;
    }

    /** Members that are servers of this image and flavor on this network, named in the cloud. */
    public Builder servers(String image, String flavor, String network) {
      servers(
          Refs.literal(image, "image"),
          Refs.literal(flavor, "flavor"),
          Refs.literal(network, "network"),
          network);
      return this;
    }

    private void servers(
        Value<String> image, Value<String> flavor, Value<String> network, Object networkDefault) {
      this.image = image;
      this.flavor = flavor;
      this.network = network;
      this.networkDefault = networkDefault;
      this.memberType = null;
      this.memberChild = null;
    }

    /** The cloud-config of the {@link #servers} (as {@code user_data}, format RAW). */
    public Builder userData(CloudConfig config) {
      this.userData = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Puts each of the {@link #servers} in {@code pool}'s pool (on its member port and member
     * subnet, else the VIP's subnet), through a member template that holds the server and its
     * {@code OS::Octavia::PoolMember}.
     */
    public Builder behind(LoadBalancedPool pool) {
      this.pool = Objects.requireNonNull(pool, "pool");
      return this;
    }

    /** The file of the member template {@link #behind} makes (default {@code <pool>_member.yaml}). */
    public Builder memberFile(String file) {
      this.memberFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /** An inline {@code OS::Nova::Server} member with these properties. */
    public Builder server(Map<String, ?> properties) {
      return member("OS::Nova::Server", properties, true, null);
    }

    /** A member of a nested or provider template, given these properties (its parameters). */
    public Builder member(ChildTemplate template, Map<String, ?> properties) {
      requireMetadata(template);
      return member(template.type(), properties, false, template);
    }

    /**
     * A member of a nested or provider template, its parameters set through the template's own
     * {@code Parameter} objects ({@code web.resource("member").set(IMAGE, image)}); the member's
     * name is not used. Checked as Heat checks it, counting {@code metadata} as set: the pattern
     * sets it.
     */
    public Builder member(ChildTemplate.ResourceBuilder member) {
      requireMetadata(member.child());
      return member(
          member.type(), member.build(Set.of("metadata")).properties(), false, member.child());
    }

    private static void requireMetadata(ChildTemplate template) {
      if (!template.template().parameters().containsKey("metadata")) {
        throw new IllegalArgumentException("member template " + template.file() + " must declare "
            + "a json parameter \"metadata\" for " + SERVER_GROUP_METADATA
            + ", which the alarms find the members by");
      }
    }

    /**
     * A member built as any other resource (a server, a typed provider or nested template): its
     * type and properties become the group's {@code resource}. A member that is not an
     * {@code OS::Nova::Server} must take a json {@code metadata} property and pass it to its
     * server, as {@link #member(ChildTemplate, Map)} requires.
     */
    public Builder member(Resource member) {
      Objects.requireNonNull(member, "member");
      Map<String, Object> given = member.properties();
      ChildTemplate child = member instanceof ChildTemplate.ChildResource c ? c.child() : null;
      return member(member.type(), given, "OS::Nova::Server".equals(member.type()), child);
    }

    private Builder member(
        String type, Map<String, ?> properties, boolean server, ChildTemplate child) {
      this.memberType = type;
      this.memberProperties = new LinkedHashMap<>(properties);
      this.memberIsServer = server;
      this.memberChild = child;
      this.image = null;
      return this;
    }

    /** Names the policies and alarms {@code prefix + "scale_up"} … (default: no prefix). */
    public Builder namePrefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /** The group's minimum, initial and maximum size. */
    public Builder size(long min, long desired, long max) {
      if (min < 0 || desired < min || max < desired) {
        throw new IllegalArgumentException("size must satisfy 0 <= min <= desired <= max, not "
            + min + ", " + desired + ", " + max);
      }
      this.min = min;
      this.desired = desired;
      this.max = max;
      return this;
    }

    /** Members added per scale-up and removed per scale-down (change_in_capacity). */
    public Builder step(long up, long down) {
      if (up <= 0 || down <= 0) {
        throw new IllegalArgumentException("steps must be positive, not " + up + ", " + down);
      }
      this.scaleUpBy = up;
      this.scaleDownBy = down;
      return this;
    }

    /** Seconds each policy waits after acting before it acts again. */
    public Builder cooldowns(long up, long down) {
      this.upCooldown = up;
      this.downCooldown = down;
      return this;
    }

    /** Mean CPU use of one vCPU, in percent, below which to shrink and above which to grow. */
    public Builder cpuPercent(double low, double high) {
      if (!(0 < low && low < high && high <= 100)) {
        throw new IllegalArgumentException(
            "CPU thresholds must satisfy 0 < low < high <= 100, " + "not " + low + ", " + high);
      }
      this.lowPercent = low;
      this.highPercent = high;
      return this;
    }

    /** The alarms' evaluation window in seconds (Gnocchi granularity; default 300). */
    public Builder granularity(long seconds) {
      this.granularity = seconds;
      return this;
    }

    /**
     * Adds the group, its policies and alarms to {@code t}.
     *
     * @throws IllegalStateException when there is no member, or {@code userData}, {@code behind}
     *     or {@code memberFile} are given without {@code servers}
     * @throws IllegalArgumentException when the cloud-config of servers behind a pool has
     *     functions: it is written into the member template, where the parent's names are unknown
     */
    public ScaledGroup addTo(Template.Builder t) {
      Member member = image != null ? serversMember(t) : givenMember();
      Value<String> stackId = Fn.stackId();
      Map<String, Object> properties = new LinkedHashMap<>(member.properties());
      Map<String, Object> metadata = new LinkedHashMap<>();
      if (member.server() && properties.get("metadata") instanceof Map<?, ?> given) {
        given.forEach((k, v) -> metadata.put(String.valueOf(k), v));
      }
      metadata.put(SERVER_GROUP_METADATA, stackId);
      properties.put("metadata", metadata);
      Map<String, Object> resource = new LinkedHashMap<>();
      resource.put("type", member.type());
      resource.put("properties", properties);
      AutoScalingGroup group = t.resource(AutoScalingGroup.builder(groupName)
          .minSize(min)
          .desiredCapacity(desired)
          .maxSize(max)
          .resource(resource)
          .build());
      ScalingPolicy up = t.resource(policy(prefix + "scale_up", group, scaleUpBy, upCooldown));
      ScalingPolicy down =
          t.resource(policy(prefix + "scale_down", group, -scaleDownBy, downCooldown));
      // the members' resources in Gnocchi: instances whose metadata carries this stack's ID
      Value<String> query =
          Fn.strReplace("{\"=\": {\"server_group\": \"STACK_ID\"}}", Map.of("STACK_ID", stackId));
      GnocchiAggregationByResourcesAlarm high = t.resource(alarm(
          prefix + "cpu_high",
          "Scale up when the mean CPU use exceeds " + percent(highPercent),
          highPercent,
          ComparisonOperator.GT,
          1,
          query,
          up));
      GnocchiAggregationByResourcesAlarm low = t.resource(alarm(
          prefix + "cpu_low",
          "Scale down when the mean CPU use is below " + percent(lowPercent),
          lowPercent,
          ComparisonOperator.LT,
          3,
          query,
          down));
      return new ScaledGroup(group, up, down, high, low, member.child());
    }

    /** A group's member: its type and properties, and its template if it has one. */
    private record Member(
        String type, Map<String, Object> properties, boolean server, ChildTemplate child) {}

    private Member givenMember() {
      if (memberType == null) {
        throw new IllegalStateException(
            "ScaledGroup " + groupName + ": no member; call servers(), server() or member()");
      }
      if (userData != null || pool != null || memberFile != null) {
        throw new IllegalStateException("ScaledGroup " + groupName
            + ": userData(), behind() and memberFile() go with servers(), not member()");
      }
      return new Member(memberType, memberProperties, memberIsServer, memberChild);
    }

    /** The member {@link #servers} describe: an inline server, or a pooled member template. */
    private Member serversMember(Template.Builder t) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("image", image);
      p.put("flavor", flavor);
      if (pool == null) {
        if (memberFile != null) {
          throw new IllegalStateException(
              "ScaledGroup " + groupName + ": memberFile() goes with behind(), a member template");
        }
        p.put("networks", List.of(Map.of("network", network)));
        if (userData != null) {
          p.put("user_data_format", "RAW");
          p.put("user_data", userData.userData(t, groupName + "_config"));
        }
        return new Member("OS::Nova::Server", p, true, null);
      }
      if (userData != null && !userData.isLiteral()) {
        throw new IllegalArgumentException("ScaledGroup " + groupName + ": the servers' "
            + "cloud-config is written into their member template, so it cannot refer to this "
            + "template's parameters or resources (it has functions); pass such values with "
            + "member() and a member template of your own");
      }
      String file = memberFile != null ? memberFile : pool.name() + "_member.yaml";
      ChildTemplate child = PooledServerTemplate.of(
          file, PooledServerTemplate.network(networkDefault), pool.memberPort(), userData);
      p.put("network", network);
      p.put("subnet", pool.memberSubnet());
      p.put("pool", Refs.of(pool.pool(), "pool"));
      return new Member(child.type(), p, false, child);
    }

    private static ScalingPolicy policy(
        String name, AutoScalingGroup group, long adjustment, long cooldown) {
      return ScalingPolicy.builder(name)
          .autoScalingGroupId(group.ref())
          .adjustmentType(ScalingPolicy.AdjustmentType.CHANGE_IN_CAPACITY)
          .scalingAdjustment(adjustment)
          .cooldown(cooldown)
          .build();
    }

    /**
     * Gnocchi's {@code cpu} metric is cumulative CPU time in ns; {@code rate:mean} over the
     * granularity gives ns per window, so P % of one vCPU is P / 100 × granularity × 10^9.
     */
    private GnocchiAggregationByResourcesAlarm alarm(
        String name,
        String description,
        double percent,
        ComparisonOperator operator,
        long periods,
        Value<String> query,
        ScalingPolicy policy) {
      return GnocchiAggregationByResourcesAlarm.builder(name)
          .descriptionProperty(description)
          .metric("cpu")
          .aggregationMethod("rate:mean")
          .granularity(granularity)
          .evaluationPeriods(periods)
          .threshold(Math.round(percent / 100 * granularity * 1e9))
          .comparisonOperator(operator)
          .resourceType("instance")
          .query(query)
          // alarm_url: a pre-signed URL, no credentials needed by Aodh
          .addAlarmAction(policy.alarmUrl())
          .build();
    }

    private static String percent(double p) {
      return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + " %";
    }
  }
}
