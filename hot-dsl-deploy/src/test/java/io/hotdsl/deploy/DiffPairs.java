package io.hotdsl.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The old/new template pairs of {@link DiffConformanceTest}, generated from tables of OS::Heat
 * types (which run on the local engine without other services). Each table row is one class of
 * difference the issue lists: property values, explicit defaults, {@code "8"} for {@code 8},
 * functions Heat resolves before comparing, hidden properties, sections (metadata, policies,
 * depends_on), unknown update_policy keys, conditions, references through get_attr and
 * get_resource; {@link DiffPairsStacks} adds environments, providers and groups.
 */
final class DiffPairs {
  static final String V = "heat_template_version: 2021-04-16\n";
  static final String TR = "OS::Heat::TestResource";
  static final String RS = "OS::Heat::RandomString";
  static final String VAL = "OS::Heat::Value";
  static final String NONE = "OS::Heat::None";
  static final String SC = "OS::Heat::SoftwareConfig";

  /** A pair before it is numbered. */
  static final class Spec {
    final String kind;
    final String oldT;
    final String newT;
    String oldEnv = "";
    String newEnv = "";
    Map<String, String> oldFiles = Map.of();
    Map<String, String> newFiles = Map.of();
    boolean solo;

    Spec(String kind, String oldT, String newT) {
      this.kind = kind;
      this.oldT = oldT;
      this.newT = newT;
    }

    Spec env(String o, String n) {
      oldEnv = o;
      newEnv = n;
      return this;
    }

    Spec files(Map<String, String> o, Map<String, String> n) {
      oldFiles = o;
      newFiles = n;
      return this;
    }

    Spec solo() {
      solo = true;
      return this;
    }
  }

  private DiffPairs() {}

  /** Every pair, numbered in a stable order. */
  static List<DiffPair> all() {
    List<Spec> specs = new ArrayList<>();
    leaves(specs);
    sections(specs);
    conditions(specs);
    references(specs);
    DiffPairsStacks.environments(specs);
    DiffPairsStacks.providers(specs);
    DiffPairsStacks.groups(specs);
    DiffPairsStacks.leaks(specs);
    List<DiffPair> out = new ArrayList<>();
    for (Spec s : specs) {
      out.add(new DiffPair(
          out.size(), s.kind, s.oldT, s.newT, s.oldEnv, s.newEnv, s.oldFiles, s.newFiles, s.solo));
    }
    return out;
  }

  /** The default run's share: every fifth pair, so every table is sampled. */
  static List<DiffPair> bounded() {
    return all().stream().filter(p -> p.id() % 5 == 0).toList();
  }

  /** A resource in block style: {@code extra} lines go under it (metadata, condition …). */
  static String res(String name, String type, String props, String... extra) {
    StringBuilder sb = new StringBuilder("  ")
        .append(name)
        .append(":\n    type: ")
        .append(type)
        .append('\n');
    if (props != null) {
      sb.append("    properties: ").append(props).append('\n');
    }
    for (String e : extra) {
      if (!e.isEmpty()) {
        sb.append("    ").append(e).append('\n');
      }
    }
    return sb.toString();
  }

  static String tmpl(String... resources) {
    return V + "resources:\n" + String.join("", resources);
  }

