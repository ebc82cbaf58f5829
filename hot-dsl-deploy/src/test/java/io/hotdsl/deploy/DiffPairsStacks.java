package io.hotdsl.deploy;

import static io.hotdsl.deploy.DiffPairs.NONE;
import static io.hotdsl.deploy.DiffPairs.RS;
import static io.hotdsl.deploy.DiffPairs.TR;
import static io.hotdsl.deploy.DiffPairs.V;
import static io.hotdsl.deploy.DiffPairs.VAL;
import static io.hotdsl.deploy.DiffPairs.res;
import static io.hotdsl.deploy.DiffPairs.tmpl;

import io.hotdsl.deploy.DiffPairs.Spec;
import java.util.List;
import java.util.Map;

/** The pairs of {@link DiffPairs} that involve environments, provider templates and groups. */
final class DiffPairsStacks {
  private DiffPairsStacks() {}

  static String nested(String innerValue) {
    return V + "parameters:\n  v: {type: string, default: d}\n"
        + "  value: {type: string, default: x}\nresources:\n"
        + "  inner: {type: OS::Heat::TestResource, properties: {value: " + innerValue + "}}\n"
        + "outputs:\n  out: {value: {get_attr: [inner, output]}}\n";
  }

  static String registry(String entries) {
    return "resource_registry:\n" + entries;
  }

  /** Environments remap types, for one resource or for the stack; parameter values. */
  static void environments(List<Spec> out) {
    String r = tmpl(res("X_r", TR, "{value: one}"));
    String perResource = registry("  resources:\n    X_r: {\"" + TR + "\": \"" + NONE + "\"}\n");
    // a per-resource remap to a plugin leaks to the whole stack ({@link #leaks}): alone
    out.add(new Spec("remap", r, r).env("", perResource).solo());
    out.add(new Spec("remap", r, r).env(perResource, "").solo());
    String rs = tmpl(res("X_r", RS, "{length: 8}"));
    String rsNone = registry("  resources:\n    X_r: {\"" + RS + "\": \"" + NONE + "\"}\n");
    out.add(new Spec("remap", rs, rs).env("", rsNone).solo());
    String my = tmpl(res("X_r", "My::X_T", "{value: one}"));
    String my2 = tmpl(res("X_r", "My::X_T", "{value: two}"));
    String toTr = registry("  \"My::X_T\": " + TR + "\n");
    String toVal = registry("  \"My::X_T\": " + VAL + "\n");
    String toNone = registry("  \"My::X_T\": " + NONE + "\n");
    out.add(new Spec("remap", my, my).env(toTr, toVal));
    out.add(new Spec("remap", my, my).env(toVal, toTr));
    out.add(new Spec("remap", my, my2).env(toTr, toTr));
    out.add(new Spec("remap", my, my).env(toTr, toTr));
    out.add(new Spec("remap", my, my).env(toTr, toNone));
    out.add(new Spec("remap", my, my2).env(toNone, toNone));
    out.add(new Spec("remap", r, my).env("", toTr));
    out.add(new Spec("remap", my, r).env(toTr, ""));
    out.add(new Spec("remap", r, my).env("", toVal));
    String toA = registry("  \"My::X_T\": X_a.yaml\n");
    String toB = registry("  \"My::X_T\": X_b.yaml\n");
    String myV = tmpl(res("X_r", "My::X_T", "{v: one}"));
    Map<String, String> files =
        Map.of("X_a.yaml", nested("{get_param: v}"), "X_b.yaml", nested("{get_param: v}"));
    Map<String, String> filesB =
        Map.of("X_a.yaml", nested("{get_param: v}"), "X_b.yaml", nested("other"));
    out.add(new Spec("remap", myV, myV).env(toA, toB).files(files, files));
    out.add(new Spec("remap", myV, myV).env(toA, toB).files(files, filesB));
    out.add(new Spec("remap", myV, myV).env(toA, toA).files(files, filesB));
    out.add(new Spec("remap", my, my).env(toA, toTr).files(files, files));
    out.add(new Spec("remap", my, my).env(toTr, toA).files(files, files));
    String global = registry("  \"" + TR + "\": \"" + NONE + "\"\n");
    out.add(new Spec("remap", r, r).env("", global).solo());
    out.add(new Spec("remap", r, r).env(global, "").solo());
    String p = V + "parameters:\n  X_q: {type: string, default: a}\nresources:\n"
        + res("X_r", TR, "{value: {get_param: X_q}}");
    out.add(new Spec("environment", p, p)
        .env("parameter_defaults: {X_q: b}\n", "parameter_defaults: {X_q: c}\n"));
    out.add(new Spec("environment", p, p).env("", "parameter_defaults: {X_q: a}\n"));
    out.add(new Spec("environment", p, p)
        .env("parameters: {X_q: b}\n", "parameter_defaults: {X_q: b}\n"));
    String n = V + "parameters:\n  X_q: {type: number, default: 1}\nresources:\n"
        + res("X_r", VAL, "{value: {get_param: X_q}}");
    out.add(new Spec("environment", n, n)
        .env("parameter_defaults: {X_q: 2}\n", "parameter_defaults: {X_q: '2'}\n"));
  }

