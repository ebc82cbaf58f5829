package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hotdsl.bundle.TreeYaml;
import io.hotdsl.diff.ResourceChange;
import io.hotdsl.diff.StackDiff;
import io.hotdsl.diff.UpdateImpact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@link DiffPair}s on a real Heat engine: creates the old stack (several pairs merged into
 * one stack), computes hot's offline diff of the running stack against the new request (as
 * {@code hot diff --stack} does), updates for real and reads what happened to every top-level
 * resource from Heat's resources and events. A batch whose create or update does not complete
 * (or whose offline diff throws) is split in halves until the pair that fails runs alone.
 */
final class DiffConformance {
  /** What Heat did to a resource, beyond {@link io.hotdsl.diff.Action}'s names. */
  static final String ABSENT = "ABSENT";

  static final String NOT_RUN = "NOT_RUN";
  private static final Set<String> GROUP_TYPES = Set.of(
      "OS::Heat::ResourceGroup",
      "OS::Heat::AutoScalingGroup",
      "OS::Heat::ResourceChain",
      "OS::Heat::Stack");

  /** One resource: hot's verdict and Heat's. */
  record Row(String resource, String hot, boolean hotUncertain, String heat) {
    boolean compared() {
      return !heat.equals(NOT_RUN);
    }

    boolean agrees() {
      if (hot.equals(heat)) {
        return true;
      }
      // a MAY verdict: the resource may or may not take the action (get_attr resolved later)
      return hotUncertain && (heat.equals("UNCHANGED") || heat.equals("UPDATED_IN_PLACE"));
    }

    @Override
    public String toString() {
      return String.format(
          "%-14s hot %s%-16s heat %-16s %s",
          resource, hotUncertain ? "MAY " : "", hot, heat, agrees() ? "" : "<-- differs");
    }
  }

  /** One pair's outcome. */
  record Result(
      DiffPair pair,
      List<Row> rows,
      String invalid,
      String hotError,
      String heatSays,
      String hotText) {
    boolean agrees() {
      return invalid.isEmpty()
          && hotError.isEmpty()
          && rows.stream().filter(Row::compared).allMatch(Row::agrees);
    }
  }

  private final HeatClient client;
  private int stacks;

  DiffConformance(HeatClient client) {
    this.client = client;
  }

