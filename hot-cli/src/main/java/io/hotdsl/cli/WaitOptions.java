package io.hotdsl.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How a command that asks Heat for a stack action waits for it to end: {@code --no-wait},
 * {@code --timeout MIN} and {@code --poll SECONDS}, as heatclient's {@code --wait} family.
 */
final class WaitOptions {
  @Option(names = "--no-wait", description = "return once Heat has accepted the request")
  boolean noWait;

  @Option(
      names = "--timeout",
      paramLabel = "MIN",
      defaultValue = "60",
      description = "how long to wait (default: ${DEFAULT-VALUE} minutes)")
  int timeoutMinutes;

  @Option(
      names = "--poll",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "how often to read the status and events (default: ${DEFAULT-VALUE})")
  int pollSeconds;

  /** Refuses a timeout or poll interval out of range (a usage error). */
  void check() {
    StackCommands.checkWait(timeoutMinutes, pollSeconds);
  }

  Duration timeout() {
    return Duration.ofMinutes(timeoutMinutes);
  }

  Duration poll() {
    return Duration.ofSeconds(pollSeconds);
  }
}