  /**
   * A per-resource remap to a plugin leaks: Heat's registry stores it for the type, so once the
   * remapped resource is resolved every resource of that type in the stack maps the same way
   * (environment.py {@code get_resource_info}). The running stack is loaded with the leaked
   * mapping; in the new stack it reaches a resource or not by the order Heat instantiates them.
   */
  static void leaks(List<Spec> out) {
    String two = tmpl(
        res("X_a", TR, "{value: one}"),
        res("X_r", TR, "{value: one}"),
        res("X_s", RS, "{length: 8}"));
    String perR = registry("  resources:\n    X_r: {\"" + TR + "\": \"" + NONE + "\"}\n");
    // taken away: X_a was loaded as None and is a TestResource again, deterministically
    out.add(new Spec("leak", two, two).env(perR, "").solo());
    // kept: X_a becomes None or stays a TestResource by Heat's order (hot: may be replaced)
    out.add(new Spec("leak", two, two).env(perR, perR).solo());
    // given: the running stack had no leak
    out.add(new Spec("leak", two, two).env("", perR).solo());
  }

  /** Provider templates through the files map: their properties and their content. */
  static void providers(List<Spec> out) {
    String[][] rows = {
      // old props, new props, old inner, new inner
      {"{v: a}", "{v: b}", "{get_param: v}", "{get_param: v}"},
      {"{v: a}", "{v: a}", "{get_param: v}", "{get_param: v}"},
      {"{v: a}", "{v: a}", "{get_param: v}", "fixed"},
      {"{v: '8'}", "{v: 8}", "{get_param: v}", "{get_param: v}"},
      {"{}", "{v: d}", "{get_param: v}", "{get_param: v}"},
      {"{v: a}", "{v: a}", "fixed", "fixed"},
      {"{v: a}", "{v: b}", "fixed", "fixed"},
      {"{v: a}", "{v: {list_join: ['', [a]]}}", "{get_param: v}", "{get_param: v}"},
    };
    for (String[] row : rows) {
      out.add(new Spec(
              "provider",
              tmpl(res("X_r", "X_n.yaml", row[0])),
              tmpl(res("X_r", "X_n.yaml", row[1])))
          .files(Map.of("X_n.yaml", nested(row[2])), Map.of("X_n.yaml", nested(row[3]))));
    }
    String t = tmpl(res("X_r", "X_n.yaml", "{v: a}"));
    out.add(new Spec("provider", t, tmpl(res("X_r", "X_n.yaml", "{v: a}", "metadata: {m: 1}")))
        .files(
            Map.of("X_n.yaml", nested("{get_param: v}")),
            Map.of("X_n.yaml", nested("{get_param: v}"))));
    out.add(new Spec("provider", t, tmpl(res("X_r", "X_m.yaml", "{v: a}")))
        .files(
            Map.of("X_n.yaml", nested("{get_param: v}")),
            Map.of("X_m.yaml", nested("{get_param: v}"))));
    out.add(new Spec("provider", t, t)
        .files(
            Map.of("X_n.yaml", nested("{get_param: v}")),
            Map.of(
                "X_n.yaml",
                nested("{get_param: v}")
                    .replace(
                        "outputs:",
                        "  more: {type: OS::Heat::Value, properties: {value: 1}}\noutputs:"))));
    out.add(new Spec("provider", t, t)
        .files(
            Map.of(
                "X_n.yaml",
                nested("{get_param: v}")
                    .replace(
                        "outputs:",
                        "  more: {type: OS::Heat::Value, properties: {value: 1}}\noutputs:")),
            Map.of("X_n.yaml", nested("{get_param: v}"))));
  }

  private static String group(String count, String def, String... extra) {
    return tmpl(res(
        "X_g",
        "OS::Heat::ResourceGroup",
        "{count: " + count + ", resource_def: " + def + "}",
        extra));
  }

