package io.hotdsl.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.EnvironmentYaml;
import io.hotdsl.environment.Environment;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.testing.HeatSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules hot's diff follows where Heat 19 does not just compare property values (each seen on
 * the real engine by hot-dsl-deploy's DiffConformanceTest): conditions, environment remaps,
 * definitions compared as written, OS::Heat::None, attributes of updated resources, hidden
 * properties, unknown update_policy keys, groups and provider templates.
 */
class HeatUpdateRulesTest {
  private static final String V = "heat_template_version: 2021-04-16\n";

  /** The rows depend on Heat's schemas (update_allowed): registered here, not by another class. */
  @BeforeAll
  static void schemas() {
    HeatSchemas.register();
  }

  /** One row: the two sides and what Heat does to {@code resource} (null: not listed). */
  record Case(
      String name,
      String before,
      String after,
      String beforeEnv,
      String afterEnv,
      Map<String, String> beforeFiles,
      Map<String, String> afterFiles,
      String resource,
      Action action) {
    @Override
    public String toString() {
      return name;
    }

    Case env(String b, String a) {
      return new Case(name, before, after, b, a, beforeFiles, afterFiles, resource, action);
    }

    Case files(Map<String, String> b, Map<String, String> a) {
      return new Case(name, before, after, beforeEnv, afterEnv, b, a, resource, action);
    }
  }

  static Case c(String name, String before, String after, String resource, Action action) {
    return new Case(name, before, after, "", "", Map.of(), Map.of(), resource, action);
  }

  static String t(String resources) {
    return V + "resources:\n" + resources;
  }

  static String r(String name, String type, String props) {
    return "  " + name + ": {type: " + type + ", properties: " + props + "}\n";
  }

  static String cond(String value, String resource) {
    return V + "parameters:\n  p: {type: string, default: '" + value + "'}\n"
        + "conditions:\n  is_on: {equals: [{get_param: p}, 'on']}\n"
        + "resources:\n" + resource;
  }

  static String nested(String inner) {
    return V + "parameters:\n  v: {type: string, default: d}\nresources:\n"
        + "  inner: {type: OS::Heat::TestResource, properties: {value: " + inner + "}}\n";
  }

