package io.hotdsl.adopt;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hotdsl.heat.oracle.HeatOracle;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Heat oracle, or a visible skip where python3-heat is absent. */
final class HeatSupport {
  private HeatSupport() {}

  static HeatOracle requireHeat() {
    var oracle = HeatOracle.find();
    assumeTrue(
        oracle.isPresent(),
        "SKIPPED: Heat oracle unavailable: " + HeatOracle.PYTHON + " -c 'import heat' failed "
            + "(install Debian's python3-heat and heat-common)");
    return oracle.get();
  }

  /** Placeholder values for the parameters without default (the hidden secrets). */
  static Map<String, Object> placeholders(Template t) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Parameter<?> p : t.parameters().values()) {
      if (!p.hasDefault()) {
        values.put(p.name(), "placeholder-" + p.name());
      }
    }
    return values;
  }

  /**
   * The values for a STRICT validation: the defaults, placeholders for the hidden parameters
   * without one, and a name instead of the UUID for {@code glance.image} parameters. The offline
   * oracle's glance client is a MagicMock: {@code images.get(uuid)} answers an image whose status
   * is a mock, not "active", so Server's image/flavor check fails for any image ID; a name goes
   * through the by-name look-up, finds nothing and Heat skips the check (as for an image the
   * stack itself creates).
   */
  static Map<String, Object> strictValues(Template t) {
    Map<String, Object> values = placeholders(t);
    for (Parameter<?> p : t.parameters().values()) {
      boolean image = p.constraints().stream()
          .anyMatch(c -> c.kind() == io.hotdsl.model.Constraint.Kind.CUSTOM_CONSTRAINT
              && "glance.image".equals(c.spec()));
      if (image) {
        values.put(p.name(), "image-by-name");
      }
    }
    return values;
  }
}
