package io.hotdsl.patterns;

import io.hotdsl.bundle.ChildTemplate;
import io.hotdsl.functions.Fn;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.resources.aodh.GnocchiAggregationByResourcesAlarm;
import io.hotdsl.resources.aodh.GnocchiAggregationByResourcesAlarm.ComparisonOperator;
import io.hotdsl.resources.heat.AutoScalingGroup;
import io.hotdsl.resources.heat.ScalingPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The classic Heat autoscaling pattern in a few lines: an {@code OS::Heat::AutoScalingGroup}, a
 * scale-up and a scale-down {@code OS::Heat::ScalingPolicy}, and a high and a low
 * {@code OS::Aodh::GnocchiAggregationByResourcesAlarm} on the members' CPU wired to the policies'
 * {@code alarm_url}.
 *
 * <pre>{@code
 * ScaledGroup.Parts web = ScaledGroup.builder("web_group")
 *     .member(memberTemplate.resource("member").set(IMAGE, image).set(POOL, pool))
 *     .size(1, 2, 6)
 *     .cpuPercent(15, 80)
 *     .addTo(t);
 * }</pre>
 *
 * <p>The alarms find the members in Gnocchi through the server metadata
 * {@code metering.server_group}, which the helper sets to the stack's ID: an inline
 * {@code OS::Nova::Server} member gets it in its {@code metadata} property, a member template
 * must declare a {@code metadata} parameter (json) and pass it to its server. Load-balancer pool
 * membership belongs in the member template (a server plus its {@code OS::Octavia::PoolMember});
 * give the pool as one of the member's properties.
 */
public final class ScaledGroup {
  /** Server metadata key by which Aodh's Gnocchi queries find a group's members. */
  public static final String SERVER_GROUP_METADATA = "metering.server_group";

  /** The resources the pattern added, for outputs and further references. */
  public record Parts(
      AutoScalingGroup group,
      ScalingPolicy scaleUp,
      ScalingPolicy scaleDown,
      GnocchiAggregationByResourcesAlarm cpuHigh,
      GnocchiAggregationByResourcesAlarm cpuLow) {}

  private ScaledGroup() {}

  /** A pattern whose group is named {@code groupName}. */
  public static Builder builder(String groupName) {
    return new Builder(groupName);
  }

  /** Configures and adds the pattern to a template. */
  public static final class Builder {
    private final String groupName;
    private String prefix = "";
    private String memberType;
    private Map<String, Object> memberProperties = Map.of();
    private boolean memberIsServer;
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

    /** An inline {@code OS::Nova::Server} member with these properties. */
    public Builder server(Map<String, ?> properties) {
      return member("OS::Nova::Server", properties, true);
    }

    /** A member of a nested or provider template, given these properties (its parameters). */
    public Builder member(ChildTemplate template, Map<String, ?> properties) {
      requireMetadata(template);
      return member(template.type(), properties, false);
    }

    /**
     * A member of a nested or provider template, its parameters set through the template's own
     * {@code Parameter} objects ({@code web.resource("member").set(IMAGE, image)}); the member's
     * name is not used. Checked as Heat checks it, counting {@code metadata} as set: the pattern
     * sets it.
     */
    public Builder member(ChildTemplate.ResourceBuilder member) {
      requireMetadata(member.child());
      return member(member.type(), member.build(Set.of("metadata")).properties(), false);
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
      return member(member.type(), given, "OS::Nova::Server".equals(member.type()));
    }

    private Builder member(String type, Map<String, ?> properties, boolean server) {
      this.memberType = type;
      this.memberProperties = new LinkedHashMap<>(properties);
      this.memberIsServer = server;
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

    /** Adds the group, its policies and alarms to {@code t}. */
    public Parts addTo(Template.Builder t) {
      if (memberType == null) {
        throw new IllegalStateException(
            "ScaledGroup " + groupName + ": no member; call server() " + "or member()");
      }
      Value<String> stackId = Fn.getParam("OS::stack_id");
      Map<String, Object> properties = new LinkedHashMap<>(memberProperties);
      Map<String, Object> metadata = new LinkedHashMap<>();
      if (memberIsServer && properties.get("metadata") instanceof Map<?, ?> given) {
        given.forEach((k, v) -> metadata.put(String.valueOf(k), v));
      }
      metadata.put(SERVER_GROUP_METADATA, stackId);
      properties.put("metadata", metadata);
      Map<String, Object> resource = new LinkedHashMap<>();
      resource.put("type", memberType);
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
      return new Parts(group, up, down, high, low);
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
