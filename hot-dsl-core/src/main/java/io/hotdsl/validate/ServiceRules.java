package io.hotdsl.validate;

import io.hotdsl.functions.PythonTruth;
import io.hotdsl.functions.Trees;
import io.hotdsl.schema.PropertySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cross-property rules of service plugins' {@code validate()} in Heat 19
 * ({@code heat/engine/resources/...}), which Heat runs before stack create: which of several
 * properties must be given, which exclude each other. Values are read as the plugin reads them
 * then ({@link PreCreateValues}): absent without a default is None; a property given (even null,
 * or a {@code get_attr}) is its value or its type's empty value, never None. A value hot-dsl
 * cannot know, or a hidden property Heat translates into the one read, leaves the rule alone.
 *
 * <ul>
 *   <li>{@code neutron/quota.py NeutronQuota.validate}, {@code nova/quota.py NovaQuota.validate},
 *       {@code octavia/quota.py OctaviaQuota.validate}, {@code cinder/quota.py
 *       CinderQuota.validate}: at least one quota besides {@code project};
 *   <li>{@code neutron/lbaas/pool.py Pool.validate}, {@code octavia/pool.py Pool.validate}:
 *       listener or loadbalancer; {@code neutron/lbaas/listener.py Listener.validate},
 *       {@code octavia/listener.py Listener.validate}: loadbalancer or default_pool, and
 *       default_tls_container_ref for TERMINATED_HTTPS;
 *   <li>{@code mistral/workflow.py Workflow.validate}: each task a workflow or an action;
 *       {@code mistral/cron_trigger.py CronTrigger.validate}: pattern or first_time;
 *   <li>{@code neutron/router.py RouterInterface.validate}: subnet or port;
 *       {@code neutron/subnet.py Subnet.validate}: subnetpool or cidr;
 *   <li>{@code aws/ec2/eip.py ElasticIpAssociation.validate}: EIP or AllocationId, and
 *       InstanceId or NetworkInterfaceId;
 *   <li>{@code zaqar/subscription.py ZaqarSubscription._validate_subscriber}: the subscriber's
 *       scheme;
 *   <li>{@code designate/zone.py DesignateZone.validate}: email for PRIMARY, masters for
 *       SECONDARY;
 *   <li>{@code cinder/volume.py CinderVolume._validate_create_sources}: size or one source;
 *   <li>{@code nova/server.py Server._validate_block_device_mapping}: an image or a block device
 *       mapping to boot from;
 *   <li>{@code aws/autoscaling/launch_config.py LaunchConfiguration.validate}: ImageId and
 *       InstanceType without InstanceId;
 *   <li>{@code heat/instance_group.py InstanceGroup.validate_launchconfig}: the launch
 *       configuration is a resource of the stack;
 *   <li>{@code sahara/job_binary.py JobBinary.validate}: a swift:// or internal-db://UUID url;
 *   <li>{@code monasca/notification.py MonascaNotification.validate}: period only for webhooks,
 *       an email address for email.
 * </ul>
 */
final class ServiceRules {
  /** The value of a rule that cannot be judged. */
  private static final Object SKIP = PreCreateValues.UNKNOWN;

  private ServiceRules() {}

  static void check(
      PluginRules rules,
      YamlPath at,
      String name,
      String type,
      Map<String, PropertySchema> schema,
      Map<?, ?> props) {
    Reader r = new Reader(rules, type, schema, props);
    switch (type) {
      case "OS::Neutron::Quota", "OS::Nova::Quota", "OS::Octavia::Quota" ->
        quota(rules, at, r, new ArrayList<>(new TreeSet<>(quotas(schema))));
      case "OS::Cinder::Quota" ->
        quota(
            rules,
            at,
            r,
            List.of("gigabytes", "snapshots", "volumes", "backups", "backup_gigabytes"));
      case "OS::Neutron::LBaaS::Pool", "OS::Octavia::Pool" ->
        unspecified(rules, at, r, "listener", "loadbalancer");
      case "OS::Neutron::LBaaS::Listener", "OS::Octavia::Listener" -> listener(rules, at, r);
      case "OS::Mistral::Workflow" -> workflow(rules, at, schema, props);
      case "OS::Mistral::CronTrigger" -> {
        Object pattern = r.get("pattern");
        Object first = r.get("first_time");
        if (pattern != SKIP
            && first != SKIP
            && !PythonTruth.of(pattern)
            && !PythonTruth.of(first)) {
          unspecifiedError(rules, at, "pattern", "first_time");
        }
      }
      case "OS::Neutron::RouterInterface" -> unspecified(rules, at, r, "subnet", "port");
      case "OS::Neutron::Subnet" -> {
        Object pool = r.get("subnetpool");
        Object cidr = r.get("cidr");
        if (pool != SKIP && cidr != SKIP && pool == null && !PythonTruth.of(cidr)) {
          unspecifiedError(rules, at, "subnetpool", "cidr");
        }
      }
      case "AWS::EC2::EIPAssociation" -> eipAssociation(rules, at, r);
      case "OS::Zaqar::Subscription" -> {
        Object subscriber = r.get("subscriber");
        List<String> schemes = List.of("http", "https", "mailto", "trust+http", "trust+https");
        if (subscriber instanceof String s && !schemes.contains(s.split(":", 2)[0])) {
          rules.createError(
              at.key("subscriber"),
              "The subscriber type of must be one of: " + String.join(", ", schemes) + ".");
        }
      }
      case "OS::Designate::Zone" -> {
        zoneNeeds(rules, at, r, "PRIMARY", "email");
        zoneNeeds(rules, at, r, "SECONDARY", "masters");
      }
      case "OS::Cinder::Volume" -> volume(rules, at, r);
      case "OS::Nova::Server" -> {
        // only when nothing is given to boot from: the mappings' own rules are left to Heat
        if (r.get("image") == null
            && r.get("block_device_mapping") == null
            && r.get("block_device_mapping_v2") == null) {
          rules.createError(
              at, "Neither image nor bootable volume is specified for instance " + name);
        }
      }
      case "AWS::AutoScaling::LaunchConfiguration" -> {
        Object instance = r.get("InstanceId");
        Object image = r.get("ImageId");
        Object flavor = r.get("InstanceType");
        if (instance != SKIP
            && image != SKIP
            && flavor != SKIP
            && !PythonTruth.of(instance)
            && (!PythonTruth.of(image) || !PythonTruth.of(flavor))) {
          rules.createError(at, "If without InstanceId, ImageId and InstanceType are required.");
        }
      }
      case "OS::Heat::InstanceGroup" -> launchConfiguration(rules, at, r);
      case "OS::Sahara::JobBinary" -> {
        if (r.get("url") instanceof String url
            && !(url.startsWith("swift://")
                || url.startsWith("internal-db://") && uuidLike(url.substring(14)))) {
          rules.createError(at, url + " is not a valid job location.");
        }
      }
      case "OS::Monasca::Notification" -> monasca(rules, at, r);
      default -> {}
    }
  }