  static Stream<Case> cases() {
    String tr = "OS::Heat::TestResource";
    String rs = "OS::Heat::RandomString";
    List<Case> l = new ArrayList<>();
    // conditions, evaluated with each side's parameter values
    String condR = "  x: {type: " + tr + ", condition: is_on}\n";
    l.add(c(
        "condition turning false removes",
        cond("on", condR),
        cond("off", condR),
        "x",
        Action.REMOVED));
    l.add(
        c("condition turning true adds", cond("off", condR), cond("on", condR), "x", Action.ADDED));
    l.add(c(
        "false on both sides: not listed",
        cond("off", condR),
        cond("off", condR.replace("}", ", properties: {value: b}}")),
        "x",
        null));
    l.add(c(
        "a true condition added to an existing resource: unchanged",
        cond("on", "  x: {type: " + tr + "}\n"),
        cond("on", condR),
        "x",
        Action.UNCHANGED));
    l.add(c(
        "if of a condition resolved before comparing",
        cond("on", r("x", tr, "{value: {if: [is_on, a, b]}}")),
        cond("on", r("x", tr, "{value: a}")),
        "x",
        Action.UNCHANGED));
    // definitions compared as written after Heat's functions
    l.add(c(
        "list_join written as its value: unchanged",
        t(r("x", tr, "{value: {list_join: ['', [o, k]]}}")),
        t(r("x", tr, "{value: ok}")),
        "x",
        Action.UNCHANGED));
    l.add(c(
        "str_replace written as its value: unchanged",
        t(r("x", tr, "{value: {str_replace: {template: a_b, params: {_: '-'}}}}")),
        t(r("x", tr, "{value: a-b}")),
        "x",
        Action.UNCHANGED));
    l.add(c(
        "'8' for 8: updated with no property change",
        t(r("x", rs, "{length: 8}")),
        t(r("x", rs, "{length: '8'}")),
        "x",
        Action.UPDATED_IN_PLACE));
    l.add(c(
        "'false' for false: updated",
        t(r("x", tr, "{update_replace: false}")),
        t(r("x", tr, "{update_replace: 'false'}")),
        "x",
        Action.UPDATED_IN_PLACE));
    l.add(c(
        "a nested default written out: updated, not replaced",
        t(r("x", rs, "{character_classes: [{class: digits, min: 1}]}")),
        t(r("x", rs, "{character_classes: [{class: digits}]}")),
        "x",
        Action.UPDATED_IN_PLACE));
    // plugins
    l.add(c(
        "TestResource value with update_replace: replaced",
        t(r("x", tr, "{value: a, update_replace: true}")),
        t(r("x", tr, "{value: b, update_replace: true}")),
        "x",
        Action.REPLACED));
    l.add(c(
        "TestResource value without update_replace: in place",
        t(r("x", tr, "{value: a}")),
        t(r("x", tr, "{value: b}")),
        "x",
        Action.UPDATED_IN_PLACE));
    l.add(c(
        "None takes any property and never updates",
        t(r("x", "OS::Heat::None", "{a: 1}")),
        t("  x: {type: OS::Heat::None, properties: {b: 2}, metadata: {m: 1}}\n"),
        "x",
        Action.UNCHANGED));
    l.add(c(
        "None takes any update_policy",
        t(r("x", "OS::Heat::None", "{a: 1}")),
        t("  x: {type: OS::Heat::None, properties: {a: 1}, update_policy: {foo: 1}}\n"),
        "x",
        Action.UNCHANGED));
    l.add(c(
        "hidden sequence changes character_classes: replaced",
        t(r("x", rs, "{sequence: digits}")),
        t(r("x", rs, "{sequence: octdigits}")),
        "x",
        Action.REPLACED));
    l.add(c(
        "sequence written as character_classes: updated",
        t(r("x", rs, "{sequence: digits}")),
        t(r("x", rs, "{character_classes: [{class: digits}]}")),
        "x",
        Action.UPDATED_IN_PLACE));
    l.add(c(
        "unknown update_policy key: Heat refuses",
        t(r("x", tr, "{value: a}")),
        t("  x: {type: " + tr + ", properties: {value: a}, update_policy: {foo: 1}}\n"),
        "x",
        Action.UPDATE_FAILS));
    // attributes of updated resources
    String user = r("b", "OS::Heat::Value", "{value: {get_attr: [a, output]}}");
    l.add(c(
        "get_attr of a TestResource whose value changes: updated",
        t(r("a", tr, "{value: one}") + user),
        t(r("a", tr, "{value: two}") + user),
        "b",
        Action.UPDATED_IN_PLACE));
    l.add(c(
        "get_attr of a TestResource updated without a value change: unchanged",
        t(r("a", tr, "{value: one}") + user),
        t(r("a", tr, "{value: one, wait_secs: 1}") + user),
        "b",
        Action.UNCHANGED));
    String salt = r("b", rs, "{salt: {get_attr: [a, value]}}");
    l.add(c(
        "get_attr of a replaced RandomString: the user is replaced",
        t(r("a", rs, "{length: 8}") + salt),
        t(r("a", rs, "{length: 9}") + salt),
        "b",
        Action.REPLACED));
    // environments
    String my = t(r("x", "My::T", "{value: one}"));
    l.add(c("a remap to another class replaces", my, my, "x", Action.REPLACED)
        .env(
            "resource_registry: {'My::T': " + tr + "}",
            "resource_registry: {'My::T': " + "OS::Heat::Value}"));
    l.add(c(
            "a per-resource remap to None replaces",
            t(r("x", tr, "{value: one}")),
            t(r("x", tr, "{value: one}")),
            "x",
            Action.REPLACED)
        .env("", "resource_registry: {resources: {x: {'" + tr + "': OS::Heat::None}}}"));
    l.add(c(
            "the same class under another name: updated in place",
            t(r("x", tr, "{value: one}")),
            my,
            "x",
            Action.UPDATED_IN_PLACE)
        .env("", "resource_registry: {'My::T': " + tr + "}"));
    // a per-resource remap to a plugin leaks: Heat stores it for the type (environment.py
    // get_resource_info), so the running stack's other TestResources are loaded as None
    String two = t(r("a", tr, "{value: one}") + r("x", tr, "{value: one}"));
    String perX = "resource_registry: {resources: {x: {'" + tr + "': OS::Heat::None}}}";
    l.add(c(
            "a leaked per-resource remap taken away: the other resource is replaced",
            two,
            two,
            "a",
            Action.REPLACED)
        .env(perX, ""));
    l.add(c(
            "a leaked per-resource remap taken away: the remapped one is replaced",
            two,
            two,
            "x",
            Action.REPLACED)
        .env(perX, ""));
    l.add(c(
            "a leaked per-resource remap kept: the remapped one is unchanged",
            two,
            two,
            "x",
            Action.UNCHANGED)
        .env(perX, perX));
    l.add(c("a per-resource remap to a template does not leak", two, two, "a", Action.UNCHANGED)
        .env("resource_registry: {resources: {x: {'" + tr + "': n.yaml}}}", "")
        .files(Map.of("n.yaml", nested("one")), Map.of()));
    // providers and groups
    Map<String, String> n1 = Map.of("n.yaml", nested("{get_param: v}"));
    Map<String, String> n2 = Map.of("n.yaml", nested("other"));
    l.add(c(
            "provider template changes: updated",
            t(r("x", "n.yaml", "{v: a}")),
            t(r("x", "n.yaml", "{v: a}")),
            "x",
            Action.UPDATED_IN_PLACE)
        .files(n1, n2));
    l.add(c(
            "provider property '8' for 8: nothing inside changes",
            t(r("x", "n.yaml", "{v: '8'}")),
            t(r("x", "n.yaml", "{v: 8}")),
            "x",
            Action.UNCHANGED)
        .files(n1, n1));
    String group = t(r(
        "g",
        "OS::Heat::ResourceGroup",
        "{count: 2, resource_def: {type: n.yaml, properties: {v: a}}}"));
    l.add(c(
            "a member template changes under a ResourceGroup: updated",
            group,
            group,
            "g",
            Action.UPDATED_IN_PLACE)
        .files(n1, n2));
    Map<String, String> fixed = Map.of("n.yaml", nested("fixed"));
    l.add(c(
            "provider members' property their template ignores: unchanged",
            group,
            group.replace("v: a", "v: b"),
            "g",
            Action.UNCHANGED)
        .files(fixed, fixed));
    l.add(c(
            "provider members' property their template reads: updated",
            group,
            group.replace("v: a", "v: b"),
            "g",
            Action.UPDATED_IN_PLACE)
        .files(n1, n1));
    l.add(c(
            "a group's count written as text: unchanged",
            group,
            group.replace("count: 2", "count: '2'"),
            "g",
            Action.UNCHANGED)
        .files(n1, n1));
    String asg = t(r(
        "g",
        "OS::Heat::AutoScalingGroup",
        "{min_size: 1, max_size: 3, " + "desired_capacity: 2, resource: {type: " + tr + "}}"));
    l.add(c(
        "an AutoScalingGroup's max_size: members unchanged",
        asg,
        asg.replace("max_size: 3", "max_size: 4"),
        "g",
        Action.UNCHANGED));
    l.add(c(
        "rolling_update on an AutoScalingGroup: Heat refuses",
        asg,
        asg.replace("}}}\n", "}}, update_policy: {rolling_update: {max_batch_size: 1}}}\n"),
        "g",
        Action.UPDATE_FAILS));
    return l.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void heatDoes(Case c) {
    StackDiff d = UpdateImpact.between(
        side(c.before(), c.beforeEnv(), c.beforeFiles()),
        side(c.after(), c.afterEnv(), c.afterFiles()));
    assertThat(d.action(c.resource())).as(d.toText()).isEqualTo(c.action());
  }

  /**
   * In the new stack a leaked remap reaches the other resources of the type or not by the order
   * Heat instantiates them (a Python set of names): seen both ways on the local engine.
   */
  @org.junit.jupiter.api.Test
  void aLeakedRemapInTheNewStackIsUncertain() {
    String tr = "OS::Heat::TestResource";
    String two = t(r("a", tr, "{value: one}")
        + r("x", tr, "{value: one}")
        + r("b", "OS::Heat::Value", "{value: {get_attr: [a, output]}}"));
    String perX = "resource_registry: {resources: {x: {'" + tr + "': OS::Heat::None}}}";
    StackDiff d = UpdateImpact.between(side(two, perX, Map.of()), side(two, perX, Map.of()));
    assertThat(d.resource("a").action()).as(d.toText()).isEqualTo(Action.REPLACED);
    assertThat(d.resource("a").uncertain()).as(d.toText()).isTrue();
    assertThat(d.resource("a").changes().get(0).reason()).contains("leaks");
    assertThat(d.resource("b").action()).as(d.toText()).isEqualTo(Action.UPDATED_IN_PLACE);
    assertThat(d.resource("b").uncertain()).as(d.toText()).isTrue();
    assertThat(d.resource("x").action()).as(d.toText()).isEqualTo(Action.UNCHANGED);
    assertThat(d.resource("x").uncertain()).isFalse();

    StackDiff none = UpdateImpact.between(side(two, "", Map.of()), side(two, "", Map.of()));
    assertThat(none.resource("a").action()).isEqualTo(Action.UNCHANGED);
    assertThat(none.resource("a").uncertain()).isFalse();
  }

  private static StackInput side(String template, String env, Map<String, String> files) {
    Map<String, Template> children = new java.util.LinkedHashMap<>();
    files.forEach((k, v) -> children.put(k, HotReader.read(v, k)));
    return StackInput.of(HotReader.read(template, "t"))
        .withEnvironment(env.isEmpty() ? Environment.empty() : EnvironmentYaml.parse(env, "env"))
        .withChildren(children);
  }
}
