package io.hotdsl.deploy;

import java.time.Duration;

/** Hears a deployment as it goes: each new event of the stack, and each wait before a retry. */
public interface DeployListener {

  /** Hears nothing. */
  DeployListener NONE = e -> {};

  /** A new event, in the order Heat recorded them. */
  void event(StackEvent event);

  /** Heat answered {@code failure} (409 or 503); the request is sent again after {@code wait}. */
  default void retrying(HeatException failure, Duration wait) {}
}