  /**
   * instance_group.py InstanceGroup.validate_launchconfig (also AWS::AutoScaling::AutoScalingGroup
   * once its own checks pass): {@code stack.resource_by_refid} finds a resource by its reference,
   * before create its name.
   */
  static void launchConfiguration(PluginRules rules, YamlPath at, Reader r) {
    Object ref = r.get("LaunchConfigurationName");
    if (ref instanceof String s && !s.isEmpty() && !rules.hasResource(s)) {
      rules.createError(
          at.key("LaunchConfigurationName"),
          "LaunchConfigurationName (" + s
              + ") reference can not be found. (it must name a resource of this template, best "
              + "with get_resource)");
    }
  }

  /** oslo_utils uuidutils.is_uuid_like: 32 hex digits, maybe dashed, braced or urn:uuid:. */
  private static boolean uuidLike(String s) {
    String t =
        s.replace("urn:", "").replace("uuid:", "").replaceAll("^\\{+|\\}+$", "").replace("-", "");
    return t.matches("[0-9a-fA-F]{32}");
  }

  /** monasca/notification.py MonascaNotification.validate: period; an email address. */
  private static void monasca(PluginRules rules, YamlPath at, Reader r) {
    Object period = r.get("period");
    Object type = r.get("type");
    if (period == SKIP || type == SKIP) {
      return;
    }
    if (period != null && !"webhook".equals(type)) {
      rules.createError(
          at.key("period"),
          "The period property can only be specified against " + "a Webhook Notification type.");
    } else if ("email".equals(type)
        && r.get("address") instanceof String address
        && !address.isEmpty()
        && !java.util.regex.Pattern.compile(
                "^\\S+@\\S+$", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS)
            .matcher(address)
            .find()) {
      rules.createError(
          at.key("address"),
          "Address \"" + address + "\" doesn't satisfies "
              + "allowed format for \"email\" type of \"type\" property");
    }
  }

  /** The quota properties: all but project. */
  private static List<String> quotas(Map<String, PropertySchema> schema) {
    List<String> out = new ArrayList<>(schema.keySet());
    out.remove("project");
    return out;
  }

  /** The quota plugins: {@code sum(1 for p in self.properties.values() if p is not None) <= 1}. */
  private static void quota(PluginRules rules, YamlPath at, Reader r, List<String> named) {
    int set = 0;
    for (String key : r.schema.keySet()) {
      Object v = r.get(key);
      if (v == SKIP) {
        return;
      }
      set += v == null ? 0 : 1;
    }
    if (set <= 1) {
      unspecifiedError(rules, at, named.toArray(String[]::new));
    }
  }

  /** PropertyUnspecifiedError when every one of {@code keys} is None. */
  private static void unspecified(PluginRules rules, YamlPath at, Reader r, String... keys) {
    for (String key : keys) {
      Object v = r.get(key);
      if (v == SKIP || v != null) {
        return;
      }
    }
    unspecifiedError(rules, at, keys);
  }

  private static void unspecifiedError(PluginRules rules, YamlPath at, String... keys) {
    rules.createError(
        at,
        "At least one of the following properties must be specified: " + String.join(", ", keys)
            + ".");
  }