  private static final String[][] LEAVES = {
    {"property", TR, "{value: one}", "{value: two}"},
    {"property", TR, "{value: one, update_replace: true}", "{value: two, update_replace: true}"},
    {"property", TR, "{value: one}", "{value: two, update_replace: true}"},
    {"property", TR, "{value: one, update_replace: true}", "{value: one}"},
    {"property", TR, "{value: one}", "{}"},
    {"property", TR, "{value: one}", "{value: one}"},
    {"property", TR, "{value: one, client_name: a}", "{value: one, client_name: b}"},
    {"default", TR, "{}", "{value: test_string}"},
    {"default", TR, "{value: a}", "{value: a, fail: false}"},
    {"default", TR, "{value: a}", "{value: a, wait_secs: 0}"},
    {"default", RS, "{}", "{length: 32}"},
    {"default", RS, "{length: 8}", "{length: 8, character_classes: [{class: lettersdigits}]}"},
    {"default", SC, "{config: a}", "{config: a, group: Heat::Ungrouped}"},
    {"coercion", TR, "{value: a, wait_secs: 0}", "{value: a, wait_secs: '0'}"},
    {"coercion", TR, "{value: a, update_replace: false}", "{value: a, update_replace: 'false'}"},
    {"coercion", TR, "{value: '8'}", "{value: 8}"},
    {"coercion", RS, "{length: 8}", "{length: '8'}"},
    {"coercion", VAL, "{value: 3, type: number}", "{value: '3', type: number}"},
    {"coercion", TR, "{value: a, fail: false}", "{value: a, fail: 'False'}"},
    {"function", TR, "{value: {list_join: ['', [o, ne]]}}", "{value: one}"},
    {"function", TR, "{value: {list_join: ['-', [a, b]]}}", "{value: {list_join: ['', [a, b]]}}"},
    {"function", TR, "{value: {str_replace: {template: x_y, params: {_: '-'}}}}", "{value: x-y}"},
    {"function", RS, "{length: {yaql: {expression: '4 + 4'}}}", "{length: 8}"},
    {"function", VAL, "{value: {list_join: [',', [a, b]]}}", "{value: 'a,b'}"},
    {"function", TR, "{value: {str_split: [',', 'a,b', 1]}}", "{value: b}"},
    {"property", RS, "{length: 8}", "{length: 12}"},
    {"property", RS, "{length: 8, salt: a}", "{length: 8, salt: b}"},
    {"property", RS, "{length: 8}", "{length: 8, character_classes: [{class: digits}]}"},
    {
      "property",
      RS,
      "{character_classes: [{class: digits, min: 1}]}",
      "{character_classes: [{class: digits}]}"
    },
    {"hidden", RS, "{sequence: lettersdigits}", "{sequence: octdigits}"},
    {"hidden", RS, "{length: 8}", "{length: 8, sequence: digits}"},
    {"hidden", RS, "{sequence: digits, length: 6}", "{sequence: digits, length: 7}"},
    {"hidden", RS, "{sequence: digits}", "{character_classes: [{class: digits}]}"},
    {"property", VAL, "{value: 1}", "{value: 2}"},
    {"property", VAL, "{value: a}", "{value: a, type: string}"},
    {"property", VAL, "{value: [a]}", "{value: [a, b], type: comma_delimited_list}"},
    {"none", NONE, "{a: 1}", "{a: 2}"},
    {"none", NONE, "{}", "{anything: {nested: true}}"},
    {"none", NONE, "{value: one, length: 8}", "{value: 8}"},
    {"property", SC, "{config: a}", "{config: b}"},
    {"property", SC, "{config: a, group: script}", "{config: a, group: ansible}"},
    {"property", SC, "{config: a, inputs: [{name: x}]}", "{config: a, inputs: [{name: y}]}"},
  };

  /** One resource's properties, and the reverse change. */
  private static void leaves(List<Spec> out) {
    for (String[] row : LEAVES) {
      out.add(new Spec(row[0], tmpl(res("X_r", row[1], row[2])), tmpl(res("X_r", row[1], row[3]))));
      if (!row[2].equals(row[3])) {
        out.add(
            new Spec(row[0], tmpl(res("X_r", row[1], row[3])), tmpl(res("X_r", row[1], row[2]))));
      }
    }
  }

  private static final String[][] SECTION_TYPES = {
    {TR, "{value: a}"},
    {RS, "{length: 8}"},
    {VAL, "{value: 1}"},
    {NONE, "{x: 1}"},
    {SC, "{config: a}"}
  };

  private static final String[][] SECTIONS = {
    {"metadata", "", "metadata: {k: 1}"},
    {"metadata", "metadata: {k: 1}", "metadata: {k: 2}"},
    {"metadata", "metadata: {k: 1}", "metadata: {k: '1'}"},
    {"deletion_policy", "", "deletion_policy: Delete"},
    {"deletion_policy", "deletion_policy: Retain", "deletion_policy: Delete"},
    {"depends_on", "", "depends_on: [X_dep]"},
    {"depends_on", "depends_on: X_dep", "depends_on: [X_dep]"},
    {"update_policy", "", "update_policy: {foo: 1}"},
  };

  /** A section of the resource changes (with an unchanged resource to depend on). */
  private static void sections(List<Spec> out) {
    for (String[] s : SECTIONS) {
      for (String[] t : SECTION_TYPES) {
        String dep = res("X_dep", TR, "{value: d}");
        Spec spec = new Spec(
            s[0], tmpl(dep, res("X_r", t[0], t[1], s[1])), tmpl(dep, res("X_r", t[0], t[1], s[2])));
        out.add(s[0].equals("update_policy") ? spec.solo() : spec);
      }
    }
  }

  private static final String[][] CONDITION_TYPES = {
    {TR, "{value: a}", "{value: b}"}, {RS, "{length: 8}", "{length: 9}"},
    {VAL, "{value: 1}", "{value: 2}"}, {NONE, "{x: 1}", "{x: 2}"}
  };

