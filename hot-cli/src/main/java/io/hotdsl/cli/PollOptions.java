package io.hotdsl.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Whether and how often a command that asks Heat for a stack action follows it: {@code --no-wait}
 * and {@code --poll SECONDS}, as heatclient's {@code --wait} family. {@link WaitOptions} adds a
 * {@code --timeout}; {@code hot deploy}, whose timeout is also Heat's, declares its own.
 */
class PollOptions {
  @Option(names = "--no-wait", description = "return once Heat has accepted the request")
  boolean noWait;

  @Option(
      names = "--poll",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "how often to read the status and events (default: ${DEFAULT-VALUE})")
  int pollSeconds;

  /** Refuses a poll interval out of range (a usage error). */
  void check() {
    if (pollSeconds < 1 || pollSeconds > 600) {
      throw new IllegalArgumentException("--poll: expected 1..600 seconds, not " + pollSeconds);
    }
  }

  Duration poll() {
    return Duration.ofSeconds(pollSeconds);
  }
}
