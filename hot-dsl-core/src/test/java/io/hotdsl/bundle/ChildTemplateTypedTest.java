package io.hotdsl.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.functions.Value;
import io.hotdsl.heat.oracle.Depth;
import io.hotdsl.heat.oracle.HeatCase;
import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.heat.oracle.HeatVerdict;
import io.hotdsl.model.Output;
import io.hotdsl.model.OutputKey;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.render.HotRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A child template's own parameters as typed property keys and its outputs as typed attributes:
 * what renders, what is refused and why, and that the refusals are Heat's (a template resource's
 * properties, checked by Heat 19 before it creates the stack).
 */
class ChildTemplateTypedTest {
  static final Parameter<String> CIDR =
      Parameter.string("cidr").defaultValue("10.0.0.0/24").build();
  static final Parameter<Number> SIZE = Parameter.number("size")
      .constraint(io.hotdsl.model.Constraint.range(1, 5))
      .build();
  static final Parameter<String> NAME = Parameter.string("name").build();
  static final OutputKey<String> NETWORK_ID = OutputKey.of("network_id");

  static Template child() {
    Template.Builder t = Template.builder();
    t.parameter(CIDR);
    t.parameter(SIZE);
    t.parameter(NAME);
    Resource net = t.resource(Resource.builder("net", "OS::Neutron::Net").build());
    t.output(Output.of(NETWORK_ID, net.ref()));
    return t.build();
  }

  static final ChildTemplate NET = ChildTemplate.nested("network.yaml", child());

  @Test
  void typedKeysRenderAsTheNamedProperties() {
    Template.Builder root = Template.builder();
    Parameter<String> cidr = root.parameter(Parameter.string("cidr"));
    Resource other = root.resource(Resource.builder("other", "OS::Heat::None").build());
    ChildTemplate.ChildResource network = root.resource(
        NET.resource("network").set(CIDR, cidr).set(SIZE, 3).set(NAME, other).build());
    Value<String> id = network.attr(NETWORK_ID);
    root.output("id", id);
    root.output("same", NET.attr(network, NETWORK_ID));
    assertThat(HotRenderer.yaml(root.build()))
        .endsWith(""
            + "  network:\n"
            + "    type: network.yaml\n"
            + "    properties:\n"
            + "      cidr:\n"
            + "        get_param: cidr\n"
            + "      size: 3\n"
            + "      name:\n"
            + "        get_resource: other\n"
            + "outputs:\n"
            + "  id:\n"
            + "    value:\n"
            + "      get_attr:\n"
            + "        - network\n"
            + "        - network_id\n"
            + "  same:\n"
            + "    value:\n"
            + "      get_attr:\n"
            + "        - network\n"
            + "        - network_id\n");
  }