  /**
   * Conditions: the parameter a condition reads changes its default, the resource's condition
   * changes, properties choose with {@code if}.
   */
  private static void conditions(List<Spec> out) {
    for (String[] t : CONDITION_TYPES) {
      // old default, new default, old condition line, new condition line, props old/new index
      String[][] rows = {
        {"on", "off", "condition: X_c", "condition: X_c", "1", "1"},
        {"off", "on", "condition: X_c", "condition: X_c", "1", "1"},
        {"on", "on", "condition: X_c", "condition: X_c", "1", "2"},
        {"off", "off", "condition: X_c", "condition: X_c", "1", "2"},
        {"on", "on", "condition: X_c", "condition: X_d", "1", "1"},
        {"on", "on", "", "condition: X_c", "1", "1"},
        {"on", "on", "", "condition: X_n", "1", "1"},
        {"on", "off", "condition: X_d", "condition: X_d", "1", "1"},
        {"on", "off", "condition: X_o", "condition: X_o", "1", "1"},
        {"off", "on", "condition: X_n", "condition: X_n", "1", "2"},
      };
      for (String[] r : rows) {
        out.add(new Spec(
            "condition",
            condTemplate(r[0], res("X_r", t[0], t[Integer.parseInt(r[4])], r[2])),
            condTemplate(r[1], res("X_r", t[0], t[Integer.parseInt(r[5])], r[3]))));
      }
    }
    for (String[] t : new String[][] {{TR, "value", "a", "b"}, {VAL, "value", "1", "2"}}) {
      String props = "{" + t[1] + ": {if: [X_c, " + t[2] + ", " + t[3] + "]}}";
      out.add(new Spec(
          "condition",
          condTemplate("on", res("X_r", t[0], props)),
          condTemplate("off", res("X_r", t[0], props))));
      out.add(new Spec(
          "condition",
          condTemplate("on", res("X_r", t[0], props)),
          condTemplate("on", res("X_r", t[0], props))));
    }
  }

  private static String condTemplate(String value, String resources) {
    return V + "parameters:\n  X_p: {type: string, default: '" + value + "'}\n"
        + "conditions:\n  X_c: {equals: [{get_param: X_p}, 'on']}\n"
        + "  X_d: {and: [X_c, {not: {equals: [{get_param: X_p}, 'x']}}]}\n"
        + "  X_n: {not: X_c}\n"
        + "  X_o: {or: [X_c, {equals: [{get_param: X_p}, 'x']}]}\n"
        + "resources:\n" + resources;
  }

  /** What the referenced resource does, and its attribute. */
  private static final String[][] SOURCES = {
    {TR, "{value: one}", "{value: two}", "output"},
    {TR, "{value: one}", "{value: one}\n    metadata: {m: 1}", "output"},
    {RS, "{length: 8}", "{length: 9}", "value"},
    {TR, "{value: one}", "{value: one}", "output"},
    {VAL, "{value: one}", "{value: two}", "value"},
    {TR, "{value: one, update_replace: true}", "{value: two, update_replace: true}", "output"},
  };

  private static final String[][] REFERRERS = {
    {VAL, "{value: REF}"},
    {TR, "{value: REF}"},
    {TR, "{value: REF, update_replace: true}"},
    {RS, "{length: 8, salt: REF}"},
    {NONE, "{x: REF}"},
  };

  /** A resource refers to another through get_attr or get_resource. */
  private static void references(List<Spec> out) {
    for (String[] s : SOURCES) {
      for (String[] r : REFERRERS) {
        for (String ref : new String[] {"{get_attr: [X_a, " + s[3] + "]}", "{get_resource: X_a}"}) {
          if (ref.startsWith("{get_resource") && r[0].equals(NONE)) {
            continue;
          }
          String b = res("X_b", r[0], r[1].replace("REF", ref));
          out.add(new Spec(
              ref.startsWith("{get_attr") ? "get_attr" : "get_resource",
              tmpl(res("X_a", s[0], s[1]), b),
              tmpl(res("X_a", s[0], s[2]), b)));
        }
      }
    }
    // a chain: a -> b -> c through get_attr
    String b = res("X_b", VAL, "{value: {get_attr: [X_a, output]}}");
    String c = res("X_c", TR, "{value: {get_attr: [X_b, value]}}");
    out.add(new Spec(
        "get_attr",
        tmpl(res("X_a", TR, "{value: one}"), b, c),
        tmpl(res("X_a", TR, "{value: two}"), b, c)));
    out.add(new Spec(
        "get_attr",
        tmpl(res("X_a", RS, "{length: 8}"), b.replace("output", "value"), c),
        tmpl(res("X_a", RS, "{length: 10}"), b.replace("output", "value"), c)));
  }
}