  private static String asg(String sizes, String resource, String... extra) {
    return tmpl(res(
        "X_g", "OS::Heat::AutoScalingGroup", "{" + sizes + ", resource: " + resource + "}", extra));
  }

  /** ResourceGroup, AutoScalingGroup and ResourceChain: their members and their policies. */
  static void groups(List<Spec> out) {
    String a = "{type: " + TR + ", properties: {value: a}}";
    String b = "{type: " + TR + ", properties: {value: b}}";
    String v = "{type: " + VAL + ", properties: {value: a}}";
    String idx = "{type: " + TR + ", properties: {value: m%index%}}";
    String[][] rg = {
      {"2", a, "", "3", a, ""},
      {"2", a, "", "1", a, ""},
      {"2", a, "", "2", b, ""},
      {"2", a, "", "2", a, ""},
      {"2", a, "", "'2'", a, ""},
      {"2", idx, "", "2", idx, ""},
      {"0", a, "", "1", a, ""},
      {"2", a, "", "2", v, ""},
      {"2", a, "", "2", a, "update_policy: {rolling_update: {max_batch_size: 1}}"},
      {"2", a, "", "2", a, "metadata: {m: 1}"},
      {"2", a, "", "2", a, "depends_on: []"},
      {"2", a, "", "2", "{type: " + TR + ", properties: {value: a, fail: false}}", ""},
      {"2", a, "", "2", "{type: " + TR + ", properties: {value: a}, metadata: {m: 1}}", ""},
    };
    for (String[] r : rg) {
      out.add(new Spec("group", group(r[0], r[1], r[2]), group(r[3], r[4], r[5])));
    }
    out.add(new Spec("group", group("2", a), group("2", a, "update_policy: {foo: 1}")).solo());
    String m = "{type: X_m.yaml, properties: {v: a}}";
    String[][] files = {
      {"{get_param: v}", "{get_param: v}"},
      {"{get_param: v}", "other"},
      {"fixed", "fixed"},
    };
    for (String[] f : files) {
      out.add(new Spec("group-nested", group("2", m), group("2", m))
          .files(Map.of("X_m.yaml", nested(f[0])), Map.of("X_m.yaml", nested(f[1]))));
    }
    out.add(new Spec("group-nested", group("2", m), group("2", m.replace("v: a", "v: b")))
        .files(Map.of("X_m.yaml", nested("fixed")), Map.of("X_m.yaml", nested("fixed"))));
    String[][] as = {
      {
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        "min_size: 1, max_size: 3, desired_capacity: 2",
        b,
        ""
      },
      {
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        "min_size: 1, max_size: 4, desired_capacity: 2",
        a,
        ""
      },
      {
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        "min_size: 1, max_size: 3, desired_capacity: 3",
        a,
        ""
      },
      {
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        "min_size: 3, max_size: 3, desired_capacity: 2",
        a,
        ""
      },
      {
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        ""
      },
      {"min_size: 1, max_size: 3", a, "min_size: 2, max_size: 3", a, ""},
      {
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        "min_size: 1, max_size: 3, desired_capacity: 2, cooldown: 5",
        a,
        ""
      },
      {
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        "min_size: 1, max_size: 3, desired_capacity: 2",
        a,
        "update_policy: {rolling_update: {max_batch_size: 1}}"
      },
    };
    for (String[] r : as) {
      Spec spec = new Spec("group", asg(r[0], r[1]), asg(r[2], r[3], r[4]));
      out.add(r[4].isEmpty() ? spec : spec.solo());
    }
    out.add(new Spec(
            "group",
            asg("min_size: 1, max_size: 2", a),
            asg("min_size: 1, max_size: 2", a, "update_policy: {rolling_update: {foo: 1}}"))
        .solo());
    String chain = "  X_g:\n    type: OS::Heat::ResourceChain\n    properties: {resources: [" + TR
        + ", " + TR + "], resource_properties: {value: VALUE}}\n";
    out.add(new Spec(
        "group",
        V + "resources:\n" + chain.replace("VALUE", "a"),
        V + "resources:\n" + chain.replace("VALUE", "b")));
    out.add(new Spec(
        "group",
        V + "resources:\n" + chain.replace("VALUE", "a"),
        V + "resources:\n" + chain.replace("VALUE", "a")));
    out.add(new Spec(
        "group",
        V + "resources:\n" + chain.replace("VALUE", "a"),
        V + "resources:\n"
            + chain.replace("VALUE", "a").replace(TR + "]", RS + "]").replace("{value: a}", "{}")));
  }
}
