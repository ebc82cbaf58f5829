package io.hotdsl.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.codegen.ApiShapes;
import io.hotdsl.codegen.PropertyShape;
import io.hotdsl.functions.Value;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import io.hotdsl.schema.PropertySchema;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import io.hotdsl.validate.TemplateValidator;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Over every constrained property of Heat 19's 183 types: a value made to break each constraint
 * (and the first allowed value, which must pass) gets the same answer and the same messages from
 * the generated builder and from {@code TemplateValidator} — the emitted {@code Constraint}
 * expressions say what the schema says, and both ask core's one engine.
 */
class ConstraintAgreementAllTypesTest {

  /** Values of the property's type that break (or, for allowed values, meet) {@code c}. */
  static List<Object> valuesFor(String type, Constraint c) {
    List<Object> out = new ArrayList<>();
    boolean string = "string".equals(type);
    boolean number = "integer".equals(type) || "number".equals(type);
    switch (c.kind()) {
      case LENGTH -> {
        Map<?, ?> m = (Map<?, ?>) c.spec();
        if (string && m.get("min") instanceof Number min && min.intValue() > 0) {
          out.add("\uD83D\uDE00".repeat(min.intValue() - 1));
        }
        if (string && m.get("max") instanceof Number max && max.longValue() < 5000) {
          out.add("\uD83D\uDE00".repeat(max.intValue())); // fits: code points, not chars
          out.add("a".repeat(max.intValue() + 1));
        }
      }
      case RANGE -> {
        Map<?, ?> m = (Map<?, ?>) c.spec();
        if (number && m.get("min") instanceof Number min) {
          out.add(min.longValue() - 1);
        }
        if (number && m.get("max") instanceof Number max) {
          out.add(max.longValue() + 1);
          out.add(max.doubleValue() + 0.5);
        }
      }
      case ALLOWED_VALUES -> {
        List<?> allowed = (List<?>) c.spec();
        if (string) {
          out.add("not-an-allowed-value");
          out.add(allowed.get(0));
        } else if (number) {
          out.add(987654321L);
          out.add(allowed.get(0));
        } else if ("list".equals(type)) {
          out.add(List.of(allowed.get(0), "not-an-allowed-value"));
          out.add(List.of(allowed.get(0)));
        }
      }
      case ALLOWED_PATTERN -> {
        if (string) {
          out.add("!! not \u00e9 matching");
          out.add("");
        }
      }
      default -> {}
    }
    return out;
  }

  @Test
  void everyConstrainedPropertyAgrees() throws Exception {
    Map<String, Integer> rejectedByKind = new TreeMap<>();
    int cases = 0;
    List<String> wrong = new ArrayList<>();
    for (ResourceTypeSchema schema : GeneratedClasses.schemas().values()) {
      Map<String, PropertyShape> shapes =
          ApiShapes.of(GeneratedClasses.BASE, schema).properties();
      for (Map.Entry<String, PropertySchema> e : schema.properties().entrySet()) {
        PropertyShape shape = shapes.get(e.getKey());
        if (shape == null || !shape.takesValue()) {
          continue;
        }
        for (Constraint c : e.getValue().constraints()) {
          for (Object value : valuesFor(e.getValue().type(), c)) {
            cases++;
            List<String> built = builderMessages(schema.type(), shape, value);
            List<String> validated = validatorMessages(schema.type(), e.getKey(), value);
            if (!built.equals(validated) && !pluginRuleOnly(schema.type(), built, validated)) {
              wrong.add(schema.type() + " " + e.getKey() + " = " + value + ": builder " + built
                  + ", validator " + validated);
            }
            if (!built.isEmpty()) {
              rejectedByKind.merge(c.kind().key(), 1, Integer::sum);
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(cases).isGreaterThan(400); // 460 on Heat 19
    assertThat(rejectedByKind)
        .containsOnlyKeys("allowed_pattern", "allowed_values", "length", "range");
  }

  static List<String> builderMessages(String type, PropertyShape shape, Object value)
      throws Exception {
    Class<?> cls = Class.forName(GeneratedClasses.className(type));
    Object builder = cls.getMethod("builder", String.class).invoke(null, "r");
    builder.getClass().getMethod(shape.setter(), Value.class).invoke(builder, Value.of(value));
    try {
      builder.getClass().getMethod("build").invoke(builder);
      return List.of();
    } catch (InvocationTargetException e) {
      String head = "resource r (" + type + "): property \"" + shape.key() + "\": ";
      Set<String> out = new TreeSet<>();
      for (String line : e.getCause().getMessage().split("\n")) {
        if (line.startsWith(head)) {
          out.add(line.substring(head.length()));
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * Where a plugin's own {@code validate()} adds to what the constraints say, the constraint
   * engine's messages must still all be there: the scaling policies' {@code min_adjustment_step}
   * rule ({@code scaling_policy.py}) adds one on the same property; Senlin's Cluster
   * ({@code senlin/cluster.py}) skips {@code Resource.validate}, so Heat checks none of its
   * values before create and the validator only warns about them (its size rules stay errors).
   */
  private static boolean pluginRuleOnly(String type, List<String> built, List<String> validated) {
    if (type.equals("OS::Senlin::Cluster")) {
      return validated.stream().allMatch(m -> m.contains("can not be greater than"));
    }
    List<String> extra = new ArrayList<>(validated);
    extra.removeAll(built);
    return validated.containsAll(built)
        && extra.stream()
            .allMatch(m -> m.contains("property should only be specified for")
                // monasca/notification.py validate(): period only with a webhook notification
                || m.contains("can only be specified against a Webhook Notification type"));
  }

  static List<String> validatorMessages(String type, String key, Object value) {
    Template.Builder t = Template.builder(HotVersion.LATEST);
    t.resource(Resource.builder("r", type).property(key, value).build());
    Set<String> out = new TreeSet<>();
    for (Problem p : TemplateValidator.validate(t.build()).problems()) {
      if (p.severity() == Severity.ERROR && p.path().equals("resources.r.properties." + key)) {
        out.add(p.message().replace("; " + Problem.AT_CREATE, ""));
      }
    }
    return List.copyOf(out);
  }
}
