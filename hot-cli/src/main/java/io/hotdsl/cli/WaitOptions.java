package io.hotdsl.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How a command that asks Heat for a stack action waits for it to end: {@code --no-wait},
 * {@code --timeout MIN} and {@code --poll SECONDS}, as heatclient's {@code --wait} family.
 */
final class WaitOptions extends PollOptions {
  @Option(
      names = "--timeout",
      paramLabel = "MIN",
      defaultValue = "60",
      description = "how long to wait (default: ${DEFAULT-VALUE} minutes)")
  int timeoutMinutes;

  /** Refuses a timeout or poll interval out of range (a usage error). */
  @Override
  void check() {
    checkTimeout(timeoutMinutes);
    super.check();
  }

  /** Refuses a {@code --timeout} out of range (a usage error). */
  static void checkTimeout(int timeoutMinutes) {
    if (timeoutMinutes < 1 || timeoutMinutes > 24 * 60) {
      throw new IllegalArgumentException(
          "--timeout: expected 1..1440 minutes, not " + timeoutMinutes);
    }
  }

  Duration timeout() {
    return Duration.ofMinutes(timeoutMinutes);
  }
}
