package io.hotdsl.heat.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running {@link LocalHeat}: one engine per test class, started on first use and
 * stopped when the class ends.
 *
 * <pre>{@code
 * @ExtendWith(LocalHeatExtension.class)
 * class DeployTest {
 *   @Test void creates(LocalHeat heat) { ... heat.endpoint() ... }
 * }
 * }</pre>
 *
 * <p>Where Heat is not installed the test is skipped, with the command that installs it; under CI
 * ({@code CI=true}) it fails instead, so that a missing install step cannot hide behind skips.
 */
public final class LocalHeatExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LocalHeatExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalHeat.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(
          LocalHeat.available(),
          "SKIPPED: Heat is not installed (apt-get install -y python3-heat heat-common)");
    }
    // one engine per test class, closed (JUnit closes AutoCloseable store values) when the class
    // ends: a stack left in progress by one class cannot hold up the next one's engine worker
    ExtensionContext owner = context;
    while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
      owner = owner.getParent().get();
    }
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(LocalHeat.class, k -> LocalHeat.start(), LocalHeat.class);
  }
}