  List<Result> run(List<DiffPair> pairs, int batchSize) {
    List<Result> out = new ArrayList<>();
    List<DiffPair> batch = new ArrayList<>();
    for (DiffPair p : pairs) {
      if (p.solo()) {
        out.addAll(runBatch(List.of(p)));
        continue;
      }
      batch.add(p);
      if (batch.size() == batchSize) {
        out.addAll(runOrSplit(batch));
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      out.addAll(runOrSplit(batch));
    }
    out.sort(java.util.Comparator.comparingInt(r -> r.pair().id()));
    return out;
  }

  private List<Result> runOrSplit(List<DiffPair> batch) {
    List<Result> r = batch.size() == 1 ? null : runBatch(batch);
    if (r != null) {
      return r;
    }
    if (batch.size() == 1) {
      return runBatch(batch);
    }
    // split in halves until the pair that makes the batch fail runs alone
    List<Result> out = new ArrayList<>(runOrSplit(batch.subList(0, batch.size() / 2)));
    out.addAll(runOrSplit(batch.subList(batch.size() / 2, batch.size())));
    return out;
  }

  /** The batch's results, or null when a batch of several did not run cleanly. */
  private List<Result> runBatch(List<DiffPair> batch) {
    boolean alone = batch.size() == 1;
    StackRequest oldReq = request(batch, true);
    StackRequest newReq = request(batch, false);
    String name = "dc" + (++stacks);
    DeployResult created;
    try {
      created = deployment(name, oldReq).run();
    } catch (HeatException e) {
      return alone ? invalid(batch.get(0), "old template refused: " + e.getMessage()) : null;
    }
    if (!created.complete()) {
      return alone
          ? invalid(batch.get(0), "old stack " + created.status() + ": " + created.reason())
          : null;
    }
    StackRef ref = created.stack();
    Stack stack = client.show(ref);
    Map<String, StackResource> before = top(client.resources(ref, 1));
    Set<String> stackResources = stackResources(client.resources(ref, 1));
    // every event so far: the update's events are the others (a marker can miss events that
    // share its timestamp)
    Set<String> seen = new java.util.HashSet<>();
    client.events(ref, null, 5).forEach(e -> seen.add(e.id()));
    StackDiff diff = null;
    String hotError = "";
    try {
      diff =
          UpdateImpact.between(UpdateInputs.running(client, stack), UpdateInputs.proposed(newReq));
    } catch (RuntimeException e) {
      if (!alone) {
        return null;
      }
      hotError = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    String refused = null;
    DeployResult updated = null;
    try {
      updated = deployment(name, newReq).run();
    } catch (HeatException e) {
      refused = e.getMessage();
    }
    if (!alone && (refused != null || !updated.complete())) {
      return null;
    }
    List<StackResource> all = client.resources(ref, 1);
    Map<String, StackResource> after = top(all);
    stackResources.addAll(stackResources(all));
    List<StackEvent> events =
        client.events(ref, null, 5).stream().filter(e -> !seen.contains(e.id())).toList();
    String heatSays = refused != null
        ? "refused: " + refused
        : updated.status() + (updated.complete() ? "" : ": " + updated.reason());
    List<Result> out = new ArrayList<>();
    for (DiffPair p : batch) {
      Set<String> names = new LinkedHashSet<>();
      before.keySet().stream().filter(n -> n.startsWith(p.prefix())).forEach(names::add);
      after.keySet().stream().filter(n -> n.startsWith(p.prefix())).forEach(names::add);
      if (diff != null) {
        diff.resources().stream()
            .map(ResourceChange::name)
            .filter(n -> n.startsWith(p.prefix()))
            .forEach(names::add);
      }
      List<Row> rows = new ArrayList<>();
      for (String n : names) {
        ResourceChange rc = diff == null ? null : diff.resource(n);
        String heat = refused != null
            ? (refused.contains(n) ? "UPDATE_FAILS" : NOT_RUN)
            : observe(ref, n, before.get(n), after.get(n), stackResources.contains(n), events);
        rows.add(new Row(
            n.substring(p.prefix().length()),
            rc == null ? ABSENT : rc.action().name(),
            rc != null && rc.uncertain(),
            heat));
      }
      out.add(new Result(p, rows, "", hotError, heatSays, diff == null ? "" : diff.toText()));
    }
    return out;
  }

  private static List<Result> invalid(DiffPair p, String why) {
    return List.of(new Result(p, List.of(), why, "", "", ""));
  }

  /** What the update did to the top-level resource {@code name}. */
  private static String observe(
      StackRef ref,
      String name,
      StackResource before,
      StackResource after,
      boolean isStack,
      List<StackEvent> events) {
    if (before == null && after == null) {
      return ABSENT;
    }
    List<StackEvent> own = events.stream()
        .filter(e -> e.stackName().equals(ref.name()) && e.resourceName().equals(name))
        .toList();
    if (own.stream().anyMatch(e -> e.status().endsWith("_FAILED"))) {
      return "UPDATE_FAILS";
    }
    if (before == null) {
      return "ADDED";
    }
    if (after == null) {
      return "REMOVED";
    }
    if (!before.physicalResourceId().equals(after.physicalResourceId())
        || own.stream().anyMatch(e -> e.action().equals("CREATE"))) {
      return "REPLACED";
    }
    if (!isStack) {
      return own.stream().anyMatch(e -> e.action().equals("UPDATE"))
          ? "UPDATED_IN_PLACE"
          : "UNCHANGED";
    }
    // a stack resource always updates its nested stack; what counts is what changed inside
    String inside = "-" + name + "-";
    List<StackEvent> nested = events.stream()
        .filter(e -> e.stackName().contains(inside) && !e.resourceName().equals(e.stackName()))
        .toList();
    if (nested.stream().anyMatch(e -> e.status().endsWith("_FAILED"))) {
      return "UPDATE_FAILS";
    }
    // Heat's event list gives no resource type: a resource that owns a nested stack is known by
    // that stack's events (Heat names it PARENT-RESOURCE-suffix)
    Set<String> stackNames = new java.util.HashSet<>();
    events.forEach(e -> stackNames.add(e.stackName()));
    boolean changed = nested.stream()
        .anyMatch(e -> !e.action().equals("UPDATE")
            || !(isStackType(e.resourceType()) || ownsStack(e, stackNames)));
    return changed ? "UPDATED_IN_PLACE" : "UNCHANGED";
  }

  private static boolean ownsStack(StackEvent e, Set<String> stackNames) {
    String prefix = e.stackName() + "-" + e.resourceName() + "-";
    return stackNames.stream().anyMatch(s -> s.startsWith(prefix));
  }

  private static boolean isStackType(String type) {
    return GROUP_TYPES.contains(type) || type.endsWith(".yaml") || type.startsWith("My::");
  }

  private static Map<String, StackResource> top(List<StackResource> all) {
    Map<String, StackResource> out = new LinkedHashMap<>();
    all.stream().filter(r -> r.parentResource().isEmpty()).forEach(r -> out.put(r.name(), r));
    return out;
  }

  /** Top-level resources that own a nested stack (they have members, or are groups). */
  private static Set<String> stackResources(List<StackResource> all) {
    Set<String> out = new LinkedHashSet<>();
    all.forEach(r -> {
      if (!r.parentResource().isEmpty()) {
        out.add(r.parentResource());
      } else if (GROUP_TYPES.contains(r.type()) || r.type().endsWith(".yaml")) {
        out.add(r.name());
      }
    });
    return out;
  }

  private Deployment deployment(String name, StackRequest request) {
    return Deployment.builder(client, name)
        .request(request)
        .pollInterval(Duration.ofMillis(150))
        .timeout(Duration.ofSeconds(120))
        .build();
  }

  /** The batch's pairs merged into one request: old or new side. */
  private static StackRequest request(List<DiffPair> batch, boolean old) {
    ObjectNode template = Json.object();
    ObjectNode env = Json.object();
    Map<String, String> files = new LinkedHashMap<>();
    for (DiffPair p : batch) {
      merge(template, yaml(p.as(old ? p.oldTemplate() : p.newTemplate()), "template"));
      String e = old ? p.oldEnv() : p.newEnv();
      if (!e.isEmpty()) {
        merge(env, yaml(p.as(e), "environment"));
      }
      (old ? p.oldFiles() : p.newFiles()).forEach((k, v) -> files.put(p.as(k), p.as(v)));
    }
    StackRequest.Builder b = StackRequest.builder(template).environment(env);
    files.forEach(b::file);
    return b.build();
  }

  private static ObjectNode yaml(String text, String what) {
    return (ObjectNode) Json.MAPPER.valueToTree(TreeYaml.read(text, what));
  }

  /** Section by section, one level down (resources, parameters, resource_registry …). */
  private static void merge(ObjectNode into, ObjectNode from) {
    from.fields().forEachRemaining(e -> {
      JsonNode have = into.get(e.getKey());
      if (have instanceof ObjectNode o && e.getValue() instanceof ObjectNode n) {
        n.fields().forEachRemaining(f -> {
          if (o.get(f.getKey()) instanceof ObjectNode oo && f.getValue() instanceof ObjectNode nn) {
            oo.setAll(nn);
          } else {
            o.set(f.getKey(), f.getValue());
          }
        });
      } else {
        into.set(e.getKey(), e.getValue());
      }
    });
  }
}