  private static void listener(PluginRules rules, YamlPath at, Reader r) {
    unspecified(rules, at, r, "loadbalancer", "default_pool");
    if ("TERMINATED_HTTPS".equals(r.get("protocol"))
        && r.get("default_tls_container_ref") == null) {
      rules.createError(
          at.key("protocol"),
          "Property default_tls_container_ref required when " + "protocol is TERMINATED_HTTPS.");
    }
  }

  /** workflow.py Workflow.validate: per task, exactly one of workflow and action. */
  private static void workflow(
      PluginRules rules, YamlPath at, Map<String, PropertySchema> schema, Map<?, ?> props) {
    PropertySchema tasks = schema.get("tasks");
    PropertySchema item = tasks == null ? null : tasks.itemSchema();
    if (item == null || !(Trees.node(props.get("tasks")) instanceof List<?> list)) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!(Trees.node(list.get(i)) instanceof Map<?, ?> task)) {
        continue;
      }
      Object wf = rules.value(task, item.schema(), "workflow");
      Object action = rules.value(task, item.schema(), "action");
      if (wf == SKIP || action == SKIP) {
        continue;
      }
      if (PythonTruth.of(wf) && PythonTruth.of(action)) {
        rules.createError(
            at.key("tasks").index(i),
            "Cannot define the following properties at " + "the same time: workflow, action.");
      } else if (!PythonTruth.of(wf) && !PythonTruth.of(action)) {
        unspecifiedError(rules, at.key("tasks").index(i), "workflow", "action");
      }
    }
  }

  private static void eipAssociation(PluginRules rules, YamlPath at, Reader r) {
    Object eip = r.get("EIP");
    Object allocation = r.get("AllocationId");
    Object instance = r.get("InstanceId");
    Object nic = r.get("NetworkInterfaceId");
    if (eip == SKIP || allocation == SKIP || instance == SKIP || nic == SKIP) {
      return;
    }
    if (PythonTruth.of(eip) == PythonTruth.of(allocation)) {
      rules.createError(at, "Either 'EIP' or 'AllocationId' must be provided.");
    } else if (PythonTruth.of(eip) && !PythonTruth.of(instance)) {
      rules.createError(at, "Must specify 'InstanceId' if you specify 'EIP'.");
    } else if (!PythonTruth.of(instance) && !PythonTruth.of(nic)) {
      unspecifiedError(rules, at, "InstanceId", "NetworkInterfaceId");
    }
  }

  private static void zoneNeeds(
      PluginRules rules, YamlPath at, Reader r, String zoneType, String key) {
    Object needed = r.get(key);
    if (zoneType.equals(r.get("type")) && needed != SKIP && !PythonTruth.of(needed)) {
      rules.createError(at, "Property " + key + " is required for zone type " + zoneType);
    }
  }

  /** volume.py CinderVolume.validate and _validate_create_sources. */
  private static void volume(PluginRules rules, YamlPath at, Reader r) {
    Object backup = r.get("backup_id");
    Object size = r.get("size");
    List<String> exclusive = new ArrayList<>();
    int noSize = 0;
    for (String key : List.of("snapshot_id", "source_volid", "image", "imageRef")) {
      Object v = r.get(key);
      if (v == SKIP) {
        return;
      }
      if (PythonTruth.of(v)) {
        exclusive.add(key);
        noSize += key.equals("snapshot_id") || key.equals("source_volid") ? 1 : 0;
      }
    }
    if (backup == SKIP || size == SKIP || PythonTruth.of(backup)) {
      return;
    }
    String specified = exclusive.stream()
        .map(k -> "'" + k + "'")
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    if (size == null && (noSize != 1 || exclusive.size() != 1)) {
      rules.createError(
          at,
          "If neither \"backup_id\" nor \"size\" is provided, one and only one "
              + "of \"source_volid\", \"snapshot_id\" must be specified, but currently specified "
              + "options: " + specified + ".");
    } else if (PythonTruth.of(size) && exclusive.size() > 1) {
      rules.createError(
          at,
          "If \"size\" is provided, only one of \"image\", \"imageRef\", "
              + "\"source_volid\", \"snapshot_id\" can be specified, but currently specified "
              + "options: " + specified + ".");
    }
  }

  /**
   * Property values as a plugin's {@code self.properties[key]} reads them before stack create,
   * or {@link #SKIP} when hot-dsl cannot know: a function it does not resolve, or a hidden
   * property Heat translates into {@code key} (subnet_id into subnet).
   */
  static final class Reader {
    private final PluginRules rules;
    private final String type;
    final Map<String, PropertySchema> schema;
    private final Map<?, ?> props;

    Reader(PluginRules rules, String type, Map<String, PropertySchema> schema, Map<?, ?> props) {
      this.rules = rules;
      this.type = type;
      this.schema = schema;
      this.props = props;
    }

    Object get(String key) {
      if (!props.containsKey(key)) {
        for (String hidden : HeatHidden.hiddenSourcesOf(type, key)) {
          if (props.get(hidden) != null) {
            return SKIP;
          }
        }
      }
      Object v = rules.value(props, schema, key);
      return PreCreateValues.unknown(v) ? SKIP : v;
    }
  }
}
