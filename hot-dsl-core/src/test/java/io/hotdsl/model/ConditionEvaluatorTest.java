package io.hotdsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.read.HotReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A table of conditions and the value Heat 19 gives each (true, false, or null where Heat refuses
 * it). {@link #theEvaluatorGivesTheTablesValues()} checks {@link ConditionEvaluator} against the
 * table; {@link #heatGivesTheTablesValues()} checks the table against real Heat, which shows a
 * condition's value through {@code if}: a branch naming a resource that does not exist fails
 * template-validate only when Heat takes it.
 */
class ConditionEvaluatorTest {

  /** The parameter values every row is evaluated with (Heat gets the same). */
  static final Map<String, Object> VALUES = new LinkedHashMap<>();

  static {
    VALUES.put("s", "x");
    VALUES.put("ns", "8");
    VALUES.put("cname", "t");
    VALUES.put("n", 8L);
    VALUES.put("b", true);
    VALUES.put("j", Map.of("a", List.of(1.0)));
    VALUES.put("jl", List.of("a", "b"));
  }

  /**
   * One row.
   *
   * @param expression a condition in YAML flow style
   * @param inline whether it is if's first argument itself, or the definition of condition c
   * @param heat the value Heat gives it: true, false, or null where Heat refuses it
   * @param offline what the evaluator gives, which differs only where Heat needs a yaql engine
   */
  record Row(String version, String expression, boolean inline, Boolean heat, Boolean offline) {
    Row unknownOffline() {
      return new Row(version, expression, inline, heat, null);
    }

    Row inIf() {
      return new Row(version, expression, true, heat, offline);
    }

    Row in(String otherVersion) {
      return new Row(otherVersion, expression, inline, heat, offline);
    }

    @Override
    public String toString() {
      return (inline ? "if: [" + expression + ", …]" : "c: " + expression) + " (" + version + ")";
    }
  }

  static Row row(String expression, Boolean heat) {
    return new Row("2021-04-16", expression, false, heat, heat);
  }

  static final List<Row> ROWS = List.of(
      // equals: Python's ==
      row("{equals: [1, 1]}", true),
      row("{equals: [1, 1.0]}", true),
      row("{equals: [true, 1]}", true),
      row("{equals: ['8', 8]}", false),
      row("{equals: [{get_param: n}, 8]}", true),
      row("{equals: [{get_param: ns}, 8]}", false),
      row("{equals: [{get_param: s}, x]}", true),
      row("{equals: [{get_param: j}, {a: [1]}]}", true),
      row("{equals: [{get_param: [j, a, 0]}, 1]}", true),
      row("{equals: [[1, 2], [1, 2]]}", true),
      row("{equals: [[1, 2], [2, 1]]}", false),
      row("{equals: [{a: 1}, {a: 1.0}]}", true),
      row("{equals: [~, ~]}", true),
      row("{equals: [{not: t}, false]}", true),
      row("{equals: [1, 1, 1]}", null),
      row("{equals: x}", null),
      row("{equals: [{get_attr: [r, value]}, 1]}", null),
      row("{equals: [{get_param: nope}, 1]}", null),
      // contains: Python's in, over a list or a string
      row("{contains: [a, [a, b]]}", true),
      row("{contains: [c, [a, b]]}", false),
      row("{contains: [1, [1.0]]}", true),
      row("{contains: [b, abc]}", true),
      row("{contains: [1, abc]}", null),
      row("{contains: [a, {a: 1}]}", null),
      row("{contains: [{get_param: s}, {get_param: jl}]}", false),
      row("{contains: [a, {get_param: jl}]}", true),
      row("{contains: [a, [a]]}", null).in("2017-02-24"),
      // not, and, or
      row("{not: t}", false),
      row("{not: f}", true),
      row("{not: {equals: [1, 2]}}", true),
      row("{not: [t]}", null),
      row("{not: nope}", null),
      row("{and: [t, t]}", true),
      row("{and: [t, f]}", false),
      row("{and: [t]}", null),
      row("{and: []}", null),
      row("{and: t}", null),
      row("{and: [~, t]}", true),
      row("{or: [f, t]}", true),
      row("{or: [f, f]}", false),
      row("{or: [t, loop]}", true),
      row("{or: [loop, t]}", null),
      row("{and: [f, {contains: [1, abc]}]}", null),
      row("{and: [{get_param: b}, t]}", true),
      // definitions: a boolean, never a bare name
      row("true", true),
      row("t", null),
      row("{get_param: b}", true),
      row("{get_param: s}", null),
      row("{yaql: {expression: '1 = 1', data: {}}}", true).unknownOffline(),
      // if's first argument: a name, a boolean, a condition function, or what names one
      row("t", true).inIf(),
      row("f", false).inIf(),
      row("{equals: [1, 1]}", true).inIf(),
      row("{get_param: cname}", true).inIf(),
      row("{get_param: s}", null).inIf(),
      row("nope", null).inIf());

  static String template(Row row, boolean badIfTrue) {
    String bad = "{get_resource: nope}";
    String first = row.inline() ? row.expression() : "c";
    return "heat_template_version: " + row.version() + "\n"
        + "parameters:\n"
        + "  s: {type: string}\n"
        + "  ns: {type: string}\n"
        + "  cname: {type: string}\n"
        + "  n: {type: number}\n"
        + "  b: {type: boolean}\n"
        + "  j: {type: json}\n"
        + "  jl: {type: json}\n"
        + "conditions:\n"
        + "  t: true\n"
        + "  f: false\n"
        + "  loop: {not: loop}\n"
        + (row.inline() ? "" : "  c: " + row.expression() + "\n")
        + "resources:\n"
        + "  r:\n"
        + "    type: OS::Heat::Value\n"
        + "    properties:\n"
        + "      value: {if: [" + first + ", " + (badIfTrue ? bad + ", ok" : "ok, " + bad) + "]}\n";
  }

  /** get_param over {@link #VALUES}, following keys and indexes as Heat does. */
  static Object parameter(Object args) {
    List<?> path = args instanceof List<?> l ? l : List.of(args);
    if (path.isEmpty() || !VALUES.containsKey(path.get(0))) {
      return ConditionEvaluator.UNKNOWN;
    }
    Object v = VALUES.get(path.get(0));
    for (Object step : path.subList(1, path.size())) {
      if (v instanceof Map<?, ?> m && m.containsKey(step)) {
        v = m.get(step);
      } else if (v instanceof List<?> l && step instanceof Number i && i.intValue() < l.size()) {
        v = l.get(i.intValue());
      } else {
        return ConditionEvaluator.UNKNOWN;
      }
    }
    return v;
  }

  static Boolean evaluate(Row row) {
    Template t = HotReader.read(template(row, true), row.toString());
    Object ifArgs = ((Map<?, ?>)
            ((Map<?, ?>) t.resource("r").toTree().get("properties")).get("value"))
        .get("if");
    Object condition = ((List<?>) ifArgs).get(0);
    return new ConditionEvaluator(t.conditions(), t.version(), ConditionEvaluatorTest::parameter)
        .of(condition);
  }

  @Test
  void theEvaluatorGivesTheTablesValues() {
    List<String> wrong = new ArrayList<>();
    for (Row row : ROWS) {
      Boolean got = evaluate(row);
      if (!Objects.equals(got, row.offline())) {
        wrong.add(row + ": expected " + row.offline() + ", got " + got);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theTableCoversEveryConditionFunctionAndEveryAnswer() {
    String all = String.join(" ", ROWS.stream().map(Row::expression).toList());
    for (String fn : HotVersion.LATEST.conditionFunctions()) {
      assertThat(all).as(fn).contains("{" + fn + ":");
    }
    assertThat(ROWS).extracting(Row::heat).contains(true, false, null);
  }

  @Test
  void eachDefinitionIsResolvedOnceAndACycleIsNoValue() {
    Template t = HotReader.read(
        "heat_template_version: 2021-04-16\n"
            + "parameters:\n  p: {type: string}\n"
            + "conditions:\n  a: {equals: [{get_param: p}, x]}\n  b: {not: c}\n  c: {not: b}\n",
        "t");
    List<Object> asked = new ArrayList<>();
    ConditionEvaluator e = new ConditionEvaluator(t.conditions(), t.version(), args -> {
      asked.add(args);
      return "x";
    });
    assertThat(e.of("a")).isTrue();
    assertThat(e.of(Map.of("not", "a"))).isFalse();
    assertThat(asked).containsExactly("p");
    assertThat(e.of("b")).isNull();
    assertThat(e.of(true)).isTrue();
    assertThat(e.of("nope")).isNull();
  }

  @Test
  void heatGivesTheTablesValues() {
    Optional<HeatOracle> oracle = HeatOracle.find();
    assumeTrue(oracle.isPresent(), "Heat 19 is not installed");
    List<HeatCase> cases = new ArrayList<>();
    for (int i = 0; i < ROWS.size(); i++) {
      for (boolean badIfTrue : new boolean[] {true, false}) {
        cases.add(HeatCase.validate(
            i + "-" + badIfTrue, template(ROWS.get(i), badIfTrue), null, null, VALUES, Depth.API));
      }
    }
    List<HeatVerdict> verdicts = oracle.get().run(cases);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < ROWS.size(); i++) {
      HeatVerdict badIfTrue = verdicts.get(2 * i);
      HeatVerdict badIfFalse = verdicts.get(2 * i + 1);
      assertThat(badIfTrue.crashed() || badIfFalse.crashed())
          .as(badIfTrue.error())
          .isFalse();
      Boolean heat = badIfTrue.ok() && !badIfFalse.ok()
          ? Boolean.FALSE
          : !badIfTrue.ok() && badIfFalse.ok() ? Boolean.TRUE : null;
      for (HeatVerdict v : List.of(badIfTrue, badIfFalse)) {
        // where Heat takes the branch naming no resource, that is why it refuses
        if (!v.ok() && heat != null) {
          assertThat(v.error()).as(ROWS.get(i).toString()).contains("\"nope\"");
        }
      }
      if (!Objects.equals(heat, ROWS.get(i).heat())) {
        wrong.add(ROWS.get(i) + ": the table says " + ROWS.get(i).heat() + ", Heat " + heat + " ("
            + badIfTrue.error() + " / " + badIfFalse.error() + ")");
      }
    }
    assertThat(wrong).isEmpty();
  }
}