  @Test
  void aParameterOfAnotherTemplateIsRefused() {
    Parameter<String> stranger = Parameter.string("cdir").build();
    assertThatThrownBy(() -> NET.resource("n").set(stranger, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter cdir is not a parameter of network.yaml; did you mean \"cidr\"?"
            + " (its parameters: [cidr, size, name])");
    Parameter<String> sameName = Parameter.string("cidr").build();
    assertThatThrownBy(() -> NET.resource("n").set(sameName, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter cidr given is not network.yaml's own: it declares cidr as "
            + "{type=string, default=10.0.0.0/24}, not {type=string}");
    Parameter<String> secret =
        Parameter.string("secret").defaultValue("s3cret").hidden(true).build();
    ChildTemplate withSecret = ChildTemplate.nested("s.yaml", secretTemplate(secret));
    assertThatThrownBy(() -> withSecret
            .resource("n")
            .set(secret.toBuilder().hidden(true).defaultValue("other").build(), "x"))
        .hasMessage("parameter secret given is not s.yaml's own: it declares secret as "
            + "{type=string, default=<hidden>, hidden=true}, not "
            + "{type=string, default=<hidden>, hidden=true}")
        .hasMessageNotContaining("s3cret");
  }

  static Template secretTemplate(Parameter<String> secret) {
    Template.Builder t = Template.builder();
    t.parameter(secret);
    return t.build();
  }

  @Test
  void buildNamesEveryMissingRequiredParameterAndBrokenConstraint() {
    assertThatThrownBy(() -> NET.resource("n").set(SIZE, 9).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resource n (network.yaml): property \"size\": 9 is out of range"
            + " (min: 1, max: 5)\n"
            + "resource n (network.yaml): required parameter name of network.yaml is not set");
    assertThat(NET.resource("n").set(SIZE, 2).build(java.util.Set.of("name")).properties())
        .containsEntry("size", 2);
  }

  @Test
  void anUnknownOutputIsRefused() {
    Resource network = NET.resource("network").set(SIZE, 1).set(NAME, "a").build();
    OutputKey<String> typo = OutputKey.of("network_ip");
    assertThatThrownBy(() -> NET.attr(network, typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network.yaml has no output network_ip; did you mean \"network_id\"?"
            + " (its outputs: [network_id])");
  }

  /** A parameter's definition, a value for it (null: unset), and whether build() refuses it. */
  record Case(String definition, Object value, boolean refused) {}

  static List<Case> cases() {
    return List.of(
        new Case("{type: string, constraints: [length: {min: 3}]}", "ab", true),
        new Case("{type: string, constraints: [length: {min: 3}]}", "abc", false),
        new Case("{type: number, constraints: [range: {min: 1, max: 5}]}", 7, true),
        new Case("{type: number, constraints: [range: {min: 1, max: 5}]}", 5, false),
        new Case("{type: string, constraints: [allowed_values: [a, b]]}", "c", true),
        new Case("{type: string, constraints: [allowed_values: [a, b]]}", "b", false),
        new Case("{type: string, constraints: [allowed_pattern: '[a-z]+']}", "a1", true),
        new Case(
            "{type: comma_delimited_list, constraints: [length: {max: 2}]}",
            List.of("a", "b", "c"),
            true),
        new Case(
            "{type: comma_delimited_list, constraints: [length: {max: 2}]}",
            List.of("a", "b"),
            false),
        new Case(
            "{type: comma_delimited_list, constraints: [allowed_values: [a, b]]}",
            List.of("a", "x"),
            true),
        new Case("{type: number, constraints: [modulo: {step: 2, offset: 1}]}", 4, true),
        new Case("{type: number, constraints: [modulo: {step: 2, offset: 1}]}", 5, false),
        new Case("{type: json}", Map.of("k", "v"), false),
        new Case("{type: string, constraints: [custom_constraint: glance.image]}", "x", false),
        new Case("{type: string}", null, true),
        new Case("{type: string, default: x}", null, false),
        new Case("{type: string, default: null}", null, true));
  }

  static String childYaml(Case c) {
    return "heat_template_version: 2021-04-16\nparameters:\n  p: " + c.definition() + "\n"
        + "resources:\n  r: {type: OS::Heat::None}\n";
  }

  @SuppressWarnings("unchecked")
  static boolean refused(Case c) {
    ChildTemplate child = ChildTemplate.nested("child.yaml", HotReader.read(childYaml(c), "c"));
    Parameter<Object> p = (Parameter<Object>) child.template().parameters().get("p");
    try {
      child.resource("x").set(p, c.value()).build();
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  @Test
  void refusesWhatTheTableSays() {
    for (Case c : cases()) {
      assertThat(refused(c)).as(c.toString()).isEqualTo(c.refused());
    }
  }

  @Test
  void heatRefusesTheSameTemplateResources() {
    var oracle = HeatOracle.find();
    Assumptions.assumeTrue(oracle.isPresent(), "SKIPPED: Heat oracle unavailable");
    List<HeatCase> batch = new ArrayList<>();
    for (Case c : cases()) {
      Template.Builder root = Template.builder();
      Resource.GenericBuilder r = Resource.builder("x", "child.yaml");
      if (c.value() != null) {
        r.property("p", c.value());
      }
      root.resource(r.build());
      batch.add(HeatCase.validate(
          c.toString(),
          HotRenderer.yaml(root.build()),
          Map.of("child.yaml", childYaml(c)),
          List.of(),
          Map.of(),
          Depth.STRICT));
    }
    List<HeatVerdict> verdicts = oracle.get().run(batch);
    for (int i = 0; i < verdicts.size(); i++) {
      HeatVerdict v = verdicts.get(i);
      assertThat(v.crashed()).as(v.toString()).isFalse();
      assertThat(!v.ok())
          .as(cases().get(i) + ": " + v.error())
          .isEqualTo(cases().get(i).refused());
    }
  }
}
